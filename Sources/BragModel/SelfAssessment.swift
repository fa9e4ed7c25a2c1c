/// The service's own answer for the HMICFRS return: has the recommendation been met?
public enum SelfAssessment: String, Codable, Sendable, CaseIterable {
  case met
  case notMet = "not-met"
  case notAssessed = "not-assessed"
}

extension SelfAssessment {
  /// "met", "not met", "not assessed": the words of a return and of the board.
  public var words: String {
    switch self {
    case .met: "met"
    case .notMet: "not met"
    case .notAssessed: "not assessed"
    }
  }
}
