/// What a key does on the agenda during a meeting.
public enum MeetingAction: Equatable, Sendable {
  case next, previous, widen
  /// The agenda over one framework: HMICFRS, Fire Standards, Other, then all again.
  case framework
}

extension KeyBindings {
  /// Keys that walk the agenda during a meeting. They take precedence over the same keys of the
  /// board's table (``meetingMode``), so ← and → step through the agenda instead of moving
  /// between panes (Tab and Shift-Tab still do that).
  public static let meeting = KeyMap<MeetingAction>(
    "During a meeting",
    [
      KeyBinding([.enter, .right], "Enter →", "next agenda item", .next),
      KeyBinding([.left], "←", "previous agenda item", .previous),
      KeyBinding([.character("+")], "+", "add (or drop) everything else to the agenda", .widen),
      KeyBinding(
        [.character("F")], "F", "agenda over one framework: HMICFRS, Fire Standards, Other, all",
        .framework),
    ])

  /// The keys as they stand in a meeting: the agenda's, then the board's that they leave alone.
  public static var meetingMode: KeyHelp {
    let taken = Set(meeting.bindings.flatMap(\.keys))
    var help = meeting.help
    help.lines += normal.help.lines.compactMap { line in
      let keys = line.keys.filter { !taken.contains($0) }
      return keys.isEmpty ? nil : (keys, line.label, line.summary, line.section)
    }
    return help
  }
}
