import BragModel
import Foundation

/// A command-line edit, made the way the board makes one: under the data folder's lock, on the
/// report file's current content, saved atomically with history before the lock is released.
/// (``edit(_:reportID:_:)``) So several copies of brag editing one file take turns: none is refused for editing another
/// item or field, and none loses another's edit.
struct EditSession {
  let folder: DataFolder
  var loaded: LoadedReport

  /// Loads a report to read it, or to save it back only if the file is unchanged (import).
  init(folder: DataFolder, reportID: String) throws {
    self.folder = folder
    loaded = try folder.loadReport(id: reportID)
  }

  var report: Report {
    get { loaded.report }
    set { loaded.report = newValue }
  }

  /// Saves, refusing when the file changed since it was read (its identity or its bytes).
  mutating func save() throws {
    loaded.identity = try folder.save(
      loaded.report, expecting: loaded.identity, contentHash: loaded.contentHash)
    loaded.contentHash = ContentHash.of(try ReportCoding.encode(loaded.report))
  }

  /// Reads the report `reportID` names as it is now, lets `body` change it and saves it; a broken
  /// or read-only file (or a read-only folder) is refused, naming it, before anything changes.
  static func edit<T>(_ folder: DataFolder, reportID: String, _ body: (inout Report) throws -> T) throws -> T
  {
    let (value, outcome) = try folder.update(reportID: reportID, body)
    tell(outcome.notes)
    return value
  }

  /// Refuses up front when the folder cannot be written (a read-only folder or mount).
  static func checkWritable(_ folder: DataFolder) throws {
    if let problem = folder.writeProblem() { throw DataFolder.FolderError.readOnly(folder.path, problem) }
  }

  /// Notes from saves, each said once on stderr.
  private nonisolated(unsafe) static var told: Set<String> = []

  static func tell(_ notes: [String]) {
    for note in notes where !told.contains(note) {
      told.insert(note)
      Console.note("note: \(note)")
    }
  }
}
