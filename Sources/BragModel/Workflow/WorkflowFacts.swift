/// What items and actions share of the year's workflow: extensions and holds.
public protocol Extendable {
  var timescale: Timescale { get }
  var extensions: [DateExtension] { get }
  var hold: Hold? { get }
}

extension Extendable {
  /// The date first set, before any revision or extension: what members compare against.
  public var originalDue: CalendarDate? { timescale.due }

  /// How many extensions the board granted.
  public var extensionsGranted: Int { extensions.count { $0.state == .granted } }

  /// The request waiting for the board's answer, if any.
  public var pendingExtension: DateExtension? { extensions.last { $0.state == .requested } }

  public var isHeld: Bool { hold != nil }
}

extension Item: Extendable {}
extension Action: Extendable {}
