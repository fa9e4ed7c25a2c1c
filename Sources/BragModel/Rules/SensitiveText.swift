/// The sensitive-information rule the whole program shares: what a finding is, and which of an
/// item's fields are scanned (``Item/reportableTexts``). The detector itself (patterns and the
/// watch list) lives with the formats; the board and every export receive one that conforms to
/// ``SensitiveTextScanner``.

/// What kind of personal or sensitive information a piece of text holds.
public enum SensitiveKind: String, Sendable, CaseIterable, Comparable {
  case emailAddress = "email-address"
  case phoneNumber = "phone-number"
  case nationalInsuranceNumber = "national-insurance-number"
  case watchListName = "watch-list-name"

  /// "an email address": the words a message uses.
  public var description: String {
    switch self {
    case .emailAddress: "an email address"
    case .phoneNumber: "a UK phone number"
    case .nationalInsuranceNumber: "a National Insurance number"
    case .watchListName: "a name on the watch list"
    }
  }

  public static func < (lhs: SensitiveKind, rhs: SensitiveKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One place in a text that holds sensitive information.
public struct SensitiveMatch: Sendable, Hashable {
  public var kind: SensitiveKind
  /// The matched characters, exactly as written.
  public var text: String
  /// Where the match starts: line and column in the text, counting from 1 (columns count characters).
  public var line: Int
  public var column: Int

  public init(kind: SensitiveKind, text: String, line: Int, column: Int) {
    self.kind = kind
    self.text = text
    self.line = line
    self.column = column
  }

  /// "an email address at line 2, column 15": says where without repeating the information itself.
  public var description: String { "\(kind.description) at line \(line), column \(column)" }
}

/// Sensitive information found in a report: which item, which field, what and where in the text.
public struct SensitiveFinding: Sendable, Hashable, CustomStringConvertible {
  public var reportID: String
  public var itemID: String
  public var field: NarrativeField
  public var match: SensitiveMatch

  public init(reportID: String, itemID: String, field: NarrativeField, match: SensitiveMatch) {
    self.reportID = reportID
    self.itemID = itemID
    self.field = field
    self.match = match
  }

  /// `report/item`.
  public var globalID: String { "\(reportID)/\(itemID)" }

  /// "the response contains an email address at line 1, column 20".
  public var description: String { "\(field.longDescription) contains \(match.description)" }
}

/// Something that finds personal or sensitive information in a text.
public protocol SensitiveTextScanner: Sendable {
  /// Every match in `text`, in the order they appear.
  func scan(_ text: String) -> [SensitiveMatch]
}

extension SensitiveTextScanner {
  /// True when `text` holds anything ``scan(_:)`` would report.
  public func flags(_ text: String) -> Bool { !scan(text).isEmpty }

  /// Every match in the fields of `item` that can reach HMICFRS or the public
  /// (``Item/reportableTexts``).
  public func scan(_ item: Item, reportID: String) -> [SensitiveFinding] {
    item.reportableTexts.flatMap { field, text in
      scan(text).map { SensitiveFinding(reportID: reportID, itemID: item.id, field: field, match: $0) }
    }
  }

  /// True when any field of `item` that can reach HMICFRS or the public holds something to keep out.
  public func flags(_ item: Item) -> Bool {
    item.reportableTexts.contains { flags($0.text) }
  }

  /// Every match in every item of `report`, item by item.
  public func scan(_ report: Report) -> [SensitiveFinding] {
    report.items.flatMap { scan($0, reportID: report.id) }
  }
}
