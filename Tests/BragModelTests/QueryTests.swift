import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Filters and counts")
struct QueryTests {
  let rows = Samples.reports.values.flatMap(\.rows)
  let today = Samples.today

  func matching(_ configure: (inout RowFilter) -> Void) -> [Row] {
    var filter = RowFilter()
    configure(&filter)
    return rows.filter { filter.matches($0, today: today) }
  }

  @Test("overdue means due before today and not complete")
  func overdue() {
    let row = Row(
      id: "r/i", report: "r", kind: .recommendation, parent: nil, ref: "Rec 1", number: 1, text: "t",
      status: "On track",
      brag: .green, due: CalendarDate("2026-11-26"), timescale: nil, precision: .day, owner: nil,
      isComplete: false)
    #expect(row.isOverdue(on: today))
    #expect(row.daysOverdue(on: today) == 1)
    #expect(!row.isOverdue(on: CalendarDate("2026-11-26")!))  // due today is not yet overdue
    var complete = row
    complete.isComplete = true
    #expect(!complete.isOverdue(on: today))
    var undated = row
    undated.due = nil
    #expect(!undated.isOverdue(on: today))
  }

  @Test("as at a past date, the values-and-culture deadlines were overdue")
  func asAtPastDate() {
    // On 26 June 2023 (the HMICFRS letter), an open recommendation due 1 June would be overdue.
    var item = Samples.report("staffs-values-culture-2023").items[1]
    item.status = "In progress"
    item.brag = .amber
    let report = Report(id: "r", title: "T", kind: .spotlight, items: [item])
    #expect(report.rows[0].isOverdue(on: CalendarDate("2023-06-26")!))
    #expect(report.rows[0].daysOverdue(on: CalendarDate("2023-06-26")!) == 25)
  }

  @Test("due within a window includes overdue rows and excludes complete ones")
  func dueWithin() {
    let soon = matching { $0.dueWithinDays = 42 }
    #expect(soon.allSatisfy { !$0.isComplete && $0.due! <= today.adding(days: 42) })
    #expect(soon.count == 21)
  }

  @Test("filters combine: BRAG, report, kind, owner and search")
  func combined() {
    #expect(matching { $0.brags = [.green] }.count == 7)
    #expect(matching { $0.kinds = [.action] }.count == 22)
    #expect(matching { $0.reportIDs = ["staffs-round3-2024"] }.count == 5)
    #expect(matching { $0.owner = "PROTECTION" }.map(\.ref) == ["AFI 1.1"])
    #expect(matching { $0.search = "whistleblowing" }.count >= 1)
    #expect(matching { $0.search = "360-DEGREE" }.map(\.ref).sorted() == ["Rec 21", "Rec 22"])
    #expect(
      matching {
        $0.overdueOnly = true
        $0.kinds = [.recommendation]
      }.map(\.ref).sorted() == ["Rec 2", "Rec 3"])
  }

  @Test("summary counts per report and in total")
  func summary() {
    let reports = Samples.reports.values.sorted { $0.id < $1.id }
    let summary = Summary(
      reports: reports.map { ($0.id, $0.title, $0.service) }, rows: reports.flatMap(\.rows), today: today)
    let misconduct = summary.reports.first { $0.id == "staffs-misconduct-2024" }!.tally
    #expect(misconduct.items == 15 && misconduct.blue == 12 && misconduct.green == 3)
    #expect(misconduct.overdue == 2)
    let merseyside = summary.reports.first { $0.id == "mfrs-action-plan-2023" }!.tally
    #expect(merseyside.unrated == 5 && merseyside.actions == 22 && merseyside.overdue == 19)
    #expect(summary.total.items == 44)
    #expect(summary.total.blue == 32)
    #expect(summary.total.overdue == 21)
  }
}

@Suite("History in words")
struct HistoryWordingTests {
  let item = Samples.report("mfrs-action-plan-2023").items[1]

  func entry(_ field: HistoryField, _ before: String?, _ after: String?, reason: String? = nil)
    -> HistoryEntry
  {
    HistoryEntry(
      at: "2026-11-27T10:00:00Z", author: "Chair", field: field, before: before, after: after, reason: reason)
  }

  @Test("every known field speaks words, never its name in the file; actions by label, not id")
  func words() {
    let wording = HistoryWording.plain
    #expect(wording.change(entry(.brag, "green", "red")) == "BRAG Green → Red")
    #expect(wording.change(entry(.brag, "red", "red")) == "BRAG confirmed Red")
    #expect(
      wording.change(entry(.revisedDue, "2025-02-01", "2027-03-31"))
        == "revised due date 2025-02-01 → 2027-03-31")
    #expect(
      wording.change(entry(.selfAssessment, "not-assessed", "met")) == "self-assessment not assessed → met")
    #expect(wording.change(entry(.returnNarrative, nil, "Two words")) == "return narrative written (2 words)")
    #expect(wording.change(entry(.note, nil, "Plan by January")) == "Decision/minute: Plan by January")
    #expect(
      wording.change(entry(.actions, nil, "a1: Review the plan"), in: item)
        == "action \(item.label).1 added: Review the plan")
    #expect(wording.change(entry(.actions, "a9: Gone", nil), in: item) == "action a9 removed: Gone")
    #expect(
      wording.changeWithReason(entry(.status, "On track", "Complete", reason: "evidence seen"))
        == "status “On track” → “Complete” (evidence seen)")
    #expect(wording.change(entry("timescale", "Dec 2024", "Mar 2025")) == "timescale: Dec 2024 → Mar 2025")
  }

  @Test("a field name this version does not know is kept as written, through a save")
  func unknownFieldKept() throws {
    let field = HistoryField(rawValue: "someLaterField")
    #expect(field == .other("someLaterField"))
    #expect(field.rawValue == "someLaterField")
    #expect(HistoryField(rawValue: "revisedDue") == .revisedDue)
  }
}

@Suite("Ids and labels")
struct IdentifierTests {
  @Test("a new item takes its official number, else the next free number of its kind; ids never clash")
  func newItems() {
    let report = Samples.report("staffs-values-culture-2023")
    #expect(report.newItemIdentity(kind: .recommendation, number: 40) == ("rec-40", "Rec 40"))
    #expect(report.newItemIdentity(kind: .recommendation, number: nil) == ("rec-35", "Rec 35"))
    #expect(report.newItemIdentity(kind: .areaForImprovement, number: nil) == ("afi-1", "AFI 1"))
    #expect(report.newItemIdentity(kind: .recommendation, number: 3).id == "rec-3-2")
  }

  @Test("an action's label is the item's label and its position; the next id is the first free one")
  func actions() {
    let item = Samples.report("mfrs-action-plan-2023").items[1]
    #expect(item.actionLabel(at: 0) == "\(item.label).1")
    #expect(item.actionLabel(of: item.actions[1].id) == "\(item.label).2")
    #expect(item.actionLabel(of: "zz") == nil)
    #expect(item.nextActionLabel == "\(item.label).\(item.actions.count + 1)")
    #expect(!item.actions.map(\.id).contains(item.nextActionID))
  }
}

@Suite("Status words follow the rating")
struct StatusFollowsRatingTests {
  @Test(
    "a verdict the rating contradicts follows it; the service's own words stay; a missing status takes the word"
  )
  func rule() {
    #expect(StatusFollowsRating.status("On track", whenRated: .amber) == "At risk")
    #expect(StatusFollowsRating.status("Complete", whenRated: .red) == "Off track")
    #expect(StatusFollowsRating.status("On track", whenRated: .green) == nil)
    #expect(StatusFollowsRating.status("Consultation with unions under way", whenRated: .red) == nil)
    #expect(StatusFollowsRating.status(nil, whenRated: .blue) == "Complete")
    #expect(StatusFollowsRating.status("  ", whenRated: .green) == "On track")
    #expect(StatusFollowsRating.status("On track", whenRated: .unrated) == nil)
    #expect(StatusFollowsRating.shown("On track", rating: .amber) == "At risk")
    #expect(StatusFollowsRating.shown("Policy drafted", rating: .red) == "Policy drafted")
    #expect(StatusFollowsRating.shown("Complete", rating: .unrated) == "Complete")
    #expect(
      StatusFollowsRating.changes(rating: .red, reason: "late", currentStatus: "On track")
        == [.brag(.red, reason: "late"), .status("Off track")])
  }
}
