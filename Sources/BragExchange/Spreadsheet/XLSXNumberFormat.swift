import BragModel
import Foundation

/// What a cell's number format says its number is, so the number reaches the importer as the
/// text a person typed: a date stored as a serial number ("30/09/2023", or "September 2023"
/// for a month-and-year format, which the timescale rules read as the month's last day), a
/// time, a percentage, or a plain number.
enum XLSXNumberFormat: Equatable {
  case number, percent, day, month, time, dayAndTime

  /// Built-in formats (ECMA-376 part 1, 18.8.30): 14–17 and 22 are dates, 18–21 and 45–47 times.
  static func builtIn(_ id: Int) -> XLSXNumberFormat {
    switch id {
    case 9, 10: .percent
    case 14, 15, 16: .day
    case 17: .month
    case 18, 19, 20, 21, 45, 46, 47: .time
    case 22: .dayAndTime
    default: .number
    }
  }

  /// A custom format code ("dd/mm/yyyy", "mmm-yy", "[$-809]d mmmm yyyy;@"): its first section,
  /// less quoted text, escaped characters, bracketed colours and locales, and padding, decides.
  static func custom(_ code: String) -> XLSXNumberFormat {
    var letters = ""
    // "General" is a word, not d, m and y; "0.00E+00" is scientific, not an era year.
    var scalars = Array(code.lowercased().replacingOccurrences(of: "general", with: ""))
    if let end = scalars.firstIndex(of: ";") { scalars = Array(scalars[..<end]) }
    var index = 0
    while index < scalars.count {
      let character = scalars[index]
      switch character {
      case "\"":
        index += 1
        while index < scalars.count && scalars[index] != "\"" { index += 1 }
      case "\\", "_", "*":
        index += 1  // the next character is shown (or padded with) as it is
      case "[":
        // [h] and [mm] are elapsed times; colours and locales say nothing of the kind.
        let start = index
        while index < scalars.count && scalars[index] != "]" { index += 1 }
        let inside = String(scalars[(start + 1)..<min(index, scalars.count)])
        if inside.allSatisfy({ "hms".contains($0) }) { letters += inside }
      default:
        letters.append(character)
      }
      index += 1
    }
    let hasDay = letters.contains("d")
    let hasYear = letters.contains("y")
    let hasTime = letters.contains("h") || letters.contains("s")
    if hasDay { return hasTime ? .dayAndTime : .day }
    if hasYear { return .month }
    if hasTime { return .time }
    if letters.contains("m") { return .month }  // "mmmm": a month name
    if letters.contains("%") { return .percent }
    return .number
  }

  /// The number as this format shows it, in the UK order of day and month.
  func text(_ value: Double, date1904: Bool) -> String {
    switch self {
    case .number: return Self.plain(value)
    case .percent: return Self.plain(value * 100) + "%"
    case .day, .month, .time, .dayAndTime:
      guard let moment = Self.moment(value, date1904: date1904) else { return Self.plain(value) }
      let date = String(format: "%02d/%02d/%04d", moment.day, moment.month, moment.year)
      let time = String(format: "%02d:%02d", moment.minutes / 60, moment.minutes % 60)
      switch self {
      case .month: return "\(Self.monthNames[moment.month - 1]) \(moment.year)"
      case .time: return time
      case .dayAndTime: return moment.minutes == 0 ? date : "\(date) \(time)"
      default: return date
      }
    }
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// A number as Excel shows it in a General cell: at most 15 significant digits.
  static func plain(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    return String(format: "%.15g", value)
  }

  /// The calendar day and minutes past midnight of a serial number. The 1900 system counts
  /// 29 February 1900, a day that never was (Lotus's mistake, kept by Excel), so serials from
  /// 61 on are one day ahead of a plain count from 31 December 1899.
  static func moment(_ serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int, minutes: Int)? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // before 10000-01-01
    var days = Int(serial.rounded(.down))
    var minutes = Int(((serial - Double(days)) * 1440).rounded())
    if minutes == 1440 {
      days += 1
      minutes = 0
    }
    // Days from 1 January 1970, as CalendarDate counts them.
    let epochOffset: Int
    if date1904 {
      epochOffset = -24107  // 1904-01-01 is serial 0
    } else {
      epochOffset = days >= 61 ? -25569 : -25568
    }
    let date = CalendarDate(dayNumber: days + epochOffset)
    return (date.year, date.month, date.day, minutes)
  }
}
