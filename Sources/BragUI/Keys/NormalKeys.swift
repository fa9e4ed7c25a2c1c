import BragModel

/// Everything a key can do on the board. Keys map to commands through ``KeyBindings``; the help
/// overlay is generated from the same table, so it can never drift from what the keys do.
public enum Command: Equatable, Sendable {
  case moveUp, moveDown, pageUp, pageDown, home, end
  case nextPane, previousPane, focusLeft, focusRight
  case toggleOverdue, cycleWindow, openFilter, search, searchNext, searchPrevious, clear, jump
  case setBRAG(BRAG)
  case editStatus, addUpdate, reviseDue, addAction, closeAction
  case setOwner, removeUpdate
  case undo, redo
  case meeting, recordDecision
  case editNarrative, cycleAssessment
  /// The year's workflow: closure on evidence, extensions, holds.
  case closureMenu, extensionMenu, hold, release
  /// Marks for edits to several items at once, and saved views.
  case toggleMark, views
  /// The Fire Standards: a requirement's compliance, and an action answering further items.
  case complianceMenu, linkMenu
  case help, quit
}

/// The board's keys, in the order help lists them.
public enum KeyBindings {
  public static let normal = KeyMap<Command>(
    "Keys",
    [
      KeyBinding([.up, .character("k")], "↑ k", "previous row", section: "Move", .moveUp),
      KeyBinding([.down, .character("j")], "↓ j", "next row", section: "Move", .moveDown),
      KeyBinding([.pageUp], "PgUp", "page up", section: "Move", .pageUp),
      KeyBinding([.pageDown], "PgDn", "page down", section: "Move", .pageDown),
      KeyBinding([.home], "Home", "first row", section: "Move", .home),
      KeyBinding([.end], "End", "last row", section: "Move", .end),
      KeyBinding([.tab], "Tab", "next pane", section: "Move", .nextPane),
      KeyBinding([.backTab], "Shift-Tab", "previous pane", section: "Move", .previousPane),
      KeyBinding([.left], "←", "pane to the left", section: "Move", .focusLeft),
      KeyBinding([.right], "→", "pane to the right", section: "Move", .focusRight),
      KeyBinding([.character(":")], ":", "jump to an item (:21, :AFI 3)", section: "Move", .jump),
      KeyBinding([.character("o")], "o", "overdue only (items and actions)", section: "Show", .toggleOverdue),
      KeyBinding(
        [.character("w")], "w", "due-soon window: none, 2 weeks, 6 weeks, 3 months", section: "Show",
        .cycleWindow),
      KeyBinding([.character("f")], "f", "filter: BRAG, not rated, owner", section: "Show", .openFilter),
      KeyBinding([.character("/")], "/", "search all text", section: "Show", .search),
      KeyBinding(
        [.character("n")], "n", "next match of the last search or jump", section: "Show", .searchNext),
      KeyBinding(
        [.character("N")], "N", "previous match of the last search or jump", section: "Show",
        .searchPrevious),
      KeyBinding(
        [.escape], "Esc", "clear the marks, else search and filters", section: "Show", .clear),
      KeyBinding(
        [.character("v")], "v", "saved views: a number switches · s saves the filter · d deletes · r renames",
        section: "Show",
        .views),
      KeyBinding([.character("B")], "B", "rate Blue (complete)", section: "Edit", .setBRAG(.blue)),
      KeyBinding([.character("R")], "R", "rate Red (off track)", section: "Edit", .setBRAG(.red)),
      KeyBinding([.character("A")], "A", "rate Amber (at risk)", section: "Edit", .setBRAG(.amber)),
      KeyBinding([.character("G")], "G", "rate Green (on track)", section: "Edit", .setBRAG(.green)),
      KeyBinding([.character("U")], "U", "make not rated", section: "Edit", .setBRAG(.unrated)),
      KeyBinding([.character("s")], "s", "edit the status words", section: "Edit", .editStatus),
      KeyBinding(
        [.character("O")], "O", "set the owner of the item or the picked action (empty clears)",
        section: "Edit",
        .setOwner),
      KeyBinding(
        [.character("e")], "e", "add a quarterly update (Ctrl-P in the editor: an earlier quarter)",
        section: "Edit", .addUpdate),
      KeyBinding(
        [.character("X")], "X", "remove a mistaken update (asks first; can redact its text)", section: "Edit",
        .removeUpdate),
      KeyBinding(
        [.character("D")], "D", "revise the due date (keeps the original)", section: "Edit", .reviseDue),
      KeyBinding([.character("a")], "a", "add an action to the item", section: "Edit", .addAction),
      KeyBinding(
        [.character("x")], "x", "close or remove the selected action", section: "Edit", .closeAction),
      KeyBinding([.character("u")], "u", "undo", section: "Edit", .undo),
      KeyBinding([.control("r")], "Ctrl-R", "redo", section: "Edit", .redo),
      KeyBinding(
        [.character("c")], "c",
        "closure: p propose (evidence) · a accept (or monitor) · r reject · o reopen",
        section: "Workflow", .closureMenu),
      KeyBinding(
        [.character("t")], "t",
        "extension: r request (date, reason) · g grant · f refuse (reason)",
        section: "Workflow", .extensionMenu),
      KeyBinding(
        [.character("h")], "h", "put on hold (why, then whom it waits on; may be empty)", section: "Workflow",
        .hold),
      KeyBinding([.character("H")], "H", "release from hold", section: "Workflow", .release),
      KeyBinding(
        [.character(" ")], "Space",
        "mark or unmark; B R A G U O D h H t C then apply to all marked",
        section: "Workflow", .toggleMark),
      KeyBinding(
        [.character("C")], "C", "compliance: m fully met · p partly · n not met · u not assessed",
        section: "Fire Standards", .complianceMenu),
      KeyBinding(
        [.character("L")], "L", "link the picked action to a further item too, or unlink it",
        section: "Fire Standards", .linkMenu),
      KeyBinding(
        [.character("E")], "E",
        "write the HMICFRS return narrative (\(ReturnNarrative.wordLimit) words at most)", section: "Return",
        .editNarrative),
      KeyBinding(
        [.character("S")], "S", "self-assessment: not assessed, met, not met", section: "Return",
        .cycleAssessment),
      KeyBinding(
        [.character("m")], "m", "start or end a meeting (ending writes the minutes)", section: "Meeting",
        .meeting),
      KeyBinding(
        [.character("M")], "M", "record a decision or minute line", section: "Meeting", .recordDecision),
      KeyBinding([.character("?"), .function(1)], "? F1", "this help", section: "Other", .help),
      KeyBinding([.character("q")], "q", "quit (everything is already saved)", section: "Other", .quit),
    ])
}
