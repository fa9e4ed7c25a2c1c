/// What items and actions share of the year's workflow: extensions and holds.
public protocol Extendable {
  var timescale: Timescale { get }
  /// The date that counts now.
  var due: CalendarDate? { get }
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

  /// "originally 1 May 2025; 1 extension granted" when the date that counts has moved.
  public var originalDueNote: String? { RowWorkflow(self).originalDueNote(due: due) }

  /// "30 June 2027 (originally 1 May 2025; 1 extension granted)" when the date has moved.
  public var movedDeadline: String? {
    guard let due, let note = originalDueNote else { return nil }
    return "\(due.longDescription) (\(note))"
  }
}

extension Item: Extendable {}
extension Action: Extendable {}
