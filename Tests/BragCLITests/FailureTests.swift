import Foundation
import Testing

/// Every run-time failure is `brag: error: <message>`, one line per message, made safe for a
/// terminal, with its exit status and without the usage text; a mistake in the arguments keeps
/// ArgumentParser's wording and usage, exit 64.
@Suite("failures and their exit codes")
struct FailureTests: CLISuite {
  let scratch = Scratch()

  /// Breaks one sample file's JSON (line 9, column 17).
  func breakRound3(_ data: String) throws -> String {
    let file = (data as NSString).appendingPathComponent("staffs-round3-2024.json")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"brag\": \"green\",", with: "\"brag\": green,")
      .write(toFile: file, atomically: true, encoding: .utf8)
    return file
  }

  /// Checks a run-time failure: the exit status, and stderr exactly `lines` error lines that
  /// start as given, with no usage text.
  func expectFailure(
    _ result: BragProcess.Output, status: Int32, _ starts: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == starts.count, "\(result.stderr)", sourceLocation: sourceLocation)
    for (line, start) in zip(lines, starts) {
      #expect(line.hasPrefix("brag: error: " + start), "\(line)", sourceLocation: sourceLocation)
    }
    #expect(!result.stderr.contains("Usage:"), sourceLocation: sourceLocation)
    #expect(!result.stderr.contains("Error: "), sourceLocation: sourceLocation)
  }

  @Test("refusals exit 1 with one line each")
  func refusals() throws {
    let data = try initialised()
    expectFailure(
      try brag(["add", "report", "--data", data, "--id", "staffs-misconduct-2024", "--title", "Again"]),
      status: 1, ["\(data)/staffs-misconduct-2024.json already exists; choose another --id"])
    expectFailure(
      try brag([
        "add", "item", "--data", data, "--report", "staffs-misconduct-2024", "--text", "T", "--number", "2",
      ]), status: 1, ["staffs-misconduct-2024 already has official number 2 (Rec 2)"])
    expectFailure(
      try brag(["set", "staffs-misconduct-2024/rec-99", "--data", data, "--brag", "red"]), status: 1,
      ["no item 'rec-99' in report 'staffs-misconduct-2024'"])
    expectFailure(
      try brag(["init", data]), status: 1, ["\(data): the folder is not empty"])
    let page = scratch.file("page.txt")
    try ImportCommandTests.page.write(toFile: page, atomically: true, encoding: .utf8)
    let refused = try brag([
      "import", "page", page, "--data", data, "--report-id", "staffs-misconduct-2024", "--title", "X",
    ])
    expectFailure(refused, status: 1, ["staffs-misconduct-2024 already exists from another source"])
  }

  @Test("failures to find or read exit 1 with one line each")
  func failures() throws {
    let data = try initialised()
    expectFailure(
      try brag(["list", "--data", data, "--report", "nope"]), status: 1, ["no report with id 'nope'"])
    expectFailure(
      try brag(["summary", "--data", scratch.file("absent")]), status: 1,
      ["\(scratch.file("absent")): the data folder does not exist"])
    expectFailure(
      try brag(["summary", "--data", data], environment: ["BRAG_TODAY": "soon"]), status: 1,
      ["BRAG_TODAY 'soon' is not a date"])
    expectFailure(
      try brag(["summary", "--data", data, "--today", "2026-02-30"]), status: 1,
      ["--today '2026-02-30' is not a date"])
    expectFailure(
      try brag([
        "import", "plan", scratch.file("none.csv"), "--data", data, "--report-id", "x", "--title", "X",
      ]),
      status: 1, ["cannot read '\(scratch.file("none.csv"))'"])
    expectFailure(
      try brag([
        "export", "page", "--data", data, "--report", "staffs-misconduct-2024", "--template",
        scratch.file("no"),
      ]), status: 1, ["--template: cannot read '\(scratch.file("no"))'"])
    expectFailure(
      try brag([
        "export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "--output",
        scratch.file("no/such/folder/plan.csv"),
      ]), status: 1, ["\(scratch.file("no/such/folder/plan.csv")): cannot be saved"])
    // No terminal for the dashboard: one line, before anything is loaded.
    expectFailure(
      try brag(["--data", data]), status: 1,
      ["the dashboard needs an interactive terminal (standard input and output are not a terminal)"])
  }

  @Test("a data file that does not load exits 2, naming it, for every command that reads it")
  func brokenFile() throws {
    let data = try initialised()
    let file = try breakRound3(data)
    let skipped = "\(file):9:17: is not valid JSON"
    for arguments in [["list"], ["summary"], ["export", "deadlines"]] {
      let result = try brag(arguments + ["--data", data])
      expectFailure(result, status: 2, [skipped])
      #expect(result.stderr.contains("(this report was skipped; the file is left untouched)"))
      #expect(!result.stdout.isEmpty, "\(arguments): the other reports are still shown")
    }
    let minutes = try brag(["export", "minutes", "--data", data, "--since", "2020-01-01"])
    expectFailure(minutes, status: 2, [skipped])
    #expect(minutes.stderr.contains("(not in the minutes)"))
    for arguments in [
      ["export", "return", "--report", "staffs-round3-2024"],
      ["export", "page", "--report", "staffs-round3-2024"],
      ["export", "plan", "--report", "staffs-round3-2024"],
      ["history", "staffs-round3-2024/afi-1"],
      ["set", "staffs-round3-2024/afi-1", "--note", "x"],
    ] {
      let result = try brag(arguments + ["--data", data])
      expectFailure(result, status: 2, [skipped])
      #expect(result.stdout.isEmpty, "\(arguments)")
    }
  }

  @Test("validate with errors exits 1 with its findings on stdout and nothing on stderr")
  func validateErrors() throws {
    let data = try initialised()
    _ = try breakRound3(data)
    let result = try brag(["validate", "--data", data])
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasSuffix("4 files checked: 1 error, 1 warning\n"))
  }

  @Test("a sensitive page is refused with one error line per finding, then the refusal")
  func sensitivePage() throws {
    let data = try initialised()
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let changed = text.replacingOccurrences(
      of: "\"response\": \"", with: "\"response\": \"Write to jane.doe@example.org. ", options: [],
      range: text.range(of: "\"response\": \""))
    try changed.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try brag(["export", "page", "--data", data, "--report", "staffs-misconduct-2024"])
    expectFailure(
      result, status: 1,
      [
        "staffs-misconduct-2024/rec-1: an email address in the response",
        "the page would publish personal or sensitive information (above)",
      ])
    #expect(result.stdout.isEmpty)
  }

  @Test("escape sequences in names never reach stderr raw")
  func escapeSequences() throws {
    let data = try initialised()
    let hostile = scratch.file("x\u{1B}[31mred\u{1B}]0;title\u{07}")
    for arguments in [
      ["list", "--data", hostile],
      ["import", "page", hostile, "--data", data, "--report-id", "x", "--title", "X"],
      ["export", "page", "--data", data, "--report", "staffs-misconduct-2024", "--template", hostile],
      ["list", "--data", data, "--report", "\u{1B}[2J"],
      ["list", "--data", data, "--format", "\u{1B}[2J"],  // ArgumentParser's own message too
    ] {
      let result = try brag(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(!result.stderr.isEmpty)
      #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(arguments)")
    }
    let missing = try brag(["list", "--data", hostile])
    #expect(missing.stderr.contains("x[31mred]0;title: the data folder does not exist"))
  }

  @Test("argument mistakes keep ArgumentParser's wording and the usage, exit 64")
  func argumentMistakes() throws {
    let data = try initialised()
    let badValue = try brag(["list", "--data", data, "--brag", "purple"])
    #expect(badValue.status == 64)
    #expect(badValue.stderr.hasPrefix("Error: --brag: 'purple' is not a rating"))
    #expect(badValue.stderr.contains("Usage: brag list "))
    let badID = try brag(["history", "nonsense", "--data", data])
    #expect(badID.status == 64)
    #expect(badID.stderr.contains("Usage: brag history "))
    let unknownOption = try brag(["summary", "--data", data, "--colour"])
    #expect(unknownOption.status == 64)
    #expect(unknownOption.stderr.contains("Unknown option '--colour'"))
    for result in [badValue, badID, unknownOption] { #expect(result.stdout.isEmpty) }
  }

  @Test("a date brag set can only read once it runs fails in one line naming the option and value, exit 64")
  func runTimeDates() throws {
    let data = try initialised()
    let before = try String(contentsOfFile: "\(data)/staffs-misconduct-2024.json", encoding: .utf8)
    let rec2 = ["set", "staffs-misconduct-2024/rec-2", "--data", data]
    for (arguments, line) in [
      (
        ["--due", "whenever", "--reason", "r"],
        "--due: 'whenever' is not a date; use YYYY-MM-DD or a month such as Mar 2027"
      ),
      (
        ["--request-extension", "2026-02-30", "--reason", "r"],
        "--request-extension: '2026-02-30' is not a date; use YYYY-MM-DD or a month such as Mar 2027"
      ),
      (
        [
          "--propose-closure", "--evidence", "Policy adopted", "--accept-closure", "--monitor-until",
          "nonsense",
        ],
        "--monitor-until: 'nonsense' is not a date; use YYYY-MM-DD"
      ),
    ] {
      let result = try brag(rec2 + arguments)
      expectFailure(result, status: 64, [line])
      #expect(result.stdout.isEmpty)
    }
    // Nothing was written, not even the closure proposed before the bad date.
    #expect(try String(contentsOfFile: "\(data)/staffs-misconduct-2024.json", encoding: .utf8) == before)
  }
}
