import BragModel
import Foundation
import Testing

@Suite("brag set: closure on evidence, extensions and holds")
struct WorkflowCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter", "BRAG_TODAY": "2026-11-27"]

  func json(_ data: String, _ arguments: [String]) throws -> Any {
    let result = try brag(arguments + ["--data", data, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  func listed(_ data: String, _ id: String) throws -> [String: Any] {
    let rows = try #require(
      try json(data, ["list", "--report", String(id.prefix { $0 != "/" })]) as? [[String: Any]])
    return try #require(rows.first { $0["id"] as? String == id })
  }

  @Test("propose with evidence, accept: Blue, Complete, recorded with the evidence; reopen puts it back")
  func closure() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    // A file in the data folder is evidence by name.
    try FileManager.default.createDirectory(
      atPath: (data as NSString).appendingPathComponent("evidence"), withIntermediateDirectories: true)
    try "minutes".write(
      toFile: (data as NSString).appendingPathComponent("evidence/minutes.txt"), atomically: true,
      encoding: .utf8)
    let refused = try brag(["set", id, "--accept-closure", "--data", data])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("no closure is proposed for Rec 2; propose it with evidence first"))
    let proposed = try brag([
      "set", id, "--propose-closure", "--evidence", "Policy adopted 3 Feb 2025", "--evidence",
      "evidence/minutes.txt",
      "--evidence", "https://example.org/policy", "--data", data, "--as", "Head of People",
    ])
    #expect(proposed.status == 0, "\(proposed.stderr)")
    #expect(try listed(data, id)["closure"] as? String == "proposed")
    let evidence = try report(data, "staffs-misconduct-2024").items[1].closure?.evidence
    #expect(evidence?.map(\.kind) == [.text, .file, .address])
    // Rec 2 is late, which its Late column says first; Rec 6 has no date, so it says "close?".
    #expect(
      try brag([
        "set", "staffs-misconduct-2024/rec-6", "--propose-closure", "--evidence", "x", "--data", data,
      ]).status == 0)
    let lines = try brag(["list", "--report", "staffs-misconduct-2024", "--data", data]).stdout.split(
      separator: "\n")
    #expect(lines.contains { $0.hasPrefix("  Rec 2 ") && $0.contains(" +664d ") })
    #expect(lines.contains { $0.hasPrefix("  Rec 6 ") && $0.contains(" close? ") })
    let summary = try #require(try json(data, ["summary"]) as? [String: Any])
    #expect((summary["total"] as? [String: Any])?["closureAwaiting"] as? Int == 2)
    let decide = try #require(try json(data, ["list", "--for-decision"]) as? [[String: Any]])
    #expect(decide.compactMap { $0["id"] as? String } == [id, "staffs-misconduct-2024/rec-6"])

    #expect(try brag(["set", id, "--accept-closure", "--data", data, "--as", "Chair"]).status == 0)
    let item = try report(data, "staffs-misconduct-2024").items[1]
    #expect(item.brag == .blue)
    #expect(item.status == "Complete")
    #expect(item.closure?.state == .accepted)
    #expect(item.closure?.decidedBy == "Chair")
    let history = try brag(["history", id, "--data", data]).stdout
    #expect(
      history.contains(
        "Head of People  Rec 2  proposed for closure (evidence: Policy adopted 3 Feb 2025; file: evidence/minutes.txt; https://example.org/policy)"
      ))
    #expect(history.contains("Chair  Rec 2  closure accepted"))
    #expect(history.contains("Chair  Rec 2  BRAG Green → Blue (closure accepted)"))

    #expect(try brag(["set", id, "--reopen", "--data", data]).status != 0)  // needs a reason
    #expect(try brag(["set", id, "--reopen", "--reason", "revisit found gaps", "--data", data]).status == 0)
    let reopened = try report(data, "staffs-misconduct-2024").items[1]
    #expect(reopened.brag == .green)
    #expect(reopened.status == "On track")
    #expect(try listed(data, id)["closure"] as? String == "reopened")
  }

  @Test("an extension: requested with a reason, granted; both dates and the count in the list")
  func extensionGranted() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-3"
    #expect(try brag(["set", id, "--request-extension", "2027-06-30", "--data", data]).status != 0)
    #expect(
      try brag([
        "set", id, "--request-extension", "Jun 2027", "--reason", "NFCC guidance late", "--data", data,
      ])
      .status == 0)
    var row = try listed(data, id)
    #expect(row["extensionRequested"] as? String == "2027-06-30")
    #expect(row["due"] as? String == "2025-05-01")
    let again = try brag(["set", id, "--request-extension", "2027-09-30", "--reason", "x", "--data", data])
    #expect(again.stderr.contains("an extension to 2027-06-30 is already waiting for the board"))
    #expect(try brag(["set", id, "--grant-extension", "--data", data]).status == 0)
    row = try listed(data, id)
    #expect(row["due"] as? String == "2027-06-30")
    #expect(row["originalDue"] as? String == "2025-05-01")
    #expect(row["extensions"] as? Int == 1)
    #expect(row["extensionRequested"] is NSNull)
    #expect(
      try brag(["set", id, "--refuse-extension", "--reason", "none waiting", "--data", data]).status == 1)
  }

  @Test("a hold takes an overdue action out of the late count and into 'held'; release puts it back")
  func hold() throws {
    let data = try initialised()
    let plan = try report(data, "mfrs-action-plan-2023")
    let item = plan.items[1]
    let id = "mfrs-action-plan-2023/\(item.id)/\(item.actions[0].id)"
    func totals() throws -> [String: Any] {
      let summary = try #require(try json(data, ["summary"]) as? [String: Any])
      return try #require(summary["total"] as? [String: Any])
    }
    let late = try #require(try totals()["overdue"] as? Int)
    #expect(try brag(["set", id, "--waiting-on", "NFCC", "--data", data]).status != 0)
    #expect(
      try brag(["set", id, "--hold", "national guidance awaited", "--waiting-on", "NFCC", "--data", data])
        .status == 0
    )
    #expect(try totals()["overdue"] as? Int == late - 1)
    #expect(try totals()["held"] as? Int == 1)
    let row = try listed(data, id)
    #expect(row["held"] as? Bool == true)
    #expect(row["overdue"] as? Bool == false)
    #expect(row["hold"] as? String == "waiting on NFCC: national guidance awaited")
    let heldRows = try #require(try json(data, ["list", "--held"]) as? [[String: Any]])
    #expect(heldRows.compactMap { $0["id"] as? String } == [id])
    let table = try brag(["summary", "--data", data]).stdout
    #expect(table.contains("Held = on hold"))
    #expect(try brag(["set", id, "--release", "--data", data]).status == 0)
    #expect(try totals()["overdue"] as? Int == late)
    #expect(try totals()["held"] as? Int == 0)
  }

  @Test("refusals: bad combinations before anything is read, model refusals without a write")
  func refusals() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    for (arguments, message) in [
      (["--propose-closure"], "--propose-closure needs --evidence"),
      (["--evidence", "x"], "--evidence goes with --propose-closure"),
      (["--monitor-until", "2027-01-01"], "--monitor-until goes with --accept-closure"),
      (["--accept-closure", "--reject-closure", "--reason", "x"], "choose one"),
      (["--reject-closure"], "--reject-closure needs --reason"),
      (["--hold", "x", "--release"], "choose one"),
      (["--release"], "it is not on hold"),
      (["--grant-extension"], "no extension has been requested"),
      (
        ["--propose-closure", "--evidence", "x", "--accept-closure", "--monitor-until", "soon"], "not a date"
      ),
    ] {
      let result = try brag(["set", id] + arguments + ["--data", data])
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    // Actions have no closure of their own.
    let plan = try report(data, "mfrs-action-plan-2023")
    let action = "mfrs-action-plan-2023/\(plan.items[1].id)/\(plan.items[1].actions[0].id)"
    let result = try brag(["set", action, "--propose-closure", "--evidence", "x", "--data", data])
    #expect(result.stderr.contains("closure on evidence belongs to an item, not to an action"))
  }

  @Test("export evidence: one item or a whole report, md or html; unknown ids named")
  func evidence() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    _ = try brag([
      "set", id, "--propose-closure", "--evidence", "Audit report", "--data", data, "--as", "Owner",
    ])
    let one = try brag(["export", "evidence", id, "--data", data])
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("# Evidence pack: Rec 2\n"))
    #expect(one.stdout.contains("- State: proposed for closure\n- Proposed by Owner at "))
    #expect(one.stdout.contains("- Evidence: Audit report\n"))
    let whole = try brag(["export", "evidence", "staffs-misconduct-2024", "--format", "html", "--data", data])
    #expect(whole.status == 0)
    #expect(whole.stdout.components(separatedBy: "<section>").count == 16)
    let missing = try brag(["export", "evidence", "staffs-misconduct-2024/rec-99", "--data", data])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no item 'rec-99' in report 'staffs-misconduct-2024'"))
    #expect(try brag(["export", "evidence", "a/b/c", "--data", data]).status != 0)
  }

  @Test("diff and the paper refuse a start after today")
  func futureSince() throws {
    let data = try initialised()
    let diff = try brag(["diff", "--since", "2027-01-01", "--data", data])
    #expect(diff.status == 1)
    #expect(diff.stderr.contains("--since 2027-01-01 is after today (2026-11-27)"))
    let paper = try brag(["export", "paper", "--since", "2027-01-01", "--data", data])
    #expect(paper.status == 1)
    #expect(paper.stderr.contains("is after today"))
  }
}
