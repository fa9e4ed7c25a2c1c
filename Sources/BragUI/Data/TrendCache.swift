import BragModel

/// Each report's rating shift since the last meeting, worked out when its line is first drawn
/// and remembered until its file changes (or the day moves): rebuilding ratings from every
/// item's history on each keystroke would be work the screen does not need.
///
/// A class, as ``SensitiveFlags`` is, so drawing (which does not change the board) can fill it.
final class TrendCache: @unchecked Sendable {
  // Only touched from the board's single thread.
  private var known: [String: (FileIdentity, Moment, CalendarDate, RatingShift)] = [:]

  func shift(
    report id: String, identity: FileIdentity, since: Moment, today: CalendarDate, _ make: () -> RatingShift?
  ) -> RatingShift? {
    if let (seen, start, day, shift) = known[id], seen == identity, start == since, day == today {
      return shift
    }
    guard let shift = make() else { return nil }
    known[id] = (identity, since, today, shift)
    return shift
  }
}
