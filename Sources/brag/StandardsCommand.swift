import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct StandardsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "standards",
    abstract: "The Fire Standards: the bundled catalogue, and which of them the service tracks.",
    subcommands: [StandardsListCommand.self, StandardsAddCommand.self],
    defaultSubcommand: StandardsListCommand.self)
}

struct StandardsListCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the 19 Fire Standards: code, title, version, requirements, whether tracked.")

  @OptionGroup var board: BoardOptions

  @Option(help: "Output format: text or json.")
  var format: SummaryFormat = .text

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let tracked = try TrackedStandards.load(context)
    let entries = FireStandards.all.map { standard in
      let report = tracked.reports[standard.key]
      return CatalogueEntry(
        standard: standard, report: report?.id, trackedVersion: report?.version,
        implementation: report?.implementation)
    }
    switch format {
    case .text: Console.say(StandardsCatalogueExport.table(entries))
    case .json: Console.write(StandardsCatalogueExport.json(entries))
    }
    try tracked.board.finish()
  }
}

struct StandardsAddCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Track a Fire Standard: a report whose items are its requirements, none assessed.",
    discussion: """
      CODE is the standard's code (FSD-PRO02, or an earlier version's), its key (protection) or \
      its title. The requirements come from the bundled catalogue, labelled in our own words; \
      bring in their wording with `brag import standard FILE` from the standard's saved page.
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: "The standard's code, key or title.") var code: String
  @Option(help: "The fire and rescue service (default: the service the other reports name).")
  var service: String?
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let sharing = FireStandards.standards(code: code)
    if sharing.count > 1 {
      throw BragFailure(
        "\(SafeText.singleLine(code)) is the code of more than one standard ("
          + sharing.map { "\($0.title): \($0.key)" }.joined(separator: ", ") + "); name it by its key",
        exitCode: BragFailure.usage)
    }
    guard let standard = FireStandards.standard(named: code) else {
      let codes = FireStandards.all.compactMap(\.code).joined(separator: ", ")
      throw BragFailure(
        "no Fire Standard is called '\(SafeText.singleLine(code))'; `brag standards` lists them (codes: \(codes))",
        exitCode: BragFailure.usage)
    }
    let folder = try context.dataFolder()
    try EditSession.checkWritable(folder)
    let tracked = try TrackedStandards.load(context)
    if let existing = tracked.reports[standard.key] {
      throw BragFailure("\(standard.title) is already tracked as report '\(existing.id)'")
    }
    let service = service ?? tracked.board.reports.compactMap(\.service).first
    // An earlier version's code tracks that version; a key or title, the current one.
    let version = standard.version(code: code) ?? standard.current
    guard let report = standard.newReport(service: service, version: version) else {
      let older = standard.versions.last { $0.requirements != nil }?.reference
      throw BragFailure(
        "the bundled catalogue does not hold the requirements of \(standard.title)"
          + (version?.reference.map { " \($0)" } ?? "")
          + "; save the standard's page from firestandards.org and run: "
          + "brag import standard FILE"
          + (older.map { " (or track the earlier \($0), whose numbering it holds: brag standards add \($0))" }
            ?? ""))
    }
    let path = folder.filePath(for: report.id)
    guard !FileManager.default.fileExists(atPath: path) else {
      throw BragFailure("\(path) already exists and is not this standard; move it aside first")
    }
    try folder.save(report, expecting: nil)
    Console.note(
      "created \(path): \(standard.title) \(report.standard?.version ?? ""), "
        + "\(report.items.count) requirements, none assessed")
  }
}

/// The Fire Standards this data folder tracks, by catalogue key.
struct TrackedStandards {
  struct Tracked {
    var id: String
    var version: String?
    var implementation: Implementation
    /// The report as read, so a command that goes on to revise it need not read it again.
    var report: Report
  }

  var board: LoadedBoard
  var reports: [String: Tracked]

  /// Reads the index, then only the fire-standard reports' files, for the standard they name.
  static func load(_ context: CommandContext) throws -> TrackedStandards {
    let board = try LoadedBoard.load(context)
    let folder = try context.dataFolder()
    var reports: [String: Tracked] = [:]
    let today = try context.today()
    for indexed in board.indexed where indexed.kind == .fireStandard {
      guard let loaded = try? folder.loadReport(id: indexed.id), let standard = loaded.report.standard else {
        continue
      }
      let tally = Tally(rows: indexed.rows, today: today)
      reports[standard.key] =
        reports[standard.key]
        ?? Tracked(
          id: indexed.id, version: standard.version, implementation: tally.implementation,
          report: loaded.report)
    }
    return TrackedStandards(board: board, reports: reports)
  }
}
