import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Minutes of a meeting")
struct MeetingMinutesTests {
  /// A summer meeting (British Summer Time, an hour ahead of the journal's UTC): rec 2 rated and
  /// undone and rated again, a decision, an action arising; rec 3 reviewed, nothing changed;
  /// Round 3's AFI 1 changed without being on the agenda.
  func meeting() throws -> (MeetingJournal, [Report]) {
    var misconduct = Samples.report("staffs-misconduct-2024")
    var round3 = Samples.report("staffs-round3-2024")
    let rec2 = RowID(report: misconduct.id, item: "rec-2")
    try misconduct.apply(
      .brag(.red, reason: "consultation slipped"), to: rec2, author: "Sec", at: "2025-06-30T09:10:00Z")
    try misconduct.apply(.brag(.green, reason: "undo"), to: rec2, author: "Sec", at: "2025-06-30T09:11:00Z")
    try misconduct.apply(
      .brag(.amber, reason: "unions not yet agreed"), to: rec2, author: "Sec", at: "2025-06-30T09:12:00Z")
    try misconduct.apply(
      .note("HR to report back in September"), to: rec2, author: "Sec", at: "2025-06-30T09:13:00Z")
    let action = Action(
      id: "a1", text: "Agree the probation policy with the unions", owner: "Head of HR",
      timescale: TimescaleResolver.resolve("Sep 2025"))
    try misconduct.apply(.addAction(action, at: nil), to: rec2, author: "Sec", at: "2025-06-30T09:14:00Z")
    try round3.apply(
      .status("Complete"), to: RowID(report: round3.id, item: "afi-1"), author: "Sec",
      at: "2025-06-30T09:20:00Z")
    // Before the meeting: not in its minutes.
    try misconduct.apply(
      .status("Slipping"), to: RowID(report: misconduct.id, item: "rec-3"), author: "x",
      at: "2025-06-01T09:00:00Z")
    var journal = MeetingJournal(
      startedAt: "2025-06-30T09:05:00Z", attendees: "Chair, CFO", apologies: "Head of Prevention")
    journal.review("\(misconduct.id)/rec-3", at: "2025-06-30T09:06:00Z", brag: .green, reason: "Overdue")
    journal.review("\(misconduct.id)/rec-2", at: "2025-06-30T09:09:00Z", brag: .green, reason: "Overdue")
    journal.endedAt = "2025-06-30T10:40:00Z"
    return (journal, [misconduct, round3])
  }

  @Test(
    "a chair can sign them: local times, present and apologies, agenda order, net changes, decisions, actions arising"
  )
  func markdown() throws {
    let (journal, reports) = try meeting()
    let minutes = MeetingMinutes.build(
      journal, reports: reports, today: CalendarDate("2025-06-30")!,
      timeZone: TimeZone(identifier: "Europe/London")!)
    let text = minutes.markdown
    #expect(
      text.hasPrefix(
        """
        # Fire Standards Implementation Board: minutes

        - Date: 30 June 2025
        - Time: 10:05–11:40
        - Present: Chair, CFO
        - Apologies: Head of Prevention

        ## Standards of behaviour: the handling of misconduct in fire and rescue services

        ### Rec 3 — Chief Fire Officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contrac…

        - Overdue · rated Green when reviewed

        ### Rec 2 — Chief Fire Officers should make sure a policy for probationary staff is in place.

        - Overdue · rated Green when reviewed
        - BRAG Green → Amber (unions not yet agreed)
        - **Decision:** HR to report back in September
        - **Action arising:** Rec 2.1 Agree the probation policy with the unions — owner Head of HR, due 30 September 2025

        ## Round 3 inspection
        """))
    #expect(
      text.contains("- Not on the agenda; changed during the meeting\n- status “On track” → “Complete”"))
    #expect(!text.contains("Slipping"))
    #expect(!text.contains("Z"))
    #expect(text.components(separatedBy: "## Standards of behaviour").count == 2)
    #expect(text.contains("## Still overdue at the close (as at 30 June 2025)"))
  }

  @Test("an open meeting's minutes say so; HTML escapes every text")
  func openAndHTML() throws {
    var (journal, reports) = try meeting()
    journal.endedAt = nil
    journal.attendees = "Chair <b>&</b> CFO"
    let minutes = MeetingMinutes.build(
      journal, reports: reports, today: CalendarDate("2025-06-30")!, timeZone: TimeZone(identifier: "UTC")!)
    #expect(minutes.time == "from 09:05 (the meeting has not ended)")
    let html = minutes.html
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<li>Present: Chair &lt;b&gt;&amp;&lt;/b&gt; CFO</li>"))
    #expect(
      html.contains("<h2>Standards of behaviour: the handling of misconduct in fire and rescue services</h2>")
    )
    #expect(html.contains("<li><strong>Decision:</strong> HR to report back in September</li>"))
  }
}
