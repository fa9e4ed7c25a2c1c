import ArgumentParser
import BragModel
import BragSampleData
import Foundation

/// The options every command that reads the tracker shares: where the data is and what day it is.
struct BoardOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The data folder (default: $BRAG_DATA, else ~/.local/share/bragboard).", valueName: "dir"),
    completion: .directory)
  var data: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "View the tracker as at this day (default: $BRAG_TODAY, else the local date).", valueName: "yyyy-mm-dd")
  )
  var today: String?

  func resolvedToday() throws -> CalendarDate {
    try Today.resolve(option: today)
  }

  /// The data folder to use; creates the default one from the sample data on first use.
  func resolvedFolder() throws -> DataFolder {
    let environment = ProcessInfo.processInfo.environment
    if let data { return DataFolder(path: data) }
    if let path = environment["BRAG_DATA"], !path.isEmpty { return DataFolder(path: path) }
    let folder = DataFolder(path: DefaultLocations.dataFolder(environment: environment))
    if !FileManager.default.fileExists(atPath: folder.path) {
      try SampleInstaller.install(into: folder)
      Console.note("created \(folder.path) with the sample data; use --data or BRAG_DATA for another folder")
    }
    return folder
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
      throw CommandFailure(
        "\(folder.path): cannot create the folder (\((error as NSError).localizedDescription)); choose a folder you can write to"
      )
    }
    for file in SampleData.files {
      try AtomicFile.write(Data(file.bytes), to: (folder.path as NSString).appendingPathComponent(file.name))
    }
  }
}
