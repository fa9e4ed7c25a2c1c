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
}
