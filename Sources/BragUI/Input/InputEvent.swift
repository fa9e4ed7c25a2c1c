/// A key as the board understands it, decoded by the terminal backend.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Ctrl plus a letter ("r" for Ctrl-R).
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case tab, backTab
  case enter, escape, backspace, delete
  case function(Int)
}

/// A mouse action at a cell.
public struct MouseEvent: Equatable, Sendable {
  public enum Action: Equatable, Sendable {
    case press
    case wheelUp
    case wheelDown
  }

  public var action: Action
  public var x: Int
  public var y: Int

  public init(_ action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}

/// Everything the terminal can tell the program.
public enum InputEvent: Equatable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal is now this size.
  case resize(width: Int, height: Int)
  /// Nothing happened for a while: a chance to notice files changed on disk.
  case tick
}

/// What the program asks of the runtime after an event.
public enum ProgramResponse: Equatable, Sendable {
  case redraw
  case unchanged
  case quit
}

/// A full-screen program the terminal backend can run: it renders into a buffer and answers events.
///
/// The backend owns the terminal; the program never writes to it. That is what lets tests drive a
/// program with scripted events and read the buffer back as text.
public protocol TerminalProgram {
  mutating func handle(_ event: InputEvent) -> ProgramResponse
  func render(into screen: inout ScreenBuffer)
}
