import BragUI

/// Pure decisions about drawing a frame: which cells changed, and what to draw for each.
public enum FrameDiff {
  /// The cells to draw, in row order: every cell when there is no previous frame of the same size
  /// (the first frame, or after a resize), else only those that differ. Continuation cells are left
  /// out (the wide character before them covers them), except a stray one with no wide character
  /// before it, which is drawn as a blank. A wide character is redrawn when its right half changed.
  public static func changedCells(previous: ScreenBuffer?, current: ScreenBuffer) -> [(x: Int, y: Int)] {
    let full = previous.map { $0.width != current.width || $0.height != current.height } ?? true
    var cells: [(x: Int, y: Int)] = []
    for y in 0..<current.height {
      for x in 0..<current.width {
        let cell = current[x, y]
        if cell.isContinuation && x > 0 && current[x - 1, y].width == 2 { continue }
        if full {
          cells.append((x, y))
          continue
        }
        guard let previous else { continue }
        var changed = cell != previous[x, y]
        if !changed && cell.width == 2 && x + 1 < current.width {
          changed = current[x + 1, y] != previous[x + 1, y]
        }
        if changed { cells.append((x, y)) }
      }
    }
    return cells
  }

  /// What goes on the terminal for one cell.
  public enum Glyph: Equatable, Sendable {
    /// One column.
    case narrow(Character)
    /// A wide character filling both of its columns.
    case wide(Character)
    /// A narrow stand-in for a wide character, then a blank in the second column.
    case padded(Character)
  }

  /// Chooses the glyph for `cell`. `terminalWidth` is what the C library says the first scalar of
  /// the character takes (`wcwidth`: 1, 2, 0 or -1 when unprintable); `room` is the number of
  /// columns left on the row. In ASCII mode every non-ASCII character becomes its ASCII stand-in.
  /// When the C library disagrees with the buffer about a character's width, the buffer wins:
  /// the cell is padded or replaced by "?", so the columns after it stay where the buffer put them.
  public static func glyph(for cell: Cell, ascii: Bool, terminalWidth: Int, room: Int) -> Glyph {
    if cell.isContinuation { return .narrow(" ") }
    let wide = cell.width == 2 && room >= 2
    var character = cell.character
    if ascii
      || character.unicodeScalars.first.map({ $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) == true
    {
      character = ASCIIFallback.character(for: character)
      if character.unicodeScalars.first.map({ $0.value < 0x20 || $0.value == 0x7F }) == true {
        character = "?"
      }
      return wide ? .padded(character) : .narrow(character)
    }
    if character.isASCII { return wide ? .padded(character) : .narrow(character) }
    if wide {
      switch terminalWidth {
      case 2: return .wide(character)
      case 1: return .padded(character)
      default: return .padded("?")
      }
    }
    return terminalWidth == 1 ? .narrow(character) : .narrow("?")
  }
}
