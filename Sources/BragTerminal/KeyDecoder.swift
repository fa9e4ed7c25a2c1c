import BragUI
import CNcursesw

/// What one `wget_wch` call returned, before decoding.
public enum RawInput: Equatable, Sendable {
  /// `OK`: a code point typed (or a control byte).
  case character(UInt32)
  /// `KEY_CODE_YES`: a curses key code, with `keyname()` for codes past `KEY_MAX` ("kUP5").
  case keyCode(Int32, name: String? = nil)
  /// `ERR`: nothing arrived within the timeout.
  case timeout
}

/// The decoder's answer: an event, or a note that the backend must ask curses for more.
public enum DecodedInput: Equatable, Sendable {
  case event(InputEvent)
  /// `KEY_RESIZE`: read the new size and send `.resize`.
  case resize
  /// `KEY_MOUSE`: call `getmouse` and decode with `KeyDecoder.mouse`.
  case mouse
  /// A lone Esc: the start of an escape sequence curses did not recognise, or the Esc key.
  case escape
  /// A key the board has no use for (Insert, Ctrl-\, a C1 control).
  case ignored
}

/// Pure decoding of curses input into `InputEvent`s.
public enum KeyDecoder {
  /// Decodes one `wget_wch` result.
  public static func decode(_ raw: RawInput) -> DecodedInput {
    switch raw {
    case .timeout: return .event(.tick)
    case .character(let code): return decodeCharacter(code)
    case .keyCode(let code, let name): return decodeKeyCode(code, name: name)
    }
  }

  static func decodeCharacter(_ code: UInt32) -> DecodedInput {
    switch code {
    case 9: return .event(.key(.tab))
    case 10, 13: return .event(.key(.enter))
    case 27: return .escape
    case 8, 127: return .event(.key(.backspace))
    case 1...26:
      return .event(.key(.control(Character(Unicode.Scalar(UInt8(0x60 + code))))))
    case 0, 28...31, 0x80...0x9F: return .ignored
    default:
      guard let scalar = Unicode.Scalar(code) else { return .ignored }
      return .event(.key(.character(Character(scalar))))
    }
  }

  static func decodeKeyCode(_ code: Int32, name: String?) -> DecodedInput {
    func key(_ k: Key) -> DecodedInput { .event(.key(k)) }
    switch code {
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return .mouse
    case KEY_UP, KEY_SR: return key(.up)
    case KEY_DOWN, KEY_SF: return key(.down)
    case KEY_LEFT, KEY_SLEFT: return key(.left)
    case KEY_RIGHT, KEY_SRIGHT: return key(.right)
    case KEY_PPAGE, KEY_A3, KEY_PREVIOUS: return key(.pageUp)
    case KEY_NPAGE, KEY_C3, KEY_NEXT: return key(.pageDown)
    case KEY_HOME, KEY_FIND, KEY_A1, KEY_SHOME: return key(.home)
    case KEY_END, KEY_SELECT, KEY_C1, KEY_LL, KEY_SEND: return key(.end)
    case KEY_BTAB: return key(.backTab)
    case KEY_ENTER: return key(.enter)
    case KEY_BACKSPACE: return key(.backspace)
    case KEY_DC, KEY_SDC: return key(.delete)
    case KEY_F0...(KEY_F0 + 63): return key(.function(Int(code - KEY_F0)))
    default:
      if code > KEY_MAX, let name, let k = extendedKey(name) { return key(k) }
      return .ignored
    }
  }

  /// Keys with modifiers that terminfo describes as extended capabilities: "kUP5" is Ctrl-Up,
  /// "kDC3" Alt-Delete. The board treats them as the plain key.
  public static func extendedKey(_ name: String) -> Key? {
    let base = String(name.prefix { !$0.isNumber })
    guard base.count < name.count, name.dropFirst(base.count).allSatisfy(\.isNumber) else { return nil }
    switch base {
    case "kUP": return .up
    case "kDN": return .down
    case "kLFT": return .left
    case "kRIT": return .right
    case "kHOM": return .home
    case "kEND": return .end
    case "kPRV": return .pageUp
    case "kNXT": return .pageDown
    case "kDC": return .delete
    default: return nil
    }
  }

  /// Where an escape sequence ends, given what followed Esc so far.
  public enum SequenceProgress: Equatable, Sendable {
    /// Not an escape sequence at all (Alt plus a key): Esc, then these characters as typed.
    case notASequence
    /// Needs more characters.
    case incomplete
    /// A whole sequence: decode it with `escapeSequence`.
    case complete
  }

  /// Tracks a CSI (`Esc [ … final`) or SS3 (`Esc O x`) sequence as its characters arrive.
  public static func progress(_ body: [UInt32]) -> SequenceProgress {
    guard let first = body.first else { return .incomplete }
    switch first {
    case 0x4F:  // "O": SS3 takes one more character
      return body.count >= 2 ? .complete : .incomplete
    case 0x5B:  // "["
      if body.count == 1 { return .incomplete }
      if body.count == 2 && body[1] == 0x5B { return .incomplete }  // Linux console "[[A"
      if body.count >= 3 && body[1] == 0x5B { return .complete }
      guard let last = body.last else { return .incomplete }
      if body.count > 1, (0x40...0x7E).contains(last) { return .complete }
      if body.count > 16 || !(0x20...0x3F).contains(last) { return .complete }  // garbage: give up
      return .incomplete
    default:
      return .notASequence
    }
  }

  /// Decodes a complete escape sequence (the characters after Esc) that curses did not recognise:
  /// the common xterm, VT220, rxvt and Linux-console variants of arrows, Home/End, paging, Delete,
  /// Shift-Tab and F1–F12, with or without modifiers ("[1;5A"). Nil for anything else.
  public static func escapeSequence(_ body: String) -> Key? {
    let chars = Array(body)
    guard chars.count >= 2 else { return nil }
    if chars[0] == "O" {
      guard chars.count == 2 else { return nil }
      switch chars[1] {
      case "A": return .up
      case "B": return .down
      case "C": return .right
      case "D": return .left
      case "H": return .home
      case "F": return .end
      case "M": return .enter
      case "P": return .function(1)
      case "Q": return .function(2)
      case "R": return .function(3)
      case "S": return .function(4)
      default: return nil
      }
    }
    guard chars[0] == "[" else { return nil }
    if chars.count == 3 && chars[1] == "[" {  // Linux console F1–F5
      switch chars[2] {
      case "A": return .function(1)
      case "B": return .function(2)
      case "C": return .function(3)
      case "D": return .function(4)
      case "E": return .function(5)
      default: return nil
      }
    }
    guard let final = chars.last else { return nil }
    let parameters = String(chars[1..<(chars.count - 1)])
    guard parameters.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else { return nil }
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    let first = numbers.first.flatMap { $0 }
    switch final {
    case "A": return .up
    case "B": return .down
    case "C": return .right
    case "D": return .left
    case "H": return .home
    case "F": return .end
    case "Z": return .backTab
    case "P" where first == 1: return .function(1)
    case "Q" where first == 1: return .function(2)
    case "R" where first == 1: return .function(3)
    case "S" where first == 1: return .function(4)
    case "~", "$", "^", "@":
      switch first {
      case 1, 7: return .home
      case 4, 8: return .end
      case 5: return .pageUp
      case 6: return .pageDown
      case 3: return .delete
      case 11: return .function(1)
      case 12: return .function(2)
      case 13: return .function(3)
      case 14: return .function(4)
      case 15: return .function(5)
      case 17: return .function(6)
      case 18: return .function(7)
      case 19: return .function(8)
      case 20: return .function(9)
      case 21: return .function(10)
      case 23: return .function(11)
      case 24: return .function(12)
      default: return nil
      }
    default: return nil
    }
  }

  /// The mouse buttons the backend asks for: press, click, wheel up, wheel down.
  public static let mouseMask = UInt(
    BRAG_BUTTON1_PRESSED | BRAG_BUTTON1_CLICKED | BRAG_BUTTON4_PRESSED | BRAG_BUTTON5_PRESSED)
  public static let buttonPressed = UInt(BRAG_BUTTON1_PRESSED)
  public static let buttonClicked = UInt(BRAG_BUTTON1_CLICKED)
  public static let wheelUp = UInt(BRAG_BUTTON4_PRESSED)
  public static let wheelDown = UInt(BRAG_BUTTON5_PRESSED)

  /// Decodes `getmouse`'s button state at a cell. Nil for anything else (a release, button 2).
  public static func mouse(buttonState: UInt, x: Int, y: Int) -> InputEvent? {
    if buttonState & wheelUp != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
    if buttonState & wheelDown != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
    if buttonState & (buttonPressed | buttonClicked) != 0 { return .mouse(MouseEvent(.press, x: x, y: y)) }
    return nil
  }
}
