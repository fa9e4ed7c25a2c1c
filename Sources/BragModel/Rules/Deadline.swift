/// Anything with a due date that can be complete: items, actions, rows. The deadline rules live
/// here once, so the board, the lists, the counts and every export agree on what is late.
public protocol Deadlined {
  /// The date that counts: the board's revised date where there is one, else the resolved timescale.
  var due: CalendarDate? { get }
  var isComplete: Bool { get }
  /// On hold, waiting on someone outside the service: counted apart, never overdue or due soon.
  var isHeld: Bool { get }
}

extension Deadlined {
  /// On hold and still open: what lists, counts, papers and the board call held ("waiting").
  /// A hold left on something since completed no longer counts.
  public var isWaiting: Bool { isHeld && !isComplete }

  /// Due before `today`, not complete and not on hold.
  public func isOverdue(on today: CalendarDate) -> Bool {
    guard let due, !isComplete, !isHeld else { return false }
    return due < today
  }

  /// Days past due (positive) as at `today`, or nil when not overdue.
  public func daysOverdue(on today: CalendarDate) -> Int? {
    guard isOverdue(on: today), let due else { return nil }
    return due.days(until: today)
  }

  /// Open and due within `days` days from `today`: today and the window's last day included,
  /// overdue excluded.
  public func isDueSoon(on today: CalendarDate, within days: Int) -> Bool {
    guard let due, !isComplete, !isHeld else { return false }
    return due >= today && due <= today.adding(days: days)
  }

  /// Open and due within `days` days from `today`, or already overdue: what a "due within"
  /// filter shows (`brag list --due-within`, the board's due-soon window), so nothing late hides.
  public func isDueWithin(_ days: Int, on today: CalendarDate) -> Bool {
    guard let due, !isComplete, !isHeld else { return false }
    return due <= today.adding(days: days)
  }

  /// Days until the due date (0 when due today) for an open item that is not overdue.
  public func daysUntilDue(on today: CalendarDate) -> Int? {
    guard let due, !isComplete, !isHeld, due >= today else { return nil }
    return today.days(until: due)
  }
}

extension Item: Deadlined {}
extension Action: Deadlined {}
