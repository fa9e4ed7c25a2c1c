import BragModel
import BragUI
import Foundation
import Testing

/// Each rule lives once in the model; these pin the places that used to compute their own copy
/// and disagree with it.
@Suite("One rule, one place")
struct RuleAgreementTests {
  @Test("the ! mark scans only the fields that can reach HMICFRS or the public, as the detail pane does")
  func sensitiveMarkFollowsTheModelsFields() throws {
    let h = try BoardHarness()
    // An email address in the required outcomes or the section never goes out: no mark.
    try h.rewrite("staffs-misconduct-2024") { report in
      report.items[1].requiredOutcomes = "Ask hr.team@example.org for the policy."
      report.items[1].section = "Culture (contact 07700 900123)"
    }
    h.go("Rec 2")
    #expect(try #require(h.line(containing: "Rec 2 ")).contains("G "))
    #expect(!h.text.contains("! an email address"))
    // The same address in an update, which the public page prints: marked in both panes.
    try h.rewrite("staffs-misconduct-2024") { report in
      report.items[1].updates.append(
        QuarterlyUpdate(
          period: "October–December 2026", date: CalendarDate("2026-11-20"), author: "t",
          text: "Ask hr.team@example.org for the policy."))
    }
    #expect(try #require(h.line(containing: "Rec 2 ")).contains("G!"))
    #expect(h.text.contains("! an email address in the update for October–December 2026"))
  }

  @Test(
    "an item due on the due-soon window's last day is due soon in the detail pane, as the summary counts it")
  func dueSoonLastDay() throws {
    // Misconduct rec 2 is due 1 February 2025; 42 days before is 21 December 2024.
    let h = try BoardHarness(today: "2024-12-21")
    h.go("Rec 2")
    #expect(h.text.contains("Due in 42 days"))
    let misconduct = try #require(h.board.summary.reports.first { $0.id == "staffs-misconduct-2024" })
    #expect(misconduct.tally.dueSoon >= 1)
    let later = try BoardHarness(today: "2024-12-20")
    later.go("Rec 2")
    #expect(!later.text.contains("Due in 43 days"))
  }

  @Test("a blank return narrative stands aside for the response, in the editor and the detail pane alike")
  func blankNarrativeFallsBackOnTheResponse() throws {
    let h = try BoardHarness()
    try h.rewrite("staffs-misconduct-2024") { report in report.items[1].returnNarrative = "  \n " }
    h.go("Rec 2")
    let response = try h.report("staffs-misconduct-2024").items[1].response!
    let words = ReturnNarrative.words(response)
    #expect(h.text.contains("narrative \(words) words (the response)"))
    h.press(.character("E"))
    #expect(h.text.contains("Ongoing dialogue between HR and unions."))
    #expect(h.text.contains("\(words) words"))
  }

  @Test("an unreadable watch list is said when the board opens, never silently taken as empty")
  func unreadableWatchList() throws {
    let h = try BoardHarness(storage: .disk())
    try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: h.file(".brag-watchlist.txt")))
    let reopened = try BoardHarness(storage: .disk(folder: h.folder))
    #expect(reopened.text.contains(".brag-watchlist.txt: cannot be read: it is not UTF-8 text"))
  }
}
