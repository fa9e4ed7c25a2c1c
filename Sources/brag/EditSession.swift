import BragModel
import Foundation

/// One report loaded for a command-line edit, saved back the way the board saves: atomically,
/// with history, refusing if the file changed in between.
struct EditSession {
  let folder: DataFolder
  var loaded: LoadedReport

  /// Loads the report an id names; a broken file is refused with its error.
  init(folder: DataFolder, reportID: String) throws {
    self.folder = folder
    loaded = try folder.loadReport(id: reportID)
  }

  /// A report already loaded (with every other one, for a command that searches them all).
  init(folder: DataFolder, loaded: LoadedReport) {
    self.folder = folder
    self.loaded = loaded
  }

  var report: Report {
    get { loaded.report }
    set { loaded.report = newValue }
  }

  mutating func save() throws {
    loaded.identity = try folder.save(loaded.report, expecting: loaded.identity)
  }
}
