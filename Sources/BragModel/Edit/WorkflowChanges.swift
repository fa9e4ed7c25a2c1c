import Foundation

/// The year's workflow as edits: closure on evidence, extensions and holds. Each records one
/// history entry and is undone by restoring the record it replaced; the steps that also move a
/// rating, a status or a due date are composed here, so the board and `brag set` take the same.
extension Item {
  /// Accepting a closure: closed now (Blue, with a status that says complete) or, with a future
  /// `monitorUntil`, monitoring first with the rating left as it is.
  public func acceptanceSteps(monitorUntil: CalendarDate?, today: CalendarDate) -> [Change] {
    if let monitorUntil, monitorUntil > today { return [.acceptClosure(monitorUntil: monitorUntil)] }
    var steps: [Change] = [.acceptClosure(monitorUntil: nil)]
    if brag != .blue { steps.append(.brag(.blue, reason: "closure accepted")) }
    if !Status.meansComplete(status) { steps.append(.status(StatusFollowsRating.word(for: .blue))) }
    return steps
  }

  /// Reopening: the closure record says so, and the rating and status it had come back.
  public func reopeningSteps(reason: String) -> [Change] {
    var steps: [Change] = [.reopen(reason: reason)]
    guard closure?.state == .accepted else { return steps }
    let rating = closure?.ratingBefore.flatMap { $0 == .blue ? nil : $0 } ?? .unrated
    if rating != brag { steps.append(.brag(rating, reason: "reopened: \(reason)")) }
    let status = closure?.statusBefore.flatMap { Status.meansComplete($0) ? nil : $0 }
    if status != self.status { steps.append(.status(status)) }
    return steps
  }

  mutating func applyClosure(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  ) {
    let before = closure
    let inverse = Change.restoreClosure(before)
    var reason: String?
    switch change {
    case .proposeClosure(let evidence):
      let given = evidence.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
      guard !given.isEmpty else {
        throw .notAllowed("closure needs evidence: say what shows the work is done")
      }
      switch before?.state {
      case .accepted?: throw .notAllowed("\(label) is already closed; reopen it first")
      case .monitoring?: throw .notAllowed("\(label) is already accepted and being monitored")
      case .proposed?:
        closure?.evidence += given
      default:
        closure = Closure(
          state: .proposed, evidence: given, proposedBy: context.author, proposedAt: context.timestamp)
      }
      reason = "evidence: " + given.map(\.summary).joined(separator: "; ")
    case .acceptClosure(let monitorUntil):
      guard var record = before, record.state == .proposed || record.state == .monitoring else {
        throw .notAllowed("no closure is proposed for \(label); propose it with evidence first")
      }
      record.decidedBy = context.author
      record.decidedAt = context.timestamp
      record.monitorUntil = monitorUntil ?? record.monitorUntil
      if monitorUntil != nil {
        record.state = .monitoring
      } else {
        record.state = .accepted
        record.ratingBefore = brag
        record.statusBefore = status
      }
      record.reason = nil
      closure = record
    case .rejectClosure(let why):
      reason = try decide(
        .rejected, why: why, from: [.proposed, .monitoring], context,
        needing: "rejecting a closure",
        refusal: "no closure is proposed for \(label), so there is nothing to reject")
    case .reopen(let why):
      reason = try decide(
        .reopened, why: why, from: [.accepted, .monitoring], context,
        needing: "reopening", refusal: "\(label) was not closed on evidence, so there is nothing to reopen")
    case .restoreClosure(let record):
      closure = record
      reason = "undo"
    default:
      preconditionFailure("not a closure change")
    }
    let entry = context.entry(.closure, before?.historyValue, closure?.historyValue, reason: reason)
    return (entry, inverse)
  }
}

extension Item {
  /// A decision with its reason (rejecting, reopening) on a closure in one of `states`; returns
  /// the reason as recorded.
  fileprivate mutating func decide(
    _ state: Closure.State, why: String, from states: Set<Closure.State>, _ context: EditContext,
    needing what: String, refusal: String
  ) throws(EditError) -> String {
    let why = why.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !why.isEmpty else { throw .reasonNeeded(what) }
    guard var record = closure, states.contains(record.state) else { throw .notAllowed(refusal) }
    record.state = state
    record.decidedBy = context.author
    record.decidedAt = context.timestamp
    record.reason = why
    closure = record
    return why
  }
}

extension Extendable {
  /// Granting the waiting request: the decision, and the due date it moves (kept as a revision,
  /// so the original stays beside it).
  public func grantSteps() -> [Change] {
    guard let pending = pendingExtension else { return [.grantExtension] }
    return [.grantExtension, .revisedDue(pending.due, reason: "extension granted: \(pending.reason)")]
  }
}

extension Editable {
  mutating func applyExtensionOrHold(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  ) {
    switch change {
    case .requestExtension(let date, let why):
      let why = why.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !why.isEmpty else { throw .reasonNeeded("an extension request") }
      if let due, date <= due {
        throw .notAllowed("an extension must move the date later than \(due) (the date that counts now)")
      }
      if isComplete { throw .notAllowed("it is complete, so it needs no extension") }
      if let pending = pendingExtension {
        throw .notAllowed(
          "an extension to \(pending.due) is already waiting for the board; grant or refuse it first")
      }
      let before = extensions
      extensions.append(
        DateExtension(due: date, reason: why, requestedBy: context.author, requestedAt: context.timestamp))
      return (
        context.entry(.extension, nil, extensions.last!.historyValue, reason: why), .restoreExtensions(before)
      )
    case .grantExtension, .refuseExtension:
      guard let index = extensions.lastIndex(where: { $0.state == .requested }) else {
        throw .notAllowed("no extension has been requested, so there is nothing to decide")
      }
      let before = extensions
      var reason: String?
      if case .refuseExtension(let why) = change {
        let why = why.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw .reasonNeeded("refusing an extension") }
        extensions[index].state = .refused
        extensions[index].refusal = why
        reason = why
      } else {
        extensions[index].state = .granted
      }
      extensions[index].decidedBy = context.author
      extensions[index].decidedAt = context.timestamp
      return (
        context.entry(.extension, before[index].historyValue, extensions[index].historyValue, reason: reason),
        .restoreExtensions(before)
      )
    case .restoreExtensions(let records):
      let before = extensions
      extensions = records
      return (
        context.entry(.extension, before.last?.historyValue, records.last?.historyValue, reason: "undo"),
        .restoreExtensions(before)
      )
    case .hold(let why, let waitingOn):
      let why = why.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !why.isEmpty else { throw .reasonNeeded("a hold") }
      if let current = hold {
        throw .notAllowed("it is already on hold (\(current.summary)); release it first")
      }
      let before = hold
      let waiting = waitingOn.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
        $0.isEmpty ? nil : $0
      }
      hold = Hold(reason: why, waitingOn: waiting, by: context.author, since: context.timestamp)
      return (context.entry(.hold, before?.historyValue, hold?.historyValue), .restoreHold(before))
    case .release:
      guard let before = hold else { throw .notAllowed("it is not on hold") }
      hold = nil
      return (context.entry(.hold, before.historyValue, nil), .restoreHold(before))
    case .restoreHold(let record):
      let before = hold
      hold = record
      return (
        context.entry(.hold, before?.historyValue, record?.historyValue, reason: "undo"), .restoreHold(before)
      )
    default:
      preconditionFailure("not an extension or hold change")
    }
  }
}
