import ArgumentParser
import BragModel
import BragSampleData
import Foundation

/// Everything a command takes from outside its own arguments: the environment, the data folder,
/// today, the row index's cache, who is editing and the clock.
///
/// Built once per run, from the process, by ``process(_:)``: the only place brag reads its
/// environment or the time. Commands get all of it from here, so a test (or another front end)
/// can give them any environment and any clock.
struct CommandContext {
  /// The environment variables brag was started with.
  var environment: [String: String]
  /// `--data`, `--today` and `--as` as given on the command line (nil when not).
  var options: GlobalOptions
  /// The clock, for history timestamps.
  var now: @Sendable () -> Date

  /// The context of this process: its environment and the system clock.
  static func process(_ options: GlobalOptions) -> CommandContext {
    CommandContext(environment: ProcessInfo.processInfo.environment, options: options, now: { Date() })
  }

  /// Who is editing, for the history: `--as`, else `$USER`, else `$LOGNAME`, else "unknown".
  var author: String {
    options.author ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }

  /// Today: `--today`, else `$BRAG_TODAY`, else the local date (``Today/resolve(option:environment:now:timeZone:)``).
  /// Resolved when a command asks, since only the commands that reason about dates need it.
  func today() throws -> CalendarDate {
    try Today.resolve(option: options.today, environment: environment, now: now())
  }

  /// The data folder: `--data`, else `$BRAG_DATA`, else the default folder, which the first run
  /// creates from the sample data (and says so). Resolved when a command asks, so that commands
  /// without a data folder (`brag init`) never create one.
  func dataFolder() throws -> DataFolder {
    if let data = options.data { return DataFolder(path: data) }
    if let path = environment["BRAG_DATA"], !path.isEmpty { return DataFolder(path: path) }
    let folder = DataFolder(path: DefaultLocations.dataFolder(environment: environment))
    if !FileManager.default.fileExists(atPath: folder.path) {
      try SampleInstaller.install(into: folder)
      Console.note("created \(folder.path) with the sample data; use --data or BRAG_DATA for another folder")
    }
    return folder
  }

  /// Where the row index of `folder` is cached; nil with `BRAG_NO_CACHE=1`, which reads every
  /// file afresh.
  func cachePath(for folder: DataFolder) -> String? {
    guard environment["BRAG_NO_CACHE"] != "1" else { return nil }
    return RowIndex.cachePath(for: folder, in: DefaultLocations.cacheFolder(environment: environment))
  }

  /// The local time zone, for minutes: `$TZ` when it names one, else the system's.
  var timeZone: TimeZone {
    environment["TZ"].flatMap { TimeZone(identifier: $0.hasPrefix(":") ? String($0.dropFirst()) : $0) }
      ?? .current
  }

  /// Now, as a history entry writes it.
  func timestamp() -> String { Timestamp.string(from: now()) }
}

/// The options every command may take before or after its name: `--data`, `--today`, `--as`.
struct GlobalOptions {
  var data: String?
  var today: String?
  var author: String?

  init(data: String? = nil, today: String? = nil, author: String? = nil) {
    self.data = data
    self.today = today
    self.author = author
  }

  init(_ board: BoardOptions, _ author: AuthorOptions? = nil) {
    self.init(data: board.data, today: board.today, author: author?.name)
  }
}

/// A brag command: it runs with the one ``CommandContext`` and reads nothing from the process.
protocol BragCommand: ParsableCommand {
  /// The global options as this command was given them.
  var globalOptions: GlobalOptions { get }

  func run(in context: CommandContext) throws
}

extension BragCommand {
  /// Builds the context (once per run) and runs.
  func run() throws {
    try run(in: .process(globalOptions))
  }
}

/// Where brag keeps things when nobody says otherwise (the XDG base directories).
enum DefaultLocations {
  static func dataFolder(environment: [String: String]) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return (xdg as NSString).appendingPathComponent("bragboard")
    }
    return (home(environment) as NSString).appendingPathComponent(".local/share/bragboard")
  }

  static func cacheFolder(environment: [String: String]) -> String {
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return (xdg as NSString).appendingPathComponent("bragboard")
    }
    return (home(environment) as NSString).appendingPathComponent(".cache/bragboard")
  }

  static func home(_ environment: [String: String]) -> String {
    environment["HOME"] ?? NSHomeDirectory()
  }
}

/// Writes the bundled sample data into a new or empty folder.
enum SampleInstaller {
  static func install(into folder: DataFolder) throws {
    guard folder.isAbsentOrEmpty else { throw DataFolder.FolderError.notEmpty(folder.path) }
    do {
      try folder.create()
    } catch {
      throw BragFailure(
        "\(folder.path): cannot create the folder (\((error as NSError).localizedDescription)); choose a folder you can write to"
      )
    }
    for file in SampleData.files {
      try AtomicFile.write(Data(file.bytes), to: (folder.path as NSString).appendingPathComponent(file.name))
    }
  }
}
