import BragModel
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
  @Test("day numbers round-trip across eras, leap days and month ends")
  func dayNumbersRoundTrip() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CalendarDate(dayNumber: n).dayNumber == n)
    }
    #expect(CalendarDate("1970-01-01")!.dayNumber == 0)
    #expect(CalendarDate("2024-02-29")!.adding(days: 1) == CalendarDate("2024-03-01"))
    #expect(CalendarDate("2023-12-31")!.adding(days: 1) == CalendarDate("2024-01-01"))
  }

  @Test("impossible dates are refused")
  func impossibleDates() {
    #expect(CalendarDate("2023-02-29") == nil)
    #expect(CalendarDate("2100-02-29") == nil)
    #expect(CalendarDate("2000-02-29") != nil)
    #expect(CalendarDate("2024-06-31") == nil)
    #expect(CalendarDate("2024-13-01") == nil)
    #expect(CalendarDate("24-01-01") == nil)
    #expect(CalendarDate("2024-1-01") == nil)
    #expect(CalendarDate("２０２４-01-01") == nil)
  }

  @Test("days between dates")
  func daysBetween() {
    let a = CalendarDate("2025-02-01")!
    let b = CalendarDate("2026-11-27")!
    #expect(a.days(until: b) == 664)
    #expect(b.days(until: a) == -664)
  }

  @Test("descriptions")
  func descriptions() {
    let date = CalendarDate(year: 2023, month: 6, day: 1)!
    #expect(date.description == "2023-06-01")
    #expect(date.longDescription == "1 June 2023")
    #expect(date.shortDescription == "1 Jun 2023")
  }
}
