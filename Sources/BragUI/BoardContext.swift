import BragModel
import Foundation

/// What the board needs from outside: the day it is "as at", who is editing, the clock for
/// history timestamps, how to name the data folder in the header, and the two format services
/// it uses but does not own (the sensitive-information detector and the minutes' text), so the
/// board depends on the model alone.
public struct BoardContext: Sendable {
  public var today: CalendarDate
  public var author: String
  public var now: @Sendable () -> Date
  public var dataLabel: String
  /// Finds personal or sensitive information for the `!` mark and the detail pane.
  public var scanner: any SensitiveTextScanner
  /// Why the scanner checks less than it should (an unreadable watch list), said when the board opens.
  public var scannerProblem: String?
  /// The minutes of a meeting as text, from the reports as they stand at its end.
  public var minutesText: @Sendable (_ reports: [Report], _ meeting: MeetingJournal) -> String
  /// The end of the last meeting (``MeetingTrend/lastMeeting(before:in:)``): the reports pane
  /// shows each report's change since then. Nil when no meeting has ended before today.
  public var lastMeeting: Moment?

  public init(
    today: CalendarDate, author: String, dataLabel: String, now: @escaping @Sendable () -> Date = { Date() },
    scanner: any SensitiveTextScanner, scannerProblem: String? = nil,
    minutesText: @escaping @Sendable (_ reports: [Report], _ meeting: MeetingJournal) -> String,
    lastMeeting: Moment? = nil
  ) {
    self.today = today
    self.author = author
    self.dataLabel = dataLabel
    self.now = now
    self.scanner = scanner
    self.scannerProblem = scannerProblem
    self.minutesText = minutesText
    self.lastMeeting = lastMeeting
  }
}
