import BragModel

/// Several lines of text being typed: a quarterly update or a return narrative.
public struct TextEditor: Equatable, Sendable {
  public private(set) var lines: [[Character]]
  public private(set) var row: Int
  public private(set) var column: Int

  public init(_ text: String = "") {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  public var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }

  /// Words as HMICFRS counts them for the 300-word limit: runs of non-space characters.
  public var wordCount: Int { ReturnNarrative.words(text) }

  /// Handles an editing key (``KeyBindings/textEditing``, or a character to type); returns
  /// false for keys it does not use.
  public mutating func handle(_ key: Key) -> Bool {
    if case .character(let c) = key {
      lines[row].insert(c, at: column)
      column += 1
      return true
    }
    guard let action = KeyBindings.textEditing.action(for: key) else { return false }
    switch action {
    case .newLine:
      let rest = Array(lines[row][column...])
      lines[row].removeSubrange(column...)
      lines.insert(rest, at: row + 1)
      row += 1
      column = 0
    case .deleteBackward:
      if column > 0 {
        lines[row].remove(at: column - 1)
        column -= 1
      } else if row > 0 {
        column = lines[row - 1].count
        lines[row - 1] += lines[row]
        lines.remove(at: row)
        row -= 1
      }
    case .deleteForward:
      if column < lines[row].count {
        lines[row].remove(at: column)
      } else if row + 1 < lines.count {
        lines[row] += lines[row + 1]
        lines.remove(at: row + 1)
      }
    case .left:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .right:
      if column < lines[row].count {
        column += 1
      } else if row + 1 < lines.count {
        row += 1
        column = 0
      }
    case .up:
      guard row > 0 else { return true }
      row -= 1
      column = min(column, lines[row].count)
    case .down:
      guard row + 1 < lines.count else { return true }
      row += 1
      column = min(column, lines[row].count)
    case .lineStart: column = 0
    case .lineEnd: column = lines[row].count
    case .deleteToLineStart:
      lines[row].removeSubrange(0..<column)
      column = 0
    case .deleteToLineEnd: lines[row].removeSubrange(column...)
    }
    return true
  }
}
