import BragModel
import Foundation
import Testing

@testable import BragUI

@Suite("Owners on the board")
struct OwnerBoardTests {
  let misconduct = "staffs-misconduct-2024"
  let plan = "mfrs-action-plan-2023"

  @Test(
    "O sets the item's owner from a prompt prefilled with it; the detail shows it; u undoes; empty clears")
  func setItemOwner() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("O"))
    #expect(h.text.contains("Owner of Rec 2 (empty clears):"))
    h.type("Head of People")
    h.press(.enter)
    #expect(h.text.contains("Rec 2 owner set to 'Head of People' · saved"))
    var item = try h.report(misconduct).items[1]
    #expect(item.owner == "Head of People")
    #expect(item.history.last?.field == .owner)
    #expect(item.history.last?.author == "Test Chair")
    #expect(h.text.contains("Owner: Head of People"))
    // Prefilled with the current owner; Esc cancels.
    h.press(.character("O"))
    #expect(h.text.contains("Owner of Rec 2 (empty clears): Head of People"))
    h.type(" and OD")
    h.press(.escape)
    #expect(try h.report(misconduct).items[1].owner == "Head of People")
    // Empty clears.
    h.press(.character("O"))
    for _ in 0..<"Head of People".count { h.press(.backspace) }
    h.press(.enter)
    #expect(h.text.contains("Rec 2 owner cleared · saved"))
    #expect(try h.report(misconduct).items[1].owner == nil)
    #expect(!h.text.contains("Owner: Head of People"))
    h.press(.character("u"))
    #expect(h.text.contains("Undone: Rec 2 owner cleared"))
    item = try h.report(misconduct).items[1]
    #expect(item.owner == "Head of People")
    #expect(item.history.last?.reason == "undo")
  }

  @Test("with an action picked in the detail pane, O sets that action's owner")
  func setActionOwner() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.tab, .down, .down, .character("O"))
    #expect(h.text.contains("Owner of AFI 2.2 (empty clears): People and Organisational Development"))
    h.press(.control("u"))
    h.type("Jo Bloggs")
    h.press(.enter)
    let item = try h.report(plan).items[1]
    #expect(item.actions[1].owner == "Jo Bloggs")
    #expect(item.owner == nil)
    #expect(h.text.contains("AFI 2.2 owner set to 'Jo Bloggs' · saved"))
  }

  @Test("the owner filter shows items whose own owner matches, not only those with a matching action")
  func filterMatchesItemOwners() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("O"))
    h.type("Head of Protection")
    h.press(.enter)
    h.press(.character("f"), .character("o"))
    #expect(h.text.contains("Only items owned by, or with an action owned by:"))
    h.type("protection")
    h.press(.enter)
    #expect(h.board.state.itemEntryIndicesForTests.count == 2)  // Rec 2 and AFI 1 (its action)
    #expect(h.text.contains("Items owned by 'protection', or with an action owned by them: 2"))
    #expect(h.line(containing: "Rec 2 ") != nil)
  }

  @Test(
    "h in the filter menu hands over everything the owner filter matches, after saying how much; u undoes it all"
  )
  func handover() throws {
    let h = try BoardHarness(width: 160)
    h.go("Rec 2")
    h.press(.character("O"))
    h.type("People and OD")
    h.press(.enter)
    h.press(.character("f"), .character("o"))
    h.type("people and o")
    h.press(.enter)
    h.press(.character("f"), .character("h"))
    #expect(h.text.contains("Hand over 1 item and 21 actions owned by 'people and o' in all reports to:"))
    h.type("Jo Bloggs")
    h.press(.enter)
    #expect(
      h.text.contains("Hand over 1 item and 21 actions from 'people and o' to 'Jo Bloggs' in all reports?"))
    #expect(h.text.contains("y hand over (u undoes it all) · n cancel"))
    #expect(try h.report(plan).items[1].actions[0].owner == "People and Organisational Development")
    h.press(.character("y"))
    #expect(h.text.contains("1 item and 21 actions handed over from 'people and o' to 'Jo Bloggs' · saved"))
    let owners = try h.report(plan).items.flatMap(\.actions).map(\.owner)
    #expect(owners.filter { $0 == "Jo Bloggs" }.count == 21)
    #expect(try h.report(misconduct).items[1].owner == "Jo Bloggs")
    let entry = try h.report(plan).items[1].actions[0].history.last
    #expect(entry?.reason == "handed over from People and Organisational Development")
    #expect(entry?.after == "Jo Bloggs")
    #expect(try h.report(misconduct).items[1].history.last?.reason == "handed over from People and OD")
    #expect(h.board.state.undo.count == 2)  // the owner set on Rec 2, then the hand-over: one step
    // One undo puts every owner back.
    h.press(.character("u"))
    #expect(h.text.contains("Undone: 1 item and 21 actions handed over"))
    #expect(try h.report(plan).items.flatMap(\.actions).allSatisfy { $0.owner != "Jo Bloggs" })
    #expect(try h.report(misconduct).items[1].owner == "People and OD")
    #expect(try h.report(plan).items[1].actions[0].history.last?.reason == "undo")
    h.press(.control("r"))
    #expect(try h.report(misconduct).items[1].owner == "Jo Bloggs")
    #expect(try h.report(plan).items[1].actions[0].history.last?.reason == "redo")
  }

  @Test(
    "a hand-over follows the report selection, can be cancelled, and needs an owner filter and a new owner")
  func handoverRefusals() throws {
    let h = try BoardHarness(width: 160)
    h.press(.character("f"), .character("h"))
    #expect(h.board.state.mode == .normal)
    #expect(h.text.contains("Hand-over: set the owner filter first"))
    h.press(.character("f"), .character("o"))
    h.type("nobody at all")
    h.press(.enter)
    h.press(.character("f"), .character("h"))
    #expect(h.text.contains("Nothing in all reports is owned by 'nobody at all'"))
    h.press(.character("f"), .character("o"))
    h.press(.control("u"))
    h.type("protection")
    h.press(.enter, .character("f"), .character("h"))
    h.press(.enter)  // no new owner
    #expect(h.text.contains("No hand-over: give the new owner's name"))
    h.press(.character("f"), .character("h"))
    h.type("Jo")
    h.press(.enter, .character("n"))
    #expect(h.text.contains("Cancelled"))
    #expect(try h.report(plan).items[0].actions[0].owner == "Protection")
    // With one report selected, only that report counts.
    h.press(.escape)
    h.press(.backTab, .down, .down)  // the reports pane: the misconduct report
    h.press(.character("f"), .character("o"))
    h.type("protection")
    h.press(.enter, .character("f"), .character("h"))
    #expect(h.text.contains("Nothing in Standards of behaviour"))
  }

  @Test("a hand-over is one save request with every target; a failure part-way puts the saved ones back")
  func handoverIsAllOrNothing() throws {
    let h = try BoardHarness()
    let good = RowID(report: plan, item: "afi-1", action: "a1")
    let missing = RowID(report: plan, item: "afi-99")
    let request = SaveRequest(
      target: good, changes: [.owner("Jo", reason: "handed over from Protection")], description: "hand-over",
      purpose: .edit, note: nil,
      more: [TargetedChanges(target: missing, changes: [.owner("Jo", reason: "handed over from Protection")])]
    )
    let feedback = h.board.perform(.save(request))
    #expect(feedback == .saveFailed(request, reason: "no item 'afi-99' in report '\(plan)'"))
    h.board.receive(feedback)
    let action = try h.report(plan).items[0].actions[0]
    #expect(action.owner == "Protection")
    #expect(action.history.map(\.reason) == ["handed over from Protection", "undo"])
    #expect(h.board.state.undo.isEmpty)
  }
}

@Suite("Updates on the board")
struct UpdateBoardTests {
  let plan = "mfrs-action-plan-2023"

  @Test("Ctrl-P and Ctrl-N choose the update's quarter: earlier ones dated their last day, four back at most")
  func periods() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.character("e"))
    #expect(h.text.contains("Period: October–December 2026 · dated 27 November 2026  (Ctrl-P earlier)"))
    h.press(.control("n"))  // not later than the current quarter
    #expect(h.text.contains("Period: October–December 2026"))
    h.press(.control("p"))
    #expect(
      h.text.contains("Period: July–September 2026 · dated 30 September 2026  (Ctrl-P/N earlier/later)"))
    for _ in 0..<6 { h.press(.function(3)) }
    #expect(h.text.contains("Period: October–December 2025 · dated 31 December 2025  (Ctrl-N later)"))
    h.press(.function(4), .function(4))
    #expect(h.text.contains("Period: April–June 2026 · dated 30 June 2026"))
    h.type("Written late for the quarter.")
    h.press(.control("s"))
    #expect(h.text.contains("AFI 2 gained an update for April–June 2026 · saved"))
    let item = try h.report(plan).items[1]
    #expect(item.updates.last?.period == "April–June 2026")
    #expect(item.updates.last?.date == CalendarDate("2026-06-30"))
    // Typing p and n still types them.
    h.press(.character("e"))
    h.type("pn")
    #expect(h.text.contains("Period: October–December 2026"))
    #expect(h.text.contains("pn"))
  }

  @Test("X removes the item's only update after asking; u puts it back")
  func removeOnlyUpdate() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    let original = try h.report(plan).items[1].updates
    h.press(.character("X"))
    #expect(h.text.contains("Remove AFI 2's update for April–June 2025?"))
    #expect(
      h.text.contains(
        "y remove · r remove and redact its text (cannot be undone) · n cancel"))
    h.press(.character("n"))
    #expect(try h.report(plan).items[1].updates == original)
    h.press(.character("X"), .character("y"))
    #expect(h.text.contains("AFI 2 lost its update for April–June 2025 · saved"))
    #expect(try h.report(plan).items[1].updates.isEmpty)
    #expect(!h.text.contains("Latest update: April–June 2025"))
    #expect(try h.report(plan).items[1].history.last?.before?.hasPrefix("April–June 2025: ") == true)
    h.press(.character("u"))
    #expect(try h.report(plan).items[1].updates == original)
    h.press(.character("X"), .escape)
    #expect(try h.report(plan).items[1].updates == original)
    h.go("Rec 2")
    h.press(.character("X"))
    #expect(h.text.contains("Rec 2 has no updates to remove"))
  }

  @Test("with several updates X asks which, newest first")
  func chooseUpdate() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.character("e"))
    h.type("This quarter's.")
    h.press(.control("s"))
    h.press(.character("X"))
    #expect(
      h.text.contains("Remove which update of AFI 2?  1 October–December 2026 · 2 April–June 2025 · n cancel")
    )
    h.press(.character("2"))
    #expect(h.text.contains("Remove AFI 2's update for April–June 2025?"))
    h.press(.character("y"))
    #expect(try h.report(plan).items[1].updates.map(\.text) == ["This quarter's."])
  }

  @Test(
    "r removes and redacts: the text leaves the history, the message says it cannot be undone, and u does not bring it back"
  )
  func redact() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.character("e"))
    h.type("Spoke to Jane Doe on 07700 900123.")
    h.press(.control("s"))
    h.press(.character("R"), .enter)  // an unrelated step stays undoable
    h.press(.character("X"), .character("1"), .character("r"))
    #expect(
      h.text.contains(
        "AFI 2 lost its update for October–December 2026; its text is redacted from the history, which cannot be undone"
      ))
    let item = try h.report(plan).items[1]
    #expect(item.updates.count == 1)
    let words = item.history.compactMap { [$0.before, $0.after].compactMap { $0 }.joined() }.joined()
    #expect(!words.contains("07700"))
    #expect(
      item.history.contains { $0.after == "October–December 2026: [redacted]" && $0.author == "Test Chair" })
    #expect(!h.text.contains("07700"))
    // Undo skips the redaction and the update steps it made meaningless: it undoes the rating.
    #expect(h.board.state.undo.count == 1)
    h.press(.character("u"))
    #expect(h.text.contains("Undone: AFI 2 rated Red"))
    #expect(try h.report(plan).items[1].updates.count == 1)
    h.press(.character("u"))
    #expect(h.text.contains("Nothing to undo"))
  }
}
