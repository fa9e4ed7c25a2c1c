import BragModel

/// Where the board's data lives: the data folder (``FolderBoardStore``) or memory
/// (``MemoryBoardStore``, for tests and tools). The board reads through it and changes data only
/// by the effects its runner performs (``Board/perform(_:)``), so what a key does can be tested
/// without files.
public protocol BoardStoring: AnyObject {
  /// The reports that loaded, in file order: rows for lists and counts, the full report once decoded.
  var slots: [ReportSlot] { get }
  /// Files that failed to load: shown read-only with their error, never written.
  var failures: [DataFileError] { get }
  /// The full report for a slot, decoded on first use; nil when it cannot be read now.
  func report(at index: Int) -> Report?
  /// Picks up changes made elsewhere; true when anything changed.
  func refresh() -> Bool
  /// Applies changes to one target and saves them at once, all or none, on the data's current
  /// content (an undo's guarded change fails here when its field changed since).
  func apply(_ changes: [Change], to id: RowID, author: String, timestamp: String) throws(BoardStoreError)
    -> [AppliedChange]
  /// Keeps a meeting's journal (rewritten whole, atomically, at each step).
  func saveJournal(_ journal: MeetingJournal) throws(BoardStoreError)
  /// Keeps a meeting's minutes; returns where they are.
  func writeMinutes(_ text: String, startedAt: String) throws(BoardStoreError) -> String
  /// Why edits cannot be saved, said when the board opens; nil when nothing stops them.
  var readOnlyWarning: String? { get }
  /// The saved views (``SavedView``); none when none were saved.
  func loadViews() throws(BoardStoreError) -> [SavedView]
  /// Keeps the saved views (rewritten whole, atomically).
  func saveViews(_ views: [SavedView]) throws(BoardStoreError)
  /// Whether evidence given as `path` names a file in the data folder.
  func evidenceFileExists(_ path: String) -> Bool
  /// The rows (`report/item`, `report/item/action`) the latest update round still awaits a reply
  /// for (``UpdateRound/awaiting(in:)``), with the round's id; nil when no round was recorded.
  func awaitingUpdate() -> (round: String, ids: Set<String>)?
}

extension BoardStoring {
  /// Why edits cannot be saved, when the board opens (a read-only folder, read-only files); nil
  /// when nothing stops them.
  public var readOnlyWarning: String? { nil }

  public func evidenceFileExists(_ path: String) -> Bool { false }
  public func awaitingUpdate() -> (round: String, ids: Set<String>)? { nil }

  public func slotIndex(of reportID: String) -> Int? { slots.firstIndex { $0.id == reportID } }

  /// The first free name for a meeting's minutes: "minutes/2026-11-27T1005.md", then "-2", "-3"….
  static func minutesName(startedAt: String, taken: (String) -> Bool) -> String {
    let stamp = String(startedAt.prefix(16)).replacingOccurrences(of: ":", with: "")
    var name = "minutes/\(stamp).md"
    var counter = 2
    while taken(name) {
      name = "minutes/\(stamp)-\(counter).md"
      counter += 1
    }
    return name
  }

  /// Applies one change and saves it.
  public func apply(_ change: Change, to id: RowID, author: String, timestamp: String) throws(BoardStoreError)
    -> AppliedChange
  {
    try apply([change], to: id, author: author, timestamp: timestamp)[0]
  }
}

/// Why a store did not save.
public enum BoardStoreError: Error, CustomStringConvertible, Equatable {
  case readOnly(String)
  case edit(EditError)
  case save(String)

  public var description: String {
    switch self {
    case .readOnly(let message): message
    case .edit(let error): error.description
    case .save(let message): message
    }
  }
}
