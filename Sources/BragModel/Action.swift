/// A step the service takes towards an item, with its own owner and timescale.
public struct Action: Codable, Hashable, Sendable, Identifiable {
  /// Unique within its item: "a1", "a2"…
  public var id: String
  public var text: String
  /// The person or responsible function ("People and Organisational Development").
  public var owner: String?
  public var timescale: Timescale
  public var revisedDue: DueRevision?
  /// Status words exactly as written ("Action Complete"), or nil when the source gives none.
  public var status: String?
  public var brag: BRAG
  public var notes: String?
  @DefaultEmpty public var history: [HistoryEntry]
  /// Requests to move the deadline and the board's answers, oldest first.
  @DefaultEmpty public var extensions: [DateExtension]
  /// Paused, waiting on someone outside the service.
  public var hold: Hold?
  /// Further items this one piece of work answers, as global ids ("report/item"), besides the
  /// item it sits under. It is shown under each, and counted once, under its own item.
  @DefaultEmpty public var serves: [String]

  public init(
    id: String, text: String, owner: String? = nil, timescale: Timescale = .none,
    revisedDue: DueRevision? = nil, status: String? = nil, brag: BRAG = .unrated,
    notes: String? = nil, history: [HistoryEntry] = [], extensions: [DateExtension] = [], hold: Hold? = nil,
    serves: [String] = []
  ) {
    self.id = id
    self.text = text
    self.owner = owner
    self.timescale = timescale
    self.revisedDue = revisedDue
    self.status = status
    self.brag = brag
    self.notes = notes
    self.history = history
    self.extensions = extensions
    self.hold = hold
    self.serves = serves
  }

  /// The date that counts now: a revised date where the board set one, else the resolved timescale.
  public var due: CalendarDate? { revisedDue?.due ?? timescale.due }

  /// Finished when the board rated it Blue or its status says complete or closed.
  public var isComplete: Bool { brag == .blue || Status.meansComplete(status) }
}
