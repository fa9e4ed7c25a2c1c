/// One line of a key table: the keys, how help shows them, what they do.
public struct KeyBinding<Action: Sendable>: Sendable {
  public var keys: [Key]
  public var label: String
  public var summary: String
  public var section: String
  public var action: Action

  public init(_ keys: [Key], _ label: String, _ summary: String, section: String = "", _ action: Action) {
    self.keys = keys
    self.label = label
    self.summary = summary
    self.section = section
    self.action = action
  }
}

/// A mode's keys as data: the same table dispatches the keys and writes that mode's help, so
/// help can never drift from what the keys do.
public struct KeyMap<Action: Sendable>: Sendable {
  /// The mode's name in help ("During a meeting").
  public var title: String
  public var bindings: [KeyBinding<Action>]
  /// Said in help under the table: what keys outside it do ("other keys type text").
  public var note: String?

  public init(_ title: String, note: String? = nil, _ bindings: [KeyBinding<Action>]) {
    self.title = title
    self.note = note
    self.bindings = bindings
  }

  /// What `key` does in this mode, if anything.
  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// The table without its actions: for help and for checking that no key is bound twice.
  public var help: KeyHelp {
    KeyHelp(title: title, note: note, lines: bindings.map { ($0.keys, $0.label, $0.summary, $0.section) })
  }
}

/// A mode's key table as help shows it.
public struct KeyHelp: Sendable {
  public var title: String
  public var note: String?
  public var lines: [(keys: [Key], label: String, summary: String, section: String)]

  /// Keys that appear on more than one line: always empty for a table that means what it says.
  public var keysBoundTwice: [Key] {
    var seen: Set<Key> = []
    var twice: [Key] = []
    for line in lines {
      for key in line.keys where !seen.insert(key).inserted { twice.append(key) }
    }
    return twice
  }
}
