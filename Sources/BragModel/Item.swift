/// What HMICFRS asked for: a recommendation, an area for improvement, or a recommendation made
/// under a cause of concern (which HMICFRS follows up apart, with a revisit).
public enum ItemKind: String, Codable, Sendable, CaseIterable {
  case recommendation
  case areaForImprovement = "area-for-improvement"
  case causeOfConcern = "cause-of-concern"
  /// A requirement of a Fire Standard, self-assessed (``Assessment``).
  case requirement

  /// "Rec", "AFI": the short word used in labels and narrow columns.
  public var shortName: String {
    switch self {
    case .recommendation: "Rec"
    case .areaForImprovement: "AFI"
    case .causeOfConcern: "CoC"
    case .requirement: "Req"
    }
  }
}

/// A recommendation or area for improvement, the service's response and the actions it owes.
public struct Item: Codable, Hashable, Sendable, Identifiable {
  /// Unique within its report: "rec-21", "afi-3".
  public var id: String
  public var kind: ItemKind
  /// The official number HMICFRS gave it, when it has one.
  public var number: Int?
  /// The label the service shows ("Rec 21", "AFI 3").
  public var label: String
  /// The themed section it sits under, where the report groups items.
  public var section: String?
  /// The full text as published.
  public var text: String
  /// Whom it is addressed to ("Chief fire officers").
  public var audience: String?
  /// Who answers for it on the board: a person or a responsible function ("Head of Prevention").
  public var owner: String?
  public var timescale: Timescale
  public var revisedDue: DueRevision?
  /// Status words exactly as written ("Complete", "On track"), or nil when the source gives none.
  public var status: String?
  public var brag: BRAG
  /// The page of the HMICFRS report it appears on.
  public var hmiPage: String?
  public var requiredOutcomes: String?
  /// The service's published response ("Action we have taken").
  public var response: String?
  public var selfAssessment: SelfAssessment
  /// The narrative for the HMICFRS return, where one is written separately from the response.
  public var returnNarrative: String?
  @DefaultEmpty public var actions: [Action]
  @DefaultEmpty public var updates: [QuarterlyUpdate]
  @DefaultEmpty public var links: [Link]
  @DefaultEmpty public var history: [HistoryEntry]
  /// The way to Blue on evidence, once closure has been proposed.
  public var closure: Closure?
  /// Requests to move the deadline and the board's answers, oldest first.
  @DefaultEmpty public var extensions: [DateExtension]
  /// Paused, waiting on someone outside the service.
  public var hold: Hold?
  /// For a Fire Standard's requirement: which one it is.
  public var requirement: RequirementRef?
  /// For a Fire Standard's requirement: the service's self-assessment.
  public var assessment: Assessment?

  public init(
    id: String, kind: ItemKind, number: Int? = nil, label: String, section: String? = nil,
    text: String, audience: String? = nil, owner: String? = nil, timescale: Timescale = .none,
    revisedDue: DueRevision? = nil, status: String? = nil, brag: BRAG = .unrated,
    hmiPage: String? = nil, requiredOutcomes: String? = nil, response: String? = nil,
    selfAssessment: SelfAssessment = .notAssessed, returnNarrative: String? = nil,
    actions: [Action] = [], updates: [QuarterlyUpdate] = [], links: [Link] = [],
    history: [HistoryEntry] = [], closure: Closure? = nil, extensions: [DateExtension] = [],
    hold: Hold? = nil, requirement: RequirementRef? = nil, assessment: Assessment? = nil
  ) {
    self.id = id
    self.kind = kind
    self.number = number
    self.label = label
    self.section = section
    self.text = text
    self.audience = audience
    self.owner = owner
    self.timescale = timescale
    self.revisedDue = revisedDue
    self.status = status
    self.brag = brag
    self.hmiPage = hmiPage
    self.requiredOutcomes = requiredOutcomes
    self.response = response
    self.selfAssessment = selfAssessment
    self.returnNarrative = returnNarrative
    self.actions = actions
    self.updates = updates
    self.links = links
    self.history = history
    self.closure = closure
    self.extensions = extensions
    self.hold = hold
    self.requirement = requirement
    self.assessment = assessment
  }

  public var due: CalendarDate? { revisedDue?.due ?? timescale.due }

  public var isComplete: Bool { brag == .blue || Status.meansComplete(status) }

  /// The latest quarterly update by date (or the last one recorded when undated).
  public var latestUpdate: QuarterlyUpdate? {
    updates.enumerated().max { a, b in
      (a.element.date ?? CalendarDate(dayNumber: Int.min / 2), a.offset)
        < (b.element.date ?? CalendarDate(dayNumber: Int.min / 2), b.offset)
    }?.element
  }
}
