import BragModel
import Foundation

/// The board's data held in memory: what most board tests run on, with no folder to make.
///
/// It behaves as the folder does where the board can tell: an edit is applied to the current
/// content and recorded in the history; a change made "elsewhere" (``changeElsewhere(_:)``)
/// shows at the next refresh; minutes are kept by name.
public final class MemoryBoardStore: BoardStoring {
  public private(set) var slots: [ReportSlot] = []
  public private(set) var failures: [DataFileError] = []
  /// Minutes written, by the name the folder would give them.
  public private(set) var minutes: [String: String] = [:]
  /// Meeting journals saved, by id.
  public private(set) var journals: [String: MeetingJournal] = [:]
  /// The saved views, as the folder would keep them.
  public var views: [SavedView] = []
  private var pending: [Report] = []
  private var version: UInt64 = 0

  public init(reports: [Report], failures: [DataFileError] = []) {
    self.failures = failures
    slots = reports.sorted { $0.id < $1.id }.map(slot)
  }

  /// The report as saved now.
  public func saved(_ id: String) -> Report? {
    slotIndex(of: id).flatMap { slots[$0].report }
  }

  /// Changes a report as another program would: the board sees it at its next refresh.
  public func changeElsewhere(_ report: Report) { pending.append(report) }

  public func report(at index: Int) -> Report? { slots[index].report }

  public func refresh() -> Bool {
    guard !pending.isEmpty else { return false }
    for report in pending {
      if let index = slotIndex(of: report.id) {
        slots[index] = slot(report)
      } else {
        slots.append(slot(report))
        slots.sort { $0.id < $1.id }
      }
    }
    pending.removeAll()
    return true
  }

  public func apply(_ changes: [Change], to id: RowID, author: String, timestamp: String)
    throws(BoardStoreError)
    -> [AppliedChange]
  {
    guard let index = slotIndex(of: id.report), var report = slots[index].report else {
      throw .readOnly("report '\(id.report)' is not loaded")
    }
    let applied: [AppliedChange]
    do {
      applied = try report.apply(changes, to: id, author: author, at: timestamp)
    } catch {
      throw .edit(error)
    }
    slots[index] = slot(report)
    return applied
  }

  public func loadViews() throws(BoardStoreError) -> [SavedView] { views }

  /// What ``awaitingUpdate()`` answers: set by tests to stand for a recorded round.
  public var awaiting: (round: String, ids: Set<String>)?
  public func awaitingUpdate() -> (round: String, ids: Set<String>)? { awaiting }

  public func saveViews(_ views: [SavedView]) throws(BoardStoreError) { self.views = views }

  public func saveJournal(_ journal: MeetingJournal) throws(BoardStoreError) {
    journals[journal.id] = journal
  }

  public func writeMinutes(_ text: String, startedAt: String) throws(BoardStoreError) -> String {
    let name = Self.minutesName(startedAt: startedAt) { minutes[$0] != nil }
    minutes[name] = text
    return name
  }

  /// A slot for `report`, with a new identity, as a save on disk would give it.
  private func slot(_ report: Report) -> ReportSlot {
    version += 1
    let identity = FileIdentity(size: 0, modifiedNanoseconds: Int64(version), inode: version)
    let loaded = LoadedReport(report: report, path: "\(report.id).json", identity: identity)
    var slot = ReportSlot(RowIndex.entry(for: loaded), path: loaded.path)
    slot.report = report
    return slot
  }
}
