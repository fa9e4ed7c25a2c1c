import ArgumentParser
import BragModel

/// The tracker's rows and report titles, loaded for a command, with broken files reported.
struct LoadedBoard {
  var reports: [(id: String, title: String, service: String?)]
  var rows: [Row]
  var failures: [DataFileError]

  static func load(_ folder: DataFolder) throws -> LoadedBoard {
    let tracker = try folder.load()
    return LoadedBoard(
      reports: tracker.reports.map { ($0.report.id, $0.report.title, $0.report.service) },
      rows: tracker.reports.flatMap { $0.report.rows },
      failures: tracker.failures)
  }

  /// Checks report ids given on the command line.
  func checkReportIDs(_ ids: Set<String>) throws {
    let known = reports.map(\.id)
    for id in ids.sorted() where !known.contains(id) {
      throw DataFolder.FolderError.unknownReport(id, known: known)
    }
  }

  /// Prints one line per broken file and fails the command after its output is written.
  func finish() throws {
    guard !failures.isEmpty else { return }
    for failure in failures {
      Console.error("\(failure) (this report was skipped; the file is left untouched)")
    }
    throw ExitCode(2)
  }
}
