import BragModel

/// The detail pane's lines for the year's workflow: the date now due beside the original with
/// the extensions granted, an extension waiting for the board, a hold and whom it waits on, and
/// the closure record. Every text from the data goes through ``StyledLine/wrap``, which strips
/// control characters and escape sequences.
struct WorkflowLines {
  let today: CalendarDate
  let width: Int
  var indent = 0

  func lines(for item: Item) -> [StyledLine] {
    var lines = dates(item, due: item.due) + pending(item) + hold(item.hold)
    if let closure = item.closure { lines += self.closure(closure) }
    return lines
  }

  func lines(for action: Action) -> [StyledLine] {
    dates(action, due: action.due) + pending(action) + hold(action.hold)
  }

  /// `text` wrapped at the pane's width, `deeper` columns further in than ``indent``.
  private func wrap(_ text: String, _ style: StyleRole = .normal, deeper: Int = 0) -> [StyledLine] {
    StyledLine.wrap(text, width: width, style: style, indent: indent + deeper)
  }

  /// "Extended: due 30 June 2027 (originally 1 Feb 2025; 1 extension granted)", in the model's
  /// words (``Extendable/movedDeadline``); a revision without an extension shows with the due date.
  private func dates(_ subject: some Extendable, due: CalendarDate?) -> [StyledLine] {
    guard subject.extensionsGranted > 0, let moved = subject.movedDeadline else { return [] }
    return wrap("Extended: due \(moved)")
  }

  /// "Extension asked: to 31 Mar 2027 by Jo, 2 Dec 2026 — the reason".
  private func pending(_ subject: some Extendable) -> [StyledLine] {
    guard let request = subject.pendingExtension else { return [] }
    let who = [request.requestedBy, request.requestedAt.map(Self.day)].compactMap { $0 }.joined(
      separator: ", ")
    return wrap(
      "Extension asked: to \(request.due.shortDescription)\(who.isEmpty ? "" : " by \(who)") — \(request.reason)"
        + " (t g grants, t f refuses)", .dueSoon)
  }

  /// "ON HOLD, waiting on NFCC: national guidance (since 2 Dec 2026, by Jo)".
  private func hold(_ hold: Hold?) -> [StyledLine] {
    guard let hold else { return [] }
    let since = [hold.since.map { "since \(Self.day($0))" }, hold.by.map { "by \($0)" }].compactMap { $0 }
    let what = hold.waitingOn == nil ? "ON HOLD: \(hold.reason)" : "ON HOLD, \(hold.summary)"
    return wrap("\(what)\(since.isEmpty ? "" : " (\(since.joined(separator: ", ")))")", .title)
  }

  /// The closure record: state, evidence, who proposed and decided, when, and why.
  private func closure(_ closure: Closure) -> [StyledLine] {
    var state = closure.state.words
    if closure.state == .monitoring, let until = closure.monitorUntil {
      state += " until \(until.shortDescription)"
    }
    let awaits = closure.awaitsDecision(on: today)
    var lines = wrap("Closure: \(state)", awaits ? .dueSoon : .title)
    if awaits {
      let ended = closure.state == .monitoring ? "monitoring has ended: " : ""
      lines += wrap("\(ended)awaits the board's decision (c a accepts, c r rejects)", .dueSoon, deeper: 2)
    }
    for evidence in closure.evidence { lines += wrap("evidence: \(evidence.summary)", deeper: 2) }
    let proposed = [closure.proposedBy, closure.proposedAt.map(Self.day)].compactMap { $0 }
    if !proposed.isEmpty { lines += wrap("proposed by \(proposed.joined(separator: ", "))", .dim, deeper: 2) }
    let decided = [closure.decidedBy, closure.decidedAt.map(Self.day)].compactMap { $0 }
    if !decided.isEmpty { lines += wrap("decided by \(decided.joined(separator: ", "))", .dim, deeper: 2) }
    if let reason = closure.reason { lines += wrap("why: \(reason)", .dim, deeper: 2) }
    return lines
  }

  /// "2 Dec 2026" from an ISO 8601 timestamp (or the timestamp as it is, if it is not one).
  static func day(_ timestamp: String) -> String {
    CalendarDate(String(timestamp.prefix(10)))?.shortDescription ?? String(timestamp.prefix(16))
  }
}
