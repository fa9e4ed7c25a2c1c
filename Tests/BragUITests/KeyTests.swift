import BragModel
import BragUI
import Foundation
import Testing

@Suite("Keys")
struct KeyTests {
  /// The label of the selected item, as the items pane shows it.
  func selectedLabel(_ h: BoardHarness) -> String? {
    guard let (slot, row) = h.board.state.selectedItem else { return nil }
    return h.board.store.slots[slot].rows[row].string(.ref)
  }

  @Test("↑ ↓ j k PgDn Home End move the selection; Tab, Shift-Tab, ← → move between panes")
  func movement() throws {
    let h = try BoardHarness()
    #expect(selectedLabel(h) == "AFI 1")
    h.press(.down)
    #expect(selectedLabel(h) == "AFI 2")
    h.press(.character("j"), .character("j"))
    #expect(selectedLabel(h) == "AFI 4")
    h.press(.character("k"))
    #expect(selectedLabel(h) == "AFI 3")
    h.press(.down, .down, .down)  // past the misconduct heading
    #expect(selectedLabel(h) == "Rec 1")
    h.press(.end)
    #expect(selectedLabel(h) == "Rec 34")
    h.press(.home)
    #expect(selectedLabel(h) == "AFI 1")
    h.press(.pageDown)
    #expect(selectedLabel(h) != "AFI 1")
    #expect(h.board.state.focus == .items)
    h.press(.tab)
    #expect(h.board.state.focus == .detail)
    h.press(.tab)
    #expect(h.board.state.focus == .reports)
    h.press(.backTab)
    #expect(h.board.state.focus == .detail)
    h.press(.left)
    #expect(h.board.state.focus == .reports)
    h.press(.right)
    #expect(h.board.state.focus == .items)
  }

  @Test("choosing a report in the reports pane narrows the items pane to it")
  func reportSelection() throws {
    let h = try BoardHarness()
    h.press(.left, .down, .down)  // All → Merseyside → misconduct
    #expect(h.board.state.selectedReport == 2)
    #expect(h.text.contains("Items · Standards of behaviour"))
    #expect(h.board.state.itemEntryIndicesForTests.count == 15)
    #expect(selectedLabel(h) == "Rec 1")
  }

  @Test("o shows only items with something overdue, counting overdue actions")
  func overdueToggle() throws {
    let h = try BoardHarness()
    h.press(.character("o"))
    let labels = h.board.state.entries.compactMap { entry -> String? in
      guard case .item(let slot, let row) = entry else { return nil }
      return h.board.store.slots[slot].rows[row].string(.ref)
    }
    #expect(labels == ["AFI 2", "AFI 3", "AFI 4", "AFI 5", "Rec 2", "Rec 3"])
    #expect(h.text.contains("overdue only"))
    h.press(.character("o"))
    #expect(h.board.state.itemEntryIndicesForTests.count == 44)
  }

  @Test("w cycles the due-soon window: none, 2 weeks, 6 weeks, 3 months, none")
  func dueSoonWindow() throws {
    let h = try BoardHarness(today: "2023-05-01")
    var seen: [DueSoonWindow] = []
    for _ in 0..<4 {
      h.press(.character("w"))
      seen.append(h.board.state.filter.window)
    }
    #expect(seen == [.twoWeeks, .sixWeeks, .threeMonths, .none])
    // As at 1 May 2023, six weeks ahead reaches the 1 June 2023 deadlines, but the sample marks them complete.
    h.press(.character("w"), .character("w"))
    #expect(h.text.contains("due within 6 weeks"))
  }

  @Test("f opens the filter menu; letters toggle ratings; Esc closes and keeps the filter")
  func filterMenu() throws {
    let h = try BoardHarness()
    h.press(.character("f"), .character("g"), .escape)
    #expect(h.board.state.mode == .normal)
    #expect(h.board.state.filter.brags == [.green])
    #expect(h.board.state.itemEntryIndicesForTests.count == 7)
    h.press(.character("f"), .character("c"), .character("u"), .escape)
    #expect(h.board.state.itemEntryIndicesForTests.count == 5)
    h.press(.character("f"), .character("c"), .character("o"))
    h.type("protection")
    h.press(.enter)
    #expect(h.board.state.filter.owner == "protection")
    #expect(h.board.state.itemEntryIndicesForTests.count == 1)
    h.press(.escape)
    #expect(!h.board.state.filter.isActive)
  }

  @Test("/ searches all text, including responses and updates; n and N step through matches; Esc clears")
  func search() throws {
    let h = try BoardHarness()
    h.press(.character("/"))
    h.type("Safecall")  // only in Merseyside AFI 5's update
    h.press(.enter)
    #expect(selectedLabel(h) == "AFI 5")
    h.press(.character("/"))
    for _ in 0..<8 { h.press(.backspace) }
    h.type("360-degree")
    h.press(.enter)
    #expect(selectedLabel(h) == "Rec 21")
    h.press(.character("n"))
    #expect(selectedLabel(h) == "Rec 22")
    h.press(.character("n"))
    #expect(selectedLabel(h) == "Rec 21")  // wraps
    h.press(.character("N"))
    #expect(selectedLabel(h) == "Rec 22")
    #expect(h.text.contains("search '360-degree'"))
    h.press(.escape)
    #expect(h.board.state.search == nil)
  }

  @Test(": jumps by official number or label, across reports")
  func jump() throws {
    let h = try BoardHarness()
    h.press(.character(":"))
    h.type("21")
    h.press(.enter)
    #expect(selectedLabel(h) == "Rec 21")
    h.press(.character(":"))
    h.type("afi 3")
    h.press(.enter)
    #expect(selectedLabel(h) == "AFI 3")
    h.press(.character(":"))
    h.type("999")
    h.press(.enter)
    #expect(h.text.contains("No item numbered or labelled '999'"))
  }

  @Test("q quits; keys that do nothing say so")
  func quit() throws {
    let h = try BoardHarness()
    #expect(h.press(.character("Z")) == .redraw)
    #expect(h.text.contains("press ? for the list of keys"))
    #expect(h.press(.character("q")) == .quit)
  }
}

extension BoardHarness {
  /// Selects an item by jumping to it.
  func go(_ label: String) {
    press(.character(":"))
    type(label)
    press(.enter)
  }
}
extension BoardState {
  var itemEntryIndicesForTests: [Int] {
    entries.indices.filter { if case .item = entries[$0] { true } else { false } }
  }
}

@Suite("The key table")
struct KeyTableTests {
  @Test(
    "no key is bound twice within a mode: the board, a meeting (Enter, ←, →, + included), the filter menu, prompts, the editor, help"
  )
  func unique() {
    #expect(KeyBindings.modes.count == 6)
    for mode in KeyBindings.modes {
      var seen: [Key: String] = [:]
      for line in mode.lines {
        for key in line.keys {
          #expect(
            seen[key] == nil,
            "\(mode.title): \(key) is bound to both '\(seen[key] ?? "")' and '\(line.summary)'")
          seen[key] = line.summary
        }
      }
      #expect(mode.keysBoundTwice.isEmpty, "\(mode.title)")
    }
    // In a meeting the agenda's keys win over the board's: ← and → walk the agenda.
    let meeting = KeyBindings.meetingMode
    for key in [Key.enter, .left, .right, .character("+")] {
      #expect(meeting.lines.filter { $0.keys.contains(key) }.count == 1, "\(key)")
    }
    #expect(KeyBindings.meeting.action(for: .left) == .previous)
    #expect(KeyBindings.meeting.action(for: .right) == .next)
  }

  @Test("the editor's Ctrl-U and Ctrl-K delete to the start and end of the line, as help says")
  func editorLineDeletes() {
    var editor = TextEditor("first line\nsecond line")
    for _ in 0..<5 { _ = editor.handle(.left) }
    let deletedToEnd = editor.handle(.control("k"))
    #expect(deletedToEnd)
    #expect(editor.text == "first line\nsecond")
    let deletedToStart = editor.handle(.control("u"))
    #expect(deletedToStart)
    #expect(editor.text == "first line\n")
    var line = LineEditor("abc def")
    _ = line.handle(.home)
    _ = line.handle(.right)
    let handled = line.handle(.control("k"))
    #expect(handled)
    #expect(line.text == "a")
  }
}

@Suite("Every late thing in view")
struct LateInViewTests {
  func actionRows(_ h: BoardHarness) -> [String] {
    h.board.state.entries.compactMap { entry -> String? in
      guard case .action(let slot, let row) = entry else { return nil }
      return h.board.store.slots[slot].rows[row].string(.ref)
    }
  }

  @Test("o lists overdue actions as rows of their own under their item, and the counts match the list")
  func overdueActions() throws {
    let h = try BoardHarness()
    h.press(.character("o"))
    let actions = actionRows(h)
    #expect(actions.count == 19)
    #expect(actions.first == "AFI 2.1")
    #expect(h.board.summary.total.overdueActions == 19)
    #expect(h.board.summary.total.overdueItems == 2)
    #expect(h.text.contains("Overdue only: 2 items and 19 actions overdue, under 6 items"))
    let row = try #require(h.line(containing: "AFI 2.1 -  ↳"), "\(h.text)")
    #expect(row.contains("AFI 2.1 "))
    #expect(row.contains("+818d"))  // days late
    #expect(row.contains("31 Aug 2024"))
    // The owner comes first, before the action's words.
    #expect(row.contains("↳ People and Organi"))
    #expect(row.contains(" · Carry out a cultur"))
    // Action rows are shown, never selected: ↓ goes from item to item.
    h.press(.home, .down)
    #expect(
      h.board.state.selectedItem.map { h.board.store.slots[$0.slot].rows[$0.row].string(.ref) } == "AFI 3")
    h.press(.character("o"))
    #expect(actionRows(h).isEmpty)
    #expect(h.text.contains("44/44 items · late: 2 items, 19 actions"))
  }

  @Test("w lists what falls due within the window, not what is already overdue; says when nothing does")
  func windowExcludesOverdue() throws {
    let h = try BoardHarness(today: "2025-04-01")
    h.press(.character("w"), .character("w"))  // six weeks: to 13 May 2025
    let items = h.board.state.entries.compactMap { entry -> String? in
      guard case .item(let slot, let row) = entry else { return nil }
      return "\(h.board.store.slots[slot].id) \(h.board.store.slots[slot].rows[row].string(.ref) ?? "")"
    }
    #expect(items.contains("staffs-misconduct-2024 Rec 3"))  // due 1 May 2025
    #expect(!items.contains("staffs-misconduct-2024 Rec 2"))  // due 1 February 2025: overdue, not falling due
    let later = try BoardHarness()
    later.press(.character("w"), .character("w"))
    #expect(later.text.contains("Nothing falls due in the next 6 weeks"))
    // With the overdue view on too, the window's message counts only what falls due.
    later.press(.character("w"), .character("w"), .character("o"), .character("w"))
    #expect(later.text.contains("Nothing falls due in the next 2 weeks"))
  }
}
