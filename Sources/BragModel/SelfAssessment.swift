/// The service's own answer for the HMICFRS return: has the recommendation been met?
public enum SelfAssessment: String, Codable, Sendable, CaseIterable {
  case met
  case notMet = "not-met"
  case notAssessed = "not-assessed"
}
