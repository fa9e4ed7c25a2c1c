import BragModel
import Foundation
import Testing

@Suite("brag set, history and add")
struct EditCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter"]

  @Test("set changes rating, status, due date and records a note, all in the history, then history prints it")
  func setAndHistory() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    #expect(
      try brag(["set", id, "--data", data, "--brag", "red", "--reason", "consultation slipped"]).status == 0)
    let moved = try brag([
      "set", id, "--data", data, "--due", "Mar 2027", "--reason", "legislation", "--note", "Plan by January",
      "--as", "Chair",
    ])
    #expect(moved.status == 0)
    let item = try report(data, "staffs-misconduct-2024").items[1]
    #expect(item.brag == .red)
    #expect(item.revisedDue?.due == CalendarDate("2027-03-31"))
    // "On track" followed the rating to "Off track" in the same step.
    #expect(item.status == "Off track")
    #expect(item.history.map(\.field) == ["brag", "status", "revisedDue", "note"])
    #expect(item.history[0].author == "scripter")
    #expect(item.history[2].author == "Chair")
    let history = try brag(["history", id, "--data", data])
    #expect(history.stdout.contains("scripter  Rec 2  BRAG Green → Red (consultation slipped)"))
    #expect(history.stdout.contains("Chair  Rec 2  revised due date 2025-02-01 → 2027-03-31 (legislation)"))
    #expect(history.stdout.contains("Chair  Rec 2  Decision/minute: Plan by January"))
  }

  @Test("set refuses bad ids, unknown items, a due date without a reason, and nothing to change")
  func setRefusals() throws {
    let data = try initialised()
    let before = try report(data, "staffs-misconduct-2024")
    for arguments in [
      ["set", "nonsense", "--brag", "red"],
      ["set", "staffs-misconduct-2024/rec-99", "--brag", "red"],
      ["set", "nope/rec-1", "--brag", "red"],
      ["set", "staffs-misconduct-2024/rec-2", "--due", "2027-01-01"],
      ["set", "staffs-misconduct-2024/rec-2"],
      ["set", "staffs-misconduct-2024/rec-2", "--brag", "purple"],
    ] {
      let result = try brag(arguments + ["--data", data])
      #expect(result.status != 0, "\(arguments)")
      #expect(!result.stderr.isEmpty)
    }
    #expect(try report(data, "staffs-misconduct-2024") == before)
  }

  @Test("add creates a report, an item with its timescale resolved, and an action")
  func add() throws {
    let data = try initialised()
    #expect(
      try brag([
        "add", "report", "--data", data, "--id", "staffs-round4-2026", "--title", "Round 4", "--published",
        "2026-10-01",
      ]).status == 0)
    #expect(
      try brag(["add", "report", "--data", data, "--id", "staffs-round4-2026", "--title", "Again"]).status
        != 0)
    let item = try brag([
      "add", "item", "--data", data, "--report", "staffs-round4-2026", "--kind", "afi", "--text",
      "The service should test.",
      "--timescale", "Q4 2026/27",
    ])
    #expect(item.stderr.contains("added staffs-round4-2026/afi-1 (AFI 1); due 31 March 2027"))
    let action = try brag([
      "add", "action", "--data", data, "--item", "staffs-round4-2026/afi-1", "--text", "Run the test",
      "--owner", "Protection",
      "--timescale", "Jan 2027",
    ])
    #expect(action.stderr.contains("added staffs-round4-2026/afi-1/a1; due 31 January 2027"))
    let created = try report(data, "staffs-round4-2026")
    #expect(created.items[0].actions[0].owner == "Protection")
    #expect(created.items[0].history.first?.field == "created")
  }
}
