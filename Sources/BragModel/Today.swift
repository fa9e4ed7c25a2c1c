import Foundation

/// The single source of "today": `--today`, else `BRAG_TODAY`, else the local calendar date.
///
/// Everything date-dependent takes a ``CalendarDate`` from here, so tests are deterministic
/// and a board can look at the tracker "as at" any day.
public enum Today {
  public struct InvalidDate: Error, CustomStringConvertible, Equatable {
    public var source: String
    public var text: String
    public var description: String {
      "\(source) '\(text)' is not a date; write it as YYYY-MM-DD, for example 2026-11-27"
    }
  }

  public static let environmentVariable = "BRAG_TODAY"

  /// Resolves today from an option, the environment, or the clock, in that order.
  public static func resolve(
    option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    now: Date = Date(), timeZone: TimeZone = .current
  ) throws(InvalidDate) -> CalendarDate {
    if let option {
      guard let date = CalendarDate(option) else { throw InvalidDate(source: "--today", text: option) }
      return date
    }
    if let text = environment[environmentVariable], !text.isEmpty {
      guard let date = CalendarDate(text) else {
        throw InvalidDate(source: environmentVariable, text: text)
      }
      return date
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }
}
