import BragModel
import Foundation
import Testing

/// An import never writes what `brag validate` would reject.
@Suite("brag import validates what it would write")
struct ImportValidationTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "importer"]

  static let twice = """
    Our progress
    Recommendation 1:
    Chief fire officers should do a thing.
    Status: On track
    Recommendation 1:
    Chief fire officers should do it again.
    Status: Complete
    """

  @Test("a page with the same recommendation twice: the error at its line, exit 1, nothing written")
  func duplicateNumber() throws {
    let data = try initialised()
    let file = write("twice.txt", Self.twice)
    let common = ["import", "page", file, "--data", data, "--report-id", "twice", "--title", "Twice"]
    for dryRun in [true, false] {
      let result = try brag(common + (dryRun ? ["--dry-run"] : []))
      #expect(result.status == 1, "\(result.stdout) \(result.stderr)")
      #expect(
        result.stdout.contains(
          "twice.txt:5: error: twice/rec-1-2: official number 1 is also used by rec-1"),
        "\(result.stdout)")
      #expect(result.stderr.contains("would not be valid (1 error); nothing written"))
      #expect(!FileManager.default.fileExists(atPath: data + "/twice.json"))
    }
  }

  @Test("re-importing 'With immediate effect' without --published says the report needs it")
  func immediateEffect() throws {
    let data = try initialised()
    let page = """
      Our progress
      Recommendation 1:
      With immediate effect, chief fire officers should do a thing.
      Status: On track
      """
    let file = write("now.txt", page)
    let common = ["import", "page", file, "--data", data, "--report-id", "now", "--title", "Now"]
    let created = try brag(common + ["--published", "2024-08-01"])
    #expect(created.status == 0, "\(created.stderr)")
    let path = data + "/now.json"
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(try report(data, "now").items[0].due == CalendarDate("2024-08-01"))
    _ = write("now.txt", page.replacingOccurrences(of: "On track", with: "Complete"))
    let again = try brag(common)
    #expect(again.status == 1, "\(again.stdout) \(again.stderr)")
    #expect(again.stdout.contains("now.txt:2: error: now/rec-1: the timescale"), "\(again.stdout)")
    #expect(again.stdout.contains("give --published DATE"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    let dry = try brag(common + ["--dry-run"])
    #expect(dry.status == 1 && dry.stdout.contains("give --published DATE"))
    let fixed = try brag(common + ["--published", "2024-08-01"])
    #expect(fixed.status == 0, "\(fixed.stdout) \(fixed.stderr)")
    #expect(try report(data, "now").items[0].status == "Complete")
  }

  @Test("export plan --format tsv: a cell's line breaks and tabs never start a row, formulas are neutralised")
  func hostileTSV() throws {
    let data = try initialised()
    // The HMI page cell is written as it is (other cells become HTML paragraphs).
    var plan = try report(data, "mfrs-action-plan-2023")
    plan.items[0].hmiPage = "12\n=HYPERLINK(\"http://evil\")\t\u{A0}=1+1"
    plan.items[1].hmiPage = "\r\n\u{200B}\u{FF1D}1+1"
    try ReportCoding.encode(plan).write(to: URL(fileURLWithPath: data + "/mfrs-action-plan-2023.json"))
    let exported = try brag([
      "export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "--format", "tsv",
    ])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("\t12 =HYPERLINK(\"http://evil\") \u{A0}=1+1\t"), "\(exported.stdout)")
    #expect(exported.stdout.contains("\t' \u{200B}\u{FF1D}1+1\t"))
    let rows = exported.stdout.dropFirst().components(separatedBy: "\r\n").dropLast()
    #expect(rows.count == PlanRows.count(plan))
    #expect(rows.allSatisfy { $0.components(separatedBy: "\t").count == 9 })
    for line in exported.stdout.split(whereSeparator: \.isNewline) {
      #expect(!line.hasPrefix("="), "\(line)")
    }
  }
}

/// How many rows a plan export has: header, a row per action (or per item without), a row per update.
enum PlanRows {
  static func count(_ report: Report) -> Int {
    1 + report.items.reduce(0) { $0 + max(1, $1.actions.count) + $1.updates.count }
  }
}
