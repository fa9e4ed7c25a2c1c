/// The workflow facts a row carries for lists, filters and the board: where closure stands, the
/// original date beside the current one, extensions granted and asked for.
public struct RowWorkflow: Hashable, Sendable {
  public var closure: Closure.State?
  public var monitorUntil: CalendarDate?
  /// The date first set (the timescale's), shown beside a revised or extended one.
  public var originalDue: CalendarDate?
  public var extensionsGranted: Int
  /// The date a waiting extension request asks for.
  public var extensionRequested: CalendarDate?

  public init(
    closure: Closure.State? = nil, monitorUntil: CalendarDate? = nil, originalDue: CalendarDate? = nil,
    extensionsGranted: Int = 0, extensionRequested: CalendarDate? = nil
  ) {
    self.closure = closure
    self.monitorUntil = monitorUntil
    self.originalDue = originalDue
    self.extensionsGranted = extensionsGranted
    self.extensionRequested = extensionRequested
  }

  init(_ subject: some Extendable, closure: Closure? = nil) {
    self.init(
      closure: closure?.state, monitorUntil: closure?.monitorUntil, originalDue: subject.originalDue,
      extensionsGranted: subject.extensionsGranted, extensionRequested: subject.pendingExtension?.due)
  }

  init(_ item: Item) { self.init(item, closure: item.closure) }

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
    Closure.awaitsDecision(closure, monitorUntil: monitorUntil, on: today)
  }
}
