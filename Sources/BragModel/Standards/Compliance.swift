/// How far the service meets one requirement of a Fire Standard: its self-assessment, apart from
/// BRAG (which says how the work towards it is going).
public enum Compliance: String, Codable, Sendable, CaseIterable {
  case met
  case partly
  case notMet = "not-met"
  case notAssessed = "not-assessed"

  /// "fully met", "partly met", "not met", "not assessed": the words of the board and the papers.
  public var words: String {
    switch self {
    case .met: "fully met"
    case .partly: "partly met"
    case .notMet: "not met"
    case .notAssessed: "not assessed"
    }
  }

  /// One letter for narrow columns: M, P, N, and "·" for not assessed.
  public var letter: String {
    switch self {
    case .met: "M"
    case .partly: "P"
    case .notMet: "N"
    case .notAssessed: "·"
    }
  }

  /// The letter on a terminal that shows ASCII only: "." for not assessed.
  public func letter(asciiOnly: Bool) -> String {
    asciiOnly && self == .notAssessed ? "." : letter
  }

  /// What it counts towards "% implemented": met 1, partly a half, the rest nothing.
  public var credit: Double {
    switch self {
    case .met: 1
    case .partly: 0.5
    case .notMet, .notAssessed: 0
    }
  }

  /// Reads "met", "fully met", "partly", "partly met", "partial", "not met", "not-met", "not
  /// assessed", ignoring case: what `brag set --compliance` and the importers accept.
  public init?(words: String) {
    let key = words.lowercased().replacingOccurrences(of: "-", with: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    switch key {
    case "met", "fully met", "full", "fully": self = .met
    case "partly", "partly met", "partial", "partially met", "partially": self = .partly
    case "not met", "unmet", "no": self = .notMet
    case "not assessed", "unassessed", "none": self = .notAssessed
    default: return nil
    }
  }
}

/// The service's self-assessment of one requirement: how far it is met, on what evidence, by whom,
/// against which version of the standard, and whether a revision asks for it to be made again.
public struct Assessment: Codable, Hashable, Sendable {
  public var compliance: Compliance
  @DefaultEmpty public var evidence: [Evidence]
  public var assessedBy: String?
  /// ISO 8601 timestamp.
  public var assessedAt: String?
  /// The standard's reference the assessment was made against ("FSD-PRO01").
  public var version: String?
  /// Why it must be made again: the requirement was added or changed in a revision.
  public var reassess: String?

  public init(
    compliance: Compliance, evidence: [Evidence] = [], assessedBy: String? = nil, assessedAt: String? = nil,
    version: String? = nil, reassess: String? = nil
  ) {
    self.compliance = compliance
    self.evidence = evidence
    self.assessedBy = assessedBy
    self.assessedAt = assessedAt
    self.version = version
    self.reassess = reassess
  }

  /// "assessed by Jo Bloggs, 1 Oct 2026, against FSD-PRO01", with the day as `day` writes it;
  /// nil when none of the three is known. The board, the evidence pack and the annual update
  /// say it alike.
  public func provenance(day: (CalendarDate) -> String) -> String? {
    let when = assessedAt.flatMap { CalendarDate(String($0.prefix(10))) }.map(day)
    let parts = [assessedBy, when, version.map { "against \($0)" }].compactMap { $0 }
    return parts.isEmpty ? nil : "assessed by " + parts.joined(separator: ", ")
  }

  /// The history's value: "partly" (the evidence goes in the entry's reason).
  var historyValue: String { compliance.rawValue }
}
