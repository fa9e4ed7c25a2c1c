import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Public page: holds and moved deadlines")
struct WorkflowPageTests {
  /// Rec 3 extended once, Rec 6 on hold, an action on hold with a revised date.
  static func report() throws -> (Report, Report) {
    var misconduct = Samples.report("staffs-misconduct-2024")
    let rec3 = RowID(report: misconduct.id, item: "rec-3")
    try misconduct.apply(
      [.requestExtension(CalendarDate("2027-06-30")!, reason: "NFCC guidance late")], to: rec3, author: "a",
      at: "2026-11-27T10:00:00Z")
    try misconduct.apply(
      misconduct.item(rec3)!.grantSteps(), to: rec3, author: "a", at: "2026-11-27T10:01:00Z")
    try misconduct.apply(
      .hold(reason: "national guidance <awaited>", waitingOn: "NFCC"),
      to: RowID(report: misconduct.id, item: "rec-6"),
      author: "a", at: "t")
    var plan = Samples.report("mfrs-action-plan-2023")
    let action = RowID(report: plan.id, item: plan.items[1].id, action: plan.items[1].actions[0].id)
    try plan.apply(.hold(reason: "survey supplier", waitingOn: nil), to: action, author: "a", at: "t")
    try plan.apply(
      .revisedDue(CalendarDate("2027-01-31")!, reason: "supplier"), to: action, author: "a", at: "t")
    return (misconduct, plan)
  }

  @Test("Markdown and HTML say an item is on hold and give the moved deadline with the original")
  func heldAndExtended() throws {
    let (misconduct, plan) = try Self.report()
    let asAt = CalendarDate("2026-11-27")!
    let markdown = try PageExport.render(misconduct, format: .markdown, asAt: asAt)
    #expect(markdown.contains("Deadline: 30 June 2027 (originally 1 May 2025; 1 extension granted)\n"))
    #expect(markdown.contains("On hold, waiting on NFCC: national guidance \\<awaited>\n"))
    let html = try PageExport.render(misconduct, format: .html, asAt: asAt)
    #expect(
      html.contains(
        "<p class=\"deadline\">Deadline: 30 June 2027 (originally 1 May 2025; 1 extension granted)</p>"))
    #expect(
      html.contains("<p class=\"hold\">On hold, waiting on NFCC: national guidance &lt;awaited&gt;</p>"))
    if Tidy.path != nil { #expect(try Tidy.errors(in: html) == "") }
    // A page without either says nothing of them.
    let plain = try PageExport.render(Samples.report("staffs-misconduct-2024"), format: .markdown, asAt: asAt)
    #expect(!plain.contains("Deadline:"))
    #expect(!plain.contains("On hold"))
    let planPage = try PageExport.render(plan, format: .markdown, asAt: asAt)
    #expect(planPage.contains("- Hold: On hold: survey supplier\n"))
    #expect(planPage.contains("- Deadline: 31 January 2027 (originally 31 August 2024)\n"))
  }

  @Test(
    "the return's Markdown gives HMICFRS's deadline, the revised one with the original, and a hold; the CSV keeps its columns"
  )
  func returnLines() throws {
    let (misconduct, _) = try Self.report()
    let markdown = ReturnExport.markdown(misconduct, asAt: CalendarDate("2026-11-27")!)
    #expect(
      markdown.contains(
        "**Deadline:** 1 May 2025\\\n**Revised deadline:** 30 June 2027 (originally 1 May 2025; 1 extension granted)\\\n"
      ))
    #expect(markdown.contains("**On hold:** waiting on NFCC: national guidance \\<awaited>\\\n"))
    let csv = String(decoding: try ReturnExport.csv(misconduct), as: UTF8.self)
    #expect(
      csv.split(whereSeparator: \.isNewline).first?.hasSuffix(
        "Recommendation,Text,Deadline,Self-assessment,Narrative") == true)
    #expect(!csv.contains("Revised deadline") && !csv.contains("On hold"))
  }
}
