import BragModel

/// Everything a key can do on the board. Keys map to commands through ``KeyBindings``; the help
/// overlay is generated from the same table, so it can never drift from what the keys do.
public enum Command: Equatable, Sendable {
  case moveUp, moveDown, pageUp, pageDown, home, end
  case nextPane, previousPane, focusLeft, focusRight
  case toggleOverdue, cycleWindow, openFilter, search, searchNext, searchPrevious, clear, jump
  case setBRAG(BRAG)
  case editStatus, addUpdate, reviseDue, addAction, closeAction
  case undo, redo
  case meeting, recordDecision
  case editNarrative, cycleAssessment
  case help, quit
}

/// One line of the key table: the keys, how help shows them, what they do.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  public var label: String
  public var summary: String
  public var section: String
  public var command: Command
}

/// The board's keys, in the order help lists them.
public enum KeyBindings {
  public static let all: [KeyBinding] = [
    KeyBinding(
      keys: [.up, .character("k")], label: "↑ k", summary: "previous row", section: "Move", command: .moveUp),
    KeyBinding(
      keys: [.down, .character("j")], label: "↓ j", summary: "next row", section: "Move", command: .moveDown),
    KeyBinding(keys: [.pageUp], label: "PgUp", summary: "page up", section: "Move", command: .pageUp),
    KeyBinding(keys: [.pageDown], label: "PgDn", summary: "page down", section: "Move", command: .pageDown),
    KeyBinding(keys: [.home], label: "Home", summary: "first row", section: "Move", command: .home),
    KeyBinding(keys: [.end], label: "End", summary: "last row", section: "Move", command: .end),
    KeyBinding(keys: [.tab], label: "Tab", summary: "next pane", section: "Move", command: .nextPane),
    KeyBinding(
      keys: [.backTab], label: "Shift-Tab", summary: "previous pane", section: "Move", command: .previousPane),
    KeyBinding(keys: [.left], label: "←", summary: "pane to the left", section: "Move", command: .focusLeft),
    KeyBinding(
      keys: [.right], label: "→", summary: "pane to the right", section: "Move", command: .focusRight),
    KeyBinding(
      keys: [.character(":")], label: ":", summary: "jump to an item (:21, :AFI 3)", section: "Move",
      command: .jump),
    KeyBinding(
      keys: [.character("o")], label: "o", summary: "overdue only (items and actions)", section: "Show",
      command: .toggleOverdue),
    KeyBinding(
      keys: [.character("w")], label: "w", summary: "due-soon window: none, 2 weeks, 6 weeks, 3 months",
      section: "Show", command: .cycleWindow),
    KeyBinding(
      keys: [.character("f")], label: "f", summary: "filter: BRAG, not rated, owner", section: "Show",
      command: .openFilter),
    KeyBinding(
      keys: [.character("/")], label: "/", summary: "search all text", section: "Show", command: .search),
    KeyBinding(
      keys: [.character("n")], label: "n", summary: "next match", section: "Show", command: .searchNext),
    KeyBinding(
      keys: [.character("N")], label: "N", summary: "previous match", section: "Show",
      command: .searchPrevious),
    KeyBinding(
      keys: [.escape], label: "Esc", summary: "clear search and filters", section: "Show", command: .clear),
    KeyBinding(
      keys: [.character("B")], label: "B", summary: "rate Blue (complete)", section: "Edit",
      command: .setBRAG(.blue)),
    KeyBinding(
      keys: [.character("R")], label: "R", summary: "rate Red (off track)", section: "Edit",
      command: .setBRAG(.red)),
    KeyBinding(
      keys: [.character("A")], label: "A", summary: "rate Amber (at risk)", section: "Edit",
      command: .setBRAG(.amber)),
    KeyBinding(
      keys: [.character("G")], label: "G", summary: "rate Green (on track)", section: "Edit",
      command: .setBRAG(.green)),
    KeyBinding(
      keys: [.character("U")], label: "U", summary: "make not rated", section: "Edit",
      command: .setBRAG(.unrated)),
    KeyBinding(
      keys: [.character("s")], label: "s", summary: "edit the status words", section: "Edit",
      command: .editStatus),
    KeyBinding(
      keys: [.character("e")], label: "e", summary: "add a quarterly update", section: "Edit",
      command: .addUpdate),
    KeyBinding(
      keys: [.character("D")], label: "D", summary: "revise the due date (keeps the original)",
      section: "Edit", command: .reviseDue),
    KeyBinding(
      keys: [.character("a")], label: "a", summary: "add an action to the item", section: "Edit",
      command: .addAction),
    KeyBinding(
      keys: [.character("x")], label: "x", summary: "close or remove the selected action", section: "Edit",
      command: .closeAction),
    KeyBinding(keys: [.character("u")], label: "u", summary: "undo", section: "Edit", command: .undo),
    KeyBinding(keys: [.control("r")], label: "Ctrl-R", summary: "redo", section: "Edit", command: .redo),
    KeyBinding(
      keys: [.character("E")], label: "E",
      summary: "write the HMICFRS return narrative (\(ReturnNarrative.wordLimit) words at most)",
      section: "Return", command: .editNarrative),
    KeyBinding(
      keys: [.character("S")], label: "S", summary: "self-assessment: not assessed, met, not met",
      section: "Return", command: .cycleAssessment),
    KeyBinding(
      keys: [.character("m")], label: "m", summary: "start or end a meeting (ending writes the minutes)",
      section: "Meeting", command: .meeting),
    KeyBinding(
      keys: [.character("M")], label: "M", summary: "record a decision or minute line", section: "Meeting",
      command: .recordDecision),
    KeyBinding(
      keys: [.character("?"), .function(1)], label: "? F1", summary: "this help", section: "Other",
      command: .help),
    KeyBinding(
      keys: [.character("q")], label: "q", summary: "quit (everything is already saved)", section: "Other",
      command: .quit),
  ]

  /// The command a key runs on the board, if any.
  public static func command(for key: Key) -> Command? {
    all.first { $0.keys.contains(key) }?.command
  }

  /// Keys that mean something else during a meeting, for the help overlay.
  public static let meeting: [(label: String, summary: String)] = [
    ("Enter →", "next agenda item"),
    ("←", "previous agenda item"),
    ("+", "add (or drop) everything else to the agenda"),
  ]

  /// Keys inside the text editors and prompts, for the help overlay.
  public static let editing: [(label: String, summary: String)] = [
    ("Enter", "accept (in the update editor: new line)"),
    ("Ctrl-S", "save the update"),
    ("Esc", "cancel (asks first if you typed something)"),
    ("← → ↑ ↓ Home End", "move the cursor"),
    ("Backspace Del", "delete"),
    ("Ctrl-U Ctrl-K", "delete to the start / end of the line"),
  ]
}
