/// One change made through the program: who changed which field, from what to what, and why.
public struct HistoryEntry: Codable, Hashable, Sendable {
  /// When, as an ISO 8601 timestamp with offset ("2026-11-27T10:15:00Z").
  public var at: String
  public var author: String
  /// The changed field, stored by its name in the data file ("brag", "status", "revisedDue").
  public var field: HistoryField
  public var before: String?
  public var after: String?
  public var reason: String?

  /// When, as minutes and the board show it: "2026-11-27 10:15" (the timestamp's own zone).
  public var shortTime: String { at.prefix(16).replacingOccurrences(of: "T", with: " ") }

  public init(
    at: String, author: String, field: HistoryField, before: String?, after: String?,
    reason: String? = nil
  ) {
    self.at = at
    self.author = author
    self.field = field
    self.before = before
    self.after = after
    self.reason = reason
  }
}

/// What a history entry changed. Stored as the field's name; a name this version does not know
/// (written by a later one, or by hand) is kept as it is.
public enum HistoryField: Hashable, Sendable, Codable, CustomStringConvertible {
  case brag, status, revisedDue, note, selfAssessment, returnNarrative, updates, actions, created
  /// Who owns the item or action.
  case owner
  /// Closure on evidence: proposed, accepted, rejected, reopened.
  case closure
  /// A deadline extension requested, granted or refused.
  case `extension`
  /// Put on hold or released.
  case hold
  /// A Fire Standard requirement's self-assessment.
  case compliance
  /// A Fire Standard requirement added, renumbered, reworded or retired by a revision.
  case requirement
  /// The further items an action answers.
  case links
  case other(String)

  private static let known: [HistoryField] = [
    .brag, .status, .revisedDue, .note, .selfAssessment, .returnNarrative, .updates, .actions, .created,
    .owner, .closure, .extension, .hold, .compliance, .requirement, .links,
  ]

  public init(rawValue: String) {
    self = Self.known.first { $0.rawValue == rawValue } ?? .other(rawValue)
  }

  /// The name in the data file.
  public var rawValue: String {
    switch self {
    case .brag: "brag"
    case .status: "status"
    case .revisedDue: "revisedDue"
    case .note: "note"
    case .selfAssessment: "selfAssessment"
    case .returnNarrative: "returnNarrative"
    case .updates: "updates"
    case .actions: "actions"
    case .created: "created"
    case .owner: "owner"
    case .closure: "closure"
    case .extension: "extension"
    case .hold: "hold"
    case .compliance: "compliance"
    case .requirement: "requirement"
    case .links: "links"
    case .other(let name): name
    }
  }

  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension HistoryField: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(rawValue: value) }
}
