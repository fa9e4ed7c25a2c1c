import BragModel
import Foundation
import Testing

@testable import BragUI

/// The year's workflow on the board, read back from the screen: closure on evidence, extensions,
/// holds, marks for bulk edits and saved views.
@Suite("The workflow on the board")
struct WorkflowBoardTests {
  let misconduct = "staffs-misconduct-2024"

  /// The screen as an ASCII-only terminal (LANG=C, no UTF-8) gets it.
  func asciiText(_ h: BoardHarness) -> String {
    var buffer = ScreenBuffer(width: h.board.state.width, height: h.board.state.height, asciiOnly: true)
    h.board.render(into: &buffer)
    return buffer.text
  }

  @Test(
    "c p proposes closure with evidence (⚑, detail), c a accepts: Blue and complete; u undoes it in one step; Ctrl-R redoes"
  )
  func proposeAndAccept() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("c"))
    #expect(
      h.text.contains("Closure of Rec 2:  p propose (evidence) · a accept · r reject · o reopen · n cancel"))
    h.press(.character("p"))
    #expect(h.text.contains("Evidence that Rec 2 is done"))
    h.type("Probation policy approved by SLT")
    h.press(.enter)
    #expect(h.text.contains("Rec 2 proposed for closure · saved"))
    #expect(h.line(containing: "Rec 2   G  ⚑ Chief Fire Officers") != nil)
    #expect(h.text.contains("Closure: proposed for closure"))
    #expect(h.text.contains("awaits the board's decision (c a accepts, c r rejects)"))
    #expect(h.text.contains("evidence: Probation policy approved by SLT"))
    #expect(h.text.contains("proposed by Test Chair"))
    #expect(asciiText(h).contains("Rec 2   G  [P] Chief Fire Officers"))

    h.press(.character("c"), .character("a"))
    #expect(h.text.contains("Accept closure of Rec 2: monitor until (a date; Enter closes it now):"))
    h.press(.enter)
    #expect(h.text.contains("Rec 2 closed on evidence, rated Blue · saved"))
    #expect(h.line(containing: "Rec 2   B  Chief Fire Officers") != nil)
    #expect(h.text.contains("[B] Blue  ·  Complete"))
    #expect(h.text.contains("Closure: closed on evidence"))
    #expect(h.text.contains("decided by Test Chair"))
    let item = try h.report(misconduct).items[1]
    #expect(item.closure?.state == .accepted)
    #expect(item.brag == .blue)

    h.press(.character("u"))
    #expect(h.text.contains("Undone: Rec 2 closed on evidence, rated Blue · saved"))
    #expect(h.line(containing: "Rec 2   G  ⚑ Chief Fire Officers") != nil)
    #expect(try h.report(misconduct).items[1].closure?.state == .proposed)
    h.press(.control("r"))
    #expect(h.text.contains("Redone: Rec 2 closed on evidence, rated Blue · saved"))
    #expect(h.line(containing: "Rec 2   B  Chief Fire Officers") != nil)

    // Reopening puts back the rating it had, saying why.
    h.press(.character("c"), .character("o"))
    h.type("new complaint shows the policy is not applied")
    h.press(.enter)
    #expect(h.text.contains("Rec 2 reopened · saved"))
    #expect(h.line(containing: "Rec 2   G  Chief Fire Officers") != nil)
    #expect(h.text.contains("Closure: reopened"))
    #expect(h.text.contains("why: new complaint shows the policy is not applied"))
  }

  @Test("accepting with a date monitors first (◔, rating kept); reject needs a reason, as the model says")
  func monitorAndReject() throws {
    let h = try BoardHarness()
    h.go("Rec 6")
    h.press(.character("c"), .character("p"))
    h.type("https://example.org/policy")
    h.press(.enter)
    h.press(.character("c"), .character("a"))
    h.type("2027-03-31")
    #expect(h.text.contains("→ 31 March 2027"))
    h.press(.enter)
    #expect(h.text.contains("Rec 6 closure accepted, monitoring until 31 Mar 2027 · saved"))
    #expect(h.line(containing: "Rec 6   G  ◔ Chief Fire Officers") != nil)
    #expect(h.text.contains("Closure: closure accepted, monitoring until 31 Mar 2027"))
    #expect(h.text.contains("evidence: https://example.org/policy"))
    #expect(asciiText(h).contains("[M] Chief Fire Officers"))

    // No reason: the model refuses, and the board says so.
    h.press(.character("c"), .character("r"), .enter)
    #expect(h.text.contains("Not saved: rejecting a closure needs a reason"))
    h.press(.character("c"), .character("r"))
    h.type("monitoring shows it is not embedded")
    h.press(.enter)
    #expect(h.text.contains("Rec 6 closure rejected · saved"))
    #expect(h.text.contains("Closure: closure rejected"))
    #expect(h.line(containing: "Rec 6   G  Chief Fire Officers") != nil)
  }

  @Test(
    "a step the model refuses is a message, never a crash: accept with nothing proposed, release what is not held"
  )
  func refusals() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("c"), .character("a"), .enter)
    #expect(h.text.contains("Not saved: no closure is proposed for Rec 2; propose it with evidence first"))
    h.press(.character("c"), .character("p"), .enter)
    #expect(h.text.contains("Not saved: closure needs evidence"))
    h.press(.character("H"))
    #expect(h.text.contains("Not saved: it is not on hold"))
    h.press(.character("t"), .character("g"))
    #expect(h.text.contains("Not saved: no extension has been requested"))
    h.press(.character("c"), .character("z"))
    #expect(h.text.contains("Closure of Rec 2:"))
    h.press(.escape)
    #expect(h.text.contains("Cancelled"))
    #expect(h.board.state.undo.isEmpty)
  }

  @Test(
    "t r asks for an extension (», pending in the detail); t g grants it: both dates and the count; u undoes the grant in one step"
  )
  func extensionRequestAndGrant() throws {
    let h = try BoardHarness()
    h.go("Rec 3")
    h.press(.character("t"))
    #expect(h.text.contains("Extension for Rec 3:  r request (date, reason) · g grant · f refuse · n cancel"))
    h.press(.character("r"))
    h.type("2027-06-30")
    h.press(.enter)
    #expect(h.text.contains("Why should Rec 3 move to 30 June 2027?"))
    h.type("legislation delayed")
    h.press(.enter)
    #expect(h.text.contains("Rec 3 asked for an extension to 30 Jun 2027 · saved"))
    #expect(h.line(containing: "Rec 3   G  » Chief Fire Officers") != nil)
    #expect(h.text.contains("Extension asked: to 30 Jun 2027 by Test Chair"))
    #expect(h.text.contains("legislation delayed"))
    #expect(asciiText(h).contains("Rec 3   G  [E] Chief Fire Officers"))

    h.press(.character("t"), .character("g"))
    #expect(h.text.contains("Rec 3 extension granted: now due 30 Jun 2027 · saved"))
    #expect(h.text.contains("Extended: due 30 June 2027 (originally 1 May 2025; 1 extension granted)"))
    #expect(h.line(containing: "Rec 3   G  Chief Fire Officers")?.contains("30 Jun 2027") == true)
    #expect(!h.text.contains("Extension asked"))
    let item = try h.report(misconduct).items[2]
    #expect(item.due == CalendarDate("2027-06-30"))
    #expect(item.extensionsGranted == 1)

    h.press(.character("u"))
    #expect(h.text.contains("Undone: Rec 3 extension granted: now due 30 Jun 2027 · saved"))
    #expect(h.text.contains("Extension asked: to 30 Jun 2027"))
    #expect(!h.text.contains("Extended:"))
    #expect(try h.report(misconduct).items[2].due == CalendarDate("2025-05-01"))

    h.press(.character("t"), .character("f"))
    h.type("the board wants a plan first")
    h.press(.enter)
    #expect(h.text.contains("Rec 3 extension refused · saved"))
    #expect(!h.text.contains("Extension asked"))
    #expect(h.line(containing: "Rec 3   G  Chief Fire Officers") != nil)
  }

  @Test("h holds (⏸, whom it waits on): no longer late, counted as waiting beside late; H releases; u undoes")
  func holdAndRelease() throws {
    let h = try BoardHarness()
    #expect(h.text.contains("late: 2 items, 19 actions"))
    #expect(!h.text.contains("waiting"))
    h.go("Rec 2")
    h.press(.character("h"))
    #expect(h.text.contains("Why is Rec 2 on hold?"))
    h.type("national guidance not yet published")
    h.press(.enter)
    #expect(h.text.contains("Waiting on whom"))
    h.type("NFCC")
    h.press(.enter)
    #expect(h.text.contains("Rec 2 on hold, waiting on NFCC · saved"))
    let row = try #require(h.line(containing: "Rec 2   G  ⏸ Chief Fire Officers"))
    #expect(!row.contains("+664d"))
    #expect(h.text.contains("ON HOLD, waiting on NFCC: national guidance not yet published"))
    #expect(h.text.contains("late: 1 item, 19 actions · waiting 1"))
    #expect(asciiText(h).contains("Rec 2   G  [H] Chief Fire Officers"))

    h.press(.character("H"))
    #expect(h.text.contains("Rec 2 released from hold · saved"))
    #expect(h.line(containing: "Rec 2   G  Chief Fire Officers")?.contains("+664d") == true)
    #expect(h.text.contains("late: 2 items, 19 actions"))
    h.press(.character("u"))
    #expect(h.text.contains("Undone: Rec 2 released from hold · saved"))
    #expect(h.text.contains("waiting 1"))
    h.press(.character("u"))
    #expect(h.text.contains("Undone: Rec 2 on hold, waiting on NFCC · saved"))
    #expect(!h.text.contains("waiting 1"))

    // An empty "waiting on" holds with the reason only.
    h.press(.character("h"))
    h.type("pay talks")
    h.press(.enter, .enter)
    #expect(h.text.contains("Rec 2 on hold · saved"))
    #expect(h.text.contains("ON HOLD: pay talks"))
  }

  @Test("a hold on a picked action shows under it in the detail pane")
  func actionHold() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.tab, .down, .character("h"))
    #expect(h.text.contains("Why is AFI 2.1 on hold?"))
    h.type("awaiting the new HR system")
    h.press(.enter)
    h.type("IT supplier")
    h.press(.enter)
    #expect(h.text.contains("AFI 2.1 on hold, waiting on IT supplier · saved"))
    #expect(h.text.contains("ON HOLD, waiting on IT supplier: awaiting the new HR system"))
    // The counts give way to a long message; the next key clears it.
    h.press(.tab)
    #expect(h.text.contains("waiting 1"))
  }

  @Test("text from the data is sanitised in the workflow lines: no escape sequence reaches the screen")
  func sanitised() throws {
    let h = try BoardHarness()
    try h.rewrite(misconduct) { report in
      report.items[1].hold = Hold(reason: "red \u{1B}[31malert\u{07}", waitingOn: "N\u{1B}]0;pwned\u{07}FCC")
      report.items[1].closure = Closure(
        state: .proposed, evidence: [Evidence(kind: .text, value: "see\u{1B}[2J")])
    }
    h.go("Rec 2")
    let text = h.text
    #expect(text.contains("ON HOLD, waiting on"))
    #expect(text.contains("Closure: proposed for closure"))
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
  }

  @Test(
    "the agenda: overdue, then closures awaiting a decision, then extension requests; held items are not overdue"
  )
  func agenda() throws {
    let h = try BoardHarness()
    h.go("Rec 6")
    h.press(.character("c"), .character("p"))
    h.type("policy published")
    h.press(.enter)
    h.go("AFI 1")
    h.press(.character("t"), .character("r"))
    h.type("2027-03-31")
    h.press(.enter)
    h.type("new system")
    h.press(.enter)
    h.go("Rec 2")
    h.press(.character("h"))
    h.type("waiting for guidance")
    h.press(.enter, .enter)
    h.press(.character("m"), .enter, .enter)
    let agenda = h.board.state.meeting!.agenda
    let reasons = agenda.map(\.reason)
    #expect(
      Array(reasons.prefix(7)) == [
        .overdue, .overdue, .overdue, .overdue, .overdue, .closure, .extensionAsked,
      ])
    #expect(!agenda.contains { $0.item.item == "rec-2" && $0.reason == .overdue })
    let text = h.text
    let overdue = try #require(text.range(of: "Overdue (5)"))
    let closure = try #require(text.range(of: "Closure to decide (1)"))
    let extensionAsked = try #require(text.range(of: "Extension asked (1)"))
    #expect(overdue.lowerBound < closure.lowerBound)
    #expect(closure.lowerBound < extensionAsked.lowerBound)
  }

  @Test("a monitoring period that has ended is back on the agenda as a closure to decide")
  func monitoringEnded() throws {
    let h = try BoardHarness()
    try h.rewrite(misconduct) { report in
      report.items[5].closure = Closure(
        state: .monitoring, evidence: [], monitorUntil: CalendarDate("2026-10-31"))
    }
    h.go("Rec 6")
    #expect(h.text.contains("Closure: closure accepted, monitoring until 31 Oct 2026"))
    #expect(h.text.contains("monitoring has ended: awaits the board's decision (c a accepts, c r rejects)"))
    h.press(.character("m"), .enter, .enter)
    #expect(h.board.state.meeting!.agenda.contains { $0.item.item == "rec-6" && $0.reason == .closure })
    #expect(h.text.contains("Closure to decide (1)"))
  }

  @Test(
    "Space marks rows (* and a count); R rates every marked row in one step with one reason; u undoes them all; Esc clears the marks"
  )
  func bulkRating() throws {
    let h = try BoardHarness()
    h.press(.home)
    h.press(.character(" "), .character(" "))
    #expect(h.line(containing: "*AFI 1  -") != nil)
    #expect(h.line(containing: "*AFI 2  -") != nil)
    #expect(h.line(containing: "AFI 3   -") != nil)
    #expect(h.text.contains("2 marked: B R A G U, O, D, h, H, t and C apply to all of them"))
    h.press(.character("R"))
    #expect(h.text.contains("Why are the 2 marked items Red? (one reason for all"))
    h.type("no evidence of progress")
    h.press(.enter)
    #expect(h.text.contains("2 items rated Red · saved"))
    #expect(h.text.contains("2 marked"))
    #expect(h.line(containing: "*AFI 1  R") != nil)
    #expect(h.line(containing: "*AFI 2  R") != nil)
    let plan = try h.report("mfrs-action-plan-2023")
    #expect(plan.items[0].brag == .red && plan.items[1].brag == .red)
    #expect(plan.items[0].history.last { $0.field == .brag }?.reason == "no evidence of progress")
    #expect(plan.items[1].history.last { $0.field == .brag }?.reason == "no evidence of progress")
    #expect(plan.items[2].brag == .unrated)

    h.press(.character("u"))
    #expect(h.text.contains("Undone: 2 items rated Red · saved"))
    #expect(h.line(containing: "*AFI 1  -") != nil)
    #expect(h.line(containing: "*AFI 2  -") != nil)
    // Space on a marked row unmarks it.
    h.press(.up, .character(" "))
    #expect(h.line(containing: "*AFI 2") == nil)
    #expect(h.text.contains("1 marked"))
    h.press(.escape)
    #expect(h.text.contains("Marks cleared"))
    #expect(!h.text.contains("*AFI"))
    #expect(!h.text.contains("marked"))
  }

  @Test("marked rows: owner, hold and extension (request and grant) each one step for all; revised date too")
  func bulkOwnerHoldExtension() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character(" "), .character(" "))
    #expect(h.line(containing: "*Rec 2") != nil && h.line(containing: "*Rec 3") != nil)
    h.press(.character("O"))
    #expect(h.text.contains("Owner of the 2 marked items (empty clears):"))
    h.type("Head of People")
    h.press(.enter)
    #expect(h.text.contains("2 items owner set to 'Head of People' · saved"))
    var report = try h.report(misconduct)
    #expect(report.items[1].owner == "Head of People" && report.items[2].owner == "Head of People")

    h.press(.character("t"))
    #expect(h.text.contains("Extend the 2 marked items to (granted at once"))
    h.type("2027-06-30")
    h.press(.enter)
    h.type("national legislation")
    h.press(.enter)
    #expect(h.text.contains("2 items extension granted: now due 30 Jun 2027 · saved"))
    #expect(h.line(containing: "*Rec 2")?.contains("30 Jun 2027") == true)
    #expect(h.line(containing: "*Rec 3")?.contains("30 Jun 2027") == true)
    report = try h.report(misconduct)
    #expect(report.items[1].extensionsGranted == 1 && report.items[2].extensionsGranted == 1)
    #expect(report.items[1].due == CalendarDate("2027-06-30"))
    h.press(.character("u"))
    #expect(h.text.contains("Undone: 2 items extension granted: now due 30 Jun 2027 · saved"))
    report = try h.report(misconduct)
    #expect(report.items[1].extensions.isEmpty && report.items[2].extensions.isEmpty)
    #expect(report.items[1].due == CalendarDate("2025-02-01"))

    h.press(.character("h"))
    #expect(h.text.contains("Why are the 2 marked items on hold?"))
    h.type("pay negotiations")
    h.press(.enter)
    h.type("NJC")
    h.press(.enter)
    #expect(h.text.contains("2 items on hold, waiting on NJC · saved"))
    #expect(h.text.contains("waiting 2"))
    #expect(h.line(containing: "*Rec 2  G  ⏸") != nil && h.line(containing: "*Rec 3  G  ⏸") != nil)
    h.press(.character("H"))
    #expect(h.text.contains("2 items released from hold · saved"))
    #expect(!h.text.contains("waiting 2"))

    h.press(.character("D"))
    #expect(h.text.contains("New due date for the 2 marked items"))
    h.type("Mar 2027")
    h.press(.enter, .enter)
    #expect(h.text.contains("A reason is required. Why are the 2 marked items moving to 31 March 2027?"))
    h.type("board agreed")
    h.press(.enter)
    #expect(h.text.contains("2 items due date revised to 31 March 2027 · saved"))
    report = try h.report(misconduct)
    #expect(
      report.items[1].due == CalendarDate("2027-03-31") && report.items[2].due == CalendarDate("2027-03-31"))
  }

  @Test(
    "v s saves the current filter under a name; v and its number switch back; a view matching nothing says so"
  )
  func savedViews() throws {
    let h = try BoardHarness()
    h.press(.character("v"))
    #expect(h.text.contains("No saved views yet:  s save the current view · n cancel"))
    h.press(.character("n"))
    h.press(.character("o"))
    h.press(.character("v"), .character("s"))
    #expect(h.text.contains("Save the current view as:"))
    h.type("Late work")
    h.press(.enter)
    #expect(h.text.contains("View 'Late work' saved: v then its number switches to it"))
    h.press(.escape)
    #expect(h.board.state.itemEntryIndicesForTests.count == 44)
    h.press(.character("v"))
    #expect(
      h.text.contains(
        "Views:  1 Late work · s save the current view · d delete one · r rename one · n cancel"))
    h.press(.character("1"))
    #expect(h.text.contains("View 'Late work': 6 items"))
    #expect(h.text.contains("overdue only"))
    #expect(h.board.state.itemEntryIndicesForTests.count == 6)

    // A view whose owner no longer holds anything: an empty list and a message, not an error.
    h.press(.escape, .character("f"), .character("o"))
    h.type("Nobody at all")
    h.press(.enter)
    h.press(.character("v"), .character("s"))
    h.type("Nobody")
    h.press(.enter)
    h.press(.escape, .character("v"), .character("2"))
    #expect(h.text.contains("View 'Nobody' matches nothing now (Esc clears it)"))
    #expect(h.text.contains("No items match the filter (Esc clears it)."))
  }

  @Test("v d deletes a saved view and v r renames one, in the views file too; help shows both keys")
  func deleteAndRenameViews() throws {
    let h = try BoardHarness(storage: .disk())
    for (key, name) in [("o", "Late work"), ("o", "Everything"), ("w", "Due soon")] {
      h.press(.escape, .character(Character(key)), .character("v"), .character("s"))
      h.type(name)
      h.press(.enter)
    }
    h.press(.escape, .character("v"))
    #expect(h.text.contains("Views:  1 Late work · 2 Everything · 3 Due soon · s save the current view"))
    // Delete the second: asked which, by number.
    h.press(.character("d"))
    #expect(h.text.contains("Delete which view?  1 Late work · 2 Everything · 3 Due soon · n cancel"))
    h.press(.character("2"))
    #expect(h.text.contains("View 'Everything' deleted"))
    #expect(h.board.state.views.map(\.name) == ["Late work", "Due soon"])
    // n cancels, and so does Esc, with nothing deleted.
    h.press(.character("v"), .character("d"), .character("n"))
    #expect(h.text.contains("Cancelled"))
    h.press(.character("v"), .character("d"), .escape)
    #expect(h.board.state.views.count == 2)
    // Rename the first: its name is there to edit.
    h.press(.character("v"), .character("r"))
    #expect(h.text.contains("Rename which view?  1 Late work · 2 Due soon · n cancel"))
    h.press(.character("1"))
    #expect(h.text.contains("Rename view 'Late work' to: Late work"))
    for _ in 0..<4 { h.press(.backspace) }
    h.type("items")
    h.press(.enter)
    #expect(h.text.contains("View 'Late work' renamed 'Late items'"))
    #expect(h.board.state.views.map(\.name) == ["Late items", "Due soon"])
    #expect(h.board.state.views[0].overdueOnly)
    // A name another view has is refused.
    h.press(.character("v"), .character("r"), .character("1"))
    for _ in 0..<10 { h.press(.backspace) }
    h.type("Due soon")
    h.press(.enter)
    #expect(h.text.contains("A view named 'Due soon' exists already: view not renamed"))
    #expect(h.board.state.views.map(\.name) == ["Late items", "Due soon"])
    // The file holds what the menu shows, after a restart too.
    let again = try BoardHarness(storage: .disk(folder: h.folder))
    again.press(.character("v"))
    #expect(again.text.contains("Views:  1 Late items · 2 Due soon · s save"))
    let saved = try String(contentsOfFile: h.file(".brag-views.json"), encoding: .utf8)
    #expect(!saved.contains("Everything"))
    // With no views left, the menu offers only saving.
    again.press(.character("d"), .character("1"))
    again.press(.character("v"), .character("d"), .character("1"))
    again.press(.character("v"))
    #expect(again.text.contains("No saved views yet:  s save the current view · n cancel"))
    // Help says how.
    let help = OverlayView(board: h.board).helpLines().map { $0.segments.map(\.text).joined() }.joined(
      separator: "\n")
    #expect(help.contains("saved views: a number switches · s saves the filter · d deletes · r renames"))
  }

  @Test("saved views are kept in the data folder, survive a restart, and are never taken for a report")
  func viewsSurviveRestart() throws {
    let h = try BoardHarness(storage: .disk())
    h.go("Rec 2")
    h.press(.character("f"), .character("g"), .escape)
    h.press(.character("v"), .character("s"))
    h.type("Green ones")
    h.press(.enter)
    #expect(h.text.contains("View 'Green ones' saved"))
    let saved = try String(contentsOfFile: h.file(".brag-views.json"), encoding: .utf8)
    #expect(saved.contains("\"name\" : \"Green ones\""))
    #expect(saved.contains("\"green\""))

    let again = try BoardHarness(storage: .disk(folder: h.folder))
    #expect(again.text.contains("4 reports"))
    again.press(.character("v"))
    #expect(again.text.contains("Views:  1 Green ones"))
    again.press(.character("1"))
    #expect(again.text.contains("View 'Green ones': "))
    #expect(again.text.contains("Green · "))
    #expect(again.board.state.filter.brags == [.green])
  }

  @Test("a mark on an item removed elsewhere is dropped: the count says so and a step leaves it out")
  func marksOfRemovedItems() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character(" "), .character(" "))
    #expect(h.text.contains("2 marked"))
    try h.rewrite(misconduct) { report in report.items.remove(at: 1) }
    #expect(h.board.state.marked.map(\.item) == ["rec-3"])
    #expect(h.text.contains("1 marked"))
    h.press(.character("A"), .enter)
    #expect(h.text.contains("Rec 3 rated Amber"))
  }

  @Test("a view whose report is gone shows all reports and says so")
  func viewOfAMissingReport() throws {
    let h = try BoardHarness()
    h.board.state.views = [
      SavedView(name: "Old plan", report: "gone-2019", filter: BoardFilter(), search: nil)
    ]
    h.press(.character("v"), .character("1"))
    #expect(
      h.text.contains("View 'Old plan': report 'gone-2019' is no longer loaded, so all reports are shown"))
    #expect(h.text.contains("Items · All reports"))
  }

  @Test("a views file that does not read is said when the board opens and never written over")
  func brokenViewsFile() throws {
    let first = try BoardHarness(storage: .disk())
    let path = first.file(".brag-views.json")
    try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
    let h = try BoardHarness(storage: .disk(folder: first.folder))
    #expect(h.text.contains("not a saved views file"))
    #expect(h.text.contains("4 reports"))
    h.press(.character("v"), .character("s"))
    h.type("Mine")
    h.press(.enter)
    #expect(h.text.contains("View not saved:"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ not json")
  }

  @Test("help lists the workflow keys and the row marks' legend")
  func help() throws {
    let h = try BoardHarness()
    let lines = OverlayView(board: h.board).helpLines().map { $0.segments.map(\.text).joined() }
    let text = lines.joined(separator: "\n")
    #expect(text.contains("Workflow"))
    #expect(text.contains("closure: p propose (evidence) · a accept (or monitor) · r reject · o reopen"))
    #expect(text.contains("extension: r request (date, reason) · g grant · f refuse (reason)"))
    #expect(text.contains("put on hold"))
    #expect(text.contains("release from hold"))
    #expect(text.contains("Space"))
    #expect(text.contains("saved views"))
    #expect(
      text.contains(
        "Marks: ⏸/H on hold · ⚑/P closure proposed · ◔/M monitoring · »/E extension asked · * marked"))
  }
}
