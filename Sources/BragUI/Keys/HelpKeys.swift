/// What a key does while help is shown.
public enum HelpAction: Equatable, Sendable {
  case scroll(Int)
  case close
}

extension KeyBindings {
  /// Help's own keys; any other key closes it.
  public static let help = KeyMap<HelpAction>(
    "In this help",
    note: "any other key closes it",
    [
      KeyBinding([.down, .character("j")], "↓ j", "scroll down", .scroll(1)),
      KeyBinding([.up, .character("k")], "↑ k", "scroll up", .scroll(-1)),
      KeyBinding([.pageDown], "PgDn", "a page down", .scroll(10)),
      KeyBinding([.pageUp], "PgUp", "a page up", .scroll(-10)),
      KeyBinding([.escape, .character("q"), .character("?")], "Esc q ?", "close", .close),
    ])
}
