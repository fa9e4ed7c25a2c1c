import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

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
      lines[0]
        == "id,report,kind,parent,ref,number,text,status,brag,due,timescale,overdue,days_overdue,owner,held,hold,closure,original_due,extensions,extension_requested,compliance,retired,serves,shown_under"
    )
    #expect(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
    #expect(text.contains("\"'-1, \"\"quoted\"\"\nsecond line\""))
    #expect(text.contains(",'@owner"))
    #expect(text.contains(",true,330,"))
    var hostile = row
    hostile.hold = "waiting on \u{1B}]0;x\u{07}NFCC"
    let escaped = try RowExport.csv([hostile], today: today)
    #expect(!escaped.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(escaped.contains("waiting on \\u001b]0;x\\u0007NFCC"))
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

  @Test(
    "the text table shows the original date under one that was extended or revised, and nothing when it has not moved"
  )
  func tableOriginalDue() throws {
    var report = Samples.report("staffs-misconduct-2024")
    let rec2 = RowID("staffs-misconduct-2024/rec-2")!
    let rec3 = RowID("staffs-misconduct-2024/rec-3")!
    let at = "2026-11-20T10:00:00Z"
    try report.apply(
      .requestExtension(CalendarDate("2027-06-30")!, reason: "NFCC late"), to: rec2, author: "C", at: at)
    try report.apply(try #require(report.item(rec2)).grantSteps(), to: rec2, author: "C", at: at)
    try report.apply(
      .revisedDue(CalendarDate("2027-03-31")!, reason: "legislation"), to: rec3, author: "C", at: at)
    let text = RowExport.table(report.rows, reports: [(report.id, report.title)], today: today)
    let lines = text.split(separator: "\n").map(String.init)
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    let at2 = try #require(lines.firstIndex { $0.hasPrefix("  Rec 2 ") })
    #expect(lines[at2].contains(" G 2027-06-30 "), "\(lines[at2])")
    #expect(lines[at2 + 1] == "             (originally 1 February 2025; 1 extension granted)")
    let at3 = try #require(lines.firstIndex { $0.hasPrefix("  Rec 3 ") })
    #expect(lines[at3].contains(" 2027-03-31 "), "\(lines[at3])")
    #expect(lines[at3 + 1] == "             (originally 1 May 2025)")
    let at4 = try #require(lines.firstIndex { $0.hasPrefix("  Rec 4 ") })
    #expect(!lines[at4 + 1].contains("originally"))
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
