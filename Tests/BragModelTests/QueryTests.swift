import BragModel
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

@Suite("Exports")
struct ExportTests {
  let today = Samples.today

  @Test("JSON rows carry the documented fields with the documented values")
  func jsonRows() throws {
    let rows = Samples.report("mfrs-action-plan-2023").rows.filter {
      $0.ref == "AFI 2" || $0.ref == "AFI 2.1"
    }
    let data = Data(RowExport.json(rows, today: today))
    let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(objects.count == 2)
    let item = objects[0]
    #expect(item["id"] as? String == "mfrs-action-plan-2023/afi-2")
    #expect(item["kind"] as? String == "area-for-improvement")
    #expect(item["parent"] is NSNull)
    #expect(item["number"] is NSNull)
    #expect(item["brag"] as? String == "unrated")
    #expect(item["overdue"] as? Bool == false)
    let action = objects[1]
    #expect(action["kind"] as? String == "action")
    #expect(action["parent"] as? String == "mfrs-action-plan-2023/afi-2")
    #expect(action["due"] as? String == "2024-08-31")
    #expect(action["timescale"] as? String == "Aug 2024")
    #expect(action["overdue"] as? Bool == true)
    #expect(action["daysOverdue"] as? Int == 818)
    #expect(action["owner"] as? String == "People and Organisational Development")
    for key in [
      "id", "report", "kind", "parent", "ref", "number", "text", "status", "brag", "due", "timescale",
      "overdue", "owner",
    ] {
      #expect(item.keys.contains(key), "\(key)")
    }
    #expect(RowExport.json([Row](), today: today) == Array("[]\n".utf8))
  }

  @Test("JSON escapes quotes, backslashes and control characters")
  func jsonEscaping() throws {
    let text = "He said \"stop\" \\ then\u{1B}[31m\nnext\ttab"
    let row = Row(
      id: "r/i", report: "r", kind: .recommendation, parent: nil, ref: "R", number: 3, text: text,
      status: nil,
      brag: .red, due: nil, timescale: nil, precision: .missing, owner: nil, isComplete: false)
    let data = Data(RowExport.json([row], today: today))
    let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(objects[0]["text"] as? String == text)
    #expect(!String(decoding: data, as: UTF8.self).contains("\u{1B}"))
  }

  @Test("CSV quotes commas, quotes and line breaks, and neutralises formulas")
  func csv() throws {
    let row = Row(
      id: "r/i", report: "r", kind: .action, parent: "r/x", ref: "R.1", number: nil,
      text: "=HYPERLINK(\"http://evil\")", status: "-1, \"quoted\"\nsecond line", brag: .amber,
      due: CalendarDate("2026-01-01"), timescale: "Jan 2026", precision: .month, owner: "@owner",
      isComplete: false)
    let text = try RowExport.csv([row], today: today)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0] == "id,report,kind,parent,ref,number,text,status,brag,due,timescale,overdue,days_overdue,owner"
    )
    #expect(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
    #expect(text.contains("\"'-1, \"\"quoted\"\"\nsecond line\""))
    #expect(text.contains(",'@owner"))
    #expect(text.contains(",true,330,"))
  }

  @Test("the text table fits 80 columns, shows BRAG letters and days overdue, and strips escape sequences")
  func table() {
    var rows = Samples.reports.values.sorted { $0.id < $1.id }.flatMap(\.rows)
    rows[0].text = "Evil \u{1B}]0;owned\u{07} title \u{1B}[2J text"
    let reports = Samples.reports.values.map { ($0.id, $0.title) }
    let text = RowExport.table(rows, reports: reports, today: today)
    for line in text.split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= 80, "\(line)")
    }
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains("  Rec 2     G 2025-02-01 +664d  On track"))
    #expect(text.contains("    AFI 2.3 - ongoing"))
    #expect(RowExport.table([], reports: [], today: today) == "No items match.\n")
  }
}

@Suite("Editing")
struct EditTests {
  @Test("each change updates the field and appends who, when, before and after")
  func changes() throws {
    var report = Samples.report("mfrs-action-plan-2023")
    let action = RowID(report: report.id, item: "afi-2", action: "a1")
    try report.apply(
      .brag(.red, reason: "survey late"), to: action, author: "Chair", at: "2026-11-27T10:00:00Z")
    try report.apply(.status("Delayed"), to: action, author: "Chair", at: "2026-11-27T10:01:00Z")
    try report.apply(
      .revisedDue(CalendarDate("2027-03-31")!, reason: "new survey contract"), to: action, author: "Chair",
      at: "2026-11-27T10:02:00Z")
    let edited = report.items[1].actions[0]
    #expect(edited.brag == .red)
    #expect(edited.status == "Delayed")
    #expect(edited.due == CalendarDate("2027-03-31"))
    #expect(edited.timescale.due == CalendarDate("2024-08-31"))  // the original is kept
    #expect(edited.history.map(\.field) == ["brag", "status", "revisedDue"])
    #expect(edited.history[0].before == "unrated" && edited.history[0].after == "red")
    #expect(edited.history[0].reason == "survey late")
    #expect(edited.history[2].before == "2024-08-31")
    #expect(edited.history.allSatisfy { $0.author == "Chair" })
  }

  @Test("bad targets and reasonless revisions are refused")
  func refusals() {
    var report = Samples.report("staffs-round3-2024")
    #expect(throws: EditError.noSuchItem(RowID(report: report.id, item: "afi-9"))) {
      try report.apply(
        .brag(.red, reason: nil), to: RowID(report: report.id, item: "afi-9"), author: "a", at: "t")
    }
    #expect(throws: EditError.emptyReason) {
      try report.apply(
        .revisedDue(CalendarDate("2027-01-01")!, reason: "  "), to: RowID(report: report.id, item: "afi-1"),
        author: "a", at: "t")
    }
    #expect(report.items[0].history.isEmpty)
  }

  @Test("global ids parse and print")
  func rowIDs() {
    #expect(
      RowID("mfrs-action-plan-2023/afi-2/a1")
        == RowID(report: "mfrs-action-plan-2023", item: "afi-2", action: "a1"))
    #expect(RowID("r/i")?.description == "r/i")
    #expect(RowID("r") == nil)
    #expect(RowID("r/i/a/b") == nil)
    #expect(RowID("R/I") == nil)
  }
}
