/// What kind of publication a report is.
public enum ReportKind: String, Codable, Sendable, CaseIterable {
  case inspection
  case thematic
  case spotlight
  case actionPlan = "action-plan"
  /// A Fire Standard the service tracks: its items are the standard's requirements.
  case fireStandard = "fire-standard"
  case other
}

/// An HMICFRS publication (or a service's plan answering one) and every item the service owes on it.
public struct Report: Codable, Hashable, Sendable, Identifiable {
  /// A stable slug, also the data file's name: "staffs-values-culture-2023".
  public var id: String
  public var title: String
  public var kind: ReportKind
  public var publisher: String?
  /// The fire and rescue service the tracker belongs to.
  public var service: String?
  public var published: CalendarDate?
  /// Where the content comes from: a web address or a document name.
  public var source: String?
  public var summary: String?
  @DefaultEmpty public var judgements: [JudgementArea]
  @DefaultEmpty public var promisingPractice: [String]
  @DefaultEmpty public var notes: [Note]
  @DefaultEmpty public var items: [Item]
  /// For a Fire Standard: which one, and the version followed.
  public var standard: StandardReference?

  public init(
    id: String, title: String, kind: ReportKind, publisher: String? = nil, service: String? = nil,
    published: CalendarDate? = nil, source: String? = nil, summary: String? = nil,
    judgements: [JudgementArea] = [], promisingPractice: [String] = [], notes: [Note] = [],
    items: [Item] = [], standard: StandardReference? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.publisher = publisher
    self.service = service
    self.published = published
    self.source = source
    self.summary = summary
    self.judgements = judgements
    self.promisingPractice = promisingPractice
    self.notes = notes
    self.items = items
    self.standard = standard
  }

  /// The timescale context for this report's deadlines.
  public var timescaleContext: TimescaleContext { TimescaleContext(publication: published) }
}

/// The top level of a data file: the format version and one report.
public struct ReportDocument: Codable, Hashable, Sendable {
  /// The format this library writes. Files with a newer format are refused rather than misread.
  public static let currentFormat = 1

  public var format: Int
  public var report: Report

  public init(report: Report, format: Int = ReportDocument.currentFormat) {
    self.format = format
    self.report = report
  }
}
