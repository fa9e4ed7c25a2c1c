import BragModel
import Foundation
import Testing

@Suite("brag import and brag export plan")
struct ImportCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "importer"]

  static let page = """
    Our progress on the thematic
    Recommendation 1:
    By 1 February 2025, chief fire officers should do a thing.
    Action:
    Started.
    Status: On track
    Recommendation 2:
    Chief fire officers should do another.
    Progress:
    April 2025: Done.
    Status: Complete
    A line nobody expected.
    """

  @Test("import page creates a report, dry-run writes nothing, a second run updates in place")
  func page() throws {
    let data = try initialised()
    let file = write("page.txt", Self.page)
    let common = [
      file, "--data", data, "--report-id", "t-2025", "--title", "Thematic", "--published", "2024-08-01",
    ]
    let dry = try brag(["import", "page"] + common + ["--dry-run"])
    #expect(dry.status == 0)
    #expect(dry.stdout.contains("would create t-2025 with 2 items"))
    #expect(dry.stdout.contains("page.txt:12: not recognised, left out: A line nobody expected."))
    #expect(!FileManager.default.fileExists(atPath: data + "/t-2025.json"))
    let created = try brag(["import", "page"] + common)
    #expect(created.status == 0, "\(created.stderr)")
    var imported = try report(data, "t-2025")
    #expect(imported.items.map(\.id) == ["rec-1", "rec-2"])
    #expect(imported.items[0].timescale.due == CalendarDate("2025-02-01"))
    #expect(imported.items[0].brag == .green)
    #expect(imported.items[1].updates.first?.period == "April 2025")
    // The board rates rec-1 by hand; the page then reports rec-1 complete.
    #expect(
      try brag(["set", "t-2025/rec-1", "--data", data, "--brag", "amber", "--reason", "slipping"]).status == 0
    )
    _ = write("page.txt", Self.page.replacingOccurrences(of: "Status: On track", with: "Status: Complete"))
    let again = try brag(["import", "page"] + common)
    #expect(again.status == 0)
    #expect(again.stdout.contains("update t-2025: 1 change"))
    #expect(again.stdout.contains("rec-1: status: At risk → Complete"))
    imported = try report(data, "t-2025")
    #expect(imported.items[0].status == "Complete")
    #expect(imported.items[0].brag == .amber)
    #expect(imported.items[0].history.map(\.field) == ["brag", "status", "status"])
    #expect(imported.items[0].history.last?.reason == "imported")
    #expect(imported.items[0].history.last?.author == "importer")
  }

  @Test("an existing report from another source is not overwritten without --replace")
  func refuses() throws {
    let data = try initialised()
    let file = write("page.txt", Self.page)
    let before = try Data(contentsOf: URL(fileURLWithPath: data + "/staffs-misconduct-2024.json"))
    let refused = try brag([
      "import", "page", file, "--data", data, "--report-id", "staffs-misconduct-2024", "--title", "X",
    ])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("already exists from another source"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/staffs-misconduct-2024.json")) == before)
    let replaced = try brag([
      "import", "page", file, "--data", data, "--report-id", "staffs-misconduct-2024", "--title", "X",
      "--replace",
    ])
    #expect(replaced.status == 0)
    #expect(try report(data, "staffs-misconduct-2024").items.count == 2)
  }

  @Test("export plan then import plan reproduces items and actions; bad files say where")
  func planRoundTrip() throws {
    let data = try initialised()
    for format in ["csv", "tsv"] {
      let exported = try brag([
        "export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "--format", format,
      ])
      #expect(exported.status == 0)
      let file = write("plan.\(format)", exported.stdout)
      let imported = try brag([
        "import", "plan", file, "--data", data, "--report-id", "copy-\(format)", "--title", "Copy",
      ])
      #expect(imported.status == 0, "\(imported.stderr)")
      #expect(imported.stdout.contains("create copy-\(format) with 5 items and 22 actions"))
      let sample = try report(data, "mfrs-action-plan-2023")
      let copy = try report(data, "copy-\(format)")
      #expect(copy.items.map(\.text) == sample.items.map(\.text))
      #expect(copy.items.map { $0.actions.map(\.text) } == sample.items.map { $0.actions.map(\.text) })
      #expect(
        copy.items.map { $0.actions.map(\.timescale) } == sample.items.map { $0.actions.map(\.timescale) })
    }
    let bad = write("bad.csv", "a,b\n1,2\n")
    let refused = try brag(["import", "plan", bad, "--data", data, "--report-id", "bad", "--title", "Bad"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("bad.csv: no header row found"))
    let badMap = try brag([
      "import", "plan", bad, "--data", data, "--report-id", "bad", "--title", "B", "--map", "x",
    ])
    #expect(badMap.status != 0)
    #expect(badMap.stderr.contains("--map"))
  }
}
