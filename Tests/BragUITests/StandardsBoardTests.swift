import BragModel
import Foundation
import Testing

@testable import BragUI

/// The Fire Standards on the board, read back from the screen: compliance (`C`), the compliance
/// column and marks, a requirement's detail, the reports pane grouped by framework with "%
/// implemented", and a meeting over one framework (`F`).
@Suite("Fire Standards on the board")
struct StandardsBoardTests {
  let standard = StandardsFixtures.reportID

  func harness(width: Int = 120, height: Int = 40, extra: [Report] = []) throws -> BoardHarness {
    try BoardHarness(
      width: width, height: height,
      extra: [StandardsFixtures.protectionReport(), StandardsFixtures.peerReview()] + extra)
  }

  /// The screen as an ASCII-only terminal gets it.
  func asciiText(_ h: BoardHarness) -> String {
    var buffer = ScreenBuffer(width: h.board.state.width, height: h.board.state.height, asciiOnly: true)
    h.board.render(into: &buffer)
    return buffer.text
  }

  @Test("the reports pane groups reports by framework, with a % implemented bar per standard and overall")
  func groupedReports() throws {
    let h = try harness()
    let text = h.text
    let hmicfrs = try #require(text.range(of: "── HMICFRS ──"))
    let standards = try #require(text.range(of: "── Fire Standards ──"))
    let other = try #require(text.range(of: "── Other ──"))
    #expect(hmicfrs.lowerBound < standards.lowerBound && standards.lowerBound < other.lowerBound)
    #expect(text.contains("All reports (6)"))
    #expect(text.contains("Standards 0% ▁▁▁▁▁▁▁ 0M 0P 0N 4·"))
    #expect(text.contains("0% ▁▁▁▁▁▁▁▁▁▁ 0M 0P 0N 4·"))
    // ASCII keeps the meaning: letters, and # for the bar.
    let ascii = asciiText(h)
    #expect(ascii.contains("-- Fire Standards --"))
    #expect(ascii.contains("0% .......... 0M 0P 0N 4."))
    // With one framework only, there is nothing to group: no headings.
    let plain = try BoardHarness()
    #expect(!plain.text.contains("── HMICFRS ──"))
  }

  @Test("C on a requirement: a menu, then evidence; the letter, the bar and the detail follow; u undoes it")
  func compliance() throws {
    let h = try harness()
    h.go("Req 1")
    h.press(.character("C"))
    #expect(
      h.text.contains(
        "Compliance of Req 1:  m fully met · p partly met · n not met · u not assessed · c cancel"))
    h.press(.character("m"))
    #expect(h.text.contains("Evidence that Req 1 is fully met"))
    h.type("Inspection programme 2026 approved")
    h.press(.enter)
    #expect(h.text.contains("Req 1 assessed as fully met · saved"))
    #expect(h.line(containing: "Req 1     -  M Have a risk-based inspection") != nil)
    #expect(h.text.contains("25% ▇▇▁▁▁▁▁▁▁▁ 1M 0P 0N 3·"))
    #expect(h.text.contains("Compliance: [M] fully met"))
    #expect(h.text.contains("evidence: Inspection programme 2026 approved"))
    #expect(h.text.contains("assessed by Test Chair, 27 Nov 2026, against FSD-TST01"))
    let item = try #require(try h.report(standard).items.first)
    #expect(item.assessment?.compliance == .met)
    #expect(item.assessment?.version == "FSD-TST01")
    #expect(item.assessment?.evidence.map(\.summary) == ["Inspection programme 2026 approved"])

    // Partly, with no evidence (Enter skips): a half.
    h.go("Req 2")
    h.press(.character("C"), .character("p"), .enter)
    #expect(h.text.contains("Req 2 assessed as partly met · saved"))
    #expect(h.text.contains("38% ▇▇▇▁▁▁▁▁▁▁ 1M 1P 0N 2·"))
    h.press(.character("u"))
    #expect(h.text.contains("Undone: Req 2 assessed as partly met"))
    #expect(h.text.contains("25% ▇▇▁▁▁▁▁▁▁▁ 1M 0P 0N 3·"))
    #expect(try h.report(standard).items[3].assessment == nil)
    // Esc on the menu cancels.
    h.press(.character("C"), .escape)
    #expect(h.text.contains("Cancelled"))
  }

  @Test("C on anything but a requirement is refused, saying why; so is a bulk step with one among the marks")
  func refusals() throws {
    let h = try harness()
    h.go("Rec 2")
    h.press(.character("C"))
    #expect(h.text.contains("is not a Fire Standard's requirement: C sets a requirement's compliance"))
    #expect(h.board.state.mode == .normal)
    h.press(.character(" "))
    h.go("Req 1")
    h.press(.character(" "), .character("C"))
    #expect(h.text.contains("Not Fire Standard requirements: Rec 2"))
  }

  @Test("with requirements marked, C sets them all in one step, one undo")
  func bulk() throws {
    let h = try harness()
    h.go("Req 1")
    h.press(.character(" "), .character(" "), .character(" "))
    h.press(.character("C"))
    #expect(h.text.contains("Compliance of the 3 marked items:"))
    h.press(.character("n"))
    h.type("no programme yet")
    h.press(.enter)
    #expect(h.text.contains("3 items assessed as not met · saved"))
    let report = try h.report(standard)
    #expect(report.items.prefix(3).allSatisfy { $0.assessment?.compliance == .notMet })
    #expect(report.items[3].assessment == nil)
    #expect(h.text.contains("0% ▁▁▁▁▁▁▁▁▁▁ 0M 0P 3N 1·"))
    h.press(.character("u"))
    #expect(try h.report(standard).items.allSatisfy { $0.assessment == nil })
  }

  @Test("a requirement's detail: clause, should, to reassess with why, retired, wording not imported and how")
  func detail() throws {
    var report = StandardsFixtures.protectionReport()
    report.items[1].assessment = Assessment(
      compliance: .partly, evidence: [Evidence(kind: .text, value: "audit log")], assessedBy: "Jo",
      assessedAt: "2026-10-01T10:00:00Z",
      version: "FSD-TST00", reassess: "wording changed in FSD-TST01")
    report.items[2].requirement?.retiredIn = "FSD-TST01"
    let h = try BoardHarness(extra: [report])
    h.go("Req S1.1")
    let text = h.text
    #expect(text.contains("Clause 1.1  ·  should  ·  FSD-TST01"))
    #expect(text.contains("Compliance: [P] partly met"))
    #expect(text.contains("evidence: audit log"))
    #expect(text.contains("assessed by Jo, 1 Oct 2026, against FSD-TST00"))
    #expect(text.contains("to reassess: wording changed in FSD-TST01"))
    #expect(text.contains("The standard's wording is not imported"))
    #expect(text.contains("'brag import standard FILE'"))
    #expect(h.line(containing: "Req S1.1  -  P ↻ (audits of high-risk premises)") != nil)
    #expect(asciiText(h).contains("Req S1.1  -  P [R] (audits of high-risk premises)"))
    h.go("Req 1.2")
    #expect(h.text.contains("retired in FSD-TST01: kept with its history, no longer counted"))
    #expect(h.line(containing: "Req 1.2   -  · † (enforcement when needed)") != nil)
    #expect(asciiText(h).contains("Req 1.2   -  . [X] (enforcement when needed)"))
    // The retired requirement counts for nothing: 3 in force, one partly.
    #expect(h.text.contains("17% ▇▁▁▁▁▁▁▁▁▁ 0M 1P 0N 2· 1↻"))
  }

  @Test("help lists C, L and F and the standards' marks")
  func help() throws {
    let h = try harness(height: 50)
    h.press(.character("?"))
    var seen = h.text
    for _ in 0..<20 {
      h.press(.pageDown)
      seen += h.text
    }
    #expect(seen.contains("compliance: m fully met · p partly · n not met · u not assessed"))
    #expect(seen.contains("link the picked action to a further item too, or unlink it"))
    #expect(seen.contains("agenda over one framework: HMICFRS, Fire Standards, Other, all"))
    #expect(seen.contains("↻/R to reassess · †/X retired · ↗/L an action held under another item"))
  }

  @Test("in a meeting, F keeps the agenda to one framework; requirements not met and to reassess are on it")
  func meetingFramework() throws {
    var report = StandardsFixtures.protectionReport()
    report.items[0].assessment = Assessment(compliance: .notMet)
    report.items[1].assessment = Assessment(compliance: .met, reassess: "wording changed in FSD-TST01")
    report.items[2].assessment = Assessment(compliance: .met)
    let h = try BoardHarness(extra: [report, StandardsFixtures.peerReview()])
    h.press(.character("m"), .enter, .enter)
    #expect(h.text.contains("MEETING"))
    h.press(.character("F"))
    #expect(h.text.contains("Agenda: HMICFRS"))
    #expect(!h.text.contains("Req 1"))
    h.press(.character("F"))
    #expect(h.text.contains("Agenda: Fire Standards (3 items)"))
    #expect(h.text.contains("══ To reassess (1)"))
    #expect(h.text.contains("══ Not fully met (1)"))
    #expect(h.text.contains("══ Not assessed (1)"))
    #expect(!h.text.contains("Rec 2 "))
    let agenda = try #require(h.board.state.meeting?.agenda)
    #expect(agenda.map(\.item.item) == ["req-s1-1", "req-1", "req-2"])
    h.press(.character("F"))
    #expect(h.text.contains("Agenda: Other"))
    h.press(.character("F"))
    #expect(h.text.contains("Agenda: every framework"))
  }

  @Test("10,000 requirements: keys and redraws stay fast (counts come from the tally, not a rescan)")
  func large() throws {
    let h = try harness(extra: [StandardsFixtures.largeReport(requirements: 10_000)])
    let clock = ContinuousClock()
    h.go("Req 5000")
    let elapsed = clock.measure {
      for _ in 0..<20 {
        h.press(.down)
        _ = h.text
      }
    }
    #expect(elapsed < .seconds(2), "20 keys and redraws took \(elapsed)")
    let edit = clock.measure { h.press(.character("C"), .character("m"), .enter) }
    #expect(edit < .seconds(2), "an assessment among 10,000 took \(edit)")
    #expect(h.text.contains("assessed as fully met · saved"))
    #expect(h.text.contains("1M 0P 0N 9999·"))
  }
}

@Suite("A standard's tag in the meeting agenda")
struct StandardTagTests {
  @Test("a standard's report is tagged by the standard's name, leaving its words the room")
  func tag() {
    #expect(ItemsPaneView.tagName("fire-standard-protection") == "protection")
    #expect(ItemsPaneView.tagName("fire-standard-") == "fire-standard-")
    #expect(ItemsPaneView.tagName("staffs-round3-2024") == "staffs-round3-2024")
  }
}
