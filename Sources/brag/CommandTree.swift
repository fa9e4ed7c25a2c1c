import ArgumentParser

/// Brag's commands by name, as ArgumentParser knows them: to name a command's path and to catch
/// a misspelt command before ArgumentParser reads it as something else.
struct CommandTree: Equatable {
  var name: String
  var children: [CommandTree]

  init(_ name: String, _ children: [CommandTree] = []) {
    self.name = name
    self.children = children
  }

  /// The tree of `root`'s command names, with the `help` command ArgumentParser adds to a
  /// command that has subcommands.
  static func of(_ root: any ParsableCommand.Type, isRoot: Bool = true) -> CommandTree {
    var children = root.configuration.subcommands.map { of($0, isRoot: false) }
    if isRoot && !children.isEmpty { children.append(CommandTree("help")) }
    return CommandTree(root._commandName, children)
  }

  /// The names from `root` down to `command` ("brag export return"), or nil when `command` is
  /// not one of `root`'s.
  static func path(to command: any ParsableCommand.Type, in root: any ParsableCommand.Type) -> [String]? {
    if ObjectIdentifier(command) == ObjectIdentifier(root) { return [root._commandName] }
    for child in root.configuration.subcommands {
      if let path = path(to: command, in: child) { return [root._commandName] + path }
    }
    return nil
  }

  func child(named name: String) -> CommandTree? { children.first { $0.name == name } }
}
