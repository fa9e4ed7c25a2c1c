import BragModel
import BragSampleData
import Foundation
import Testing

@testable import BragUI

/// The text rows of the update editor's box, without its borders, and the box's left edge.
private func editorRows(_ h: BoardHarness) -> [(y: Int, x: Int, text: String)] {
  let screen = h.screen
  var rows: [(Int, Int, String)] = []
  var inside = false
  for y in 0..<screen.height {
    let line = screen.line(y)
    if line.contains("┏━ Update for") || line.contains("┏━ HMICFRS return narrative") {
      inside = true
      continue
    }
    guard inside else { continue }
    if line.contains("┗") { break }
    let characters = Array(line)
    guard let left = characters.firstIndex(of: "┃"),
      let right = characters[(left + 1)...].firstIndex(of: "┃")
    else { continue }
    rows.append((y, left, String(characters[(left + 1)..<right])))
  }
  return rows
}

@Suite("The editor")
struct EditorWrapTests {
  @Test("text wraps at word boundaries, never inside a word, and the cursor follows the text")
  func wordWrap() throws {
    let h = try BoardHarness()
    h.press(.character("e"))
    let words = (1...40).map { "responsibility\($0)" }
    h.type(words.joined(separator: " "))
    // The heading, then the typed rows, then blank rows and the footer.
    let rows = editorRows(h).dropFirst().map { $0.text.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.contains("Ctrl-S") }
    #expect(rows.count > 5)
    #expect(rows.flatMap { $0.split(separator: " ").map(String.init) } == words)
    // The cursor sits just after the last word, on the last row of text.
    let cursor = try #require(h.screen.cursor)
    let last = try #require(editorRows(h).last { $0.text.contains("responsibility40") })
    #expect(cursor.y == last.y)
    let text = Array(h.screen.line(last.y))
    let end = try #require(String(text).range(of: "responsibility40"))
    #expect(cursor.x == String(text).distance(from: String(text).startIndex, to: end.upperBound))
  }

  @Test("a word longer than a row is broken at the row's end; typing moves a word that no longer fits")
  func longWordAndRewrap() {
    var editor = TextEditor()
    for character in String(repeating: "x", count: 25) { _ = editor.handle(.character(character)) }
    #expect(editor.rows(width: 10).map { $0.end - $0.start } == [10, 10, 5])
    var text = TextEditor("one two three")
    #expect(text.rows(width: 9).map { $0.start } == [0, 8])  // "one two ", "three"
    // The cursor at a break shows at the start of the next row.
    for _ in 0..<5 { _ = text.handle(.left) }
    #expect(text.cursorRow(in: text.rows(width: 9)) == 1)
    _ = text.handle(.character("s"))  // "one two sthree"
    #expect(text.cursorRow(in: text.rows(width: 9)) == 1)
    #expect(TextEditor("").rows(width: 9) == [TextEditor.Row(line: 0, start: 0, end: 0)])
  }
}

@Suite("The revised due date")
struct RevisedDueTests {
  func revise(_ h: BoardHarness, _ label: String, reason: String) {
    h.go(label)
    h.press(.character("D"))
    h.type("Mar 2027")
    h.press(.enter)
    h.type(reason)
    h.press(.enter)
  }

  @Test("at 120 columns the revised date shows in full beside the original, the reason below in full")
  func wide() throws {
    let h = try BoardHarness(width: 120, height: 40)
    let reason =
      "The national guidance this depends on was delayed by the Home Office until the new year, and the board agreed to wait for it"
    revise(h, "Rec 21", reason: reason)
    #expect(h.text.contains("Rec 21 due date revised to 31 March 2027 · saved"))
    let due = try #require(h.line(containing: "Due: "))
    #expect(due.contains("Due: “By 1 June 2023” → 1 June 2023  ·  revised to 31 March 2027"))
    // Every word of the reason is on screen, wrapped, none cut.
    let detail = h.text.split(separator: "\n").map { $0.split(separator: "│").last.map(String.init) ?? "" }
      .joined(separator: " ")
    #expect(detail.contains("why: The national guidance"))
    for word in reason.split(separator: " ") { #expect(detail.contains(word)) }
    #expect(!h.text.contains("OVERDUE"))
  }

  @Test("at 80 columns the revised date moves to its own line rather than being cut")
  func narrow() throws {
    let h = try BoardHarness(width: 80, height: 40)
    revise(h, "Rec 21", reason: "Delayed guidance")
    let text = h.text
    #expect(text.contains("Due: “By 1 June 2023” → 1 June 2023"))
    #expect(text.contains("     revised to 31 March 2027"))
    #expect(text.contains("     why: Delayed guidance"))
  }
}

@Suite("Scrolling the detail pane")
struct DetailScrollTests {
  /// The detail pane's bottom border says "end" when its last line is on screen.
  func atEnd(_ h: BoardHarness) -> Bool {
    let screen = h.screen
    return screen.line(screen.height - 2).contains(" end ")
  }

  /// AFI 5 has seven actions, an update and, once an action is rated, recent changes.
  func setUp() throws -> BoardHarness {
    let h = try BoardHarness()
    h.go("AFI 5")
    h.press(.tab, .down, .down, .character("A"), .enter)  // AFI 5.2 rated Amber: a recent change
    #expect(h.text.contains("AFI 5.2 rated Amber"))
    h.press(.home)
    #expect(h.board.state.selectedAction == nil)
    #expect(h.text.contains("AFI 5  Area for improvement"))
    #expect(!atEnd(h))
    return h
  }

  @Test("↓ steps through the actions, then on past them to the latest update and the recent changes")
  func downToTheEnd() throws {
    let h = try setUp()
    for index in 0..<7 {
      h.press(.down)
      #expect(h.board.state.selectedAction == index)
    }
    // The latest update is long: well over a hundred lines in all.
    for _ in 0..<200 { h.press(.down) }
    #expect(h.board.state.selectedAction == nil)  // never back round to the first action
    #expect(atEnd(h))
    #expect(h.text.contains("The Dashboard will be visible to all staff."))  // the update's last words
    #expect(h.text.contains("Recent changes"))
    #expect(h.text.contains("AFI 5.2: BRAG Not rated → Amber"))
    // ↑ comes back to the last action, and on up through the others.
    var seen: [Int] = []
    for _ in 0..<200 where seen.last != 0 {
      h.press(.up)
      if let picked = h.board.state.selectedAction, seen.last != picked { seen.append(picked) }
    }
    #expect(seen == [6, 5, 4, 3, 2, 1, 0])
  }

  @Test("PgDn pages to the end whichever action is picked; End goes to the very end; Home back")
  func pagesAndEnds() throws {
    for picked in [0, 3, 6] {
      let h = try setUp()
      for _ in 0...picked { h.press(.down) }
      #expect(h.board.state.selectedAction == picked)
      for _ in 0..<10 { h.press(.pageDown) }  // 15 lines a page, 121 lines
      #expect(atEnd(h), "picked action \(picked)")
      #expect(h.text.contains("Recent changes"))
      #expect(h.board.state.selectedAction == nil)
      h.press(.home)
      #expect(!atEnd(h))
      #expect(h.text.contains("AFI 5  Area for improvement"))
      for _ in 0...picked { h.press(.down) }
      h.press(.end)
      #expect(atEnd(h), "End from action \(picked)")
      #expect(h.board.state.selectedAction == nil)
      // Ratings now go to the item, not an action scrolled out of sight.
      h.press(.character("G"), .enter)
      #expect(h.text.contains("AFI 5 rated Green"))
      // One page back up from the end leaves the end.
      h.press(.pageUp)
      #expect(!atEnd(h))
    }
  }

  @Test("an item without actions scrolls line by line and by page to its end")
  func withoutActions() throws {
    let h = try BoardHarness(width: 120, height: 24)
    h.go("Rec 21")
    h.press(.tab)
    #expect(!atEnd(h))
    for _ in 0..<40 { h.press(.down) }
    #expect(atEnd(h))
    h.press(.home)
    #expect(!atEnd(h))
    h.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
    #expect(atEnd(h))
    h.press(.up)
    #expect(!atEnd(h))
  }
}

@Suite("Jumps")
struct JumpTests {
  func selected(_ h: BoardHarness) -> String? {
    guard let id = h.board.selectedItemID else { return nil }
    return "\(id.report) \(h.board.label(of: id))"
  }

  @Test("several matches: the first, a count, and n and N step through them all in every report")
  func severalMatches() throws {
    let h = try BoardHarness()
    #expect(h.text.contains("Items · All reports"))
    h.go("1")
    // Official number 1 first (two reports' Rec 1), then the AFIs labelled 1.
    #expect(selected(h) == "staffs-misconduct-2024 Rec 1")
    #expect(h.text.contains("1 of 4 matches for '1' — n for the next"))
    #expect(h.text.contains("jump '1' (4 matches)"))
    var seen = [selected(h)]
    for _ in 0..<4 {
      h.press(.character("n"))
      seen.append(selected(h))
    }
    #expect(
      seen == [
        "staffs-misconduct-2024 Rec 1", "staffs-values-culture-2023 Rec 1", "mfrs-action-plan-2023 AFI 1",
        "staffs-round3-2024 AFI 1", "staffs-misconduct-2024 Rec 1",
      ])
    #expect(h.text.contains("1 of 4 matches for '1'"))
    h.press(.character("N"))
    #expect(selected(h) == "staffs-round3-2024 AFI 1")
    #expect(h.text.contains("4 of 4 matches for '1'"))
    // A search afterwards takes n and N back.
    h.press(.character("/"))
    h.type("360-degree")
    h.press(.enter)
    #expect(h.board.label(of: h.board.selectedItemID!) == "Rec 21")
    h.press(.character("n"))
    #expect(h.board.label(of: h.board.selectedItemID!) == "Rec 22")
    #expect(h.text.contains("Match 2 of 2 for '360-degree'"))
    // And a jump after the search takes them again; Esc forgets both.
    h.go("AFI 3")
    #expect(selected(h) == "mfrs-action-plan-2023 AFI 3")
    h.press(.character("n"))
    #expect(selected(h) == "staffs-round3-2024 AFI 3")
    h.press(.escape, .character("n"))
    #expect(h.text.contains("Nothing to step through yet"))
  }

  @Test("labels in any usual form: Recommendation 21, rec 21, Rec21, AFI 3, area for improvement 3")
  func labelForms() throws {
    let h = try BoardHarness()
    for text in ["Recommendation 21", "rec 21", "Rec21", "REC 21", "21", "recommendation21"] {
      h.go("AFI 1")
      h.go(text)
      #expect(selected(h) == "staffs-values-culture-2023 Rec 21", "\(text)")
    }
    for text in [
      "AFI 3", "afi3", "area for improvement 3", "Area for Improvement 3", "areas for improvement 3",
    ] {
      h.go("Rec 21")
      h.go(text)
      #expect(selected(h) == "mfrs-action-plan-2023 AFI 3", "\(text)")
      #expect(h.text.contains("1 of 2 matches for '\(text)'"), "\(text)")
    }
    // A kind with a number only matches that kind: Rec 3, never AFI 3.
    h.go("rec 3")
    #expect(h.board.state.jump?.items.map { h.board.label(of: $0) } == ["Rec 3", "Rec 3"])
    h.go("Rec 999")
    #expect(h.text.contains("No item numbered or labelled 'Rec 999'"))
  }

  @Test("an item outside the report shown is reached by widening to all reports, and said")
  func widening() throws {
    let h = try BoardHarness()
    h.press(.left, .down, .down, .right)  // the misconduct report
    #expect(h.text.contains("Items · Standards of behaviour"))
    h.go("Rec 21")
    #expect(selected(h) == "staffs-values-culture-2023 Rec 21")
    #expect(h.text.contains("Showing all reports without filters to reach Rec 21"))
    // In view first: within the misconduct report, :1 is its own Rec 1 alone.
    h.press(.left, .home, .down, .down, .right)
    h.go("1")
    #expect(selected(h) == "staffs-misconduct-2024 Rec 1")
    #expect(h.board.state.jump?.items.count == 1)
    h.press(.character("n"))
    #expect(h.text.contains("The only match for '1'"))
  }
}

@Suite("Timescales with no date")
struct UndatedTimescaleTests {
  func addAction(_ h: BoardHarness, timescale: String) {
    h.go("Rec 6")
    h.press(.character("a"))
    h.type("Roll out supervisor training")
    h.press(.enter)
    h.type("Learning and Development")
    h.press(.enter)
    h.type(timescale)
  }

  @Test(
    "the prompt's live hint warns, and so does the message on saving",
    arguments: [
      "by end of February", "when funding allows", "TBC",
    ])
  func warned(_ timescale: String) throws {
    let h = try BoardHarness()
    addAction(h, timescale: timescale)
    #expect(h.text.contains("→ no date: never overdue"))
    h.press(.enter)
    #expect(
      h.text.contains(
        "Rec 6 gained action Rec 6.1 · saved, but '\(timescale)' gives no date: it is never overdue"))
    let action = try #require(try h.report("staffs-misconduct-2024").items[5].actions.first)
    #expect(action.timescale.written == timescale)
    #expect(action.timescale.due == nil)
  }

  @Test("a dated or ongoing timescale saves without a warning; a blank one is warned about")
  func notWarned() throws {
    let h = try BoardHarness()
    addAction(h, timescale: "Q4 2026/27")
    #expect(h.text.contains("→ 31 March 2027 (quarter)"))
    h.press(.enter)
    #expect(h.text.contains("Rec 6 gained action Rec 6.1 · saved"))
    #expect(!h.text.contains("never overdue"))
    addAction(h, timescale: "Ongoing")
    #expect(h.text.contains("→ ongoing: no due date"))
    h.press(.enter)
    #expect(h.text.contains("Rec 6 gained action Rec 6.2 · saved"))
    #expect(!h.text.contains("never overdue"))
    addAction(h, timescale: "")
    h.press(.enter)
    #expect(h.text.contains("Rec 6 gained action Rec 6.3 · saved with no timescale: it is never overdue"))
  }

  @Test("the revised-date prompt still refuses a timescale with no date, and its hint says so")
  func revisedDateRefuses() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    h.press(.character("D"))
    h.type("when funding allows")
    #expect(h.text.contains("→ not a date: Enter will ask again"))
    h.press(.enter)
    #expect(h.text.contains("'when funding allows' is not a date"))
    #expect(try h.report("staffs-misconduct-2024").items[1].revisedDue == nil)
    h.press(.character("D"))
    h.type("2027-03-31")
    #expect(h.text.contains("→ 31 March 2027"))
  }
}

@Suite("Wide terminals and the meeting's tags")
struct WideTests {
  @Test("the reports pane grows with the width up to a cap; 80, 100 and 120 columns are as before")
  func reportsPaneWidth() throws {
    let widths = [80, 100, 120, 136, 160, 200, 224, 300].map { Layout(width: $0, height: 40).reports.width }
    #expect(widths == [24, 30, 34, 34, 40, 50, 56, 56])
    let h = try BoardHarness(width: 200, height: 40)
    // The title is no longer cut at 32 columns.
    #expect(h.text.contains("│Standards of behaviour: the handling of miscond…│"))
    #expect(h.text.contains("│HMICFRS Report 2023 Action Plan "))
    for line in h.text.split(separator: "\n") { #expect(line.count <= 200) }
  }

  @Test("in a meeting each item carries a short tag that tells its report apart: the report's id")
  func meetingTags() throws {
    for (width, cut) in [(120, 26), (80, 12)] {
      // Tall enough to show the whole agenda.
      let h = try BoardHarness(width: width, height: 120)
      h.board.startMeeting(includeRest: true)
      let lines = h.text.split(separator: "\n")
      let ids = h.board.store.slots.map(\.id)
      let tags = ItemsPaneView.reportTags(ids, width: cut)
      #expect(Set(tags).count == ids.count)
      if width == 120 { #expect(tags == ids) }
      for entry in h.board.state.entries {
        guard case .item(let slot, let row) = entry else { continue }
        let ref = h.board.store.slots[slot].rows[row].string(.ref)!
        let tagged = lines.filter { $0.contains("┃\(ref) ") && $0.contains("[\(tags[slot])] ") }
        #expect(!tagged.isEmpty, "\(width): \(ref) of \(ids[slot])")
        #expect(ids[slot].hasPrefix(tags[slot].replacingOccurrences(of: "…", with: "")))
      }
      #expect(!h.text.contains("[HMICFRS Report 2…]"))
    }
    // Reports whose ids share a long start are cut only as far as they still differ.
    let similar = ItemsPaneView.reportTags(
      ["hmicfrs-report-2023-action-plan", "hmicfrs-report-2024-action-plan", "misconduct"], width: 12)
    #expect(similar == ["hmicfrs-report-2023…", "hmicfrs-report-2024…", "misconduct"])
    #expect(ItemsPaneView.reportTags(["a", "b"], width: 40) == ["a", "b"])
  }
}

@Suite("Wording")
struct WordingTests {
  @Test("one of a thing is singular: 1 report, 1 item, 1 file, 1 day")
  func singular() throws {
    // A folder with one report and one file that fails to load.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brag-ui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = try #require(SampleData.files.first { $0.name == "staffs-misconduct-2024.json" })
    try Data(sample.bytes).write(to: folder.appendingPathComponent(sample.name))
    try Data("{ not json".utf8).write(to: folder.appendingPathComponent("broken.json"))
    let h = try BoardHarness(storage: .disk(folder: folder.path))
    #expect(h.text.contains("│1 report "))
    #expect(!h.text.contains("1 reports"))
    #expect(h.text.contains("1 file failed to load and is read-only"))
    h.go("Rec 2")
    h.press(.character("R"), .enter)
    h.press(.character("f"), .character("r"), .escape)
    #expect(h.text.contains("Filter: Red (1 item)"))
    #expect(
      Strings.overdueShown(items: 1, actions: 1, under: 1)
        == "Overdue only: 1 item and 1 action overdue, under 1 item")
    #expect(Strings.meetingStarted(1).hasPrefix("Meeting started: 1 item."))
    #expect(Strings.filesFailed(2) == "2 files failed to load and are read-only: see the reports pane")
    #expect(Strings.count(4, "report") == "4 reports")
    #expect(Strings.words(1) == "1 word")

    let late = try BoardHarness(today: "2025-02-02")
    late.go("Rec 2")
    #expect(late.text.contains("OVERDUE by 1 day\n") || late.text.contains("OVERDUE by 1 day "))
    let soon = try BoardHarness(today: "2025-01-31")
    soon.go("Rec 2")
    #expect(soon.text.contains("Due in 1 day "))
  }

  @Test("a tiny window says the real minimum in full, wrapped onto several lines")
  func tinyWindow() throws {
    let h = try BoardHarness(width: 30, height: 8)
    Snapshot.check(h.text, named: "tiny-30x8")
    let words = h.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words == "Enlarge the window BRAG Board needs at least 60×15; this one is 30×8. q quits.")
    for width in [1, 5, 12, 20, 59] {
      for height in [1, 3, 8, 14] {
        var screen = ScreenBuffer(width: width, height: height)
        h.board.render(into: &screen)  // never crashes, however small
      }
    }
  }

  @Test("discarding a narrative says 'Narrative discarded'; an update, 'Update discarded'")
  func discarded() throws {
    let h = try BoardHarness()
    h.press(.character("E"))
    h.type(" and more")
    h.press(.escape, .character("y"))
    #expect(h.text.contains("Narrative discarded"))
    h.press(.character("e"))
    h.type("Half a thought")
    h.press(.escape, .character("y"))
    #expect(h.text.contains("Update discarded"))
  }

  @Test("the items pane's counter says what it counts: the item selected, of how many, and if there is more")
  func counter() throws {
    let h = try BoardHarness()
    #expect(h.text.contains(" item 1 of 44 · more ↓ "))
    h.press(.down)
    #expect(h.text.contains(" item 2 of 44 · more ↓ "))
    h.press(.end)
    #expect(h.text.contains(" item 44 of 44 · end "))
    h.press(.character("f"), .character("g"), .escape)
    #expect(h.text.contains(" item 7 of 7 "))  // the list fits: no "more"
    #expect(!h.text.contains("/48"))
  }
}

extension JumpTests {
  @Test("in a meeting a jump stays within the agenda, and says when an item is not on it")
  func inAMeeting() throws {
    let h = try BoardHarness()
    h.press(.character("m"), .enter, .enter)  // no attendees, no apologies: the agenda
    h.go("AFI 2")
    #expect(selected(h) == "mfrs-action-plan-2023 AFI 2")
    #expect(h.board.state.jump?.items.count == 1)  // round 3's AFI 2 is not on the agenda
    h.go("Rec 21")
    #expect(h.text.contains("Rec 21 is not on the agenda"))
    #expect(h.board.state.meeting != nil)
  }
}
