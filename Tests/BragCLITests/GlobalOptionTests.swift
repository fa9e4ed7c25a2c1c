import BragModel
import Foundation
import Testing

/// `--data`, `--today` and `--as` are global: before the subcommand or after it, in either form.
@Suite("global options before or after the subcommand")
struct GlobalOptionTests: CLISuite {
  let scratch = Scratch()

  @Test("--data and --today before the subcommand mean what they mean after it")
  func beforeOrAfter() throws {
    let data = try initialised()
    let after = try brag(["list", "--data", data, "--today", "2026-11-27", "--overdue"])
    #expect(after.status == 0)
    #expect(after.stdout.contains("  Rec 2     G 2025-02-01 +664d"))
    for arguments in [
      ["--data", data, "list", "--today", "2026-11-27", "--overdue"],
      ["--data", data, "--today", "2026-11-27", "list", "--overdue"],
      ["--data=\(data)", "--today=2026-11-27", "list", "--overdue"],
      ["--today", "2026-11-27", "list", "--overdue", "--data", data],
    ] {
      let result = try brag(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stdout == after.stdout, "\(arguments)")
    }
    let summary = try brag(["--today", "2025-06-30", "summary", "--data", data])
    #expect(summary.stdout.contains("As at 30 June 2025"))
    let nested = try brag([
      "--data", data, "--today", "2023-06-26", "export", "deadlines", "--format", "json",
    ])
    #expect(nested.status == 0, "\(nested.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(nested.stdout.utf8)) as? [String: Any]
    #expect(object?["asAt"] as? String == "2023-06-26")
  }

  @Test("a bad --today before the subcommand is reported as after it")
  func badToday() throws {
    let data = try initialised()
    let result = try brag(["--today", "2026-13-01", "summary", "--data", data])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "brag: error: --today '2026-13-01' is not a date; write it as YYYY-MM-DD, for example 2026-11-27\n"
    )
  }

  @Test("--as before the subcommand names the author")
  func author() throws {
    let data = try initialised()
    let result = try brag(
      ["--as", "Chair", "--data", data, "set", "staffs-misconduct-2024/rec-2", "--note", "n"],
      environment: ["USER": "scripter"])
    #expect(result.status == 0, "\(result.stderr)")
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    let report = try ReportCoding.decode(try Data(contentsOf: URL(fileURLWithPath: file)), file: file)
    #expect(report.items[1].history.last?.author == "Chair")
  }

  @Test("brag --data D alone still opens the dashboard (which needs a terminal)")
  func defaultSubcommand() throws {
    let data = try initialised()
    let result = try brag(["--data", data])
    #expect(result.status == 1)
    #expect(result.stderr.contains("the dashboard needs an interactive terminal"))
    let missing = try brag(["--data", scratch.file("absent"), "summary"])
    #expect(missing.stderr.contains("\(scratch.file("absent")): the data folder does not exist"))
  }

  @Test("brag --help lists the global options")
  func help() throws {
    let help = try brag(["--help"])
    let global = try #require(help.stdout.components(separatedBy: "GLOBAL OPTIONS:").last)
    for option in ["--data <dir>", "--today <yyyy-mm-dd>", "--as <name>"] {
      #expect(global.contains(option))
    }
  }
}
