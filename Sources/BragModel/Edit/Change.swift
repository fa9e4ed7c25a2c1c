import Foundation

/// One edit the board can make to an item or an action. Every change is recorded in the target's
/// history with who made it and when, and knows how to undo itself.
public indirect enum Change: Sendable, Equatable {
  case brag(BRAG, reason: String?)
  case status(String?)
  /// Moves the deadline, keeping the original timescale beside it.
  case revisedDue(CalendarDate, reason: String)
  /// Puts back an earlier revision (or none): how a revised date is undone.
  case restoreRevision(DueRevision?)
  /// Adds a quarterly update (items only).
  case addUpdate(QuarterlyUpdate)
  /// Removes the most recent update (items only): how adding one is undone.
  case removeLastUpdate
  /// Removes a mistaken update (items only): the last one equal to it. With `redact`, its text
  /// also leaves the history (``Redaction``), and the removal cannot be undone (``isUndoable``).
  case removeUpdate(QuarterlyUpdate, redact: Bool)
  /// Puts a removed update back where it was (items only): how removing one is undone.
  case restoreUpdate(QuarterlyUpdate, at: Int)
  /// The owner of an item or action, or nil to clear it; the reason is recorded ("handed over
  /// from Pat Smith").
  case owner(String?, reason: String?)
  /// Adds an action under the item, at a position or at the end.
  case addAction(Action, at: Int?)
  /// Removes an action from the item.
  case removeAction(id: String)
  /// Records a decision or minute line in the history, changing nothing else.
  case note(String)
  /// The self-assessment for the HMICFRS return (items only).
  case selfAssessment(SelfAssessment)
  /// The narrative for the HMICFRS return, or nil to fall back on the response (items only).
  case returnNarrative(String?)
  /// Proposes closure on evidence; proposing again while proposed adds evidence (items only).
  case proposeClosure(evidence: [Evidence])
  /// The board accepts the proposal: closed now, or after monitoring until a date (items only).
  /// ``Item/acceptanceSteps(monitorUntil:today:)`` adds the rating and status that go with it.
  case acceptClosure(monitorUntil: CalendarDate?)
  /// The board rejects the proposal, saying why (items only).
  case rejectClosure(reason: String)
  /// Reopens a closed item, saying why (items only); ``Item/reopeningSteps(reason:)`` puts back
  /// the rating and status it had.
  case reopen(reason: String)
  /// Puts back an earlier closure record (or none): how a closure decision is undone.
  case restoreClosure(Closure?)
  /// Asks for a new deadline, with the reason.
  case requestExtension(CalendarDate, reason: String)
  /// Grants the waiting request; ``Extendable/grantSteps()`` also revises the due date.
  case grantExtension
  /// Refuses the waiting request, saying why.
  case refuseExtension(reason: String)
  /// Puts back earlier extension records: how a request or decision is undone.
  case restoreExtensions([DateExtension])
  /// Pauses the work, waiting on someone outside the service.
  case hold(reason: String, waitingOn: String?)
  /// Ends a hold.
  case release
  /// Puts back an earlier hold (or none): how holding or releasing is undone.
  case restoreHold(Hold?)
  /// A Fire Standard requirement's self-assessment, with its evidence, made against `version`
  /// (requirements only; ``Report/assessmentStep(_:evidence:)`` fills the version in).
  case assess(Compliance, evidence: [Evidence], version: String?)
  /// Puts back an earlier assessment (or none): how assessing is undone.
  case restoreAssessment(Assessment?)
  /// The action also answers the item with this global id ("report/item") (actions only).
  case link(String)
  /// The action no longer answers that item (actions only).
  case unlink(String)
  /// A change that applies only while its field still holds what `expecting` (a history entry)
  /// left there: how undo and redo refuse to overwrite a change made since, elsewhere.
  case guarded(Change, expecting: HistoryEntry)
}

extension Change {
  /// False for a change whose undoing would bring back what it took away on purpose: a redacted
  /// update's text. Its inverse restores the update without the text, and the board and `brag`
  /// offer no undo for it.
  public var isUndoable: Bool {
    if case .removeUpdate(_, redact: true) = self { return false }
    if case .guarded(let inner, _) = self { return inner.isUndoable }
    return true
  }

  /// The change without its guard: what it does, whatever it expects.
  public var unguarded: Change {
    if case .guarded(let inner, _) = self { return inner.unguarded }
    return self
  }

  /// The same change with `reason` as its recorded reason, where it records one (a rating or an
  /// owner): how an undo or redo step says what it was.
  public func withReason(_ reason: String) -> Change {
    switch self {
    case .brag(let value, _): .brag(value, reason: reason)
    case .owner(let value, _): .owner(value, reason: reason)
    case .guarded(let inner, let expecting): .guarded(inner.withReason(reason), expecting: expecting)
    default: self
    }
  }
}

/// A change as applied: its history entry and the change that undoes it.
public struct AppliedChange: Sendable, Equatable {
  public var target: RowID
  public var entry: HistoryEntry
  public var inverse: Change
}

public enum EditError: Error, Equatable, CustomStringConvertible {
  case noSuchItem(RowID)
  case noSuchAction(RowID)
  case notForActions(String)
  case emptyReason
  case nothingToRemove(String)
  case duplicateAction(String)
  /// The field changed since the step being undone or redone: someone else's change stands.
  case changedSince(HistoryEntry)
  /// A decision that needs its reason (a rejection, a reopening, an extension, a hold).
  case reasonNeeded(String)
  /// A workflow step the item's or action's state does not allow, and what to do instead.
  case notAllowed(String)

  public var description: String {
    switch self {
    case .noSuchItem(let id): "no item '\(id.item)' in report '\(id.report)'"
    case .noSuchAction(let id): "no action '\(id.action ?? "")' under '\(id.report)/\(id.item)'"
    case .notForActions(let what): "\(what) belongs to an item, not to an action"
    case .emptyReason: "a revised due date needs a reason"
    case .nothingToRemove(let what): "there is no \(what) to remove"
    case .duplicateAction(let id): "an action with id '\(id)' already exists under this item"
    case .changedSince(let entry):
      "it was changed since, by \(SafeText.singleLine(entry.author)) at "
        + "\(entry.shortTime) "
        + "(\(HistoryWording.plain.change(entry))); their change stands"
    case .reasonNeeded(let what): "\(what) needs a reason"
    case .notAllowed(let why): why
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
  /// Applies `change` to the item or action `id` names, appends a history entry, and returns it
  /// with the change that undoes it. The inverse of a change to a value (a rating, a status, a
  /// date, an owner…) or to the updates is guarded by the entry written here, so an undo never
  /// overwrites what somebody changed since.
  @discardableResult
  public mutating func apply(_ change: Change, to id: RowID, author: String, at timestamp: String)
    throws(EditError) -> AppliedChange
  {
    if case .guarded(let inner, let expecting) = change {
      let history = id.action == nil ? item(id)?.history : action(id)?.history
      // The field must still hold what the step left (whoever wrote it last: an undo of a later
      // step puts it back too); anything else is a change made since, and it stands.
      if let latest = history?.last(where: { $0.field == expecting.field }), latest.after != expecting.after {
        throw .changedSince(latest)
      }
      return try apply(inner, to: id, author: author, at: timestamp)
    }
    let applied = try applyUnguarded(change, to: id, author: author, at: timestamp)
    switch applied.entry.field {
    case .note, .actions, .created: return applied
    default:
      return AppliedChange(
        target: id, entry: applied.entry, inverse: .guarded(applied.inverse, expecting: applied.entry))
    }
  }

  /// Applies several changes to one target as one: all of them, or (when one fails) none.
  @discardableResult
  public mutating func apply(_ changes: [Change], to id: RowID, author: String, at timestamp: String)
    throws(EditError) -> [AppliedChange]
  {
    var copy = self
    var applied: [AppliedChange] = []
    for change in changes { applied.append(try copy.apply(change, to: id, author: author, at: timestamp)) }
    self = copy
    return applied
  }

  private mutating func applyUnguarded(_ change: Change, to id: RowID, author: String, at timestamp: String)
    throws(EditError) -> AppliedChange
  {
    guard let itemIndex = items.firstIndex(where: { $0.id == id.item }) else { throw .noSuchItem(id) }
    let context = EditContext(author: author, timestamp: timestamp)
    let (entry, inverse): (HistoryEntry, Change)
    if let actionID = id.action {
      guard let actionIndex = items[itemIndex].actions.firstIndex(where: { $0.id == actionID }) else {
        throw .noSuchAction(id)
      }
      (entry, inverse) = try items[itemIndex].actions[actionIndex].apply(change, context)
    } else {
      (entry, inverse) = try items[itemIndex].apply(change, context)
    }
    return AppliedChange(target: id, entry: entry, inverse: inverse)
  }

  /// The item or action a global id names, if it exists.
  public func item(_ id: RowID) -> Item? { items.first { $0.id == id.item } }

  public func action(_ id: RowID) -> Action? {
    guard let actionID = id.action else { return nil }
    return item(id)?.actions.first { $0.id == actionID }
  }
}

struct EditContext {
  var author: String
  var timestamp: String

  func entry(_ field: HistoryField, _ before: String?, _ after: String?, reason: String? = nil)
    -> HistoryEntry
  {
    HistoryEntry(at: timestamp, author: author, field: field, before: before, after: after, reason: reason)
  }
}

/// What items and actions share for editing.
protocol Editable: Extendable {
  var isComplete: Bool { get }
  var extensions: [DateExtension] { get set }
  var hold: Hold? { get set }
  var brag: BRAG { get set }
  var status: String? { get set }
  var timescale: Timescale { get }
  var revisedDue: DueRevision? { get set }
  var owner: String? { get set }
  var history: [HistoryEntry] { get set }
  /// Applies the changes only one of the two kinds supports.
  mutating func applySpecific(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  )
}

extension Editable {
  mutating func apply(_ change: Change, _ context: EditContext) throws(EditError) -> (HistoryEntry, Change) {
    let result: (HistoryEntry, Change)
    switch change {
    case .brag(let value, let reason):
      result = (
        context.entry(.brag, brag.rawValue, value.rawValue, reason: reason), .brag(brag, reason: "undo")
      )
      brag = value
    case .status(let value):
      result = (context.entry(.status, status, value), .status(status))
      status = value
    case .revisedDue(let date, let reason):
      let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reason.isEmpty else { throw .emptyReason }
      let before = revisedDue?.due ?? timescale.due
      result = (
        context.entry(.revisedDue, before?.description, date.description, reason: reason),
        .restoreRevision(revisedDue)
      )
      revisedDue = DueRevision(due: date, reason: reason, author: context.author, at: context.timestamp)
    case .note(let text):
      result = (context.entry(.note, nil, text), .note("withdrawn: \(text)"))
    case .owner(let value, let reason):
      result = (context.entry(.owner, owner, value, reason: reason), .owner(owner, reason: "undo"))
      owner = value
    case .restoreRevision(let revision):
      let before = revisedDue?.due ?? timescale.due
      let after = revision?.due ?? timescale.due
      result = (
        context.entry(.revisedDue, before?.description, after?.description, reason: "undo"),
        .restoreRevision(revisedDue)
      )
      revisedDue = revision
    case .requestExtension, .grantExtension, .refuseExtension, .restoreExtensions, .hold, .release,
      .restoreHold:
      result = try applyExtensionOrHold(change, context)
    default:
      result = try applySpecific(change, context)
    }
    history.append(result.0)
    return result
  }
}

extension Item: Editable {
  mutating func applySpecific(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  ) {
    switch change {
    case .selfAssessment(let value):
      let entry = context.entry(.selfAssessment, selfAssessment.rawValue, value.rawValue)
      defer { selfAssessment = value }
      return (entry, .selfAssessment(selfAssessment))
    case .returnNarrative(let value):
      let entry = context.entry(.returnNarrative, returnNarrative, value)
      defer { returnNarrative = value }
      return (entry, .returnNarrative(returnNarrative))
    case .addUpdate(let update):
      updates.append(update)
      return (context.entry(.updates, nil, Redaction.historyValue(update)), .removeLastUpdate)
    case .removeLastUpdate:
      guard let last = updates.popLast() else { throw .nothingToRemove("update") }
      return (context.entry(.updates, Redaction.historyValue(last), nil, reason: "undo"), .addUpdate(last))
    case .removeUpdate(let update, let redact):
      guard let index = updates.lastIndex(of: update) else {
        throw .nothingToRemove("update for \(update.period)")
      }
      updates.remove(at: index)
      guard redact else {
        return (
          context.entry(.updates, Redaction.historyValue(update), nil), .restoreUpdate(update, at: index)
        )
      }
      let redacted = Redaction.redactedValue(update)
      for k in history.indices where history[k].field == .updates {
        if let before = history[k].before, Redaction.carries(before, update) { history[k].before = redacted }
        if let after = history[k].after, Redaction.carries(after, update) { history[k].after = redacted }
      }
      var stub = update
      stub.text = Redaction.marker
      return (
        context.entry(.updates, redacted, nil, reason: "text redacted"), .restoreUpdate(stub, at: index)
      )
    case .restoreUpdate(let update, let index):
      updates.insert(update, at: min(max(index, 0), updates.count))
      return (
        context.entry(.updates, nil, Redaction.historyValue(update), reason: "undo"),
        .removeUpdate(update, redact: false)
      )
    case .proposeClosure, .acceptClosure, .rejectClosure, .reopen, .restoreClosure:
      return try applyClosure(change, context)
    case .assess, .restoreAssessment:
      return try applyAssessment(change, context)
    case .link, .unlink:
      throw .notAllowed("only an action can answer further items; link one of \(label)'s actions")
    case .addAction(let action, let position):
      guard !actions.contains(where: { $0.id == action.id }) else { throw .duplicateAction(action.id) }
      let index = min(position ?? actions.count, actions.count)
      actions.insert(action, at: index)
      return (context.entry(.actions, nil, "\(action.id): \(action.text)"), .removeAction(id: action.id))
    case .removeAction(let id):
      guard let index = actions.firstIndex(where: { $0.id == id }) else {
        throw .nothingToRemove("action '\(id)'")
      }
      let removed = actions.remove(at: index)
      return (context.entry(.actions, "\(removed.id): \(removed.text)", nil), .addAction(removed, at: index))
    default:
      preconditionFailure("handled by Editable.apply")
    }
  }
}

extension Action: Editable {
  mutating func applySpecific(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  ) {
    switch change {
    case .addUpdate, .removeLastUpdate, .removeUpdate, .restoreUpdate:
      throw .notForActions("a quarterly update")
    case .addAction, .removeAction: throw .notForActions("an action")
    case .selfAssessment, .returnNarrative: throw .notForActions("the HMICFRS return")
    case .proposeClosure, .acceptClosure, .rejectClosure, .reopen, .restoreClosure:
      throw .notForActions("closure on evidence")
    case .assess, .restoreAssessment: throw .notForActions("a requirement's self-assessment")
    case .link, .unlink: return try applyLink(change, context)
    default: preconditionFailure("handled by Editable.apply")
    }
  }
}
