import BragModel
import Foundation
import Testing

/// `--as NAME` and `-o/--output FILE`: declared once, spelled and explained alike by every
/// command that takes them.
@Suite("shared options: --as and -o/--output")
struct OptionGroupTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter"]

  /// The help of an option, from its name to the end of its (wrapped) text, spaces collapsed.
  func helpEntry(_ help: String, _ option: String) -> String? {
    let lines = help.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(option) })
    else { return nil }
    var entry = [lines[start].trimmingCharacters(in: .whitespaces)]
    for line in lines[(start + 1)...] {
      guard line.hasPrefix("                          ") else { break }
      entry.append(line.trimmingCharacters(in: .whitespaces))
    }
    return entry.joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  static let authorCommands = [
    ["board"], ["meeting"], ["set"], ["add", "item"], ["add", "action"], ["import", "page"],
    ["import", "plan"],
  ]
  static let outputCommands = [
    ["export", "return"], ["export", "page"], ["export", "plan"], ["export", "minutes"],
    ["export", "deadlines"],
  ]

  @Test("every command that records history takes --as with the same help")
  func authorHelp() throws {
    let entries = try Self.authorCommands.map { command in
      helpEntry(try brag(command + ["--help"]).stdout, "--as <name>")
    }
    #expect(
      entries.allSatisfy { $0 == "--as <name> Your name for the history of every change (default: $USER)." })
  }

  @Test("every export takes -o and --output with the same help")
  func outputHelp() throws {
    let entries = try Self.outputCommands.map { command in
      helpEntry(try brag(command + ["--help"]).stdout, "-o, --output <file>")
    }
    #expect(
      entries.allSatisfy {
        $0 == "-o, --output <file> Write to this file (replaced atomically) instead of standard output."
      }, "\(entries)")
  }

  @Test("--as names the author in the history of set, add item, add action, import page and import plan")
  func author() throws {
    let data = try initialised()
    #expect(
      try brag(["set", "staffs-misconduct-2024/rec-2", "--data", data, "--note", "n", "--as", "Setter"])
        .status
        == 0)
    #expect(try report(data, "staffs-misconduct-2024").items[1].history.last?.author == "Setter")

    #expect(
      try brag([
        "add", "item", "--data", data, "--report", "staffs-misconduct-2024", "--text", "T", "--as", "Adder",
      ]).status == 0)
    let added = try #require(try report(data, "staffs-misconduct-2024").items.last)
    #expect(added.history.first?.author == "Adder")

    #expect(
      try brag([
        "add", "action", "--data", data, "--item", "staffs-misconduct-2024/\(added.id)", "--text", "Do",
        "--as", "Actor",
      ]).status == 0)
    #expect(try report(data, "staffs-misconduct-2024").items.last?.history.last?.author == "Actor")

    let page = scratch.file("page.txt")
    try ImportCommandTests.page.write(toFile: page, atomically: true, encoding: .utf8)
    let common = [page, "--data", data, "--report-id", "t-2025", "--title", "T"]
    #expect(try brag(["import", "page"] + common).status == 0)
    try ImportCommandTests.page.replacingOccurrences(of: "Status: On track", with: "Status: Complete")
      .write(toFile: page, atomically: true, encoding: .utf8)
    #expect(try brag(["import", "page"] + common + ["--as", "Importer"]).status == 0)
    #expect(try report(data, "t-2025").items[0].history.last?.author == "Importer")

    let plan = scratch.file("plan.csv")
    #expect(
      try brag(["export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "-o", plan]).status
        == 0)
    let planArguments = [plan, "--data", data, "--report-id", "mfrs-action-plan-2023", "--title", "Plan"]
    let text = try String(contentsOfFile: plan, encoding: .utf8)
    try text.replacingOccurrences(of: "Ongoing", with: "Ongoing (reviewed)").write(
      toFile: plan, atomically: true, encoding: .utf8)
    let planned = try brag(["import", "plan"] + planArguments + ["--replace", "--as", "Planner"])
    #expect(planned.status == 0, "\(planned.stderr)")
    let histories = try report(data, "mfrs-action-plan-2023").items.flatMap {
      $0.history + $0.actions.flatMap(\.history)
    }
    #expect(histories.contains { $0.author == "Planner" && $0.reason == "imported" })
    #expect(!histories.contains { $0.author == "scripter" })
  }

  @Test("-o writes each export to a file, atomically, with nothing on stdout and a note on stderr")
  func output() throws {
    let data = try initialised()
    for (name, command) in [
      ("return.csv", ["export", "return", "--report", "staffs-misconduct-2024"]),
      ("page.html", ["export", "page", "--report", "staffs-misconduct-2024"]),
      ("plan.csv", ["export", "plan", "--report", "mfrs-action-plan-2023"]),
      ("minutes.md", ["export", "minutes", "--since", "2020-01-01"]),
      ("deadlines.txt", ["export", "deadlines"]),
    ] {
      let arguments = command + ["--data", data, "--today", "2026-11-27"]
      let stdout = try brag(arguments)
      #expect(stdout.status == 0, "\(command): \(stdout.stderr)")
      let file = scratch.file(name)
      let written = try brag(arguments + ["-o", file])
      #expect(written.status == 0, "\(command): \(written.stderr)")
      #expect(written.stdout.isEmpty, "\(command)")
      #expect(written.stderr.hasPrefix("brag: wrote "), "\(command): \(written.stderr)")
      #expect(written.stderr.hasSuffix("\(file)\n"), "\(command): \(written.stderr)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(stdout.stdout.utf8), "\(command)")
    }
  }
}
