import BragTestSupport
import Foundation
import Testing

@testable import BragModel

@Suite("The board's year: closure, extensions, holds")
struct WorkflowTests {
  static let reportID = "staffs-misconduct-2024"
  static let rec2 = RowID(report: reportID, item: "rec-2")
  static let today = CalendarDate("2026-11-27")!

  func apply(_ changes: [Change], to report: inout Report, at time: String = "2026-11-27T10:00:00Z") throws
    -> [AppliedChange]
  {
    try report.apply(changes, to: Self.rec2, author: "Chair", at: time)
  }

  @Test("closure: proposed with evidence, accepted to Blue and Complete, reopened to what it was")
  func closureRoundTrip() throws {
    var report = Samples.report(Self.reportID)
    let evidence = Evidence("https://example.org/policy.pdf", fileExists: { _ in false })
    #expect(evidence.kind == .address)
    try apply([.proposeClosure(evidence: [evidence])], to: &report)
    var item = try #require(report.item(Self.rec2))
    #expect(item.closure?.state == .proposed)
    #expect(item.closure?.proposedBy == "Chair")
    #expect(item.brag == .green)
    #expect(item.history.last?.field == .closure)
    #expect(
      HistoryWording.plain.changeWithReason(item.history.last!)
        == "proposed for closure (evidence: https://example.org/policy.pdf)")

    let steps = item.acceptanceSteps(monitorUntil: nil, today: Self.today)
    #expect(steps.count == 3)
    try apply(steps, to: &report)
    item = try #require(report.item(Self.rec2))
    #expect(item.closure?.state == .accepted)
    #expect(item.brag == .blue)
    #expect(item.status == "Complete")
    #expect(item.closure?.ratingBefore == .green)
    #expect(item.closure?.statusBefore == "On track")

    try apply(item.reopeningSteps(reason: "HMICFRS revisit found gaps"), to: &report)
    item = try #require(report.item(Self.rec2))
    #expect(item.closure?.state == .reopened)
    #expect(item.closure?.reason == "HMICFRS revisit found gaps")
    #expect(item.brag == .green)
    #expect(item.status == "On track")
  }

  @Test("closure: monitoring first keeps the rating; the period's end puts it back before the board")
  func monitoring() throws {
    var report = Samples.report(Self.reportID)
    try apply([.proposeClosure(evidence: [Evidence(kind: .text, value: "audit report")])], to: &report)
    let until = CalendarDate("2027-03-31")!
    try apply(report.item(Self.rec2)!.acceptanceSteps(monitorUntil: until, today: Self.today), to: &report)
    let item = try #require(report.item(Self.rec2))
    #expect(item.closure?.state == .monitoring)
    #expect(item.brag == .green)
    #expect(item.closure?.awaitsDecision(on: Self.today) == false)
    #expect(item.closure?.awaitsDecision(on: until) == true)
    #expect(
      HistoryWording.plain.change(item.history.last!) == "closure accepted, monitoring until 2027-03-31")
    // At the end of the period the board confirms: Blue.
    try apply(item.acceptanceSteps(monitorUntil: nil, today: until), to: &report)
    #expect(report.item(Self.rec2)?.brag == .blue)
  }

  @Test("closure refuses what its state does not allow, and a rejection needs its reason")
  func closureRefusals() throws {
    var report = Samples.report(Self.reportID)
    #expect(throws: EditError.self) { try apply([.acceptClosure(monitorUntil: nil)], to: &report) }
    #expect(throws: EditError.self) { try apply([.proposeClosure(evidence: [])], to: &report) }
    #expect(throws: EditError.self) { try apply([.reopen(reason: "x")], to: &report) }
    try apply([.proposeClosure(evidence: [Evidence(kind: .text, value: "minutes")])], to: &report)
    #expect(throws: EditError.reasonNeeded("rejecting a closure")) {
      try apply([.rejectClosure(reason: "  ")], to: &report)
    }
    try apply([.rejectClosure(reason: "no evidence of embedding")], to: &report)
    #expect(report.item(Self.rec2)?.closure?.state == .rejected)
    #expect(report.item(Self.rec2)?.closure?.reason == "no evidence of embedding")
    // A rejected item can be proposed again, with new evidence.
    try apply([.proposeClosure(evidence: [Evidence(kind: .text, value: "re-audit")])], to: &report)
    #expect(report.item(Self.rec2)?.closure?.evidence == [Evidence(kind: .text, value: "re-audit")])
    // Actions have no closure of their own.
    var plan = Samples.report("mfrs-action-plan-2023")
    let action = RowID(report: plan.id, item: plan.items[1].id, action: plan.items[1].actions[0].id)
    #expect(throws: EditError.notForActions("closure on evidence")) {
      try plan.apply(
        .proposeClosure(evidence: [Evidence(kind: .text, value: "x")]), to: action, author: "a", at: "t")
    }
  }

  @Test("an extension keeps the original date, revises the current one, and counts")
  func extensions() throws {
    var report = Samples.report(Self.reportID)
    let original = report.item(Self.rec2)!.due
    try apply([.requestExtension(CalendarDate("2027-06-30")!, reason: "national guidance late")], to: &report)
    var item = try #require(report.item(Self.rec2))
    #expect(item.pendingExtension?.due == CalendarDate("2027-06-30"))
    #expect(item.due == original)
    #expect(throws: EditError.self) {
      try apply([.requestExtension(CalendarDate("2027-07-30")!, reason: "again")], to: &report)
    }
    try apply(item.grantSteps(), to: &report)
    item = try #require(report.item(Self.rec2))
    #expect(item.due == CalendarDate("2027-06-30"))
    #expect(item.originalDue == original)
    #expect(item.extensionsGranted == 1)
    #expect(item.pendingExtension == nil)
    #expect(item.revisedDue?.reason == "extension granted: national guidance late")
    let row = try #require(report.rows.first { $0.id == Self.rec2.description })
    #expect(row.workflow.originalDue == original)
    #expect(row.workflow.extensionsGranted == 1)

    try apply([.requestExtension(CalendarDate("2027-12-31")!, reason: "more slippage")], to: &report)
    #expect(throws: EditError.reasonNeeded("refusing an extension")) {
      try apply([.refuseExtension(reason: "")], to: &report)
    }
    try apply([.refuseExtension(reason: "keep the date")], to: &report)
    item = try #require(report.item(Self.rec2))
    #expect(item.extensions.map(\.state) == [.granted, .refused])
    #expect(item.due == CalendarDate("2027-06-30"))
    #expect(HistoryWording.plain.change(item.history.last!) == "extension to 2027-12-31 refused")
  }

  @Test("a held item is never overdue or due soon; it is counted apart, and release puts it back")
  func holds() throws {
    var report = Samples.report(Self.reportID)
    let late = CalendarDate("2026-11-27")!
    #expect(report.item(Self.rec2)!.isOverdue(on: late))
    try apply([.hold(reason: "national pay talks", waitingOn: "NJC")], to: &report)
    let item = try #require(report.item(Self.rec2))
    #expect(!item.isOverdue(on: late))
    #expect(item.hold?.summary == "waiting on NJC: national pay talks")
    let rows = report.rows
    let tally = Tally(rows: rows, today: late)
    #expect(tally.held == 1)
    #expect(tally.overdue == Tally(rows: Samples.report(Self.reportID).rows, today: late).overdue - 1)
    try apply([.release], to: &report)
    #expect(report.item(Self.rec2)!.isOverdue(on: late))
    #expect(throws: EditError.self) { try apply([.release], to: &report) }
  }

  @Test("undoing a closure step refuses when the closure changed since, elsewhere")
  func guardedUndo() throws {
    var report = Samples.report(Self.reportID)
    let proposed = try apply(
      [.proposeClosure(evidence: [Evidence(kind: .text, value: "audit")])], to: &report)
    var elsewhere = report
    try elsewhere.apply(
      [.rejectClosure(reason: "not enough")], to: Self.rec2, author: "Other", at: "2026-11-27T10:05:00Z")
    #expect(throws: EditError.self) {
      try elsewhere.apply(proposed[0].inverse, to: Self.rec2, author: "Chair", at: "2026-11-27T10:06:00Z")
    }
    // Undone where nothing intervened, the proposal is gone.
    try report.apply(proposed[0].inverse, to: Self.rec2, author: "Chair", at: "2026-11-27T10:06:00Z")
    #expect(report.item(Self.rec2)?.closure == nil)
  }

  @Test("closure, extensions and holds survive the data file and the row index")
  func storage() throws {
    var report = Samples.report(Self.reportID)
    try apply([.proposeClosure(evidence: [Evidence(kind: .file, value: "evidence/audit.pdf")])], to: &report)
    try apply([.requestExtension(CalendarDate("2027-06-30")!, reason: "late guidance")], to: &report)
    try apply([.hold(reason: "waiting", waitingOn: nil)], to: &report)
    let decoded = try ReportCoding.decode(try ReportCoding.encode(report), file: "r.json")
    #expect(decoded == report)

    let folder = TemporaryFolder()
    let data = DataFolder(path: folder.path)
    try data.save(report, expecting: nil)
    let index = try RowIndex.load(data, cachePath: folder.file("index.bin"))
    let again = try RowIndex.load(data, cachePath: folder.file("index.bin"))
    #expect(again.parsedFiles == 0)
    for load in [index, again] {
      let row = try #require(load.reports[0].rows.first { $0.row.id == Self.rec2.description })
      #expect(row.isHeld)
      #expect(row.row.hold == "waiting")
      #expect(row.workflow.closure == .proposed)
      #expect(row.workflow.extensionRequested == CalendarDate("2027-06-30"))
      #expect(row.workflow.originalDue == report.item(Self.rec2)?.timescale.due)
      #expect(row.row == report.rows.first { $0.id == Self.rec2.description })
    }
  }

  @Test(
    "an extension must move the date later, on open work; a second hold is refused, not silently replaced")
  func refusals() throws {
    var report = Samples.report(Self.reportID)
    #expect(
      throws: EditError.notAllowed(
        "an extension must move the date later than 2025-02-01 (the date that counts now)")
    ) {
      try apply([.requestExtension(CalendarDate("2020-01-01")!, reason: "typo")], to: &report)
    }
    let rec5 = RowID(report: Self.reportID, item: "rec-5")  // complete
    #expect(throws: EditError.notAllowed("it is complete, so it needs no extension")) {
      try report.apply(
        .requestExtension(CalendarDate("2027-06-30")!, reason: "x"), to: rec5, author: "a", at: "t")
    }
    try apply([.hold(reason: "pay talks", waitingOn: "NJC")], to: &report)
    #expect(throws: EditError.self) { try apply([.hold(reason: "again", waitingOn: nil)], to: &report) }
    #expect(report.item(Self.rec2)?.hold?.reason == "pay talks")
    // A hold left on something completed since is no longer "waiting".
    var done = report.item(Self.rec2)!
    done.brag = .blue
    #expect(done.isHeld && !done.isWaiting)
  }
}
