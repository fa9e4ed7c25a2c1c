/// A request to move an item's or action's deadline, and the board's answer. The original date
/// stays in view beside the current one, with how many extensions were granted: members asked
/// for the original date because revised dates hid how often work had slipped.
public struct DateExtension: Codable, Hashable, Sendable {
  public enum State: String, Codable, Sendable, CaseIterable {
    case requested, granted, refused
  }

  /// The new date asked for.
  public var due: CalendarDate
  public var reason: String
  public var state: State
  public var requestedBy: String?
  /// ISO 8601 timestamp of the request.
  public var requestedAt: String?
  public var decidedBy: String?
  public var decidedAt: String?
  /// Why the board refused it.
  public var refusal: String?

  public init(
    due: CalendarDate, reason: String, state: State = .requested, requestedBy: String? = nil,
    requestedAt: String? = nil, decidedBy: String? = nil, decidedAt: String? = nil, refusal: String? = nil
  ) {
    self.due = due
    self.reason = reason
    self.state = state
    self.requestedBy = requestedBy
    self.requestedAt = requestedAt
    self.decidedBy = decidedBy
    self.decidedAt = decidedAt
    self.refusal = refusal
  }

  /// The history's value: "2027-03-31 requested", "2027-03-31 granted".
  var historyValue: String { "\(due) \(state.rawValue)" }
}
