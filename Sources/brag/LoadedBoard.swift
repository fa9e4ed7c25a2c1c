import BragModel

/// The tracker's rows and report titles, loaded for a command, with broken files reported.
///
/// Reads through the row index (a cache outside the data folder) so that listing and counting
/// stay fast at tens of thousands of items; `BRAG_NO_CACHE=1` bypasses it (``CommandContext/cachePath(for:)``).
struct LoadedBoard {
  var reports: [(id: String, title: String, service: String?)]
  var indexed: [IndexedReport]
  var failures: [DataFileError]

  /// Loads the context's data folder through its row index cache.
  static func load(_ context: CommandContext) throws -> LoadedBoard {
    let folder = try context.dataFolder()
    let load = try RowIndex.load(folder, cachePath: context.cachePath(for: folder))
    return LoadedBoard(
      reports: load.reports.map { ($0.id, $0.title, $0.service) },
      indexed: load.reports,
      failures: load.failures)
  }

  /// Every row, report by report, without copying them into one array.
  var rows: FlattenSequence<LazyMapSequence<[IndexedReport], [IndexedRow]>> {
    indexed.lazy.map(\.rows).joined()
  }

  /// Checks report ids given on the command line.
  func checkReportIDs(_ ids: Set<String>) throws {
    let known = reports.map(\.id)
    for id in ids.sorted() where !known.contains(id) {
      throw DataFolder.FolderError.unknownReport(id, known: known)
    }
  }

  /// Fails the command, after its output is written, with one line per broken file (exit 2).
  func finish() throws {
    guard !failures.isEmpty else { return }
    throw BragFailure(
      messages: failures.map { "\($0) (this report was skipped; the file is left untouched)" },
      exitCode: BragFailure.brokenFile)
  }
}
