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

extension TextEditor {
  /// One screen row of a wrapped line: `characters[start..<end]` of line `line`.
  struct Row: Equatable {
    var line: Int
    var start: Int
    var end: Int
  }

  /// The text as the editor shows it, each line wrapped to `width` columns at word boundaries.
  ///
  /// A row breaks after the last space that fits (the spaces stay at the end of the row, where
  /// they do not show), so a word is never split unless it is longer than a whole row.
  func rows(width: Int) -> [Row] {
    let width = max(1, width)
    var rows: [Row] = []
    for (index, line) in lines.enumerated() {
      var start = 0
      repeat {
        var end = start
        var used = 0
        while end < line.count, used + DisplayWidth.of(line[end]) <= width {
          used += DisplayWidth.of(line[end])
          end += 1
        }
        if end < line.count {
          if line[end].isWhitespace {
            // The break falls on a space: it, and any after it, end this row.
            while end < line.count, line[end].isWhitespace { end += 1 }
          } else if let space = line[start..<end].lastIndex(where: \.isWhitespace) {
            end = space + 1
          } else if end == start {
            end = start + 1  // a character wider than the row
          }
        }
        rows.append(Row(line: index, start: start, end: end))
        start = end
      } while start < line.count
    }
    return rows
  }

  /// The row that holds the cursor: at a break it is the start of the next row.
  func cursorRow(in rows: [Row]) -> Int {
    rows.lastIndex { $0.line == row && $0.start <= column } ?? 0
  }
}
