/// The body of requirements a report answers to, which the board groups its reports by and a
/// meeting can run over one at a time.
public enum Framework: String, Codable, Sendable, CaseIterable {
  /// HMICFRS inspections, thematics and spotlight reports, and the services' plans answering them.
  case hmicfrs
  /// The Fire Standards Board's standards.
  case fireStandards = "fire-standards"
  /// Anything else: a peer review, an internal audit, a council's own plan.
  case other

  /// "HMICFRS", "Fire Standards", "Other": the group's heading.
  public var title: String {
    switch self {
    case .hmicfrs: "HMICFRS"
    case .fireStandards: "Fire Standards"
    case .other: "Other"
    }
  }

  /// Reads "hmicfrs", "fire-standards", "standards", "other", ignoring case.
  public init?(words: String) {
    switch words.lowercased() {
    case "hmicfrs", "inspection", "inspections": self = .hmicfrs
    case "fire-standards", "fire standards", "standards", "fire-standard": self = .fireStandards
    case "other": self = .other
    default: return nil
    }
  }
}

extension ReportKind {
  public var framework: Framework {
    switch self {
    case .inspection, .thematic, .spotlight, .actionPlan: .hmicfrs
    case .fireStandard: .fireStandards
    case .other: .other
    }
  }
}

extension Report {
  public var framework: Framework { kind.framework }
}
