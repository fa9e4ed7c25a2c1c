import Testing

@testable import brag

/// A misspelt command gets the nearest real one, exit 64 (a usage mistake, as ArgumentParser exits).
@Suite("misspelt commands")
struct CommandSpellingTests: CLISuite {
  let scratch = Scratch()
  let tree = CommandTree.of(Brag.self)

  @Test("the edit distance counts insertions, deletions, substitutions and swaps as one each")
  func distance() {
    #expect(CommandSpelling.distance("list", "list") == 0)
    #expect(CommandSpelling.distance("lsit", "list") == 1)
    #expect(CommandSpelling.distance("retrun", "return") == 1)
    #expect(CommandSpelling.distance("sumary", "summary") == 1)
    #expect(CommandSpelling.distance("lists", "list") == 1)
    #expect(CommandSpelling.distance("lust", "list") == 1)
    #expect(CommandSpelling.distance("", "set") == 3)
    #expect(CommandSpelling.distance("init", "") == 4)
    #expect(CommandSpelling.distance("kitten", "sitting") == 3)
    #expect(CommandSpelling.distance("ca", "abc") == 3)  // the restricted distance, not 2
  }

  @Test("the closest name: within two edits (one for short names), else the only one it begins")
  func closest() {
    let names = tree.children.map(\.name)
    #expect(CommandSpelling.closest(to: "lsit", among: names) == "list")
    #expect(CommandSpelling.closest(to: "LIST", among: names) == "list")
    #expect(CommandSpelling.closest(to: "sumary", among: names) == "summary")
    #expect(CommandSpelling.closest(to: "valdiate", among: names) == "validate")
    #expect(CommandSpelling.closest(to: "st", among: names) == "set")
    #expect(CommandSpelling.closest(to: "ad", among: names) == "add")
    #expect(CommandSpelling.closest(to: "val", among: names) == "validate")
    #expect(CommandSpelling.closest(to: "xyz", among: names) == nil)
    #expect(CommandSpelling.closest(to: "sit", among: ["set", "sat"]) != nil)
    #expect(CommandSpelling.closest(to: "i", among: names) == nil)  // init and import: too short to tell
  }

  @Test("the command words are found past the global options and their values")
  func unknownCommand() {
    func check(_ arguments: [String]) -> String? {
      CommandSpelling.unknownCommand(in: arguments, tree: tree)?.messages.first
    }
    #expect(check(["lsit"]) == "unknown command 'lsit'. Did you mean 'list'?")
    #expect(check(["export", "retrun"]) == "unknown command 'export retrun'. Did you mean 'export return'?")
    #expect(
      check(["--data", "d", "--today=2026-01-01", "sumary"])
        == "unknown command 'sumary'. Did you mean 'summary'?")
    #expect(
      check(["export", "--data", "d", "retrun"])
        == "unknown command 'export retrun'. Did you mean 'export return'?")
    #expect(check(["nonsense"]) == "unknown command 'nonsense'")
    // A global option's value is never a command, whatever it says.
    #expect(check(["--data", "lsit", "list"]) == nil)
    #expect(check(["--as", "export", "set", "x/y"]) == nil)
    #expect(check(["--data"]) == nil)
    // Known commands, their own arguments, other options and nothing at all are ArgumentParser's.
    for arguments in [
      [], ["list", "--overdue"], ["set", "lsit/rec-1"], ["export", "return", "--report", "x"],
      ["--data", "d"], ["help", "lsit"], ["--version", "lsit"], ["--help"], ["--overdue", "lsit"],
      ["--generate-completion-script", "bash"], ["import", "page", "lsit.txt"],
    ] {
      #expect(check(arguments) == nil, "\(arguments)")
    }
    let failure = CommandSpelling.unknownCommand(in: ["add", "itme"], tree: tree)
    #expect(failure?.exitCode == 64)
    #expect(failure?.hint == "see 'brag add --help' for the commands")
  }

  @Test("on the command line: the suggestion and where to look, exit 64, nothing else")
  func commandLine() throws {
    let top = try BragProcess.run(["lsit"], home: scratch.path)
    #expect(top.status == 64)
    #expect(top.stdout.isEmpty)
    #expect(
      top.stderr == """
        brag: error: unknown command 'lsit'. Did you mean 'list'?
        brag: see 'brag --help' for the commands

        """)
    let nested = try BragProcess.run(["export", "retrun", "--report", "x"], home: scratch.path)
    #expect(nested.status == 64)
    #expect(
      nested.stderr == """
        brag: error: unknown command 'export retrun'. Did you mean 'export return'?
        brag: see 'brag export --help' for the commands

        """)
    let hostile = try BragProcess.run(["\u{1B}[2Jlsit"], home: scratch.path)
    #expect(hostile.status == 64)
    #expect(hostile.stderr.hasPrefix("brag: error: unknown command '[2Jlsit'"))
  }
}
