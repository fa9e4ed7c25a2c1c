import Foundation

/// A point in time that history is read up to: the changes recorded before it have happened,
/// the ones after it have not. Days are UTC days (as `--since 2026-11-27` means midnight UTC in
/// the minutes), and `day` is the day whose deadlines count at this moment (what is overdue).
public struct Moment: Sendable, Hashable {
  /// Changes recorded before this instant have happened (at it too, when `inclusive`).
  public let instant: Date
  public let inclusive: Bool
  /// The day "as at" which deadlines are judged at this moment.
  public let day: CalendarDate
  /// The instant as the program writes timestamps, made once: compared on the board's frames.
  public let canonical: String

  public init(instant: Date, inclusive: Bool, day: CalendarDate) {
    self.instant = instant
    self.inclusive = inclusive
    self.day = day
    canonical = Timestamp.string(from: instant)
  }

  /// Before anything recorded on `day`.
  public static func startOf(_ day: CalendarDate) -> Moment {
    Moment(instant: midnight(day), inclusive: false, day: day)
  }

  /// After everything recorded on `day`.
  public static func endOf(_ day: CalendarDate) -> Moment {
    Moment(instant: midnight(day.adding(days: 1)), inclusive: false, day: day)
  }

  /// Everything recorded up to and including `instant` (a meeting's end).
  public static func through(_ instant: Date) -> Moment {
    Moment(instant: instant, inclusive: true, day: utcDay(of: instant))
  }

  /// Everything recorded so far: the data as it stands, with deadlines judged as at `today`.
  public static func now(_ today: CalendarDate) -> Moment {
    Moment(instant: .distantFuture, inclusive: true, day: today)
  }

  /// True when the change recorded at `timestamp` (ISO 8601) had happened by this moment. A
  /// timestamp that does not parse counts as long ago, so its change is never undone.
  public func includes(_ timestamp: String) -> Bool {
    // Timestamps the program writes ("2026-11-27T10:15:00Z") compare as text: no parsing on
    // the board's every frame. Others (an offset, fractions of a second) are parsed.
    if timestamp.utf8.count == 20, timestamp.utf8.last == UInt8(ascii: "Z") {
      return inclusive ? timestamp <= canonical : timestamp < canonical
    }
    guard let time = Self.parse(timestamp) else { return true }
    return inclusive ? time <= instant : time < instant
  }

  /// An ISO 8601 timestamp, with or without fractions of a second.
  public static func parse(_ timestamp: String) -> Date? {
    if let date = try? Date(timestamp, strategy: .iso8601) { return date }
    return try? Date(timestamp, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
  }

  static func midnight(_ day: CalendarDate) -> Date {
    Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
  }

  static func utcDay(of instant: Date) -> CalendarDate {
    CalendarDate(dayNumber: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
