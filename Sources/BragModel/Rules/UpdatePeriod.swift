/// The quarter an update is written for, named the way services name them: "October–December
/// 2026". Calendar-month names with the calendar year, which reads the same whichever year
/// convention a service uses; the quarters themselves are the financial year's (Q1 = April–June).
public struct UpdatePeriod: Equatable, Sendable {
  /// "October–December 2026".
  public var name: String
  public var start: CalendarDate
  /// The period's last day: an update's date when only its period is known.
  public var end: CalendarDate

  private static let names = [
    1: "January–March", 4: "April–June", 7: "July–September", 10: "October–December",
  ]

  /// The period holding `day`.
  public static func containing(_ day: CalendarDate) -> UpdatePeriod {
    let startMonth = (day.month - 1) / 3 * 3 + 1
    return UpdatePeriod(
      name: "\(names[startMonth]!) \(day.year)",
      start: CalendarDate(year: day.year, month: startMonth, day: 1)!,
      end: CalendarDate.endOf(month: startMonth + 2, year: day.year)!)
  }

  /// The day an update for this period speaks as at, unless told otherwise: today while the
  /// period runs (or before it starts), its last day once it has ended, so that an update
  /// written late for an earlier quarter does not become the latest.
  public func updateDate(today: CalendarDate) -> CalendarDate { end < today ? end : today }

  /// The quarter before this one: "July–September 2026" for "October–December 2026".
  public var previous: UpdatePeriod { .containing(start.adding(days: -1)) }

  /// The quarter after this one.
  public var next: UpdatePeriod { .containing(end.adding(days: 1)) }

  /// This quarter and the `count` before it, newest first: what the board offers for an update.
  public func andEarlier(_ count: Int) -> [UpdatePeriod] {
    var periods = [self]
    while periods.count <= count { periods.append(periods[periods.count - 1].previous) }
    return periods
  }

  /// The quarter a name such as "October–December 2026" means. Case, spacing and the dash
  /// (hyphen, en or em dash) do not matter; nil for anything that is not one of the four
  /// quarters' names with a year.
  public static func named(_ text: String) -> UpdatePeriod? {
    let words = normalised(text)
    guard let space = words.lastIndex(of: " "), let year = Int(words[words.index(after: space)...]),
      (1900...9999).contains(year)
    else { return nil }
    let months = words[..<space]
    guard let (startMonth, _) = names.first(where: { normalised($0.value) == months }) else { return nil }
    return containing(CalendarDate(year: year, month: startMonth, day: 1)!)
  }

  /// Whether two period labels name the same period: the same words, whatever the case, spacing
  /// or dash. How a period given on the command line finds an update's.
  public static func sameName(_ a: String, _ b: String) -> Bool { normalised(a) == normalised(b) }

  /// Lower case, single spaces, every dash a hyphen with no spaces around it.
  private static func normalised(_ text: String) -> String {
    let dashed = text.lowercased().map { "–—‐‑−".contains($0) ? "-" : $0 }
    let words = String(dashed).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return words.replacingOccurrences(of: " - ", with: "-").replacingOccurrences(of: " -", with: "-")
      .replacingOccurrences(of: "- ", with: "-")
  }
}
