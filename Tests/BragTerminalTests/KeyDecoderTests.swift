import BragUI
import CNcursesw  // the KEY_* codes, as curses.h defines them
import Testing

@testable import BragTerminal

private func char(_ code: UInt32) -> DecodedInput { KeyDecoder.decode(.character(code)) }
private func code(_ code: Int32, _ name: String? = nil) -> DecodedInput {
  KeyDecoder.decode(.keyCode(code, name: name))
}
private func key(_ k: Key) -> DecodedInput { .event(.key(k)) }

@Suite("KeyDecoder")
struct KeyDecoderTests {
  @Test("a timeout is a tick")
  func timeout() {
    #expect(KeyDecoder.decode(.timeout) == .event(.tick))
  }

  @Test("arrows, including the shifted ones")
  func arrows() {
    #expect(code(KEY_UP) == key(.up))
    #expect(code(KEY_DOWN) == key(.down))
    #expect(code(KEY_LEFT) == key(.left))
    #expect(code(KEY_RIGHT) == key(.right))
    #expect(code(KEY_SR) == key(.up))
    #expect(code(KEY_SF) == key(.down))
    #expect(code(KEY_SLEFT) == key(.left))
    #expect(code(KEY_SRIGHT) == key(.right))
  }

  @Test("paging, Home and End with their keypad and VT220 variants")
  func paging() {
    for c in [KEY_PPAGE, KEY_A3, KEY_PREVIOUS] { #expect(code(c) == key(.pageUp)) }
    for c in [KEY_NPAGE, KEY_C3, KEY_NEXT] { #expect(code(c) == key(.pageDown)) }
    for c in [KEY_HOME, KEY_FIND, KEY_A1, KEY_SHOME] { #expect(code(c) == key(.home)) }
    for c in [KEY_END, KEY_SELECT, KEY_C1, KEY_LL, KEY_SEND] { #expect(code(c) == key(.end)) }
  }

  @Test("Tab, Shift-Tab, Enter, Escape, Backspace, Delete")
  func editing() {
    #expect(char(9) == key(.tab))
    #expect(code(KEY_BTAB) == key(.backTab))
    #expect(char(10) == key(.enter))
    #expect(char(13) == key(.enter))
    #expect(code(KEY_ENTER) == key(.enter))
    #expect(char(27) == .escape)
    #expect(char(127) == key(.backspace))
    #expect(char(8) == key(.backspace))
    #expect(code(KEY_BACKSPACE) == key(.backspace))
    #expect(code(KEY_DC) == key(.delete))
    #expect(code(KEY_SDC) == key(.delete))
  }

  @Test("function keys are KEY_F0 + n")
  func functionKeys() {
    for n in 0...63 { #expect(code(KEY_F0 + Int32(n)) == key(.function(n))) }
  }

  @Test("Ctrl-letters are 1…26, except Tab, Enter and Backspace")
  func control() {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    for (i, letter) in letters.enumerated() {
      let c = UInt32(i + 1)
      switch c {
      case 8: #expect(char(c) == key(.backspace))
      case 9: #expect(char(c) == key(.tab))
      case 10, 13: #expect(char(c) == key(.enter))
      default: #expect(char(c) == key(.control(letter)))
      }
    }
    #expect(char(18) == key(.control("r")))
  }

  @Test("every other code point is a character")
  func characters() {
    #expect(char(0x71) == key(.character("q")))
    #expect(char(0x20) == key(.character(" ")))
    #expect(char(0x7E) == key(.character("~")))
    #expect(char(0xE9) == key(.character("é")))
    #expect(char(0x65E5) == key(.character("日")))
    #expect(char(0x2019) == key(.character("’")))
    #expect(char(0x1F525) == key(.character("🔥")))
  }

  @Test("other controls, C1 controls and invalid code points are ignored")
  func ignored() {
    for c: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9F, 0xD800, 0x110000] { #expect(char(c) == .ignored) }
    #expect(code(KEY_IC) == .ignored)
    #expect(code(KEY_B2) == .ignored)
    #expect(code(KEY_MAX + 5) == .ignored)
  }

  @Test("resize and mouse need more from curses")
  func resizeAndMouse() {
    #expect(code(KEY_RESIZE) == .resize)
    #expect(code(KEY_MOUSE) == .mouse)
  }

  @Test("modified keys from extended terminfo capabilities")
  func extended() {
    #expect(code(KEY_MAX + 10, "kUP5") == key(.up))
    #expect(code(KEY_MAX + 11, "kDN3") == key(.down))
    #expect(code(KEY_MAX + 12, "kLFT2") == key(.left))
    #expect(code(KEY_MAX + 13, "kRIT6") == key(.right))
    #expect(code(KEY_MAX + 14, "kHOM5") == key(.home))
    #expect(code(KEY_MAX + 15, "kEND5") == key(.end))
    #expect(code(KEY_MAX + 16, "kPRV5") == key(.pageUp))
    #expect(code(KEY_MAX + 17, "kNXT5") == key(.pageDown))
    #expect(code(KEY_MAX + 18, "kDC5") == key(.delete))
    #expect(code(KEY_MAX + 19, "kIC5") == .ignored)
    #expect(KeyDecoder.extendedKey("kUP") == nil)
    #expect(KeyDecoder.extendedKey("kUPx") == nil)
  }

  @Test("the mouse: a press, a click, the wheel")
  func mouse() {
    #expect(
      KeyDecoder.mouse(buttonState: KeyDecoder.buttonPressed, x: 3, y: 4)
        == .mouse(MouseEvent(.press, x: 3, y: 4)))
    #expect(
      KeyDecoder.mouse(buttonState: KeyDecoder.buttonClicked, x: 0, y: 0)
        == .mouse(MouseEvent(.press, x: 0, y: 0)))
    #expect(
      KeyDecoder.mouse(buttonState: KeyDecoder.wheelUp, x: 5, y: 6)
        == .mouse(MouseEvent(.wheelUp, x: 5, y: 6)))
    #expect(
      KeyDecoder.mouse(buttonState: KeyDecoder.wheelDown, x: 7, y: 8)
        == .mouse(MouseEvent(.wheelDown, x: 7, y: 8)))
    #expect(KeyDecoder.mouse(buttonState: 1, x: 0, y: 0) == nil)  // BUTTON1_RELEASED
    #expect(KeyDecoder.mouse(buttonState: 0, x: 0, y: 0) == nil)
    // Four distinct buttons, all asked for.
    let buttons = [
      KeyDecoder.buttonPressed, KeyDecoder.buttonClicked, KeyDecoder.wheelUp, KeyDecoder.wheelDown,
    ]
    #expect(Set(buttons).count == 4)
    #expect(buttons.allSatisfy { KeyDecoder.mouseMask & $0 == $0 && $0 != 0 })
  }

  private func codes(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

  @Test("escape sequences: where they end")
  func progress() {
    #expect(KeyDecoder.progress([]) == .incomplete)
    #expect(KeyDecoder.progress(codes("x")) == .notASequence)
    #expect(KeyDecoder.progress(codes("O")) == .incomplete)
    #expect(KeyDecoder.progress(codes("OH")) == .complete)
    #expect(KeyDecoder.progress(codes("[")) == .incomplete)
    #expect(KeyDecoder.progress(codes("[1")) == .incomplete)
    #expect(KeyDecoder.progress(codes("[1;5")) == .incomplete)
    #expect(KeyDecoder.progress(codes("[1;5A")) == .complete)
    #expect(KeyDecoder.progress(codes("[A")) == .complete)
    #expect(KeyDecoder.progress(codes("[5~")) == .complete)
    #expect(KeyDecoder.progress(codes("[[")) == .incomplete)
    #expect(KeyDecoder.progress(codes("[[A")) == .complete)
    #expect(KeyDecoder.progress(codes("[12\u{1}")) == .complete)  // garbage ends it
    #expect(KeyDecoder.progress(codes("[" + String(repeating: "1", count: 20))) == .complete)
  }

  @Test("escape sequences curses may not know")
  func escapeSequences() {
    let cases: [(String, Key?)] = [
      ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
      ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
      ("[1;5A", .up), ("[1;2D", .left),
      ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end), ("[1;5H", .home),
      ("[1~", .home), ("[7~", .home), ("[4~", .end), ("[8~", .end), ("[7^", .home), ("[8$", .end),
      ("[5~", .pageUp), ("[6~", .pageDown), ("[5;5~", .pageUp), ("[3~", .delete), ("[3;2~", .delete),
      ("[Z", .backTab), ("OM", .enter),
      ("OP", .function(1)), ("OQ", .function(2)), ("OR", .function(3)), ("OS", .function(4)),
      ("[1;2P", .function(1)),
      ("[11~", .function(1)), ("[15~", .function(5)), ("[17~", .function(6)), ("[21~", .function(10)),
      ("[23~", .function(11)), ("[24~", .function(12)),
      ("[[A", .function(1)), ("[[E", .function(5)),
      ("[2~", nil), ("[200~", nil), ("[<0;10;5M", nil), ("[I", nil), ("Ox", nil), ("[", nil), ("x", nil),
    ]
    for (body, expected) in cases {
      #expect(KeyDecoder.escapeSequence(body) == expected, "Esc \(body)")
    }
  }
}
