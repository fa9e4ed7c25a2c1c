import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Minutes")
struct MinutesExportTests {
  @Test("changes since a time grouped by report and item, decisions, then what is still overdue")
  func scripted() throws {
    var report = Samples.report("staffs-misconduct-2024")
    let id = RowID(report: report.id, item: "rec-2")
    try report.apply(.brag(.red, reason: "slipping"), to: id, author: "Chair", at: "2026-11-27T10:05:00Z")
    try report.apply(
      .revisedDue(CalendarDate("2027-03-31")!, reason: "legislation"), to: id, author: "Chair",
      at: "2026-11-27T10:06:00Z")
    try report.apply(.note("Costed plan by January"), to: id, author: "Chair", at: "2026-11-27T10:07:00Z")
    try report.apply(
      .status("Before the meeting"), to: RowID(report: report.id, item: "rec-3"), author: "X",
      at: "2026-11-26T09:00:00Z")
    let text = MinutesExport.markdown(
      [report], options: .init(since: "2026-11-27T10:00:00Z", today: Samples.today, attendees: "Chair, CFO"))
    let expected = """
      # Fire Standards Implementation Board: minutes

      - Date: 27 November 2026
      - Attendees: Chair, CFO
      - Changes recorded since: 2026-11-27T10:00:00Z

      ## Changes and decisions

      ## Standards of behaviour: the handling of misconduct in fire and rescue services

      ### Rec 2 — Chief Fire Officers should make sure a policy for probationary staff is in place.

      - BRAG Green → Red (slipping) — Chair, 2026-11-27 10:05
      - revised due date 2025-02-01 → 2027-03-31 (legislation) — Chair, 2026-11-27 10:06
      - **Decision/minute:** Costed plan by January — Chair, 2026-11-27 10:07

      ## Still overdue at the close (as at 27 November 2026)

      - Standards of behaviour: the handling of misconduct in fire and rescue services: Rec 3 — Chief Fire Officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contrac… (due 1 May 2025, 575 days overdue)

      """
    #expect(text == expected)
  }

  @Test("--since takes a date or a timestamp; Markdown in the data cannot break the page")
  func sinceAndEscaping() {
    #expect(MinutesExport.normaliseSince("2026-11-27") == "2026-11-27T00:00:00Z")
    #expect(MinutesExport.normaliseSince("2026-11-27T10:00:00Z") == "2026-11-27T10:00:00Z")
    #expect(MinutesExport.normaliseSince("yesterday") == nil)
    let report = Report(id: "r", title: "# <b>Bold</b> | pipe", kind: .other)
    let text = MinutesExport.markdown(
      [report], options: .init(since: "2000-01-01T00:00:00Z", today: Samples.today))
    #expect(text.contains("No changes were recorded in this period."))
    #expect(text.contains("Nothing is overdue."))
  }
}
