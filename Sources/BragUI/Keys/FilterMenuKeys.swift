import BragModel

/// What a key does in the filter menu.
public enum FilterMenuAction: Equatable, Sendable {
  case up, down, toggleSelected
  case toggle(BRAG)
  case owner, handover, clear, close
  case awaitingUpdate
}

extension KeyBindings {
  /// The filter menu's keys.
  public static let filterMenu = KeyMap<FilterMenuAction>(
    "In the filter menu (f)",
    [
      KeyBinding([.up, .character("k")], "↑ k", "previous line", .up),
      KeyBinding([.down, .character("j")], "↓ j", "next line", .down),
      KeyBinding(
        [.character(" "), .enter], "Space Enter", "tick or untick the line (owner: type a name)",
        .toggleSelected),
      KeyBinding([.character("b")], "b", "Blue", .toggle(.blue)),
      KeyBinding([.character("r")], "r", "Red", .toggle(.red)),
      KeyBinding([.character("a")], "a", "Amber", .toggle(.amber)),
      KeyBinding([.character("g")], "g", "Green", .toggle(.green)),
      KeyBinding([.character("u"), .character("-")], "u -", "not rated", .toggle(.unrated)),
      KeyBinding([.character("o")], "o", "only items owned by, or with an action owned by…", .owner),
      KeyBinding(
        [.character("n")], "n", "only what the latest update round has had no reply for", .awaitingUpdate),
      KeyBinding(
        [.character("h")], "h", "hand over everything the owner filter matches to someone else", .handover),
      KeyBinding([.character("c")], "c", "clear the ratings, the owner and the update-round filter", .clear),
      KeyBinding([.escape, .character("f"), .character("q")], "Esc f q", "close the menu", .close),
    ])
}
