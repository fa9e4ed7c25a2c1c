/// A single line of text being typed, with a cursor that moves by character.
public struct LineEditor: Equatable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// Handles an editing key (``KeyBindings/lineEditing``, or a character to type); returns
  /// false for keys it does not use.
  public mutating func handle(_ key: Key) -> Bool {
    if case .character(let c) = key {
      characters.insert(c, at: cursor)
      cursor += 1
      return true
    }
    guard let action = KeyBindings.lineEditing.action(for: key) else { return false }
    switch action {
    case .deleteBackward:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .deleteForward:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .lineStart: cursor = 0
    case .lineEnd: cursor = characters.count
    case .deleteToLineStart:
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .deleteToLineEnd: characters.removeSubrange(cursor...)
    case .up, .down, .newLine: return false
    }
    return true
  }
}
