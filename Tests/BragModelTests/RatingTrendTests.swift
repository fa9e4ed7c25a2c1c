import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("The rating trend: counts at past moments, meetings, diffs")
struct RatingTrendTests {
  func item(_ id: String, _ brag: BRAG, status: String? = nil, due: String? = nil) -> Item {
    Item(
      id: id, kind: .recommendation, label: "Rec \(id.dropFirst(4))", text: "Do \(id).",
      timescale: due.map { Timescale(written: $0, due: CalendarDate($0)!, precision: .day) } ?? .none,
      status: status, brag: brag)
  }

  /// rec-1 Green throughout; rec-2 Green, Red on 1 October, Amber on 20 November; rec-3 added on
  /// 1 November, Blue; rec-4 "In progress" until its status said Complete on 10 November, due 1
  /// September and revised to March 2027 on 5 October; rec-5 has an action rated on 2 October.
  func report() throws -> Report {
    var added = item("rec-3", .blue)
    added.history = [
      HistoryEntry(at: "2026-11-01T09:00:00Z", author: "Clerk", field: .created, before: nil, after: nil)
    ]
    var withAction = item("rec-5", .unrated)
    withAction.actions = [Action(id: "a1", text: "Draft the policy", brag: .green)]
    var report = Report(
      id: "r", title: "Trend", kind: .thematic,
      items: [
        item("rec-1", .green), item("rec-2", .green), added,
        item("rec-4", .amber, status: "In progress", due: "2026-09-01"), withAction,
      ])
    let rec2 = RowID(report: "r", item: "rec-2")
    try report.apply(.brag(.red, reason: "slipped"), to: rec2, author: "Chair", at: "2026-10-01T10:00:00Z")
    try report.apply(.brag(.amber, reason: nil), to: rec2, author: "Chair", at: "2026-11-20T10:00:00Z")
    let rec4 = RowID(report: "r", item: "rec-4")
    try report.apply(
      .revisedDue(CalendarDate("2027-03-31")!, reason: "awaiting legislation"), to: rec4, author: "Chair",
      at: "2026-10-05T10:00:00Z")
    try report.apply(.status("Complete"), to: rec4, author: "Chair", at: "2026-11-10T10:00:00Z")
    try report.apply(
      .brag(.red, reason: nil), to: RowID(report: "r", item: "rec-5", action: "a1"), author: "Chair",
      at: "2026-10-02T10:00:00Z")
    return report
  }

  /// B, R, A, G, not rated.
  func ratings(_ counts: RatingCounts) -> [Int] { RatingCounts.order.map { counts[$0] } }

  func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

  @Test("counts at past days: ratings undone from the history, later items left out, status and overdue")
  func countsAtPastDays() throws {
    let report = try report()
    let september = RatingTrend.counts(report, at: .endOf(day("2026-09-30")))
    #expect(september.items == 4)  // rec-3 did not exist yet
    #expect(ratings(september) == [0, 0, 1, 2, 1])
    #expect(september.complete == 0)
    #expect(september.open == 4)
    #expect(september.overdue == 1)  // rec-4, due 1 September, not yet revised
    let october = RatingTrend.counts(report, at: .endOf(day("2026-10-15")))
    #expect(ratings(october) == [0, 1, 1, 1, 1])
    #expect(october.overdue == 0)  // revised on 5 October
    // The start of a day is before its changes, the end after them.
    #expect(RatingTrend.counts(report, at: .startOf(day("2026-10-01"))).red == 0)
    #expect(RatingTrend.counts(report, at: .endOf(day("2026-10-01"))).red == 1)
    let now = RatingTrend.counts(report, at: .now(day("2026-11-27")))
    #expect(now.items == 5)
    #expect(ratings(now) == [1, 0, 2, 1, 1])
    #expect(now.complete == 2)  // rec-3 Blue, rec-4 "Complete"
    #expect(now.open == 3)
    // An item without history is taken as it is, even long before.
    #expect(RatingTrend.counts(report, at: .endOf(day("2020-01-01"))).green == 2)
  }

  @Test("an item as it stood: each field from the first change after the moment")
  func itemAsAt() throws {
    let report = try report()
    let rec4 = report.items[3]
    #expect(
      rec4.asAt(.endOf(day("2026-10-01")))
        == ItemAsAt(brag: .amber, status: "In progress", due: day("2026-09-01")))
    #expect(
      rec4.asAt(.endOf(day("2026-10-31")))
        == ItemAsAt(brag: .amber, status: "In progress", due: day("2027-03-31")))
    #expect(rec4.asAt(.endOf(day("2026-11-10")))?.isComplete == true)
    #expect(report.items[2].asAt(.startOf(day("2026-11-01"))) == nil)
    #expect(report.items[2].asAt(.endOf(day("2026-11-01")))?.brag == .blue)
  }

  @Test("a hold counts from when it was put on: overdue before it, not after")
  func holds() throws {
    var report = Report(
      id: "r", title: "T", kind: .thematic, items: [item("rec-1", .amber, due: "2026-06-30")])
    try report.apply(
      .hold(reason: "national guidance", waitingOn: "NFCC"), to: RowID(report: "r", item: "rec-1"),
      author: "Chair", at: "2026-10-10T10:00:00Z")
    #expect(report.items[0].asAt(.endOf(day("2026-10-09")))?.isHeld == false)
    #expect(RatingTrend.counts(report, at: .endOf(day("2026-10-09"))).overdue == 1)
    #expect(RatingTrend.counts(report, at: .endOf(day("2026-10-10"))).overdue == 0)
    #expect(RatingTrend.counts(report, at: .now(day("2026-11-27"))).overdue == 0)
  }

  @Test("timestamps with an offset or fractions of a second are compared as instants")
  func offsets() {
    var rated = item("rec-1", .red)
    rated.history = [
      HistoryEntry(at: "2026-10-01T00:30:00+01:00", author: "A", field: .brag, before: "green", after: "red")
    ]
    // 00:30 in UTC+1 is 23:30 UTC the day before.
    #expect(rated.asAt(.endOf(day("2026-09-30")))?.brag == .red)
    #expect(rated.asAt(.startOf(day("2026-09-30")))?.brag == .green)
    rated.history[0].at = "2026-10-01T10:00:00.250Z"
    #expect(rated.asAt(.through(Moment.parse("2026-10-01T10:00:00Z")!))?.brag == .green)
    #expect(rated.asAt(.through(Moment.parse("2026-10-01T10:00:01Z")!))?.brag == .red)
  }

  @Test("the shift: every move, the largest (the more severe on a tie), in words")
  func shift() throws {
    let report = try report()
    let shift = RatingTrend.shift(report, from: .endOf(day("2026-09-30")), to: .now(day("2026-11-27")))
    #expect(shift.moves.map { $0.text() } == ["B 0→1", "A 1→2", "G 2→1"])
    #expect(shift.largest?.text() == "A 1→2")  // a three-way tie: the most severe, Amber
    #expect(shift.summary() == "B 0→1  R 0  A 1→2  G 2→1  U 1 · open 4→3 · complete 0→2 · overdue 1→0")
    var before = RatingCounts()
    before.green = 7
    before.red = 1
    var after = before
    after.green = 5
    after.red = 3
    after.unrated = 1
    let moved = RatingShift(from: before, to: after)
    #expect(moved.largest == RatingShift.Move(brag: .red, from: 1, to: 3))  // Red before Green on a tie
    #expect(moved.text() == "R 1→3 G 7→5 U 0→1")
    #expect(moved.text(arrow: "->") == "R 1->3 G 7->5 U 0->1")
    #expect(RatingShift(from: before, to: before).largest == nil)
    #expect(RatingShift(from: before, to: before).text() == "no change")
  }

  @Test("the last meeting is the latest ended before today; points are the counts at each end")
  func meetings() throws {
    let report = try report()
    func meeting(_ start: String, ended: String?) -> MeetingJournal {
      var journal = MeetingJournal(startedAt: start)
      journal.endedAt = ended
      return journal
    }
    let journals = [
      meeting("2026-11-25T10:00:00Z", ended: "2026-11-25T11:00:00Z"),
      meeting("2026-09-30T10:00:00Z", ended: "2026-09-30T11:00:00Z"),
      meeting("2026-10-20T10:00:00Z", ended: "2026-10-20T11:30:00Z"),
      meeting("2026-11-26T10:00:00Z", ended: nil),  // still open
      meeting("2026-11-27T10:00:00Z", ended: "2026-11-27T11:00:00Z"),  // today's
    ]
    let last = try #require(MeetingTrend.lastMeeting(before: day("2026-11-27"), in: journals))
    #expect(last.meeting.id == "20261125T100000Z")
    #expect(last.moment == .through(Moment.parse("2026-11-25T11:00:00Z")!))
    let points = MeetingTrend.points([report], journals: journals, last: 2, before: day("2026-11-27"))
    #expect(points.map(\.meeting.id) == ["20261020T100000Z", "20261125T100000Z"])
    #expect(points.map(\.day) == [day("2026-10-20"), day("2026-11-25")])
    #expect(points.map(\.counts.red) == [1, 0])
    #expect(points.map(\.counts.amber) == [1, 2])
    #expect(points.map(\.counts.items) == [4, 5])
    #expect(MeetingTrend.points([report], journals: journals, last: 10, before: day("2026-11-27")).count == 3)
    #expect(MeetingTrend.lastMeeting(before: day("2026-09-30"), in: journals) == nil)
  }

  @Test("the diff between two days: net changes per item and action, counts at each end")
  func diff() throws {
    let report = try report()
    let diff = ReportDiff.between(report, from: .startOf(day("2026-10-01")), to: .endOf(day("2026-10-31")))
    #expect(diff.targets.map(\.id) == ["r/rec-2", "r/rec-4", "r/rec-5/a1"])
    #expect(diff.targets.map(\.label) == ["Rec 2", "Rec 4", "Rec 5.1"])
    #expect(diff.targets[2].isAction)
    #expect(
      diff.targets.map { $0.changes.map { HistoryWording.plain.changeWithReason($0, in: report.items[3]) } }
        == [
          ["BRAG Green → Red (slipped)"], ["revised due date 2026-09-01 → 2027-03-31 (awaiting legislation)"],
          ["BRAG Green → Red"],
        ])
    #expect(diff.shift.text() == "R 0→1 G 2→1")
    // Green → Red → Amber nets to Green → Amber.
    let whole = ReportDiff.between(report, from: .startOf(day("2026-09-01")), to: .now(day("2026-11-27")))
    #expect(whole.targets.first { $0.id == "r/rec-2" }?.changes.map(\.after) == ["amber"])
    #expect(whole.targets.map(\.id) == ["r/rec-2", "r/rec-3", "r/rec-4", "r/rec-5/a1"])
    #expect(
      ReportDiff.between(report, from: .startOf(day("2026-12-01")), to: .now(day("2026-12-02"))).isEmpty)
  }
}
