import BragModel
import Foundation
import Testing

@Suite("brag set --owner, hand-overs, add update and remove update")
struct OwnerAndUpdateCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter", "BRAG_TODAY": "2026-11-27"]

  func listed(_ data: String, _ arguments: [String]) throws -> [[String: Any]] {
    let result = try brag(["list", "--data", data, "--format", "json"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
  }

  @Test("set --owner gives an item an owner that list shows and filters; an empty one clears it")
  func itemOwner() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    let set = try brag(["set", id, "--data", data, "--owner", "Head of People", "--as", "Chair"])
    #expect(set.status == 0, "\(set.stderr)")
    #expect(try report(data, "staffs-misconduct-2024").items[1].owner == "Head of People")
    let rows = try listed(data, ["--owner", "head of PEOPLE"])
    #expect(rows.map { $0["id"] as? String } == [id])
    #expect(rows.first?["owner"] as? String == "Head of People")
    #expect(rows.first?.keys.sorted() == (try listed(data, ["--kind", "action"])).first?.keys.sorted())
    let csv = try brag(["list", "--data", data, "--owner", "head of people", "--format", "csv"])
    #expect(csv.stdout.contains("Head of People"))
    #expect(
      try brag(["history", id, "--data", data]).stdout.contains("Chair  Rec 2  owner set to “Head of People”")
    )
    #expect(try brag(["set", id, "--data", data, "--owner", ""]).status == 0)
    #expect(try report(data, "staffs-misconduct-2024").items[1].owner == nil)
    #expect(try brag(["history", id, "--data", data]).stdout.contains("owner “Head of People” cleared"))
    #expect(try listed(data, ["--owner", "head of people"]).isEmpty)
  }

  @Test("set --owner on an action changes that action's owner")
  func actionOwner() throws {
    let data = try initialised()
    let result = try brag(["set", "mfrs-action-plan-2023/afi-1/a1", "--data", data, "--owner", "Fire Safety"])
    #expect(result.status == 0)
    #expect(try report(data, "mfrs-action-plan-2023").items[0].actions[0].owner == "Fire Safety")
  }

  @Test("--owner-from hands over every item and action the owner matches, lists them, and records why")
  func handover() throws {
    let data = try initialised()
    #expect(
      try brag(["set", "staffs-round3-2024/afi-1", "--data", data, "--owner", "People and OD"]).status == 0)
    let expected = try listed(data, ["--owner", "people and o"]).compactMap { $0["id"] as? String }
    #expect(expected.count == 22)
    let result = try brag([
      "set", "--owner-from", "people and o", "--owner", "Jo Bloggs", "--data", data, "--as", "Chair",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("handed over 1 item and 21 actions from 'people and o' to 'Jo Bloggs'"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 22)
    #expect(lines.contains("staffs-round3-2024/afi-1  People and OD  →  Jo Bloggs"))
    #expect(try listed(data, ["--owner", "Jo Bloggs"]).compactMap { $0["id"] as? String } == expected)
    let action = try report(data, "mfrs-action-plan-2023").items[1].actions[0]
    #expect(action.history.last?.reason == "handed over from People and Organisational Development")
    #expect(action.history.last?.author == "Chair")
    let history = try brag(["history", "staffs-round3-2024/afi-1", "--data", data])
    #expect(history.stdout.contains("owner “People and OD” → “Jo Bloggs” (handed over from People and OD)"))
  }

  @Test("a hand-over can be limited to reports; nothing matching is refused and nothing changes")
  func handoverScopeAndRefusal() throws {
    let data = try initialised()
    #expect(
      try brag(["set", "staffs-round3-2024/afi-1", "--data", data, "--owner", "Protection lead"]).status == 0)
    let scoped = try brag([
      "set", "--owner-from", "protection", "--owner", "Jo", "--report", "staffs-round3-2024", "--data", data,
    ])
    #expect(scoped.status == 0)
    #expect(scoped.stderr.contains("handed over 1 item from 'protection' to 'Jo'"))
    #expect(try report(data, "mfrs-action-plan-2023").items[0].actions[0].owner == "Protection")
    let before = try report(data, "mfrs-action-plan-2023")
    let none = try brag(["set", "--owner-from", "nobody by this name", "--owner", "Jo", "--data", data])
    #expect(none.status == 1)
    #expect(
      none.stderr.contains("brag: error: nothing is owned by 'nobody by this name'; nothing was handed over"))
    #expect(try report(data, "mfrs-action-plan-2023") == before)
    let unknown = try brag([
      "set", "--owner-from", "protection", "--owner", "Jo", "--report", "nope", "--data", data,
    ])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no report with id 'nope'"))
  }

  @Test("hand-over mistakes are usage errors (64): no new owner, an id as well, other changes too")
  func handoverUsage() throws {
    let data = try initialised()
    for arguments in [
      ["set", "--owner-from", "protection"],
      ["set", "--owner-from", "protection", "--owner", ""],
      ["set", "mfrs-action-plan-2023/afi-1", "--owner-from", "protection", "--owner", "Jo"],
      ["set", "--owner-from", "protection", "--owner", "Jo", "--brag", "red"],
      ["set", "mfrs-action-plan-2023/afi-1", "--owner", "Jo", "--report", "mfrs-action-plan-2023"],
      ["set", "--owner", "Jo"],
    ] {
      let result = try brag(arguments + ["--data", data])
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
  }

  @Test("a hand-over over every report refuses, changing nothing, when one of them does not load")
  func handoverBrokenFile() throws {
    let data = try initialised()
    try Data("{ not json".utf8).write(
      to: URL(fileURLWithPath: (data as NSString).appendingPathComponent("broken.json")))
    let before = try report(data, "mfrs-action-plan-2023")
    let result = try brag(["set", "--owner-from", "protection", "--owner", "Jo", "--data", data])
    #expect(result.status == 2)
    #expect(result.stderr.contains("nothing was handed over"))
    #expect(try report(data, "mfrs-action-plan-2023") == before)
  }

  @Test("add update: the current quarter dated today by default; an earlier quarter dated its last day")
  func addUpdate() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    let added = try brag(["add", "update", id, "--data", data, "--text", "Consultation closes in January."])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stderr.contains("added the October–December 2026 update to \(id), dated 27 November 2026"))
    let earlier = try brag([
      "add", "update", id, "--data", data, "--period", "july-september 2026", "--text", "Drafted.",
      "--as", "Chair",
    ])
    #expect(earlier.status == 0)
    let dated = try brag([
      "add", "update", id, "--data", data, "--period", "April–June 2026", "--text", "Scoped.", "--date",
      "2026-07-02",
    ])
    #expect(dated.status == 0)
    let updates = try report(data, "staffs-misconduct-2024").items[1].updates
    #expect(updates.map(\.period) == ["October–December 2026", "July–September 2026", "April–June 2026"])
    #expect(updates.map(\.date) == ["2026-11-27", "2026-09-30", "2026-07-02"].map(CalendarDate.init))
    #expect(updates.map(\.author) == ["scripter", "Chair", "scripter"])
    #expect(
      try report(data, "staffs-misconduct-2024").items[1].latestUpdate?.text
        == "Consultation closes in January.")
    #expect(
      try brag(["history", id, "--data", data]).stdout.contains("update added: July–September 2026: Drafted.")
    )
    for arguments in [
      ["add", "update", id, "--period", "Autumn 2026", "--text", "x"],
      ["add", "update", id, "--text", "x", "--date", "27/11/2026"],
      ["add", "update", id + "/a1", "--text", "x"],
      ["add", "update", id, "--text", "  "],
    ] {
      #expect(try brag(arguments + ["--data", data]).status == 64, "\(arguments)")
    }
    let missing = try brag(["add", "update", "staffs-misconduct-2024/rec-99", "--text", "x", "--data", data])
    #expect(missing.status == 1)
  }

  @Test(
    "remove update: by period, listing the periods it has when none matches; --redact clears the history's text"
  )
  func removeUpdate() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    _ = try brag(["add", "update", id, "--data", data, "--period", "July–September 2026", "--text", "Kept."])
    _ = try brag(["add", "update", id, "--data", data, "--text", "Rang Jane Doe on 07700 900123."])
    let wrong = try brag(["remove", "update", id, "--data", data, "--period", "January–March 2026"])
    #expect(wrong.status == 1)
    #expect(
      wrong.stderr.contains(
        "brag: error: \(id) has no update for 'January–March 2026'; its updates are for 'July–September 2026', 'October–December 2026'"
      ))
    let removed = try brag([
      "remove", "update", id, "--data", data, "--period", "october - december 2026", "--redact", "--as",
      "Clerk",
    ])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(removed.stderr.contains("cannot be undone"))
    let file = try String(
      contentsOfFile: (data as NSString).appendingPathComponent("staffs-misconduct-2024.json"),
      encoding: .utf8)
    #expect(!file.contains("07700 900123"))
    #expect(!file.contains("Jane Doe"))
    let item = try report(data, "staffs-misconduct-2024").items[1]
    #expect(item.updates.map(\.text) == ["Kept."])
    let history = try brag(["history", id, "--data", data]).stdout
    #expect(history.contains("scripter  Rec 2  update added: October–December 2026: [redacted]"))
    #expect(
      history.contains("Clerk  Rec 2  update withdrawn: October–December 2026: [redacted] (text redacted)"))
    // Without --redact the removal keeps the text in the history.
    #expect(
      try brag(["remove", "update", id, "--data", data, "--period", "July–September 2026"]).status == 0)
    #expect(
      try brag(["history", id, "--data", data]).stdout.contains(
        "update withdrawn: July–September 2026: Kept."))
    let empty = try brag(["remove", "update", id, "--data", data, "--period", "July–September 2026"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("has no updates"))
    #expect(try brag(["remove", "update", id + "/a1", "--data", data, "--period", "x"]).status == 64)
    #expect(try brag(["remove", "update", id, "--data", data]).status == 64)
  }
}
