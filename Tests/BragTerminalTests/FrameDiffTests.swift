import BragUI
import Testing

@testable import BragTerminal

@Suite("FrameDiff")
struct FrameDiffTests {
  func positions(_ cells: [(x: Int, y: Int)]) -> [String] { cells.map { "\($0.x),\($0.y)" } }

  @Test("the first frame draws every cell except continuations")
  func firstFrame() {
    var screen = ScreenBuffer(width: 4, height: 2)
    screen.write("日a", x: 0, y: 0)
    #expect(
      positions(FrameDiff.changedCells(previous: nil, current: screen)) == [
        "0,0", "2,0", "3,0", "0,1", "1,1", "2,1", "3,1",
      ])
  }

  @Test("an unchanged frame draws nothing; a changed cell draws only itself")
  func diff() {
    var before = ScreenBuffer(width: 5, height: 2)
    before.write("hello", x: 0, y: 0)
    var after = before
    #expect(FrameDiff.changedCells(previous: before, current: after).isEmpty)
    after.write("J", x: 0, y: 1)
    after.restyle(Rect(x: 4, y: 0, width: 1, height: 1), style: .selected)
    #expect(positions(FrameDiff.changedCells(previous: before, current: after)) == ["4,0", "0,1"])
  }

  @Test("a resize redraws everything")
  func resize() {
    let before = ScreenBuffer(width: 3, height: 1)
    let after = ScreenBuffer(width: 2, height: 1)
    #expect(FrameDiff.changedCells(previous: before, current: after).count == 2)
  }

  @Test("a wide character whose right half alone changed is redrawn from its left half")
  func wideRightHalf() {
    var before = ScreenBuffer(width: 4, height: 1)
    before.write("日", x: 0, y: 0)
    var after = before
    after.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: .red)
    #expect(positions(FrameDiff.changedCells(previous: before, current: after)) == ["0,0"])
  }

  @Test("replacing a wide character with narrow ones draws both columns")
  func wideToNarrow() {
    var before = ScreenBuffer(width: 4, height: 1)
    before.write("日", x: 0, y: 0)
    var after = before
    after.write("ab", x: 0, y: 0)
    #expect(positions(FrameDiff.changedCells(previous: before, current: after)) == ["0,0", "1,0"])
  }

  @Test("a stray continuation (its wide character overwritten) is drawn as a blank")
  func strayContinuation() {
    var before = ScreenBuffer(width: 4, height: 1)
    before.write("日", x: 0, y: 0)
    var after = before
    after[0, 0] = Cell("x")
    #expect(positions(FrameDiff.changedCells(previous: before, current: after)) == ["0,0"])
    #expect(positions(FrameDiff.changedCells(previous: nil, current: after)).contains("1,0"))
    #expect(FrameDiff.glyph(for: after[1, 0], ascii: false, terminalWidth: 1, room: 3) == .narrow(" "))
  }

  @Test("glyphs in UTF-8")
  func glyphsUnicode() {
    #expect(FrameDiff.glyph(for: Cell("a"), ascii: false, terminalWidth: 1, room: 5) == .narrow("a"))
    #expect(FrameDiff.glyph(for: Cell("é"), ascii: false, terminalWidth: 1, room: 5) == .narrow("é"))
    #expect(FrameDiff.glyph(for: Cell("’"), ascii: false, terminalWidth: 1, room: 5) == .narrow("’"))
    #expect(FrameDiff.glyph(for: Cell("日", width: 2), ascii: false, terminalWidth: 2, room: 5) == .wide("日"))
    // The C library thinks it narrow: keep the buffer's columns by padding.
    #expect(
      FrameDiff.glyph(for: Cell("❤️", width: 2), ascii: false, terminalWidth: 1, room: 5) == .padded("❤️"))
    // Unprintable here, or too wide for its cell.
    #expect(
      FrameDiff.glyph(for: Cell("\u{E000}", width: 2), ascii: false, terminalWidth: -1, room: 5)
        == .padded("?"))
    #expect(
      FrameDiff.glyph(for: Cell("日", width: 1), ascii: false, terminalWidth: 2, room: 5) == .narrow("?"))
    // A wide character with no room for its right half.
    #expect(
      FrameDiff.glyph(for: Cell("日", width: 2), ascii: false, terminalWidth: 2, room: 1) == .narrow("?"))
    // Control characters never reach the terminal.
    #expect(FrameDiff.glyph(for: Cell("\u{1B}"), ascii: false, terminalWidth: -1, room: 5) == .narrow("?"))
    #expect(FrameDiff.glyph(for: Cell("\u{9B}"), ascii: false, terminalWidth: -1, room: 5) == .narrow("?"))
  }

  @Test("glyphs in ASCII mode")
  func glyphsASCII() {
    #expect(FrameDiff.glyph(for: Cell("─"), ascii: true, terminalWidth: -1, room: 5) == .narrow("-"))
    #expect(FrameDiff.glyph(for: Cell("│"), ascii: true, terminalWidth: -1, room: 5) == .narrow("|"))
    #expect(FrameDiff.glyph(for: Cell("┌"), ascii: true, terminalWidth: -1, room: 5) == .narrow("+"))
    #expect(FrameDiff.glyph(for: Cell("’"), ascii: true, terminalWidth: -1, room: 5) == .narrow("'"))
    #expect(FrameDiff.glyph(for: Cell("é"), ascii: true, terminalWidth: -1, room: 5) == .narrow("e"))
    #expect(
      FrameDiff.glyph(for: Cell("日", width: 2), ascii: true, terminalWidth: -1, room: 5) == .padded("?"))
    #expect(FrameDiff.glyph(for: Cell("q"), ascii: true, terminalWidth: 1, room: 5) == .narrow("q"))
  }
}
