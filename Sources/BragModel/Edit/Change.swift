import Foundation

/// One edit the board can make to an item or an action. Every change is recorded in the target's
/// history with who made it and when.
public enum Change: Sendable, Equatable {
  case brag(BRAG, reason: String?)
  case status(String?)
  /// Moves the deadline, keeping the original timescale beside it.
  case revisedDue(CalendarDate, reason: String)
  /// Adds a quarterly update (items only).
  case update(QuarterlyUpdate)
}

public enum EditError: Error, Equatable, CustomStringConvertible {
  case noSuchItem(RowID)
  case noSuchAction(RowID)
  case notForActions(String)
  case emptyReason

  public var description: String {
    switch self {
    case .noSuchItem(let id): "no item '\(id.item)' in report '\(id.report)'"
    case .noSuchAction(let id): "no action '\(id.action ?? "")' under '\(id.report)/\(id.item)'"
    case .notForActions(let what): "\(what) can be added to an item, not to an action"
    case .emptyReason: "a revised due date needs a reason"
    }
  }
}

/// ISO 8601 timestamps for history entries.
public enum Timestamp {
  public static func string(from date: Date) -> String {
    date.formatted(.iso8601)
  }
}

extension Report {
  /// Applies `change` to the item or action `id` names, appends a history entry, and returns it.
  @discardableResult
  public mutating func apply(_ change: Change, to id: RowID, author: String, at timestamp: String)
    throws(EditError) -> HistoryEntry
  {
    guard let itemIndex = items.firstIndex(where: { $0.id == id.item }) else { throw .noSuchItem(id) }
    if let actionID = id.action {
      guard let actionIndex = items[itemIndex].actions.firstIndex(where: { $0.id == actionID }) else {
        throw .noSuchAction(id)
      }
      return try items[itemIndex].actions[actionIndex].apply(change, author: author, at: timestamp)
    }
    return try items[itemIndex].apply(change, author: author, at: timestamp)
  }
}

/// What items and actions share for editing.
protocol Editable {
  var brag: BRAG { get set }
  var status: String? { get set }
  var timescale: Timescale { get }
  var revisedDue: DueRevision? { get set }
  var history: [HistoryEntry] { get set }
  mutating func addUpdate(_ update: QuarterlyUpdate) throws(EditError)
}

extension Editable {
  mutating func apply(_ change: Change, author: String, at timestamp: String) throws(EditError)
    -> HistoryEntry
  {
    let entry: HistoryEntry
    switch change {
    case .brag(let value, let reason):
      entry = HistoryEntry(
        at: timestamp, author: author, field: "brag", before: brag.rawValue, after: value.rawValue,
        reason: reason)
      brag = value
    case .status(let value):
      entry = HistoryEntry(at: timestamp, author: author, field: "status", before: status, after: value)
      status = value
    case .revisedDue(let date, let reason):
      let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reason.isEmpty else { throw .emptyReason }
      let before = revisedDue?.due ?? timescale.due
      entry = HistoryEntry(
        at: timestamp, author: author, field: "revisedDue", before: before?.description,
        after: date.description, reason: reason)
      revisedDue = DueRevision(due: date, reason: reason, author: author, at: timestamp)
    case .update(let update):
      try addUpdate(update)
      entry = HistoryEntry(
        at: timestamp, author: author, field: "updates", before: nil,
        after: "\(update.period): \(update.text)")
    }
    history.append(entry)
    return entry
  }
}

extension Item: Editable {
  mutating func addUpdate(_ update: QuarterlyUpdate) throws(EditError) { updates.append(update) }
}

extension Action: Editable {
  mutating func addUpdate(_ update: QuarterlyUpdate) throws(EditError) {
    throw .notForActions("a quarterly update")
  }
}
