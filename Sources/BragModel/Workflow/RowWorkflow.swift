/// The workflow facts a row carries for lists, filters and the board: where closure stands, the
/// original date beside the current one, extensions granted and asked for.
public struct RowWorkflow: Hashable, Sendable {
  public var closure: Closure.State?
  public var extensionsGranted: Int
  /// For a Fire Standard's requirement: how far it is met, whether a revision asks for it to be
  /// reassessed, and whether a revision retired it. nil for anything else.
  public var compliance: Compliance?
  public var toReassess = false
  public var isRetired = false
  // Dates are kept as day numbers: counting 300,000 index rows builds one of these per row, and
  // only the few rows that show a date need it as a calendar date.
  private var monitorDay: Int?
  private var originalDay: Int?
  private var requestedDay: Int?

  public var monitorUntil: CalendarDate? {
    get { monitorDay.map(CalendarDate.init(dayNumber:)) }
    set { monitorDay = newValue?.dayNumber }
  }

  /// The date first set (the timescale's), shown beside a revised or extended one.
  public var originalDue: CalendarDate? {
    get { originalDay.map(CalendarDate.init(dayNumber:)) }
    set { originalDay = newValue?.dayNumber }
  }

  /// The date a waiting extension request asks for.
  public var extensionRequested: CalendarDate? {
    get { requestedDay.map(CalendarDate.init(dayNumber:)) }
    set { requestedDay = newValue?.dayNumber }
  }

  /// Whether an extension request waits for the board.
  public var hasExtensionRequest: Bool { requestedDay != nil }

  public init(
    closure: Closure.State? = nil, monitorUntil: CalendarDate? = nil, originalDue: CalendarDate? = nil,
    extensionsGranted: Int = 0, extensionRequested: CalendarDate? = nil
  ) {
    self.closure = closure
    self.extensionsGranted = extensionsGranted
    monitorDay = monitorUntil?.dayNumber
    originalDay = originalDue?.dayNumber
    requestedDay = extensionRequested?.dayNumber
  }

  /// From the index's day numbers, without making calendar dates.
  init(
    closure: Closure.State?, monitorDay: Int?, originalDay: Int?, extensionsGranted: Int, requestedDay: Int?
  ) {
    self.closure = closure
    self.extensionsGranted = extensionsGranted
    self.monitorDay = monitorDay
    self.originalDay = originalDay
    self.requestedDay = requestedDay
  }

  init(_ subject: some Extendable, closure: Closure? = nil) {
    self.init(
      closure: closure?.state, monitorUntil: closure?.monitorUntil, originalDue: subject.originalDue,
      extensionsGranted: subject.extensionsGranted, extensionRequested: subject.pendingExtension?.due)
  }

  init(_ item: Item) {
    self.init(item, closure: item.closure)
    if item.kind == .requirement {
      compliance = item.compliance
      toReassess = item.assessment?.reassess != nil
      isRetired = item.requirement?.retiredIn != nil
    }
  }

  /// The compliance facts as one byte for the index: 0 for none, else 1 + the position in
  /// `Compliance.allCases`, with 8 for "to reassess" and 16 for "retired".
  var complianceByte: UInt8 {
    let state = compliance.map { UInt8(Compliance.allCases.firstIndex(of: $0)! + 1) } ?? 0
    return state | (toReassess ? 8 : 0) | (isRetired ? 16 : 0)
  }

  mutating func setCompliance(byte: UInt8) {
    let state = Int(byte & 7)
    if state > 0, state <= Compliance.allCases.count { compliance = Compliance.allCases[state - 1] }
    toReassess = byte & 8 != 0
    isRetired = byte & 16 != 0
  }

  /// "originally 1 May 2025; 1 extension granted" when `due` differs from the original date (a
  /// revision or an extension); nil when it has not moved. Board, page and paper say it alike.
  public func originalDueNote(due: CalendarDate?) -> String? {
    guard let originalDue, due != originalDue else { return nil }
    let count =
      switch extensionsGranted {
      case 0: ""
      case 1: "; 1 extension granted"
      default: "; \(extensionsGranted) extensions granted"
      }
    return "originally \(originalDue.longDescription)\(count)"
  }

  /// Whether closure waits for the board (``Closure/awaitsDecision(on:)``).
  public func closureAwaitsDecision(on today: CalendarDate) -> Bool {
    guard closure == .proposed || closure == .monitoring else { return false }
    return Closure.awaitsDecision(closure, monitorUntil: monitorUntil, on: today)
  }
}
