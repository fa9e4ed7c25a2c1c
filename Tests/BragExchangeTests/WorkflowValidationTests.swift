import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("brag validate: closure, extensions and holds left wrong by hand")
struct WorkflowValidationTests {
  func messages(_ report: Report, file: String = "data/r.json") -> [String] {
    Validator().validate(reports: [(report, file)]).filter { $0.id?.hasSuffix("rec-2") == true }.map {
      "\($0.severity.rawValue): \($0.message)"
    }
  }

  @Test("each hand-made inconsistency is named, with what to do; the board's own edits give none")
  func findings() throws {
    var report = Samples.report("staffs-misconduct-2024")
    let clean = messages(report)
    let date = CalendarDate("2027-01-31")!
    report.items[1].closure = Closure(state: .proposed)
    report.items[1].extensions = [
      DateExtension(due: date, reason: ""), DateExtension(due: date, reason: "late guidance"),
    ]
    report.items[1].hold = Hold(reason: " ")
    var found = messages(report)
    #expect(
      found.contains("error: closure is proposed without evidence; add the evidence or remove the proposal"))
    #expect(found.contains { $0.hasPrefix("error: more than one extension request is waiting") })
    #expect(found.contains("error: the extension to 2027-01-31 has no reason; every extension says why"))
    #expect(found.contains("error: on hold with no reason; say what it waits for, or release it"))

    report.items[1].extensions = []
    report.items[1].hold = nil
    report.items[1].closure = Closure(
      state: .accepted, evidence: [Evidence(kind: .file, value: "evidence/gone.pdf")])
    found = messages(report)
    #expect(
      found.contains(
        "warning: closed on evidence, yet rated Green with status 'On track'; rate it Blue or reopen it"))
    #expect(
      found.contains(
        "warning: the evidence file 'evidence/gone.pdf' is not in the data folder; put it back or correct the name"
      ))
    report.items[1].closure = Closure(state: .monitoring, evidence: [Evidence(kind: .text, value: "audit")])
    #expect(messages(report).contains { $0.hasPrefix("error: closure is being monitored with no end date") })

    // Made through the model's own changes, nothing new is reported.
    var edited = Samples.report("staffs-misconduct-2024")
    let id = RowID(report: edited.id, item: "rec-2")
    try edited.apply(
      [
        .proposeClosure(evidence: [Evidence(kind: .text, value: "audit")]),
        .requestExtension(date, reason: "late"),
      ],
      to: id, author: "a", at: "2026-11-27T10:00:00Z")
    try edited.apply(
      edited.item(id)!.acceptanceSteps(monitorUntil: nil, today: date), to: id, author: "a", at: "t")
    #expect(messages(edited) == clean)
  }
}
