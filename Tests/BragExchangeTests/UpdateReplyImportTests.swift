import BragModel
import BragTestSupport
import Foundation
import Testing

@testable import BragExchange

@Suite("Update requests and replies: the forms, read back")
struct UpdateReplyImportTests {
  static let plan = "mfrs-action-plan-2023"
  static let replyBy = CalendarDate("2026-12-11")!

  func requests(_ reports: [Report]) -> [UpdateRequestExport.OwnerRequest] {
    UpdateRound.requestLines(in: reports).map {
      UpdateRequestExport.OwnerRequest(owner: $0.owner, lines: $0.lines)
    }
  }

  /// The request rows with the reply cells of the row for `id` filled (Your update, Reply date,
  /// Closure evidence, Extension date, Extension reason: the last five).
  func filled(_ rows: [[String]], _ id: String, _ reply: [String]) -> [[String]] {
    var rows = rows
    let index = rows.firstIndex { $0[1] == id }!
    rows[index].replaceSubrange((rows[index].count - 5)..., with: reply)
    return rows
  }

  @Test("a reply sheet re-saved as .xlsx reads like its CSV")
  func workbook() throws {
    var rows = UpdateRequestExport.rows(requests([Samples.report(Self.plan)]), replyBy: Self.replyBy)
    rows = filled(rows, "\(Self.plan)/afi-2/a2", ["Plan drafted", "25/11/2026", "", "31/03/2027", "Unions"])
    let data = try XLSXWriter.workbook([SheetTable(name: "Requests", textRows: rows)])
    let replies = try UpdateReplyImport.parse(data, fileName: "replies.xlsx")
    #expect(replies.count == 21)
    let reply = try #require(replies.first { !$0.isEmpty })
    #expect(reply.line == 3)
    #expect(reply.id == "\(Self.plan)/afi-2/a2")
    #expect(reply.owner == "People and Organisational Development")
    #expect(reply.update == "Plan drafted")
    let plan = UpdateReplyPlan.make(
      replies, reports: [Self.plan: Samples.report(Self.plan)], today: Samples.today, author: "x",
      timestamp: "2026-11-27T10:00:00Z")
    #expect(plan.problems.isEmpty)
    #expect(
      plan.steps.map(\.words) == [
        ["October–December 2026 update added to AFI 2", "extension to 2027-03-31 requested"]
      ])
    #expect(plan.empty.count == 20)
  }

  @Test("TSV and CSV give the same replies; a formula-like cell from the data stays neutralised in the CSV")
  func tsvAndFormulae() throws {
    var report = Samples.report(Self.plan)
    report.items[1].actions[0].text = "=HYPERLINK(\"http://x\")"
    let rows = filled(
      UpdateRequestExport.rows(requests([report]), replyBy: Self.replyBy), "\(Self.plan)/afi-2/a1",
      ["Done, at last", "", "", "", ""])
    let csv = SpreadsheetTable.render(rows, format: .csv)
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
    let tsv = SpreadsheetTable.render(rows, format: .tsv)
    let fromCSV = try UpdateReplyImport.parse(Data(csv.utf8), fileName: "r.csv")
    let fromTSV = try UpdateReplyImport.parse(Data(tsv.utf8), fileName: "r.tsv")
    #expect(fromCSV == fromTSV)
    #expect(fromCSV[0].update == "Done, at last")
  }

  @Test("Markdown: quote markers, bold labels and a section's reply date")
  func markdown() throws {
    let text = """
      <!-- brag update request -->
      ## Jo Bloggs

      Reply date (YYYY-MM-DD, if not the day it is imported):
      > 2026-11-20

      ### mfrs-action-plan-2023/afi-2/a1 — AFI 2.1 (action)

      - Text: Carry out a cultural survey
      - Last update: none

      **Your update:**
      > First line
      >
      > > Second paragraph

      Extension, new date (YYYY-MM-DD):
      >

      ### mfrs-action-plan-2023/afi-2/a2 — AFI 2.2 (action)

      Your update:
      >

      ### mfrs-action-plan-2023/afi-2/a3 — AFI 2.3 (action)

      Your update: Pulse survey in March.
      Extension, reason: > The supplier changed
      """
    let replies = try UpdateReplyImport.parse(Data(text.utf8), fileName: "reply.md")
    #expect(replies.count == 3)
    #expect(
      replies[0]
        == UpdateReply(
          line: 7, id: "\(Self.plan)/afi-2/a1", owner: "Jo Bloggs", update: "First line\n\nSecond paragraph",
          replyDate: "2026-11-20"))
    #expect(replies[1].isEmpty)
    #expect(replies[2].update == "Pulse survey in March.")
    #expect(replies[2].extensionReason == "The supplier changed")
    // Without the .md name, the form is recognised by its marker.
    #expect(try UpdateReplyImport.parse(Data(text.utf8), fileName: "reply") == replies)
  }

  @Test("Markdown: data written like Markdown is escaped, the form keeps its shape and reads back")
  func markdownEscaping() throws {
    var report = Samples.report(Self.plan)
    let nasty = "- | a | b |\n|---|---|\n# *bold* <script>alert(1)</script> `code` [x](y) _u_ 1. Your update:"
    let owner = "*Jo* | #Bloggs <b>"
    report.items[1].actions[0].text = nasty
    report.items[1].actions[0].owner = owner
    report.items[1].actions[0].status = "`Done` - > quoted | ### mfrs-action-plan-2023/afi-1 — AFI 1"
    report.items[1].actions[1].owner = owner
    report.items[1].updates.append(
      QuarterlyUpdate(
        period: "July–September 2026", date: CalendarDate("2026-09-30"), text: "<script>x</script> ## `y`"))
    let form = UpdateRequestExport.markdown(
      requests([report]), replyBy: Self.replyBy, period: "October–December 2026", today: Samples.today)
    // The data makes no heading, list, table, HTML, code or emphasis of its own.
    let lines = form.components(separatedBy: "\n")
    for line in lines.dropFirst() {
      #expect(!line.contains(/(^|[^\\])</), "\(line)")
    }
    #expect(!form.contains("|---|"))
    #expect(form.contains("\\<script>alert(1)\\</script>"))
    #expect(form.contains("\\`code\\`"))
    #expect(form.contains("\\*bold\\*"))
    #expect(form.contains("## \\*Jo\\* \\| \\#Bloggs \\<b>\n"))
    #expect(lines.filter { $0.hasPrefix("### ") }.count == 21)
    #expect(lines.filter { $0.hasPrefix("## ") }.count == 2)
    for line in lines where !line.isEmpty {
      let structural = [
        "#", "- ", ">", "<!--", "Sent ", "Write ", "Reply date", "Your update:", "Propose", "Extension",
      ]
      #expect(
        structural.contains { line.hasPrefix($0) } || line.first!.isNumber || line.first!.isLetter, "\(line)")
    }
    #expect(
      lines.contains(
        "- Text: \\- \\| a \\| b \\| \\|---\\|---\\| \\# \\*bold\\* \\<script>alert(1)\\</script> \\`code\\` \\[x\\](y) \\_u\\_ 1. Your update:"
      ))
    // Filled in: a reply under the first action's "Your update:", and read back word for word.
    var filled: [String] = []
    var inFirst = false
    var done = false
    for line in lines {
      if line.hasPrefix("### ") { inFirst = line.hasPrefix("### \(Self.plan)/afi-2/a1 ") }
      filled.append(line)
      if inFirst, !done, line == UpdateRequestExport.Label.update {
        filled.append("> Survey *closed* | # results `soon`")
        done = true
      }
    }
    let replies = try UpdateReplyImport.parse(Data(filled.joined(separator: "\n").utf8), fileName: "reply.md")
    #expect(replies.count == 21)
    let reply = try #require(replies.first { !$0.isEmpty })
    #expect(reply.id == "\(Self.plan)/afi-2/a1")
    #expect(reply.owner == owner)
    #expect(reply.update == "Survey *closed* | # results `soon`")
    let plan = UpdateReplyPlan.make(
      replies, reports: [Self.plan: report], today: Samples.today, author: "x",
      timestamp: "2026-11-27T10:00:00Z")
    #expect(plan.problems.isEmpty)
    #expect(plan.steps.map(\.words) == [["October–December 2026 update added to AFI 2"]])
  }

  @Test("Markdown quoted whole in an emailed reply, the owner's words typed in among it")
  func emailedReply() throws {
    let text = """
      Hi, my replies are below.

      > <!-- brag update request -->
      > ## Jo Bloggs
      >
      > ### mfrs-action-plan-2023/afi-2/a1 — AFI 2.1 (action)
      >
      > - Text: Carry out a cultural survey
      >
      > Your update:
      Survey closed; results to SLT in January.
      >
      > Extension, new date (YYYY-MM-DD):
      > >
      """
    let replies = try UpdateReplyImport.parse(Data(text.utf8), fileName: "reply.txt")
    #expect(
      replies == [
        UpdateReply(
          line: 6, id: "\(Self.plan)/afi-2/a1", owner: "Jo Bloggs",
          update: "Survey closed; results to SLT in January.")
      ])
  }

  @Test("reply dates: ISO, UK day/month/year, written out; anything vaguer is not a date")
  func dates() {
    #expect(UpdateReplyPlan.parseDate("2027-03-31") == CalendarDate("2027-03-31"))
    #expect(UpdateReplyPlan.parseDate("31/03/2027") == CalendarDate("2027-03-31"))
    #expect(UpdateReplyPlan.parseDate("31 March 2027") == CalendarDate("2027-03-31"))
    #expect(UpdateReplyPlan.parseDate("March 2027") == nil)
    #expect(UpdateReplyPlan.parseDate("Q4") == nil)
    #expect(UpdateReplyPlan.parseDate("soon") == nil)
  }

  @Test("the period comes from the reply date: a reply dated in September is the July–September update")
  func periodFromReplyDate() throws {
    let replies = [
      UpdateReply(line: 2, id: "\(Self.plan)/afi-3", update: "Late return", replyDate: "2026-09-30")
    ]
    var report = Samples.report(Self.plan)
    report.items[2].owner = "Head of People"
    let plan = UpdateReplyPlan.make(
      replies, reports: [Self.plan: report], today: Samples.today, author: "x",
      timestamp: "2026-11-27T10:00:00Z")
    #expect(plan.problems.isEmpty)
    guard case .addUpdate(let update)? = plan.steps.first?.changes.first?.changes.first else {
      Issue.record("no update planned")
      return
    }
    #expect(
      update
        == QuarterlyUpdate(
          period: "July–September 2026", date: CalendarDate("2026-09-30"), author: "Head of People",
          text: "Late return"))
  }
}
