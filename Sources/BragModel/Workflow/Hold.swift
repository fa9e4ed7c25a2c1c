/// Work paused for a reason outside the service ("waiting on the national pay negotiations"),
/// apart from its rating: a held item or action is listed and counted apart from overdue, so the
/// board sees what is waiting and on whom, not a wall of red it cannot act on.
public struct Hold: Codable, Hashable, Sendable {
  public var reason: String
  /// Whom it waits on ("NFCC", "Home Office"), when said.
  public var waitingOn: String?
  public var by: String?
  /// ISO 8601 timestamp of when it was put on hold.
  public var since: String?

  public init(reason: String, waitingOn: String? = nil, by: String? = nil, since: String? = nil) {
    self.reason = reason
    self.waitingOn = waitingOn
    self.by = by
    self.since = since
  }

  /// "waiting on NFCC: national guidance not yet published" (or the reason alone), where the
  /// context already says it is on hold: lists' `hold`, the return's "On hold:" line.
  public var summary: String {
    waitingOn.map { "waiting on \($0): \(reason)" } ?? reason
  }

  /// "On hold, waiting on NFCC: national guidance awaited": for pages and papers.
  public var sentence: String {
    waitingOn.map { "On hold, waiting on \($0): \(reason)" } ?? "On hold: \(reason)"
  }

  /// The history's value.
  var historyValue: String { waitingOn.map { "\(reason) (waiting on \($0))" } ?? reason }
}
