import ArgumentParser
import BragModel
import Foundation

struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic data folder of seed-sized items.")

  @Option(help: "How many items (recommendations and AFIs) in all.")
  var items: Int

  @Option(help: "How many reports to spread them over.")
  var reports: Int = 200

  @Option(help: "Random seed: the same seed gives the same data.")
  var seed: UInt64 = 1

  @Argument(help: "The folder to write (must be new or empty).")
  var folder: String

  func validate() throws {
    guard items > 0 else { throw ValidationError("--items must be at least 1") }
    guard reports > 0 else { throw ValidationError("--reports must be at least 1") }
  }

  func run() throws {
    let data = DataFolder(path: folder)
    guard data.isAbsentOrEmpty else { throw DataFolder.FolderError.notEmpty(folder) }
    let bytes = try Generator.write(items: items, reports: reports, seed: seed, to: data)
    print("wrote \(items) items in \(min(reports, items)) reports (\(bytes / 1024) KiB) to \(folder)")
  }
}

enum Generator {
  /// Generates and writes a folder; returns the bytes written.
  static func write(items: Int, reports: Int, seed: UInt64, to folder: DataFolder) throws -> Int {
    try folder.create()
    var generator = SyntheticTracker(seed: seed)
    var total = 0
    for report in generator.reports(itemCount: items, reportCount: reports) {
      let encoded = try ReportCoding.encode(report)
      total += encoded.count
      try encoded.write(to: URL(fileURLWithPath: folder.filePath(for: report.id)))
    }
    return total
  }
}
