/// What a key does to text being typed, in a prompt or the editor.
public enum TypingAction: Equatable, Sendable {
  case left, right, up, down, lineStart, lineEnd
  case deleteBackward, deleteForward, deleteToLineStart, deleteToLineEnd
  case newLine
}

/// What a key does to a prompt or the editor as a whole.
public enum EntryAction: Equatable, Sendable {
  case accept, cancel
}

/// What a key does to the update and narrative editor as a whole.
public enum EditorAction: Equatable, Sendable {
  case accept, cancel
  /// An update's period: one quarter earlier, or one later (up to the current quarter).
  case earlierPeriod, laterPeriod
}

extension KeyBindings {
  /// The keys that edit within a line, in prompts and the editor alike.
  private static let lineKeys: [KeyBinding<TypingAction>] = [
    KeyBinding([.left], "←", "cursor left", .left),
    KeyBinding([.right], "→", "cursor right", .right),
    KeyBinding([.home, .control("a")], "Home Ctrl-A", "start of the line", .lineStart),
    KeyBinding([.end, .control("e")], "End Ctrl-E", "end of the line", .lineEnd),
    KeyBinding([.backspace], "Backspace", "delete before the cursor", .deleteBackward),
    KeyBinding([.delete], "Del", "delete at the cursor", .deleteForward),
    KeyBinding([.control("u")], "Ctrl-U", "delete to the start of the line", .deleteToLineStart),
    KeyBinding([.control("k")], "Ctrl-K", "delete to the end of the line", .deleteToLineEnd),
  ]

  /// Keys of the one-line prompts (search, jump, status, reasons…).
  public static let prompt = KeyMap<EntryAction>(
    "In a prompt",
    [
      KeyBinding([.enter], "Enter", "accept", .accept),
      KeyBinding([.escape], "Esc", "cancel", .cancel),
    ])

  /// Keys of the update and narrative editor.
  public static let editor = KeyMap<EditorAction>(
    "In the update and narrative editor",
    [
      KeyBinding([.control("s"), .function(2)], "Ctrl-S F2", "save", .accept),
      KeyBinding([.escape], "Esc", "cancel (asks first if you typed something)", .cancel),
      KeyBinding(
        [.control("p"), .function(3)], "Ctrl-P F3",
        "update for the quarter before (up to \(UpdateEditor.maximumQuartersBack) back)", .earlierPeriod),
      KeyBinding([.control("n"), .function(4)], "Ctrl-N F4", "update for the quarter after", .laterPeriod),
    ])

  /// Editing keys of a one-line prompt (``LineEditor``); other keys type text.
  public static let lineEditing = KeyMap<TypingAction>(
    "Typing in a prompt",
    note: "other keys type text",
    lineKeys)

  /// Editing keys of the update and narrative editor (``TextEditor``); other keys type text.
  public static let textEditing = KeyMap<TypingAction>(
    "Typing in the editor",
    note: "other keys type text",
    [
      KeyBinding([.enter], "Enter", "new line", .newLine),
      KeyBinding([.up], "↑", "line up", .up),
      KeyBinding([.down], "↓", "line down", .down),
    ] + lineKeys)

  /// Every mode's table, in the order help lists them. A mode's keys are its entry-level table
  /// and its typing table together: ``modes`` pairs them so a test can check each mode whole.
  public static var modes: [KeyHelp] {
    var promptMode = prompt.help
    promptMode.lines += lineEditing.help.lines
    promptMode.note = lineEditing.note
    var editorMode = editor.help
    editorMode.lines += textEditing.help.lines
    editorMode.note = textEditing.note
    return [normal.help, meetingMode, filterMenu.help, promptMode, editorMode, help.help]
  }
}
