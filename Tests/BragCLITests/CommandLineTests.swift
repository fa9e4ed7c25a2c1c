import Foundation
import Testing

@Suite("brag on the command line")
struct CommandLineTests: CLISuite {
  let scratch = Scratch()

  @Test("init writes the sample data, then refuses a folder that is not empty")
  func initCommand() throws {
    let data = try initialised()
    let files = try FileManager.default.contentsOfDirectory(atPath: data).sorted()
    #expect(
      files == [
        "mfrs-action-plan-2023.json", "staffs-misconduct-2024.json", "staffs-round3-2024.json",
        "staffs-values-culture-2023.json",
      ])
    let again = try brag(["init", data])
    #expect(again.status != 0)
    #expect(again.stderr.contains("not empty"))
  }

  @Test("list --overdue as at 27 November 2026: Merseyside actions and misconduct 2 and 3 only")
  func overdueList() throws {
    let data = try initialised()
    let result = try brag(["list", "--data", data, "--today", "2026-11-27", "--overdue"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("mfrs-action-plan-2023"))
    #expect(result.stdout.contains("  Rec 2     G 2025-02-01 +664d"))
    #expect(result.stdout.contains("  Rec 3     G 2025-05-01 +575d"))
    #expect(!result.stdout.contains("staffs-values-culture-2023"))
    #expect(!result.stdout.contains("staffs-round3-2024"))
    for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80) }

    let json = try brag(["list", "--data", data, "--today", "2026-11-27", "--overdue", "--format", "json"])
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 21)
    #expect(rows.allSatisfy { $0["overdue"] as? Bool == true })
  }

  @Test("BRAG_TODAY sets today when --today is absent, and --today wins over it")
  func todayFromEnvironment() throws {
    let data = try initialised()
    let early = try brag(
      ["list", "--data", data, "--overdue", "--format", "csv"], environment: ["BRAG_TODAY": "2024-01-01"])
    #expect(early.stdout.split(separator: "\n").count == 1)  // header only: nothing was due yet
    let late = try brag(
      ["list", "--data", data, "--overdue", "--format", "csv", "--today", "2026-11-27"],
      environment: ["BRAG_TODAY": "2024-01-01"])
    #expect(late.stdout.split(separator: "\n").count == 22)
  }

  @Test("filters: BRAG list, kind, report, owner and search")
  func filters() throws {
    let data = try initialised()
    func count(_ extra: [String]) throws -> Int {
      let result = try brag(["list", "--data", data, "--today", "2026-11-27", "--format", "json"] + extra)
      #expect(result.status == 0, "\(extra): \(result.stderr)")
      return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])?.count ?? -1
    }
    #expect(try count(["--brag", "green"]) == 7)
    #expect(try count(["--brag", "G,b"]) == 39)
    #expect(try count(["--kind", "afi"]) == 10)
    #expect(try count(["--kind", "action", "--report", "mfrs-action-plan-2023"]) == 22)
    #expect(try count(["--owner", "protection"]) == 1)
    #expect(try count(["--search", "Core Code of Ethics"]) >= 3)
    #expect(try count(["--due-within", "0"]) == 21)
  }

  @Test("summary in text and JSON")
  func summary() throws {
    let data = try initialised()
    let text = try brag(["summary", "--data", data, "--today", "2026-11-27"])
    #expect(text.stdout.contains("As at 27 November 2026"))
    #expect(text.stdout.contains("Total (4 reports)"))
    let json = try brag(["summary", "--data", data, "--today", "2026-11-27", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let total = try #require(object["total"] as? [String: Any])
    #expect(total["total"] as? Int == 44)
    #expect(total["overdue"] as? Int == 21)
    #expect((object["reports"] as? [[String: Any]])?.count == 4)
    // With no subcommand and no terminal, brag says to use list or summary instead.
    let board = try brag(["--data", data, "--today", "2026-11-27"])
    #expect(board.status != 0)
    #expect(board.stderr.contains("use 'brag list' or 'brag summary' instead"))
    #expect(board.stdout.isEmpty)
  }

  @Test("bad input: one clear line on stderr naming what and where, non-zero exit")
  func badInput() throws {
    let data = try initialised()
    let badDate = try brag(["list", "--data", data, "--today", "2026-13-01"])
    #expect(badDate.status != 0)
    #expect(badDate.stderr.contains("--today '2026-13-01' is not a date; write it as YYYY-MM-DD"))
    let badEnvironment = try brag(["list", "--data", data], environment: ["BRAG_TODAY": "tomorrow"])
    #expect(badEnvironment.stderr.contains("BRAG_TODAY 'tomorrow' is not a date"))
    let unknown = try brag(["list", "--data", data, "--report", "nope"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no report with id 'nope'; known reports: mfrs-action-plan-2023"))
    let missing = try brag(["list", "--data", scratch.file("absent")])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("the data folder does not exist; create it with 'brag init"))
    let badBrag = try brag(["list", "--data", data, "--brag", "purple"])
    #expect(badBrag.stderr.contains("'purple' is not a rating"))
    for result in [badDate, badEnvironment, unknown, missing] {
      #expect(result.stderr.split(separator: "\n").count <= 2, "\(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("a corrupt file is named with line and column, skipped, left untouched, and the exit is non-zero")
  func corruptFile() throws {
    let data = try initialised()
    let file = (data as NSString).appendingPathComponent("staffs-round3-2024.json")
    let broken = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
      of: "\"brag\": \"green\",", with: "\"brag\": green,")
    try broken.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try brag(["list", "--data", data, "--today", "2026-11-27", "--overdue"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(file):9:17: is not valid JSON"))
    #expect(result.stdout.contains("staffs-misconduct-2024"))  // the other reports still list
    #expect(try String(contentsOfFile: file, encoding: .utf8) == broken)
  }

  @Test("with no --data, the default folder is created from the sample data and the user is told where")
  func defaultFolder() throws {
    let result = try brag(
      ["summary", "--today", "2026-11-27"], environment: ["XDG_DATA_HOME": scratch.file("xdg")])
    #expect(result.status == 0)
    #expect(result.stderr.contains("created \(scratch.file("xdg"))/bragboard with the sample data"))
    let second = try brag(
      ["summary", "--today", "2026-11-27"], environment: ["XDG_DATA_HOME": scratch.file("xdg")])
    #expect(second.stderr.isEmpty)
    let viaEnvironment = try brag(
      ["summary", "--today", "2026-11-27"], environment: ["BRAG_DATA": scratch.file("xdg/bragboard")])
    #expect(viaEnvironment.stdout == second.stdout)
  }

  @Test("help explains itself and completion scripts are generated")
  func helpAndCompletion() throws {
    let help = try brag(["--help"])
    #expect(help.stdout.contains("BRAG Board"))
    #expect(help.stdout.contains("BRAG_DATA"))
    let listHelp = try brag(["list", "--help"])
    #expect(listHelp.stdout.contains("--overdue"))
    #expect(listHelp.stdout.contains("Examples:"))
    for shell in ["bash", "zsh", "fish"] {
      let script = try brag(["--generate-completion-script", shell])
      #expect(script.status == 0)
      #expect(script.stdout.contains("brag"))
    }
  }
}
