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

/// A misspelt command, caught before ArgumentParser reads it as something else (at the top it
/// would hand `brag lsit` to the default command, the board, as a stray argument).
enum CommandSpelling {
  /// The options that may come before a command, each followed by its value.
  static let globalOptions: Set<String> = ["--data", "--today", "--as"]

  /// The failure for the first word, where a command is expected, that names none of the
  /// commands there: `brag lsit`, `brag export retrun`. Nil when every command word is known,
  /// or when an option other than the global ones comes first (ArgumentParser judges those).
  static func unknownCommand(in arguments: [String], tree: CommandTree) -> BragFailure? {
    var node = tree
    var path: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex, !node.children.isEmpty {
      let word = arguments[index]
      if word.hasPrefix("-") {
        let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        guard globalOptions.contains(name) else { return nil }
        // Skip the option and its value, which is never a command, whatever it says.
        index += word.contains("=") ? 1 : 2
        continue
      }
      guard let child = node.child(named: word) else {
        let command = (path + [word]).joined(separator: " ")
        let known = closest(to: word, among: node.children.map(\.name))
        let suggestion = known.map { ". Did you mean '\((path + [$0]).joined(separator: " "))'?" } ?? ""
        return BragFailure(
          "unknown command '\(command)'\(suggestion)", exitCode: BragFailure.usage,
          hint: "see '\((["brag"] + path).joined(separator: " ")) --help' for the commands")
      }
      node = child
      path.append(word)
      index += 1
    }
    return nil
  }

  /// The name `word` most likely meant: the nearest by ``distance(_:_:)`` within two edits (one
  /// for names of three letters or fewer), else the only name it begins.
  static func closest(to word: String, among names: [String]) -> String? {
    let typed = word.lowercased()
    let near =
      names
      .map { (name: $0, distance: distance(typed, $0.lowercased())) }
      .filter { $0.distance <= ($0.name.count <= 3 ? 1 : 2) }
      .min { $0.distance < $1.distance }
    if let near { return near.name }
    let beginning = names.filter { typed.count >= 2 && $0.lowercased().hasPrefix(typed) }
    return beginning.count == 1 ? beginning[0] : nil
  }

  /// The edit distance between two words: insertions, deletions, substitutions and swaps of two
  /// neighbouring letters count one each (the optimal string alignment distance), so `lsit` is
  /// one edit from `list`.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}
