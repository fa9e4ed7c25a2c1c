import BragTestSupport
import Foundation
import Testing

@testable import BragModel

/// A standard of our own making, so these tests do not depend on the catalogue's facts.
private let testStandard = FireStandard(
  order: 99, key: "test-standard", title: "Test Standard",
  versions: [
    StandardVersion(
      code: "TST01",
      requirements: [
        StandardRequirement(key: "t.plan", clause: "1", label: "a plan"),
        StandardRequirement(key: "t.train", clause: "2", label: "training"),
        StandardRequirement(key: "t.audit", clause: "3", obligation: .should, label: "an audit"),
      ], source: "https://example.org/tst01")
  ])

@Suite("Fire Standards in the model")
struct StandardsModelTests {
  let author = "Board"
  let at = "2026-12-02T10:00:00Z"

  func report() -> Report {
    testStandard.newReport(service: "Testshire FRS", wording: ["1": "The service keeps a plan."])!
  }

  @Test("a new standard's report holds its requirements, none assessed, in order")
  func newReport() {
    let report = report()
    #expect(report.kind == .fireStandard)
    #expect(report.framework == .fireStandards)
    #expect(report.standard == StandardReference(key: "test-standard", version: "TST01"))
    #expect(report.items.map(\.id) == ["req-1", "req-2", "req-s3"])
    #expect(report.items.map(\.label) == ["Req 1", "Req 2", "Req S3"])
    #expect(report.items.allSatisfy { $0.kind == .requirement && $0.compliance == .notAssessed })
    #expect(report.items[2].requirement?.obligation == .should)
    // The wording where the page gave it; our own label, marked as ours, where not.
    #expect(report.rows.map(\.text) == ["The service keeps a plan.", "(training)", "(an audit)"])
  }

  @Test("% implemented: met counts 1, partly a half, out of every requirement in force")
  func implementation() {
    var counts = Implementation(met: 5, partly: 2, notMet: 1, notAssessed: 0)
    #expect(counts.percent == 75)
    #expect(counts.sentence == "75% implemented (5 met, 2 partly, 1 not met, 0 not assessed of 8)")
    #expect(counts.overall == .partly)
    counts = Implementation(met: 0, partly: 1, notMet: 2, notAssessed: 0)
    #expect(counts.percent == 17)  // 16.7, rounded
    #expect(Implementation(met: 2, partly: 0, notMet: 0, notAssessed: 0).overall == .met)
    #expect(Implementation(met: 0, partly: 0, notMet: 2, notAssessed: 0).overall == .notMet)
    #expect(Implementation(met: 0, partly: 0, notMet: 0, notAssessed: 3).overall == .notAssessed)
    #expect(Implementation().percent == nil)
    #expect(Implementation(met: 1, partly: 0, notMet: 0, notAssessed: 2).percent == 33)
    // 100% only when every requirement is met, 0% only when none counts.
    #expect(Implementation(met: 199, partly: 0, notMet: 1, notAssessed: 0).percent == 99)
    #expect(Implementation(met: 0, partly: 1, notMet: 199, notAssessed: 0).percent == 1)
    #expect(Implementation(met: 0, partly: 0, notMet: 1, notAssessed: 8).overall == .notMet)
    #expect(Implementation(met: 1, partly: 0, notMet: 0, notAssessed: 8).overall == .partly)
  }

  @Test("assessing a requirement records evidence, author and version; undo puts it back")
  func assess() throws {
    var report = report()
    let id = RowID(report: report.id, item: "req-2")
    let step = report.assessmentStep(.partly, evidence: [Evidence(kind: .text, value: "course records")])
    let applied = try report.apply(step, to: id, author: author, at: at)
    let item = try #require(report.item(id))
    #expect(item.compliance == .partly)
    #expect(item.assessment?.version == "TST01")
    #expect(item.assessment?.assessedBy == author)
    #expect(item.assessment?.evidence == [Evidence(kind: .text, value: "course records")])
    #expect(applied.entry.reason == "evidence: course records")
    #expect(
      HistoryWording.plain.change(applied.entry)
        == "self-assessed not assessed → partly met")
    #expect(
      Implementation(items: report.items) == Implementation(met: 0, partly: 1, notMet: 0, notAssessed: 2))
    try report.apply(applied.inverse, to: id, author: author, at: at)
    #expect(report.item(id)?.assessment == nil)
  }

  @Test("only a requirement takes a compliance; only an action answers further items")
  func refusals() throws {
    var hmicfrs = Report(
      id: "r", title: "T", kind: .inspection,
      items: [
        Item(
          id: "afi-1", kind: .areaForImprovement, label: "AFI 1", text: "t",
          actions: [Action(id: "a1", text: "x")])
      ])
    #expect(throws: EditError.self) {
      try hmicfrs.apply(
        .assess(.met, evidence: [], version: nil), to: RowID(report: "r", item: "afi-1"), author: author,
        at: at)
    }
    #expect(throws: EditError.self) {
      try hmicfrs.apply(.link("s/req-1"), to: RowID(report: "r", item: "afi-1"), author: author, at: at)
    }
    let action = RowID(report: "r", item: "afi-1", action: "a1")
    let linked = try hmicfrs.apply(
      .link("fire-standard-test-standard/req-1"), to: action, author: author, at: at)
    #expect(hmicfrs.action(action)?.serves == ["fire-standard-test-standard/req-1"])
    #expect(hmicfrs.rows[1].serves == "fire-standard-test-standard/req-1")
    #expect(throws: EditError.self) {
      try hmicfrs.apply(.link("fire-standard-test-standard/req-1"), to: action, author: author, at: at)
    }
    try hmicfrs.apply(linked.inverse, to: action, author: author, at: at)
    #expect(hmicfrs.action(action)?.serves == [])
  }

  @Test("a revision keeps unchanged assessments, marks changed ones, adds and retires requirements")
  func revision() throws {
    var report = report()
    for (item, level) in [("req-1", Compliance.met), ("req-2", .partly), ("req-s3", .notMet)] {
      try report.apply(
        report.assessmentStep(level), to: RowID(report: report.id, item: item), author: author, at: at)
    }
    // Version 2: a new first requirement, the plan reworded, training unchanged, audit dropped.
    let revised: [RequirementSource] = [
      RequirementSource(key: "t.scope", clause: "1", label: "a scope"),
      RequirementSource(
        key: "t.plan", clause: "2", label: "a plan", text: "The service keeps and tests a plan."),
      RequirementSource(key: "t.train", clause: "3", label: "training"),
    ]
    let outcome = report.revise(to: "TST02", requirements: revised, author: author, at: at)
    #expect(outcome.summary == "TST01 → TST02: 1 added, 1 changed, 1 renumbered, 1 removed")
    #expect(report.standard?.version == "TST02")
    #expect(report.items.map(\.requirement?.key) == ["t.scope", "t.plan", "t.train", "t.audit"])
    let plan = try #require(report.items.first { $0.requirement?.key == "t.plan" })
    #expect(plan.compliance == .met)
    #expect(plan.assessment?.reassess == "wording changed in TST02")
    #expect(plan.text == "The service keeps and tests a plan.")
    let training = try #require(report.items.first { $0.requirement?.key == "t.train" })
    #expect(training.compliance == .partly && training.assessment?.reassess == nil)
    #expect(training.requirement?.clause == "3" && training.id == "req-2" && training.label == "Req 3")
    let audit = try #require(report.items.first { $0.requirement?.key == "t.audit" })
    #expect(audit.requirement?.retiredIn == "TST02" && audit.compliance == .notMet)
    #expect(
      Implementation(items: report.items)
        == Implementation(met: 1, partly: 1, notMet: 0, notAssessed: 1, toReassess: 1))
    // Ids stay (links, replies and journals name them); the new first requirement gets its own.
    #expect(report.items.map(\.id) == ["req-1-2", "req-1", "req-2", "req-s3"])
    #expect(report.items.map(\.label) == ["Req 1", "Req 2", "Req 3", "Req S3"])
  }

  @Test("the index keeps compliance, reassessment, retirement and links; counts agree with the files")
  func indexed() throws {
    let folder = TemporaryFolder()
    let data = DataFolder(path: folder.path)
    var report = report()
    try report.apply(
      report.assessmentStep(.met), to: RowID(report: report.id, item: "req-1"), author: author, at: at)
    _ = report.revise(
      to: "TST02",
      requirements: [
        RequirementSource(key: "t.plan", clause: "1", label: "a plan", text: "Reworded."),
        RequirementSource(key: "t.train", clause: "2", label: "training"),
      ], author: author, at: at)
    try data.save(report, expecting: nil)
    let load = try RowIndex.load(data, cachePath: folder.file("cache/index.bin"))
    let again = try RowIndex.load(data, cachePath: folder.file("cache/index.bin"))
    #expect(again.parsedFiles == 0)
    let rows = again.reports.flatMap(\.rows)
    #expect(rows.map(\.row) == report.rows)
    #expect(rows.map(\.row) == load.reports.flatMap(\.rows).map(\.row))
    let tally = Tally(rows: rows, today: CalendarDate(year: 2026, month: 12, day: 2)!)
    #expect(
      tally.implementation == Implementation(met: 1, partly: 0, notMet: 0, notAssessed: 1, toReassess: 1))
    #expect(tally.items == 2)  // the retired requirement counts for nothing
  }

  @Test("a removed requirement's own actions count for nothing either; a record-less one is not live")
  func retiredActions() {
    var report = report()
    report.items[2].actions = [
      Action(
        id: "a1", text: "audit",
        timescale: Timescale(
          written: "Jan 2020", due: CalendarDate(year: 2020, month: 1, day: 31), precision: .month))
    ]
    let today = CalendarDate(year: 2026, month: 12, day: 2)!
    #expect(Tally(rows: report.rows, today: today).overdue == 1)
    report.items[2].requirement?.retiredIn = "TST02"
    let tally = Tally(rows: report.rows, today: today)
    #expect(tally.overdue == 0 && tally.actions == 0 && tally.items == 2)
    var overdue = RowFilter()
    overdue.overdueOnly = true
    #expect(report.rows.filter { overdue.matches($0, today: today) }.isEmpty)
    report.items[1].requirement = nil
    #expect(!report.items[1].isLiveRequirement)
    #expect(Implementation(items: report.items).requirements == 1)
  }

  @Test("wording is compared as a reader would: spacing, case, curly quotes and & do not count")
  func normalised() {
    #expect(
      Report.normalised("  Keep\u{00A0}A  register &  \u{2018}log\u{2019}\n") == "keep a register and 'log'")
    #expect(Report.normalised("Keep a register and 'log'") == "keep a register and 'log'")
    #expect(Report.normalised("R&D") == "r and d")
    #expect(Report.normalised("keep a register") != Report.normalised("keep no register"))
  }

  @Test("the index marks the actions that answer further items in their headers")
  func servesFlag() throws {
    let folder = TemporaryFolder()
    let data = DataFolder(path: folder.path)
    let plan = Report(
      id: "plan", title: "Plan", kind: .actionPlan,
      items: [
        Item(
          id: "afi-1", kind: .areaForImprovement, label: "AFI 1", text: "t",
          actions: [
            Action(id: "a1", text: "linked", serves: ["fire-standard-test-standard/req-1"]),
            Action(id: "a2", text: "not linked"),
          ])
      ])
    try data.save(plan, expecting: nil)
    let rows = try RowIndex.load(data, cachePath: folder.file("cache/index.bin")).reports.flatMap(\.rows)
    #expect(rows.map(\.servesOthers) == [false, true, false])
    let again = try RowIndex.load(data, cachePath: folder.file("cache/index.bin"))
    #expect(again.parsedFiles == 0)
    #expect(again.reports.flatMap(\.rows).map(\.servesOthers) == [false, true, false])
  }
}
