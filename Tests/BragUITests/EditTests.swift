import BragModel
import BragUI
import Foundation
import Testing

@Suite("Editing from the board")
struct BoardEditTests {
  func selectedLabel(_ h: BoardHarness) -> String? {
    guard let (slot, row) = h.board.state.selectedItem else { return nil }
    return h.board.store.slots[slot].rows[row].string(.ref)
  }

  @Test("B R A G U ask why, then rate the selected item, save at once, and record who, when, what and why")
  func rating() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    #expect(selectedLabel(h) == "Rec 2")
    h.press(.character("R"))
    h.type("consultation slipped")
    h.press(.enter)
    #expect(h.text.contains("Rec 2 rated Red, status “Off track” · saved"))
    var item = try h.report("staffs-misconduct-2024").items[1]
    #expect(item.brag == .red)
    // "On track" is a verdict the rating contradicts: it follows the rating.
    #expect(item.status == "Off track")
    let rated = try #require(item.history.last { $0.field == .brag })
    #expect(rated.author == "Test Chair")
    #expect(rated.before == "green")
    #expect(rated.after == "red")
    #expect(rated.reason == "consultation slipped")
    #expect(rated.at.hasPrefix("2026-11-27"))
    for (key, brag, status) in [
      ("A", BRAG.amber, "At risk"), ("G", .green, "On track"), ("B", .blue, "Complete"),
      ("U", .unrated, "Complete"),
    ] {
      h.press(.character(Character(key)), .enter)
      item = try h.report("staffs-misconduct-2024").items[1]
      #expect(item.brag == brag)
      #expect(item.status == status)
    }
    // Five ratings; four statuses followed them ("not rated" has no verdict of its own).
    #expect(item.history.count == 9)
    #expect(item.history.last { $0.field == .brag }?.reason == nil)
    // The counts follow at once.
    #expect(h.board.summary.reports.first { $0.id == "staffs-misconduct-2024" }?.tally.unrated == 1)
  }

  @Test("u undoes many steps with a message each, Ctrl-R redoes, and history keeps every step")
  func undoRedo() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("R"), .enter, .character("A"), .enter)
    h.press(.character("u"))
    #expect(h.text.contains("Undone: Rec 2 rated Amber"))
    #expect(try h.report("staffs-misconduct-2024").items[1].brag == .red)
    h.press(.character("u"))
    #expect(try h.report("staffs-misconduct-2024").items[1].brag == .green)
    h.press(.character("u"))
    #expect(h.text.contains("Nothing to undo"))
    h.press(.control("r"))
    #expect(h.text.contains("Redone: Rec 2 rated Red"))
    #expect(try h.report("staffs-misconduct-2024").items[1].brag == .red)
    // Each rating and the status that followed it are one step: undone and redone together.
    #expect(try h.report("staffs-misconduct-2024").items[1].status == "Off track")
    #expect(try h.report("staffs-misconduct-2024").items[1].history.count == 10)
  }

  @Test("s edits the status words in a prompt prefilled with the current ones; Esc cancels")
  func status() throws {
    let h = try BoardHarness()
    h.go("Rec 3")
    h.press(.character("s"))
    #expect(h.text.contains("Status for Rec 3: On track"))
    for _ in 0..<"On track".count { h.press(.backspace) }
    h.type("Delayed: awaiting union agreement")
    h.press(.enter)
    #expect(try h.report("staffs-misconduct-2024").items[2].status == "Delayed: awaiting union agreement")
    h.press(.character("s"))
    h.type(" more")
    h.press(.escape)
    #expect(try h.report("staffs-misconduct-2024").items[2].status == "Delayed: awaiting union agreement")
  }

  @Test("e adds a quarterly update from the editor, with the current quarter and the author")
  func update() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.character("e"))
    h.type("Survey contract signed.")
    h.press(.enter)
    h.type("Fieldwork in January.")
    h.press(.control("s"))
    let item = try h.report("mfrs-action-plan-2023").items[1]
    #expect(item.updates.count == 2)
    #expect(item.updates.last?.text == "Survey contract signed.\nFieldwork in January.")
    #expect(item.updates.last?.period == "October–December 2026")
    #expect(item.updates.last?.author == "Test Chair")
    #expect(h.text.contains("AFI 2 gained an update for October–December 2026 · saved"))
  }

  @Test("Esc in the editor asks before throwing away what was typed")
  func editorDiscard() throws {
    let h = try BoardHarness()
    h.press(.character("e"))
    h.type("Half a thought")
    h.press(.escape)
    #expect(h.text.contains("Discard what you typed?"))
    h.press(.character("n"))
    if case .editor(let editor) = h.board.state.mode {
      #expect(editor.text.text == "Half a thought")
    } else {
      Issue.record("the editor closed")
    }
    h.press(.escape, .character("y"))
    #expect(h.board.state.mode == .normal)
  }

  @Test("D revises the due date, asks why, keeps the original, and the overdue marker follows")
  func reviseDue() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("D"))
    h.type("Mar 2027")
    #expect(h.text.contains("→ 31 March 2027 (month)"))
    h.press(.enter)
    h.press(.enter)  // no reason: refused, asked again
    #expect(h.text.contains("A reason is required"))
    h.type("New probation policy waits for 2026 legislation")
    h.press(.enter)
    let item = try h.report("staffs-misconduct-2024").items[1]
    #expect(item.revisedDue?.due == CalendarDate("2027-03-31"))
    #expect(item.revisedDue?.reason == "New probation policy waits for 2026 legislation")
    #expect(item.timescale.due == CalendarDate("2025-02-01"))
    #expect(item.history.last?.field == "revisedDue")
    #expect(!h.text.contains("+664d"))
    #expect(h.text.contains("revised to 31 March 2027"))
  }

  @Test("a adds an action: text, owner, timescale resolved at once; x closes or removes one after asking")
  func actions() throws {
    let h = try BoardHarness()
    h.go("Rec 6")
    h.press(.character("a"))
    h.type("Roll out supervisor training")
    h.press(.enter)
    h.type("Learning and Development")
    h.press(.enter)
    h.type("Q4 2026/27")
    #expect(h.text.contains("→ 31 March 2027 (quarter)"))
    h.press(.enter)
    var item = try h.report("staffs-misconduct-2024").items[5]
    #expect(item.actions.count == 1)
    #expect(item.actions[0].id == "a1")
    #expect(item.actions[0].timescale.due == CalendarDate("2027-03-31"))
    #expect(item.actions[0].owner == "Learning and Development")

    h.press(.tab, .down)  // the detail pane, first action
    h.press(.character("x"))
    #expect(h.text.contains("close it (status Closed, Blue) or remove it?"))
    h.press(.character("c"))
    item = try h.report("staffs-misconduct-2024").items[5]
    #expect(item.actions[0].status == "Closed")
    #expect(item.actions[0].brag == .blue)
    h.press(.character("u"))  // one undo reopens it fully
    item = try h.report("staffs-misconduct-2024").items[5]
    #expect(item.actions[0].status == nil)
    #expect(item.actions[0].brag == .unrated)
    h.press(.control("r"))
    h.press(.character("x"), .character("d"))
    item = try h.report("staffs-misconduct-2024").items[5]
    #expect(item.actions.isEmpty)
    h.press(.character("u"))
    #expect(try h.report("staffs-misconduct-2024").items[5].actions.count == 1)
  }

  @Test("with an action picked in the detail pane, B R A G rate the action, not the item")
  func actionRating() throws {
    let h = try BoardHarness()
    h.go("AFI 2")
    h.press(.tab, .down, .down, .character("A"), .enter)
    let item = try h.report("mfrs-action-plan-2023").items[1]
    #expect(item.brag == .unrated)
    #expect(item.actions[1].brag == .amber)
    #expect(h.text.contains("AFI 2.2 rated Amber"))
  }

  @Test("an edit on a file changed on disk is made on the new content, never over it")
  func conflict() throws {
    let h = try BoardHarness(storage: .disk())
    h.go("Rec 2")
    // Someone else changes Rec 3's status in the file.
    var other = try h.report("staffs-misconduct-2024")
    other.items[2].status = "Changed elsewhere"
    try ReportCoding.encode(other).write(to: URL(fileURLWithPath: h.file("staffs-misconduct-2024.json")))
    h.press(.character("R"), .enter)
    let report = try h.report("staffs-misconduct-2024")
    #expect(report.items[1].brag == .red)
    #expect(report.items[2].status == "Changed elsewhere")
  }

  @Test("changes made on disk appear on the next tick, keeping the selection")
  func liveReload() throws {
    let h = try BoardHarness(storage: .disk())
    h.go("Rec 3")
    var other = try h.report("staffs-misconduct-2024")
    other.items[2].brag = .red
    try ReportCoding.encode(other).write(to: URL(fileURLWithPath: h.file("staffs-misconduct-2024.json")))
    #expect(h.board.handle(.tick) == .redraw)
    #expect(selectedLabel(h) == "Rec 3")
    #expect(h.text.contains("Reloaded"))
    #expect(h.text.contains("[R] Red"))
    #expect(h.board.handle(.tick) == .unchanged)
  }

  @Test("a file that fails to parse shows read-only with its error; the rest of the board works")
  func brokenFile() throws {
    let h = try BoardHarness(storage: .disk())
    let path = h.file("staffs-round3-2024.json")
    let broken = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
      of: "\"brag\": \"green\",", with: "\"brag\": green,")
    try broken.write(toFile: path, atomically: true, encoding: .utf8)
    _ = h.board.handle(.tick)
    #expect(h.text.contains("staffs-round3-2024.json"))
    h.press(.left, .end)
    #expect(h.text.contains("failed to load and is read-only"))
    #expect(h.board.store.failures.first?.line == 9)
    #expect(h.text.contains("This file failed to load and is read-only:"))
    h.press(.home, .right)
    h.go("Rec 2")
    h.press(.character("R"), .enter)
    #expect(try h.report("staffs-misconduct-2024").items[1].brag == .red)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
  }

  @Test("the mouse: a click selects a pane and a row; the wheel scrolls")
  func mouse() throws {
    let h = try BoardHarness()
    let screen = h.screen
    let row = (0..<screen.height).first { screen.line($0).contains("Rec 3 ") }!
    _ = h.board.handle(.mouse(MouseEvent(.press, x: 60, y: row)))
    #expect(selectedLabel(h) == "Rec 3")
    _ = h.board.handle(.mouse(MouseEvent(.press, x: 5, y: 8)))  // the Merseyside entry
    #expect(h.board.state.focus == .reports)
    #expect(h.board.state.selectedReport == 1)
    _ = h.board.handle(.mouse(MouseEvent(.press, x: 5, y: 2)))
    _ = h.board.handle(.mouse(MouseEvent(.wheelDown, x: 60, y: 10)))
    #expect(h.board.state.itemsScroll == 3)
  }

  @Test("text from data files cannot reach the terminal as escape sequences")
  func sanitised() throws {
    let h = try BoardHarness(storage: .disk())
    var report = try h.report("staffs-round3-2024")
    report.items[0].text = "Evil \u{1B}]0;pwned\u{07}\u{1B}[2J text with 日本 and é"
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: h.file("staffs-round3-2024.json")))
    _ = h.board.handle(.tick)
    h.press(.left, .down, .down, .down)  // the Round 3 report
    let screen = h.screen
    #expect(
      !screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
    #expect(h.text.contains("Evil ]0;pwned[2J text with 日本 and é"))
  }
}

@Suite("Undo never overwrites a change made elsewhere")
struct SafeUndoTests {
  @Test(
    "two boards: one rates Red, the other Blue; the first's undo refuses and says who changed it and when")
  func twoBoards() throws {
    let first = try BoardHarness(storage: .disk())
    let second = try BoardHarness(storage: .disk(folder: first.folder))
    first.go("Rec 6")
    first.press(.character("R"), .enter)
    second.go("Rec 6")
    second.press(.character("B"))
    second.type("evidence seen")
    second.press(.enter)
    first.press(.character("u"))
    #expect(first.text.contains("Could not undo Rec 6 rated Red"))
    #expect(first.text.contains("it was changed since, by Test Chair at 2026-11-27 12:00"))
    var item = try first.report("staffs-misconduct-2024").items[5]
    #expect(item.brag == .blue)
    #expect(item.status == "Complete")
    #expect(!item.history.contains { $0.reason == "undo" })
    // Nothing half-done: the status step of the same undo was not applied either.
    #expect(item.history.count == 4)
    // The second board's own undo still works: its change was the last.
    second.press(.character("u"))
    item = try second.report("staffs-misconduct-2024").items[5]
    #expect(item.brag == .red)
    #expect(second.text.contains("Undone: Rec 6 rated Blue"))
  }

  @Test("redo refuses alike when the field changed after the undo")
  func redoRefuses() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("R"), .enter, .character("u"))
    try h.rewrite("staffs-misconduct-2024") { report in
      try? report.apply(
        .brag(.amber, reason: "from a script"), to: RowID(report: report.id, item: "rec-2"), author: "script",
        at: "2026-11-27T13:00:00Z")
    }
    h.press(.control("r"))
    #expect(h.text.contains("Could not redo Rec 2 rated Red"))
    #expect(try h.report("staffs-misconduct-2024").items[1].brag == .amber)
  }
}

@Suite("Reloading")
struct ReloadTests {
  @Test("a folder with a broken file: a tick with nothing changed says nothing and redraws nothing")
  func brokenFileQuiet() throws {
    let setUp = try BoardHarness(storage: .disk())
    let path = setUp.file("staffs-round3-2024.json")
    try "{ broken".write(toFile: path, atomically: true, encoding: .utf8)
    let h = try BoardHarness(storage: .disk(folder: setUp.folder))
    #expect(h.board.handle(.tick) == .unchanged)
    #expect(!h.text.contains("Reloaded"))
    // A real change still shows.
    try "{ broken again".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(h.board.handle(.tick) == .redraw)
  }
}

@Suite("An edit never saves over a change it did not see")
struct StaleEditTests {
  @Test(
    "rated elsewhere while the reason prompt was open: the rating is refused, the other stands; other fields are fine"
  )
  func refusedWhenTheFieldChanged() throws {
    let h = try BoardHarness(storage: .disk())
    h.go("Rec 6")
    h.press(.character("R"))  // the board shows Green; the prompt is open
    // A script rates it Blue meanwhile (with its history, as brag set would).
    var report = try h.report("staffs-misconduct-2024")
    try report.apply(
      .brag(.blue, reason: "evidence seen"), to: RowID(report: report.id, item: "rec-6"), author: "Script",
      at: "2026-11-27T12:30:00Z")
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: h.file("staffs-misconduct-2024.json")))
    h.press(.enter)
    #expect(h.text.contains("Not saved: it was changed since, by Script at 2026-11-27 12:30"))
    #expect(try h.report("staffs-misconduct-2024").items[5].brag == .blue)
    // An edit of another item of the same file is made on the current content.
    h.go("Rec 7")
    h.press(.character("s"))
    for _ in 0..<20 { h.press(.backspace) }
    h.type("Evidence filed")
    h.press(.enter)
    let after = try h.report("staffs-misconduct-2024")
    #expect(after.items[6].status == "Evidence filed")
    #expect(after.items[5].brag == .blue)
  }
}
