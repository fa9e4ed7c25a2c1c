import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Evidence pack")
struct EvidencePackTests {
  static let asAt = CalendarDate("2026-11-27")!

  static func closedRec2() throws -> Report {
    var report = Samples.report("staffs-misconduct-2024")
    let id = RowID(report: report.id, item: "rec-2")
    try report.apply(
      .addUpdate(
        QuarterlyUpdate(
          period: "Q2 2026/27", date: CalendarDate("2026-09-30"), author: "Head of People",
          text: "Policy <b>adopted</b>")),
      to: id, author: "Head of People", at: "2026-09-30T09:00:00Z")
    try report.apply(
      .proposeClosure(evidence: [
        Evidence(kind: .text, value: "Board minutes of 3 Feb"),
        Evidence(kind: .address, value: "https://example.org/p"),
      ]), to: id, author: "Head of People", at: "2026-10-01T09:00:00Z")
    try report.apply(
      report.item(id)!.acceptanceSteps(monitorUntil: nil, today: asAt), to: id, author: "Chair",
      at: "2026-11-27T10:00:00Z")
    return report
  }

  @Test("one item: the text, where it stands, updates, evidence and decision, and the history in order")
  func oneItem() throws {
    let pack = EvidencePack.build(try Self.closedRec2(), itemIDs: ["rec-2"], asAt: Self.asAt)
    #expect(pack.entries.count == 1)
    let markdown = pack.markdown
    #expect(markdown.hasPrefix("# Evidence pack: Rec 2\n"))
    for line in [
      "## Recommendation 2",
      "- Rating: Blue · status “Complete”",
      "- Q2 2026/27 (30 September 2026), Head of People: Policy \\<b>adopted\\</b>",
      "- State: closed on evidence",
      "- Evidence: Board minutes of 3 Feb",
      "- Evidence (address): https://example.org/p",
      "- Decided by Chair at 2026-11-27T10:00:00Z",
    ] {
      #expect(markdown.contains(line + "\n"), "\(line)")
    }
    let history = markdown.components(separatedBy: "### History\n\n")[1].split(separator: "\n")
    #expect(
      history == [
        "- 2026-09-30 09:00 · Head of People · update added: Q2 2026/27: Policy \\<b>adopted\\</b>",
        "- 2026-10-01 09:00 · Head of People · proposed for closure (evidence: Board minutes of 3 Feb; https://example.org/p)",
        "- 2026-11-27 10:00 · Chair · closure accepted",
        "- 2026-11-27 10:00 · Chair · BRAG Green → Blue (closure accepted)",
        "- 2026-11-27 10:00 · Chair · status “On track” → “Complete”",
      ])
    let html = pack.html
    #expect(
      html.contains(
        "<li>Q2 2026/27 (30 September 2026), Head of People: Policy &lt;b&gt;adopted&lt;/b&gt;</li>"))
    #expect(!html.contains("<b>"))
    if Tidy.path != nil { #expect(try Tidy.errors(in: html) == "") }
  }

  @Test("a whole report: every item, in order; control characters never reach the pack")
  func wholeReport() throws {
    var report = try Self.closedRec2()
    report.items[0].text = "Rec one \u{1B}]0;owned\u{07} text"
    let pack = EvidencePack.build(report, asAt: Self.asAt)
    #expect(pack.entries.map(\.id) == report.items.map { "\(report.id)/\($0.id)" })
    #expect(pack.title == "Evidence pack: \(report.title)")
    #expect(!pack.markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(pack.markdown.contains("- Not proposed.\n"))
  }
}
