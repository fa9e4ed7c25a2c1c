import BragModel
import BragUI
import Foundation
import Testing

@Suite("The return from the board")
struct BoardReturnTests {
  @Test(
    "E edits the return narrative starting from the response, with a live word count; S cycles the self-assessment"
  )
  func narrativeAndAssessment() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("E"))
    #expect(h.text.contains("HMICFRS return narrative for Rec 2"))
    #expect(h.text.contains("Ongoing dialogue between HR and unions."))
    for _ in 0..<400 { h.press(.backspace) }
    h.type("Probation policy drafted; consultation with unions under way.")
    #expect(h.text.contains("8 words"))
    h.press(.control("s"))
    var item = try h.report("staffs-misconduct-2024").items[1]
    #expect(item.returnNarrative == "Probation policy drafted; consultation with unions under way.")
    h.press(.character("S"))
    item = try h.report("staffs-misconduct-2024").items[1]
    #expect(item.selfAssessment == .met)
    h.press(.character("S"), .character("S"))
    #expect(try h.report("staffs-misconduct-2024").items[1].selfAssessment == .notAssessed)
    #expect(h.text.contains("Return: not assessed"))
  }

  @Test("an over-long narrative is saved but flagged; the editor counts past 300 in red")
  func overLong() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("E"))
    h.type(String(repeating: "word ", count: 310))
    #expect(h.text.contains("over the 300-word return limit"))
    h.press(.control("s"))
    #expect(h.text.contains("over HMICFRS's 300"))
  }

  @Test("personal information in a narrative gets a warning mark in the list and a line in the detail")
  func sensitiveMark() throws {
    let h = try BoardHarness()
    h.go("Rec 3")
    h.press(.character("E"))
    h.type("Contact jo.bloggs@example.org or 07700 900123.")
    h.press(.control("s"))
    let screen = h.screen
    let row = (0..<screen.height).first { screen.line($0).contains("Rec 3 ") }!
    #expect(screen.line(row).contains("G!"))
    #expect(h.text.contains("! an email address in the return narrative (line 1): keep it out of the return"))
    let other = (0..<screen.height).first { screen.line($0).contains("Rec 2 ") }!
    #expect(!screen.line(other).contains("G!"))
  }
}
