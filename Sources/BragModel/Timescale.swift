/// How exactly a timescale pins down its date.
public enum DuePrecision: String, Codable, Sendable, CaseIterable {
  /// A named day: "By 1 June 2023", "7/3/24".
  case day
  /// A month: due on its last day ("Dec 2024").
  case month
  /// A financial-year quarter: due on its last day ("Q2 2025").
  case quarter
  /// A financial year: due on 31 March ("2024/25", "In FDP 24/25").
  case financialYear = "financial-year"
  /// A calendar year: due on 31 December ("2026").
  case year
  /// "With immediate effect": due on the report's publication date.
  case immediate
  /// "Ongoing", "BAU": no due date and never overdue.
  case ongoing
  /// Blank or "TBC": no date yet, which is itself a finding.
  case missing
  /// Text that names no date we can resolve; kept as written and flagged, never guessed.
  case unresolved
}

/// A deadline as written, with the date it resolves to.
public struct Timescale: Codable, Hashable, Sendable {
  /// The words exactly as the source wrote them, or nil when the source gives none.
  public var written: String?
  /// The resolved due date, or nil for ongoing, missing and unresolved timescales.
  public var due: CalendarDate?
  public var precision: DuePrecision
  /// Where the date comes from when it is not in the text itself (for example the report's deadline
  /// when the service's page leaves it out).
  public var basis: String?

  public init(
    written: String?, due: CalendarDate?, precision: DuePrecision, basis: String? = nil
  ) {
    self.written = written
    self.due = due
    self.precision = precision
    self.basis = basis
  }

  /// No timescale at all.
  public static let none = Timescale(written: nil, due: nil, precision: .missing)

  /// Flags a timescale whose text names no date we could resolve.
  public var isUnresolved: Bool { precision == .unresolved }
}

/// A deadline moved by the board, keeping the original beside it.
public struct DueRevision: Codable, Hashable, Sendable {
  public var due: CalendarDate
  public var reason: String
  public var author: String?
  public var at: String?

  public init(due: CalendarDate, reason: String, author: String? = nil, at: String? = nil) {
    self.due = due
    self.reason = reason
    self.author = author
    self.at = at
  }
}

extension DuePrecision {
  /// What a due column shows when there is no date: "ongoing", "immediate", "no date?" (a
  /// timescale that could not be read), else "no date".
  public var dueWord: String {
    switch self {
    case .ongoing: "ongoing"
    case .unresolved: "no date?"
    case .immediate: "immediate"
    default: "no date"
    }
  }
}
