/// The board's rating of an item or action: Blue, Red, Amber, Green, or not yet rated.
///
/// Kept apart from the status text a service writes ("On track"): the rating is the
/// board's judgement and may differ from what the words or the dates suggest.
public enum BRAG: String, Codable, CaseIterable, Sendable, Comparable {
  case blue
  case red
  case amber
  case green
  case unrated

  /// The single letter shown beside the colour, so colour never carries meaning alone.
  public var letter: Character {
    switch self {
    case .blue: "B"
    case .red: "R"
    case .amber: "A"
    case .green: "G"
    case .unrated: "-"
    }
  }

  public var displayName: String {
    switch self {
    case .blue: "Blue"
    case .red: "Red"
    case .amber: "Amber"
    case .green: "Green"
    case .unrated: "Not rated"
    }
  }

  /// What the rating means, from the domain's definitions.
  public var meaning: String {
    switch self {
    case .blue: "complete or closed; the board has accepted the evidence"
    case .green: "open and on track for its due date"
    case .amber: "at risk: slipping, blocked, short of resources, or due soon with little progress"
    case .red: "off track: overdue and incomplete, or the date will be missed"
    case .unrated: "no rating yet"
    }
  }

  /// Parses a name, a letter or a common spelling: "blue", "B", "not rated", "none".
  public init?(userText: String) {
    let key = userText.lowercased().filter { $0.isLetter }
    switch key {
    case "b", "blue": self = .blue
    case "r", "red": self = .red
    case "a", "amber": self = .amber
    case "g", "green": self = .green
    case "u", "unrated", "notrated", "none": self = .unrated
    default: return nil
    }
  }

  /// Severity order used for sorting: Red first, then Amber, Green, not rated, Blue.
  private var severity: Int {
    switch self {
    case .red: 0
    case .amber: 1
    case .green: 2
    case .unrated: 3
    case .blue: 4
    }
  }

  public static func < (lhs: BRAG, rhs: BRAG) -> Bool { lhs.severity < rhs.severity }
}
