import BragModel
import BragUI
import Testing

@Suite("Screens")
struct ScreenTests {
  @Test("the dashboard at 120×40")
  func dashboardLarge() throws {
    let h = try BoardHarness(width: 120, height: 40)
    Snapshot.check(h.text, named: "dashboard-120x40")
  }

  @Test("the dashboard at 80×24 still shows every column that matters")
  func dashboardSmall() throws {
    let h = try BoardHarness(width: 80, height: 24)
    Snapshot.check(h.text, named: "dashboard-80x24")
    for line in h.text.split(separator: "\n") { #expect(line.count <= 80) }
  }

  @Test("a window below the minimum says to enlarge it, never garbage")
  func tinyWindow() throws {
    let h = try BoardHarness(width: 40, height: 10)
    Snapshot.check(h.text, named: "tiny-40x10")
    #expect(h.text.contains("Enlarge the window"))
    var one = ScreenBuffer(width: 1, height: 1)
    h.board.render(into: &one)  // must not crash
    var zero = ScreenBuffer(width: 0, height: 0)
    h.board.render(into: &zero)
  }

  @Test("help lists every key of every mode's table, from the tables that handle the keys")
  func help() throws {
    let h = try BoardHarness(width: 120, height: 50)
    h.press(.character("?"))
    Snapshot.check(h.text, named: "help")
    // Help scrolls when it is longer than the screen: read it all.
    var seen = h.text
    for _ in 0..<80 {
      h.press(.down)
      seen += h.text
    }
    for mode in KeyBindings.modes {
      for line in mode.lines {
        #expect(seen.contains(line.summary), "\(mode.title): \(line.label)")
        #expect(seen.contains(line.label), "\(mode.title): \(line.label)")
      }
    }
    // The editor's help no longer promises keys it does not handle, nor hides ones it does.
    for label in ["Ctrl-U", "Ctrl-K", "Ctrl-S F2", "Home Ctrl-A", "End Ctrl-E"] {
      #expect(seen.contains(label))
    }
    h.press(.character("x"))
    #expect(!h.text.contains("this help"))
  }

  @Test("the filter menu")
  func filterMenu() throws {
    let h = try BoardHarness()
    h.press(.character("f"), .character("r"), .character("g"))
    Snapshot.check(h.text, named: "filter-menu")
  }

  @Test("the update editor with its live word count")
  func editor() throws {
    let h = try BoardHarness()
    h.press(.character("e"))
    h.type("Survey contract signed; fieldwork starts in January.")
    h.press(.enter)
    h.type("Café staff included ’")
    Snapshot.check(h.text, named: "update-editor")
    #expect(h.text.contains("11 words"))
    #expect(h.screen.cursor != nil)
  }

  @Test("colour never carries meaning alone: BRAG letters and overdue markers are text")
  func lettersNotJustColour() throws {
    let h = try BoardHarness()
    let screen = h.screen
    let row = (0..<screen.height).first { screen.line($0).contains("Rec 2 ") }!
    #expect(screen.line(row).contains(" G "))
    #expect(screen.line(row).contains("+664d"))
    #expect(
      screen.style(of: "+664d", onLine: row) == .overdue
        || screen.style(of: "+664d", onLine: row) == .selected)
  }
}

@Suite("Plain terminals")
struct PlainTerminalTests {
  @Test("a locale without UTF-8 gets ASCII borders, bars and ellipses from the board itself")
  func asciiBoard() throws {
    let h = try BoardHarness(width: 100, height: 30)
    var screen = ScreenBuffer(width: 100, height: 30, asciiOnly: true)
    h.board.render(into: &screen)
    Snapshot.check(screen.text, named: "ascii-100x30")
    #expect(screen.text.contains("+- Reports "))
    #expect(!screen.text.contains("┌") && !screen.text.contains("█") && !screen.text.contains("…"))
  }
}
