import BragModel
import Foundation
import Testing

@testable import BragUI

/// One action answering further items (``Action/serves``): shown under each item it answers,
/// held once under its own, edited from either place, counted once; `L` links and unlinks.
@Suite("Linked actions on the board")
struct LinkedActionBoardTests {
  let plan = "mfrs-action-plan-2023"
  let standard = StandardsFixtures.reportID

  func harness() throws -> BoardHarness {
    try BoardHarness(extra: [StandardsFixtures.protectionReport()])
  }

  func asciiText(_ h: BoardHarness) -> String {
    var buffer = ScreenBuffer(width: h.board.state.width, height: h.board.state.height, asciiOnly: true)
    h.board.render(into: &buffer)
    return buffer.text
  }

  /// Links AFI 2.1 (the plan's first action of AFI 2) to `target` with `L`.
  func link(_ h: BoardHarness, to target: String) {
    h.go("AFI 2")
    h.press(.tab, .down, .character("L"))
    h.type(target)
    h.press(.enter)
  }

  @Test("L on a picked action links it to a label; it shows under that item too, marked ↗ (ASCII [L])")
  func linkByLabel() throws {
    let h = try harness()
    let before = h.board.summary.total
    h.go("AFI 2")
    h.press(.tab, .down, .character("L"))
    #expect(h.text.contains("Link AFI 2.1 to which item too? (report/item, an item id, or a label"))
    h.type("Req 1.2")
    h.press(.enter)
    #expect(h.text.contains("AFI 2.1 now also answers Req 1.2 (Test Protection) · saved"))
    #expect(h.text.contains("also answers Req 1.2 (Test Protection) (L links or unlinks)"))
    let action = try #require(try h.report(plan).items[1].actions.first)
    #expect(action.serves == ["\(standard)/req-1-2"])

    h.go("Req 1.2")
    #expect(h.text.contains("Also answered by (1) — actions held under their own item"))
    #expect(h.text.contains("[-] ↗ AFI 2.1 Carry out a cultural survey"))
    #expect(h.text.contains("held under its own item, in HMICFRS Report 2023 Action Plan"))
    #expect(asciiText(h).contains("[-] [L] AFI 2.1 Carry out a cultural survey"))
    // Counted once: under its own item only.
    let after = h.board.summary.total
    #expect(after.actions == before.actions)
    #expect(after.overdue == before.overdue)
    #expect(h.line(containing: "Req 1.2   -  · (enforcement when needed)")?.contains("late") == false)
  }

  @Test("L onto a requirement a revision removed is refused, as the command line refuses it")
  func retiredTarget() throws {
    var report = StandardsFixtures.protectionReport()
    let index = try #require(report.items.firstIndex { $0.label == "Req 1.2" })
    report.items[index].requirement?.retiredIn = "FSD-TST02"
    let h = try BoardHarness(extra: [report])
    link(h, to: "Req 1.2")
    #expect(h.text.contains("Req 1.2 was removed from the standard by a revision; link what replaced it"))
    #expect(try h.report(plan).items[1].actions.first?.serves == [])
  }

  @Test("editing a linked action from the item it answers edits the one action under its home item")
  func editFromEitherPlace() throws {
    let h = try harness()
    link(h, to: "\(standard)/req-1-2")
    #expect(h.text.contains("AFI 2.1 now also answers Req 1.2 (Test Protection) · saved"))
    h.go("Req 1.2")
    h.press(.tab, .down)
    #expect(h.text.contains("▶ [-] ↗ AFI 2.1"))
    h.press(.character("G"))
    #expect(h.text.contains("Why is AFI 2.1 Green"))
    h.press(.enter)
    #expect(h.text.contains("AFI 2.1 rated Green"))
    #expect(try h.report(plan).items[1].actions[0].brag == .green)
    #expect(h.text.contains("[G] ↗ AFI 2.1"))
    // And from its home: the same action.
    h.go("AFI 2")
    #expect(h.text.contains("[G] AFI 2.1 Carry out a cultural survey"))
    h.press(.character("u"))
    #expect(try h.report(plan).items[1].actions[0].brag == .unrated)
  }

  @Test(
    "L accepts an item id in the report in view; refuses an unknown item, its own item, and names ambiguity")
  func targets() throws {
    let h = try harness()
    link(h, to: "Req 9")
    #expect(h.text.contains("No item 'Req 9' to link to"))
    link(h, to: "AFI 2")
    #expect(h.text.contains("An action already answers its own item"))
    link(h, to: "afi-3")
    #expect(h.text.contains("AFI 2.1 now also answers AFI 3 (HMICFRS Report 2023 Action Plan) · saved"))
    #expect(try h.report(plan).items[1].actions[0].serves == ["\(plan)/afi-3"])
    // With a link already, L offers the links: l adds another.
    h.go("AFI 2")
    h.press(.tab, .down, .character("L"), .character("l"))
    h.type("Rec 1")
    h.press(.enter)
    #expect(h.text.contains("'Rec 1' names 2 items: give the report too (report/item)"))
    #expect(try h.report(plan).items[1].actions[0].serves == ["\(plan)/afi-3"])
  }

  @Test("L on a linked action offers to unlink (one undo puts it back); L off an action says to pick one")
  func unlink() throws {
    let h = try harness()
    link(h, to: "Req 1.2")
    h.press(.character("L"))
    #expect(
      h.text.contains(
        "Links of AFI 2.1:  l link to another item · 1 unlink Req 1.2 (Test Protection) · n cancel"))
    h.press(.character("1"))
    #expect(h.text.contains("AFI 2.1 no longer answers Req 1.2 (Test Protection) · saved"))
    #expect(try h.report(plan).items[1].actions[0].serves.isEmpty)
    h.go("Req 1.2")
    #expect(!h.text.contains("Also answered by"))
    h.press(.character("u"))
    #expect(try h.report(plan).items[1].actions[0].serves == ["\(standard)/req-1-2"])
    #expect(h.text.contains("Also answered by (1)"))
    h.press(.character("L"))
    #expect(h.text.contains("Pick an action in the detail pane (Tab, ↑↓) to link it to a further item"))
  }
}
