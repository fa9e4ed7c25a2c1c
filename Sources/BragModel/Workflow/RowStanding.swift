/// The one word a narrow column gives a row's standing, most pressing first: late, on hold,
/// closure waiting for the board, an extension asked for. Lists and exports share it, so a row
/// reads the same wherever it is printed.
public enum RowStanding: Equatable, Sendable {
  case overdue(days: Int)
  case held
  case closureAwaiting
  case extensionRequested
  /// A Fire Standard requirement a revision asks to be assessed again.
  case toReassess
  /// A requirement a revision removed: kept, and counted for nothing.
  case retired
  case none

  public init(_ row: some RowFacts, on today: CalendarDate) {
    if let days = row.daysOverdue(on: today) {
      self = .overdue(days: days)
    } else if row.isWaiting {
      self = .held
    } else if row.workflow.closureAwaitsDecision(on: today) {
      self = .closureAwaiting
    } else if row.extensionAwaitsDecision {
      self = .extensionRequested
    } else if row.workflow.isRetired {
      self = .retired
    } else if row.workflow.toReassess {
      self = .toReassess
    } else {
      self = .none
    }
  }

  /// At most six characters: "+45d", "held", "close?", "ext?", "redo?", "gone", or empty.
  public var word: String {
    switch self {
    case .overdue(let days): "+\(days)d"
    case .held: "held"
    case .closureAwaiting: "close?"
    case .extensionRequested: "ext?"
    case .toReassess: "redo?"
    case .retired: "gone"
    case .none: ""
    }
  }
}
