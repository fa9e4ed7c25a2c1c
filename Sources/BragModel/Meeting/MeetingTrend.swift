import Foundation

/// The ratings from meeting to meeting: the counts at the end of each of the last meetings, as a
/// committee paper charts them ("29 green, 42 amber, 15 red, then 28, 40, 5").
public enum MeetingTrend {
  /// One meeting's end and the counts then.
  public struct Point: Equatable, Sendable {
    public var meeting: MeetingJournal
    /// When it ended; the counts include every change made up to then.
    public var ended: Date
    public var counts: RatingCounts

    /// The day it ended (UTC).
    public var day: CalendarDate { Moment.utcDay(of: ended) }
  }

  /// The meetings that ended before `today` (a meeting today is the one the papers are for),
  /// oldest first. Open meetings and ends that do not parse are left out.
  public static func endedBefore(_ today: CalendarDate, in journals: [MeetingJournal]) -> [(
    MeetingJournal, Date
  )] {
    let start = Moment.midnight(today)
    return
      journals
      .compactMap { journal in journal.endedAt.flatMap(Moment.parse).map { (journal, $0) } }
      .filter { $0.1 < start }
      .sorted { $0.1 < $1.1 }
  }

  /// The last meeting: the most recent one that ended before `today`.
  public static func lastMeeting(before today: CalendarDate, in journals: [MeetingJournal]) -> (
    meeting: MeetingJournal, moment: Moment
  )? {
    endedBefore(today, in: journals).last.map { ($0.0, Moment.through($0.1)) }
  }

  /// The counts of `reports` at the end of each of the last `count` meetings before `today`,
  /// oldest first.
  public static func points(
    _ reports: [Report], journals: [MeetingJournal], last count: Int, before today: CalendarDate
  ) -> [Point] {
    endedBefore(today, in: journals).suffix(max(0, count)).map { journal, ended in
      Point(meeting: journal, ended: ended, counts: RatingTrend.counts(reports, at: .through(ended)))
    }
  }
}
