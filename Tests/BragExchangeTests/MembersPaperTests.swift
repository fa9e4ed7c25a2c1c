import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("The members' paper")
struct MembersPaperTests {
  static let today = CalendarDate("2026-12-02")!
  static let hostile = "<script>alert('x')</script> & \"quoted\" \u{1B}[31m"

  /// The sample data and a term of board work: meetings ended 30 September, 28 October and 25
  /// November. Misconduct Rec 2 went Amber on 10 October and Red on 10 November (a decision on
  /// 25 November); Rec 3 proposed for closure on 28 November; Rec 6 closed on evidence on 30
  /// November; Round 3 AFI 2 on hold, AFI 3 asked for an extension, AFI 5 granted one; Rec 5
  /// reopened as Red, its text and owner hostile.
  static func data() throws -> (reports: [Report], journals: [MeetingJournal]) {
    var misconduct = Samples.report("staffs-misconduct-2024")
    var round3 = Samples.report("staffs-round3-2024")
    func apply(_ report: inout Report, _ item: String, _ change: Change, _ at: String) throws {
      try report.apply(change, to: RowID(report: report.id, item: item), author: "Chair", at: at)
    }
    try apply(&misconduct, "rec-2", .brag(.amber, reason: "slipping"), "2026-10-10T09:00:00Z")
    try apply(&misconduct, "rec-2", .brag(.red, reason: "missed"), "2026-11-10T09:00:00Z")
    try apply(&misconduct, "rec-2", .note("Costed recovery plan by January"), "2026-11-25T10:20:00Z")
    try apply(
      &misconduct, "rec-3",
      .proposeClosure(evidence: [Evidence(kind: .text, value: "Policy approved by SLT")]),
      "2026-11-28T09:00:00Z")
    try apply(
      &misconduct, "rec-6",
      .proposeClosure(evidence: [Evidence(kind: .address, value: "https://example.org/e")]),
      "2026-11-20T09:00:00Z")
    for change in misconduct.items[5].acceptanceSteps(monitorUntil: nil, today: today) {
      try apply(&misconduct, "rec-6", change, "2026-11-30T09:00:00Z")
    }
    misconduct.items[4].text = hostile
    misconduct.items[4].owner = hostile
    try apply(&misconduct, "rec-5", .brag(.red, reason: nil), "2026-11-30T10:00:00Z")
    try apply(&misconduct, "rec-5", .status("Off track"), "2026-11-30T10:00:00Z")
    try apply(&round3, "afi-2", .hold(reason: "national guidance", waitingOn: "NFCC"), "2026-11-26T10:00:00Z")
    try apply(
      &round3, "afi-3", .requestExtension(CalendarDate("2027-03-31")!, reason: "new appraisal system"),
      "2026-11-27T10:00:00Z")
    round3.items[4].timescale = Timescale(
      written: "Dec 2026", due: CalendarDate("2026-12-31")!, precision: .month)
    try apply(
      &round3, "afi-5", .requestExtension(CalendarDate("2027-06-30")!, reason: "contract retendered"),
      "2026-11-01T10:00:00Z")
    for change in round3.items[4].grantSteps() { try apply(&round3, "afi-5", change, "2026-11-29T10:00:00Z") }
    func meeting(_ day: String) -> MeetingJournal {
      var journal = MeetingJournal(startedAt: "\(day)T10:00:00Z")
      journal.endedAt = "\(day)T11:30:00Z"
      return journal
    }
    return (
      [misconduct, round3, Samples.report("mfrs-action-plan-2023")],
      [meeting("2026-09-30"), meeting("2026-10-28"), meeting("2026-11-25")]
    )
  }

  static func paper() throws -> MembersPaper {
    let (reports, journals) = try data()
    let last = try #require(MeetingTrend.lastMeeting(before: today, in: journals))
    return MembersPaper.build(
      reports, journals: journals, since: last.moment, baseline: "the last meeting (25 November 2026)",
      today: today)
  }

  @Test("the sections: counts then and now, completed, overdue or Red, closures, extensions, holds, trend")
  func sections() throws {
    let paper = try Self.paper()
    #expect(paper.counts.before.blue == 13)
    #expect(paper.counts.after.blue == 13)  // Rec 6 closed, Rec 5 reopened as Red
    #expect(paper.counts.before.red == 1)
    #expect(paper.counts.after.red == 2)
    #expect(paper.counts.after.items == 25)
    #expect(paper.completedSince.map(\.ref) == ["Rec 6"])
    #expect(paper.exceptions.filter { !$0.ref.hasPrefix("AFI") }.map(\.ref) == ["Rec 2", "Rec 3", "Rec 5"])
    let rec2 = try #require(paper.exceptions.first { $0.ref == "Rec 2" })
    #expect(rec2.detail == "Red; overdue 669 days (due 1 February 2025)")
    #expect(rec2.latest == "decision 25 November 2026: Costed recovery plan by January")
    #expect(paper.exceptions.first { $0.ref == "Rec 5" }?.detail == "Red")
    // The action plan's late actions.
    #expect(paper.exceptions.filter { $0.ref.hasPrefix("AFI") }.count == 19)
    #expect(
      paper.closuresProposed.map(\.detail) == [
        "proposed for closure on 28 November 2026 by Chair: Policy approved by SLT"
      ])
    #expect(
      paper.closuresAccepted.map(\.detail) == [
        "closed on evidence on 30 November 2026: https://example.org/e"
      ])
    #expect(
      paper.extensionsRequested.map(\.detail) == [
        "asks for 31 March 2027 (now due no date): new appraisal system"
      ])
    #expect(
      paper.extensionsGranted.map(\.detail) == [
        "granted to 30 June 2027 (originally 31 December 2026; 1 extension granted): contract retendered"
      ])
    #expect(
      paper.held.map(\.detail) == ["waiting on NFCC: national guidance; on hold since 26 November 2026"])
    #expect(paper.trend.map(\.label) == ["30 Sep 2026", "28 Oct 2026", "25 Nov 2026", "Now"])
    #expect(paper.trend.map(\.counts.red) == [0, 0, 1, 2])
    #expect(paper.trend.map(\.counts.amber) == [0, 1, 0, 0])
    #expect(paper.trend.map(\.counts.green) == [7, 6, 6, 5])
  }

  @Test("actions completed since the baseline are counted and listed apart from the items")
  func actionsCompleted() throws {
    var plan = Samples.report("mfrs-action-plan-2023")
    func apply(_ id: String, _ change: Change, _ at: String) throws {
      try plan.apply(change, to: RowID("mfrs-action-plan-2023/\(id)")!, author: "Chair", at: at)
    }
    try apply("afi-2/a1", .brag(.blue, reason: "survey done"), "2026-11-28T09:00:00Z")  // since: counted
    try apply("afi-2/a2", .status("Complete"), "2026-11-01T09:00:00Z")  // before the baseline: not
    try apply("afi-2/a3", .status("Complete"), "2026-11-26T09:00:00Z")  // since: counted
    try apply("afi-2/a3", .status("In progress"), "2026-11-27T09:00:00Z")  // and reopened: not
    // Added since and complete already: it was not complete at the baseline.
    try apply(
      "afi-3", .addAction(Action(id: "a9", text: "Publish the results.", brag: .blue), at: nil),
      "2026-11-29T09:00:00Z")
    let paper = MembersPaper.build(
      [plan], journals: [], since: .startOf(CalendarDate("2026-11-25")!), baseline: "25 November 2026",
      today: Self.today)
    #expect(paper.completedSince.isEmpty)
    #expect(paper.actionsCompletedSince.count == 2)
    #expect(paper.actionsCompletedSince.first?.ref == "AFI 2.1")
    #expect(paper.actionsCompletedSince.first?.detail == "rated Blue")
    #expect(paper.actionsCompletedSince.last?.text == "Publish the results.")
    let markdown = paper.markdown
    #expect(markdown.contains("## Items completed since 25 November 2026\n\nNo item was completed.\n"))
    #expect(
      markdown.contains(
        "## Actions completed since 25 November 2026\n\n2 actions completed.\n\n| Report | Item |"))
    #expect(markdown.contains("| AFI 2.1 — "))
    let html = paper.html
    #expect(
      html.contains(
        "<h2>Actions completed since 25 November 2026</h2>\n<p>2 actions completed.</p>\n<table class=\"items\">"
      )
    )
    // Nothing completed since a later day.
    let later = MembersPaper.build(
      [plan], journals: [], since: .startOf(CalendarDate("2026-12-01")!), baseline: "1 December 2026",
      today: Self.today)
    #expect(later.actionsCompletedSince.isEmpty)
    #expect(
      later.markdown.contains("## Actions completed since 1 December 2026\n\nNo action was completed.\n"))
  }

  @Test("Markdown: the counts table with shares and changes, sections, every text escaped")
  func markdown() throws {
    let text = try Self.paper().markdown
    #expect(
      text.hasPrefix("# Fire Standards Implementation Board: exception report\n\nAs at 2 December 2026"))
    #expect(text.contains("| B Blue | 13 (52%) | 13 (52%) | 0 |\n| R Red | 1 (4%) | 2 (8%) | +1 |"))
    #expect(text.contains("| G Green | 6 (24%) | 5 (20%) | -1 |"))
    #expect(
      text.contains("| 25 Nov 2026 | 13 | 1 | 0 | 6 | 5 | 25 | 2 |\n| Now | 13 | 2 | 0 | 5 | 5 | 25 | 2 |"))
    #expect(
      text.contains("## Items completed since the last meeting (25 November 2026)\n\n1 item completed.\n"))
    #expect(
      text.contains(
        "## Actions completed since the last meeting (25 November 2026)\n\nNo action was completed."))
    #expect(text.contains("## On hold\n\n| Report | Item |"))
    #expect(text.contains("\\<script\\>alert('x')\\</script\\>"))
    #expect(!text.contains("<script>"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test("HTML: tidy-clean, every value escaped, the chart inline with letters and patterns, nothing external")
  func html() throws {
    let html = try Self.paper().html
    // Escaped; and, a word longer than a narrow column, free to break (span.long).
    #expect(
      html.contains(
        "<span class=\"long\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</span> &amp; &quot;quoted&quot;"
      ))
    #expect(!html.contains("<script"))
    #expect(!html.contains("\u{1B}"))
    let svg = try #require(
      html.range(of: "<svg").flatMap { start in
        html.range(of: "</svg>").map { start.lowerBound..<$0.upperBound }
      })
    let chart = String(html[svg])
    for rating in BRAG.allCases { #expect(chart.contains("<pattern id=\"pattern-\(rating.rawValue)\"")) }
    #expect(chart.contains(">B 13</text>"))  // letters and counts in the bars, for greyscale
    #expect(chart.contains(">R Red</text>"))  // and in the legend
    #expect(chart.contains(">Now</text>"))
    #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">R Red</th><td class=\"n\">1 (4%)</td><td class=\"n\">2 (8%)</td><td class=\"n\">+1</td></tr>"
      ))
    if Tidy.path != nil {
      #expect(try Tidy.errors(in: html) == "")
      #expect(try Tidy.errors(in: Self.layoutPaper().html) == "")
      let empty = MembersPaper.build(
        [], journals: [], since: .startOf(Self.today), baseline: "2 December 2026", today: Self.today)
      #expect(try Tidy.errors(in: empty.html) == "")
      #expect(empty.html.contains("<p>Nothing is overdue or rated Red.</p>"))
    }
  }

  /// The paper's data with one item of 25 Red at the last meeting: a part of the bar a few
  /// pixels high; and an evidence address with no place to break.
  static func layoutPaper() throws -> MembersPaper {
    var (reports, journals) = try data()
    let address = "https://example.org/" + String(repeating: "long-path-segment/", count: 8) + "evidence.pdf"
    try reports[0].apply(
      .proposeClosure(evidence: [Evidence(kind: .address, value: address)]),
      to: RowID(report: reports[0].id, item: "rec-4"), author: "Chair", at: "2026-11-29T09:00:00Z")
    let last = try #require(MeetingTrend.lastMeeting(before: today, in: journals))
    return MembersPaper.build(
      reports, journals: journals, since: last.moment, baseline: "the last meeting", today: today)
  }

  @Test(
    "HTML layout: every rating in a bar is labelled however small, a long address wraps, phones get a block per item"
  )
  func htmlLayout() throws {
    let html = try Self.layoutPaper().html
    let chart = String(html[html.range(of: "<svg")!.lowerBound..<html.range(of: "</svg>")!.upperBound])
    // One Red among 25 at the last meeting, two now: each part carries its letter and count.
    #expect(chart.contains(">R 1</text>"))
    #expect(chart.contains(">R 2</text>"))
    #expect(chart.contains(">A 1</text>"))
    // A long word may break anywhere, so it wraps in its cell; ordinary words are left whole.
    #expect(html.contains("span.long{word-break:break-all}"))
    #expect(
      html.contains(
        "proposed for closure on 29 November 2026 by Chair: <span class=\"long\">https://example.org/long-path-segment/"
      ))
    #expect(!html.contains("<span class=\"long\">Organisational"))
    // On a narrow screen each row is a block with its values labelled.
    #expect(html.contains("@media screen and (max-width:40rem)"))
    #expect(html.contains("table.items td::before{content:attr(data-label)"))
    #expect(html.contains("<table class=\"items\">"))
    #expect(html.contains("<td data-label=\"Why\">proposed for closure"))
    #expect(html.contains("<td data-label=\"Latest update or decision\">"))
    // The chart scrolls on a narrow screen and fits the page in print.
    #expect(html.contains("figure{margin:1rem 0;overflow-x:auto}"))
    #expect(html.contains("figure svg{max-width:100%;height:auto}"))
  }
}
