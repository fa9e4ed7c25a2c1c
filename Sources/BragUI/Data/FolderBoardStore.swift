import BragModel
import Foundation

/// The board's data in a data folder, and the only way the board changes files.
///
/// Lists and counts come from the row index, so the first frame does not wait for every report
/// to be parsed; a report is decoded when its detail is shown or it is edited. Every edit is
/// made on the file's current content (re-read first if it changed on disk) and saved at once.
public final class FolderBoardStore: BoardStoring {
  public let folder: DataFolder
  private let cachePath: String?
  public private(set) var slots: [ReportSlot] = []
  /// Files that failed to load: shown read-only with their error, never written.
  public private(set) var failures: [DataFileError] = []

  public init(folder: DataFolder, cachePath: String?) throws {
    self.folder = folder
    self.cachePath = cachePath
    let load = try RowIndex.load(folder, cachePath: cachePath)
    slots = load.reports.map { ReportSlot($0, folder: folder) }
    failures = load.failures
    // Remember what the broken files were when they failed, so the first look for changes does
    // not take them for new ones ("Reloaded" with nothing changed).
    for failure in failures { brokenIdentities[failure.file] = FileIdentity.of(failure.file) }
  }

  public func awaitingUpdate() -> (round: String, ids: Set<String>)? {
    guard let round = try? UpdateRounds(dataFolder: folder).latest() else { return nil }
    let named = Set(round.requests.flatMap(\.ids).compactMap { RowID($0)?.report })
    let reports = slots.indices.filter { named.contains(slots[$0].id) }.compactMap { report(at: $0) }
    return (round.id, Set(round.awaiting(in: reports).map(\.id.description)))
  }

  /// The full report for a slot, decoded on first use. Nil when the file cannot be read now.
  public func report(at index: Int) -> Report? {
    if let report = slots[index].report { return report }
    guard case .success(let loaded) = DataFolder.loadFile(slots[index].path) else { return nil }
    if loaded.identity != slots[index].identity {
      replace(index, with: loaded)
    } else {
      slots[index].report = loaded.report
      hashes[loaded.path] = loaded.contentHash
    }
    return loaded.report
  }

  /// Looks for files changed, added or removed on disk since they were read; reloads them.
  /// Returns true when anything changed.
  @discardableResult
  public func refresh() -> Bool {
    guard let files = try? folder.reportFiles() else { return false }
    var changed = false
    var seen: Set<String> = []
    for file in files {
      seen.insert(file)
      let identity = FileIdentity.of(file)
      if let index = slots.firstIndex(where: { $0.path == file }) {
        guard identity != slots[index].identity else { continue }
        changed = true
        switch DataFolder.loadFile(file) {
        case .success(let loaded):
          replace(index, with: loaded)
          failures.removeAll { $0.file == file }
        case .failure(let error):
          slots.remove(at: index)
          setFailure(error)
        }
      } else if let failure = failures.first(where: { $0.file == file }) {
        // A broken file: try again only when it changed since it failed.
        guard identity != brokenIdentities[failure.file] else { continue }
        changed = true
        switch DataFolder.loadFile(file) {
        case .success(let loaded):
          failures.removeAll { $0.file == file }
          insert(loaded)
        case .failure(let error):
          setFailure(error)
        }
      } else {
        changed = true
        switch DataFolder.loadFile(file) {
        case .success(let loaded): insert(loaded)
        case .failure(let error): setFailure(error)
        }
      }
    }
    let before = slots.count + failures.count
    slots.removeAll { !seen.contains($0.path) }
    failures.removeAll { !seen.contains($0.file) }
    if slots.count + failures.count != before { changed = true }
    return changed
  }

  private var brokenIdentities: [String: FileIdentity] = [:]

  private func setFailure(_ error: DataFileError) {
    failures.removeAll { $0.file == error.file }
    failures.append(error)
    brokenIdentities[error.file] = FileIdentity.of(error.file)
  }

  private func insert(_ loaded: LoadedReport) {
    hashes[loaded.path] = loaded.contentHash
    let slot = Self.slot(for: loaded, folder: folder)
    let position = slots.firstIndex { $0.path > slot.path } ?? slots.count
    slots.insert(slot, at: position)
  }

  private func replace(_ index: Int, with loaded: LoadedReport) {
    slots[index] = Self.slot(for: loaded, folder: folder)
    hashes[loaded.path] = loaded.contentHash
  }

  /// What was read of each decoded file (``ContentHash``), so an edit notices a rewrite in place.
  private var hashes: [String: UInt64] = [:]
  /// Notes from the last save (other hard links, an owner that could not be kept).
  public private(set) var lastNotes: [String] = []

  /// Why edits cannot be saved, said when the board opens: a read-only folder or mount, or
  /// report files that are read-only (those open read-only; an edit to them is refused).
  public var readOnlyWarning: String? {
    if let problem = folder.writeProblem() { return "\(folder.path): \(problem)" }
    let locked = slots.filter { DataFolder.fileWriteProblem($0.path) != nil }
    guard !locked.isEmpty else { return nil }
    let names = locked.map { ($0.path as NSString).lastPathComponent }
    return
      "read-only: \(names.joined(separator: ", ")) (edits to \(locked.count == 1 ? "it" : "them") are refused; chmod u+w to edit)"
  }

  static func slot(for loaded: LoadedReport, folder: DataFolder) -> ReportSlot {
    var slot = ReportSlot(RowIndex.entry(for: loaded), folder: folder)
    slot.report = loaded.report
    return slot
  }

  private var viewsPath: String { (folder.path as NSString).appendingPathComponent(SavedViews.fileName) }
  /// Set when the views file did not read: it is then never written over.
  private var viewsProblem: String?

  public func loadViews() throws(BoardStoreError) -> [SavedView] {
    do {
      let views = try SavedViews.load(viewsPath)
      viewsProblem = nil
      return views
    } catch {
      let problem = "\(viewsPath): not a saved views file (\(error.localizedDescription)); left as it is"
      viewsProblem = problem
      throw .save(problem)
    }
  }

  public func saveViews(_ views: [SavedView]) throws(BoardStoreError) {
    if let viewsProblem { throw .save(viewsProblem) }
    if let problem = folder.writeProblem() { throw .readOnly("\(folder.path): \(problem)") }
    do {
      try AtomicFile.write(try SavedViews.encode(views), to: viewsPath)
    } catch {
      throw .save("\(error)")
    }
  }

  public func evidenceFileExists(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    let full = (folder.path as NSString).appendingPathComponent(path)
    return FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) && !isFolder.boolValue
  }

  /// Writes meeting minutes to `minutes/<start>.md` in the data folder; returns the path.
  public func saveJournal(_ journal: MeetingJournal) throws(BoardStoreError) {
    do {
      try MeetingJournals(dataFolder: folder).save(journal)
    } catch {
      throw .save("\(error)")
    }
  }

  public func writeMinutes(_ text: String, startedAt: String) throws(BoardStoreError) -> String {
    do {
      return try writeMinutesFile(text, startedAt: startedAt)
    } catch {
      throw .save("\(error)")
    }
  }

  private func writeMinutesFile(_ text: String, startedAt: String) throws -> String {
    let folderPath = (folder.path as NSString).appendingPathComponent("minutes")
    try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
    let name = Self.minutesName(startedAt: startedAt) {
      FileManager.default.fileExists(atPath: (self.folder.path as NSString).appendingPathComponent($0))
    }
    let path = (folder.path as NSString).appendingPathComponent(name)
    try AtomicFile.write(Data(text.utf8), to: path)
    return path
  }

  /// Applies a change and saves the report atomically. When the file changed on disk since it was
  /// read, the fresh content is loaded first and the change applied to that, so nobody's edit is
  /// overwritten; a file that no longer parses is refused.
  @discardableResult
  public func apply(_ changes: [Change], to id: RowID, author: String, timestamp: String)
    throws(BoardStoreError)
    -> [AppliedChange]
  {
    guard let index = slotIndex(of: id.report) else {
      throw .readOnly("report '\(id.report)' is not loaded (its file may have failed to parse)")
    }
    let path = slots[index].path
    if let problem = folder.writeProblem() { throw .readOnly("\(folder.path): \(problem)") }
    if let problem = DataFolder.fileWriteProblem(path) { throw .readOnly("\(path): \(problem)") }
    // Read, apply and save under the folder's lock, on the file's current content, so two boards
    // (or a board and brag set) take turns and neither loses the other's edit.
    let cached = slots[index].report.map {
      LoadedReport(report: $0, path: path, identity: slots[index].identity, contentHash: hashes[path])
    }
    let applied: [AppliedChange]
    let outcome: SaveOutcome
    do {
      (applied, outcome) = try folder.update(reportID: id.report, cached: cached) { report in
        try report.apply(changes, to: id, author: author, at: timestamp)
      }
    } catch let error as EditError {
      throw .edit(error)
    } catch let error as DataFileError {
      slots.remove(at: index)
      setFailure(error)
      throw .readOnly("\(error) — not saved; fix the file first")
    } catch {
      throw .save("\(error)")
    }
    replace(index, with: outcome.loaded)
    lastNotes = outcome.notes
    return applied
  }
}
