import BragModel
import Testing

@Suite("Timescale resolution")
struct TimescaleResolverTests {
  let published = CalendarDate("2023-03-31")!

  func resolve(_ text: String?, reference: CalendarDate? = nil) -> (String?, DuePrecision) {
    let t = TimescaleResolver.resolve(
      text, context: TimescaleContext(publication: published, reference: reference))
    return (t.due?.description, t.precision)
  }

  /// Every timescale written in the seeds, and the domain notes' examples.
  @Test(
    "timescales from the seeds",
    arguments: [
      ("By 1 October 2023", "2023-10-01", DuePrecision.day),
      ("By 1 June 2023", "2023-06-01", .day),
      ("By 1 January 2024", "2024-01-01", .day),
      ("By 1 March 2024", "2024-03-01", .day),
      ("By 1 August 2023", "2023-08-01", .day),
      ("By 1 September 2023", "2023-09-01", .day),
      ("By 1 February 2025", "2025-02-01", .day),
      ("By 1 May 2025", "2025-05-01", .day),
      ("By 1 August 2025", "2025-08-01", .day),
      ("30 Sep 2023", "2023-09-30", .day),
      ("7/3/24", "2024-03-07", .day),
      ("Dec 2024", "2024-12-31", .month),
      ("June 2024", "2024-06-30", .month),
      ("Aug 2024", "2024-08-31", .month),
      ("Jan 2025", "2025-01-31", .month),
      ("May 2024", "2024-05-31", .month),
      ("July 2024", "2024-07-31", .month),
      ("October 2024", "2024-10-31", .month),
      ("Nov 2024", "2024-11-30", .month),
      ("Nov 24", "2024-11-30", .month),
      ("Feb 24", "2024-02-29", .month),
      ("In FDP 24/25", "2025-03-31", .financialYear),
      ("FP 2024/25", "2025-03-31", .financialYear),
      ("2024/25", "2025-03-31", .financialYear),
      ("26/27", "2027-03-31", .financialYear),
      ("Q4 2024/25", "2025-03-31", .quarter),
      ("Q1 2024/25", "2024-06-30", .quarter),
      ("Q2 2025", "2025-09-30", .quarter),
      ("Q3 2025", "2025-12-31", .quarter),
      ("Q4 2025", "2026-03-31", .quarter),
      ("2026", "2026-12-31", .year),
    ])
  func seedTimescales(text: String, due: String, precision: DuePrecision) {
    let (resolvedDue, resolvedPrecision) = resolve(text)
    #expect(resolvedDue == due, "\(text)")
    #expect(resolvedPrecision == precision, "\(text)")
  }

  @Test("With immediate effect resolves to the publication date")
  func immediate() {
    #expect(resolve("With immediate effect") == ("2023-03-31", .immediate))
    let noPublication = TimescaleResolver.resolve("With immediate effect")
    #expect(noPublication.due == nil)
    #expect(noPublication.precision == .immediate)
  }

  @Test(
    "Ongoing, BAU, blank and TBC have no date",
    arguments: ["Ongoing", "BAU", "ongoing.", "Business as usual"])
  func ongoing(text: String) {
    #expect(resolve(text) == (nil, .ongoing))
  }

  @Test("blank and TBC are missing dates", arguments: ["", "  ", "TBC", "tbc", "N/A"])
  func missing(text: String) {
    #expect(resolve(text) == (nil, .missing))
  }

  @Test("no timescale at all")
  func none() {
    #expect(resolve(nil) == (nil, .missing))
  }

  @Test("a bare quarter inside a dated update belongs to that update's financial year")
  func bareQuarter() {
    // "will report in Q2" in the April–June 2025 update: Q2 of 2025/26.
    #expect(resolve("Q2", reference: CalendarDate("2025-06-30")) == ("2025-09-30", .quarter))
    // A January date sits in the financial year that began the April before.
    #expect(resolve("Q4", reference: CalendarDate("2025-01-15")) == ("2025-03-31", .quarter))
    #expect(resolve("Q2") == (nil, .unresolved))
  }

  @Test("several dates for one action: the latest is due")
  func several() {
    #expect(resolve("Aug 2024; June 2024; July 2024") == ("2024-08-31", .month))
    #expect(resolve("Aug 2024 / Ongoing") == ("2024-08-31", .month))
    let parts = TimescaleResolver.resolveParts("Aug 2024\nJune 2024\nOngoing\nJan 2025")
    #expect(parts.map(\.written) == ["Aug 2024", "June 2024", "Ongoing", "Jan 2025"])
    #expect(parts.map(\.due?.description) == ["2024-08-31", "2024-06-30", nil, "2025-01-31"])
  }

  @Test(
    "unresolvable text is kept and flagged, never guessed",
    arguments: [
      "Spring 2025", "when funding allows", "2Q/3Q of 2025", "31 June 2024", "29 Feb 2023", "13/13/24",
      "24/26", "June",
    ])
  func unresolved(text: String) {
    let t = TimescaleResolver.resolve(text, context: TimescaleContext(publication: published))
    #expect(t.due == nil)
    #expect(t.precision == .unresolved)
    #expect(t.written == text)
  }

  @Test("leap years and two-digit years")
  func leapAndTwoDigit() {
    #expect(resolve("29/2/24").0 == "2024-02-29")
    #expect(resolve("29 February 2028").0 == "2028-02-29")
    #expect(resolve("Feb 2100").0 == "2100-02-28")
    #expect(resolve("1/6/23").0 == "2023-06-01")
    #expect(resolve("01.06.2023").0 == "2023-06-01")
    #expect(resolve("2023-06-01").0 == "2023-06-01")
    #expect(resolve("1st June 2023").0 == "2023-06-01")
    #expect(resolve("June 1, 2023").0 == "2023-06-01")
    #expect(resolve("end of March 2024").0 == "2024-03-31")
    #expect(resolve("Sept 2024").0 == "2024-09-30")
    #expect(resolve("FY24/25").0 == "2025-03-31")
    #expect(resolve("2024/2025").0 == "2025-03-31")
    #expect(resolve("2024–25").0 == "2025-03-31")
  }
}
