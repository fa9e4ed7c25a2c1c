import BragModel
import Foundation
import Testing

/// The owners' update round through the real binary: `brag export requests`, `brag import
/// updates` and `brag list --awaiting-update`.
@Suite("The update round: export requests, import updates, list --awaiting-update")
struct UpdateRoundCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "secretary", "BRAG_TODAY": "2026-11-27"]

  static let misconduct = "staffs-misconduct-2024"
  static let plan = "mfrs-action-plan-2023"
  static let people = "People and Organisational Development"

  /// The sample data with two misconduct recommendations given to the Head of People, so the
  /// round has two owners: the Head of People and People and OD (whose 21 open actions are in
  /// the plan; Protection's one action is complete).
  func twoOwners() throws -> String {
    let data = try initialised()
    for id in ["rec-2", "rec-3"] {
      let set = try brag(["set", "\(Self.misconduct)/\(id)", "--owner", "Head of People", "--data", data])
      #expect(set.status == 0, "\(set.stderr)")
    }
    return data
  }

  func awaiting(_ data: String) throws -> [[String: Any]] {
    let result = try brag(["list", "--awaiting-update", "--format", "json", "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
  }

  func rounds(_ data: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: data + "/requests")) ?? []
  }

  /// The CSV with the reply cells of `id`'s row filled: the last five cells (Your update, Reply
  /// date, Closure evidence, Extension date, Extension reason), empty as exported, replaced.
  func fill(_ csv: String, _ id: String, _ cells: [String]) -> String {
    var lines = csv.components(separatedBy: "\r\n")
    let index = lines.firstIndex { $0.contains(",\(id),") }!
    #expect(lines[index].hasSuffix(",,,,,"))
    let quoted = cells.map { $0.contains(",") || $0.contains("\"") ? "\"\($0)\"" : $0 }
    lines[index] = lines[index].dropLast(4) + quoted.joined(separator: ",")
    return lines.joined(separator: "\r\n")
  }

  @Test("requests for one owner, as Markdown: the exact form")
  func oneOwnerMarkdown() throws {
    let data = try twoOwners()
    let result = try brag([
      "export", "requests", "--by", "2026-12-11", "--owner", "head of people", "--dry-run", "--data", data,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(
      lines.prefix(5) == [
        "<!-- brag update request -->", "", "# Update requests: October–December 2026", "",
        "Sent 27 November 2026. Please reply by **11 December 2026**.",
      ])
    let section = lines.drop { $0 != "## Head of People" }
    #expect(
      Array(section.prefix(26)) == [
        "## Head of People",
        "",
        "2 items to update.",
        "",
        "Reply date (YYYY-MM-DD, if not the day it is imported):",
        ">",
        "",
        "### staffs-misconduct-2024/rec-2 — Rec 2",
        "",
        "- Text: Chief Fire Officers should make sure a policy for probationary staff is in place. This policy should make clear that services can immediately dismiss probation…",
        "- Due: 1 February 2025, overdue",
        "- Rating: Green; status: On track",
        "- Last update: none",
        "",
        "Your update:",
        ">",
        "",
        "Propose closure, with evidence (items only):",
        ">",
        "",
        "Extension, new date (YYYY-MM-DD):",
        ">",
        "",
        "Extension, reason:",
        ">",
        "",
      ])
    #expect(section.contains("### staffs-misconduct-2024/rec-3 — Rec 3"))
    #expect(!result.stdout.contains(Self.people))
    #expect(result.stderr.contains("dry run: 1 owner, 2 items; nothing recorded"))
    #expect(rounds(data).isEmpty)
  }

  @Test("requests for every owner, as CSV: header, rows per owner, last update, reply columns empty")
  func allOwnersCSV() throws {
    let data = try twoOwners()
    let out = scratch.file("requests.csv")
    let result = try brag([
      "export", "requests", "--by", "2026-12-11", "--format", "csv", "-o", out, "--data", data,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.count == 1 + 21 + 2 + 1)
    #expect(
      lines[0]
        == "Owner,ID,Ref,Kind,Text,Due,Original due,Rating,Status,Held,Last update period,Last update date,Last update,Reply by,Your update,Reply date,Closure evidence,Extension date,Extension reason"
    )
    #expect(
      lines[1]
        == "People and Organisational Development,mfrs-action-plan-2023/afi-2/a1,AFI 2.1,action,Carry out a cultural survey to help assess what the issues.,2024-08-31,,Not rated,,,April–June 2025,2025-06-30,\"The training courses outlined in the previous update (EDI, Values, Core Code of Ethics) continue to be delivered and are receiving positive feedback from attendees. Following the successful pilot of…\",2026-12-11,,,,,"
    )
    #expect(
      lines[22]
        == "Head of People,staffs-misconduct-2024/rec-2,Rec 2,recommendation,Chief Fire Officers should make sure a policy for probationary staff is in place. This policy should make clear that services can immediately dismiss probation…,2025-02-01,,Green,On track,,,,,2026-12-11,,,,,"
    )
    #expect(lines[23].hasPrefix("Head of People,staffs-misconduct-2024/rec-3,Rec 3,"))
    // Complete actions are left out; the unowned open items are counted in a note.
    #expect(!csv.contains("/afi-1/a1"))
    #expect(result.stderr.contains("wrote the update requests to \(out) (2 owners, 2 items and 21 actions)"))
    #expect(result.stderr.contains("10 open items and actions have no owner"))
    #expect(result.stderr.contains("recorded the round in \(data)/requests/"))
    // The round is recorded: when, the --by date, owners and ids.
    let names = rounds(data)
    #expect(names.count == 1)
    let round = try JSONDecoder().decode(
      UpdateRound.self, from: Data(contentsOf: URL(fileURLWithPath: data + "/requests/" + names[0])))
    #expect(round.replyBy == CalendarDate("2026-12-11"))
    #expect(round.sentOn == CalendarDate("2026-11-27"))
    #expect(round.sentBy == "secretary")
    #expect(round.requests.map(\.owner) == [Self.people, "Head of People"])
    #expect(round.requests[1].ids == ["\(Self.misconduct)/rec-2", "\(Self.misconduct)/rec-3"])
    // The rounds folder is not a report.
    #expect(try brag(["validate", "--data", data]).status == 0)
  }

  @Test("printed to standard output a round is not recorded, unless --record; a --by before today is refused")
  func recording() throws {
    let data = try twoOwners()
    let printed = try brag(["export", "requests", "--by", "2026-12-11", "--data", data])
    #expect(printed.status == 0)
    #expect(printed.stderr.contains("not recorded as sent"))
    #expect(rounds(data).isEmpty)
    #expect(try brag(["export", "requests", "--by", "2026-12-11", "--record", "--data", data]).status == 0)
    #expect(rounds(data).count == 1)
    let early = try brag(["export", "requests", "--by", "2026-11-01", "--data", data])
    #expect(early.status == 1)
    #expect(early.stderr.contains("--by 2026-11-01 is before today (2026-11-27)"))
    let nobody = try brag(["export", "requests", "--by", "2026-12-11", "--owner", "nobody", "--data", data])
    #expect(nobody.status == 1)
    #expect(nobody.stderr.contains("no open item or action has an owner matching 'nobody'"))
    #expect(try brag(["export", "requests", "--by", "soon", "--data", data]).status == 64)
    // A report that does not load would leave its owners unasked: refused, unless --report names others.
    write("data/broken-2026.json", "{ broken")
    let broken = try brag([
      "export", "requests", "--by", "2026-12-11", "-o", scratch.file("x.md"), "--data", data,
    ])
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("broken-2026.json"))
    #expect(broken.stderr.contains("no requests were made"))
    #expect(rounds(data).count == 1)
    let named = try brag([
      "export", "requests", "--by", "2026-12-11", "--report", "staffs-misconduct-2024", "--dry-run", "--data",
      data,
    ])
    #expect(named.status == 0, "\(named.stderr)")
    #expect(named.stderr.contains("1 owner, 2 items"))
  }

  @Test(
    "round trip: export, fill in, import: updates, a closure proposal, an extension request, with history")
  func roundTrip() throws {
    let data = try twoOwners()
    let out = scratch.file("requests.csv")
    #expect(
      try brag(["export", "requests", "--by", "2026-12-11", "--format", "csv", "-o", out, "--data", data])
        .status == 0)
    #expect(try awaiting(data).count == 23)
    var csv = try String(contentsOfFile: out, encoding: .utf8)
    csv = fill(
      csv, "\(Self.misconduct)/rec-2",
      ["Policy agreed at SLT, 20 November.", "", "Probation policy v2, approved 20/11/2026", "", ""])
    csv = fill(
      csv, "\(Self.misconduct)/rec-3",
      [
        "Workforce plan revised; unions consulted.", "2026-11-20", "", "2027-03-31",
        "Consultation with the unions runs to February",
      ])
    csv = fill(csv, "\(Self.plan)/afi-2/a1", ["Survey closed: 61% responded.", "", "", "", ""])
    let filled = write("replies.csv", csv)
    let before = try Data(contentsOf: URL(fileURLWithPath: data + "/\(Self.misconduct).json"))

    let dry = try brag(["import", "updates", filled, "--dry-run", "--data", data])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(
      dry.stdout.components(separatedBy: "\n").prefix(3) == [
        "line 2  mfrs-action-plan-2023/afi-2/a1  AFI 2.1: October–December 2026 update added to AFI 2",
        "line 23  staffs-misconduct-2024/rec-2  Rec 2: October–December 2026 update; closure proposed on evidence",
        "line 24  staffs-misconduct-2024/rec-3  Rec 3: October–December 2026 update; extension to 2027-03-31 requested",
      ])
    #expect(dry.stdout.contains("20 replies were left empty"))
    #expect(
      dry.stderr.contains(
        "dry run: would import 3 replies (3 updates, 1 closure proposal, 1 extension request)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/\(Self.misconduct).json")) == before)

    let imported = try brag(["import", "updates", filled, "--data", data, "--as", "Board secretary"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(
      imported.stderr.contains("imported 3 replies (3 updates, 1 closure proposal, 1 extension request)"))
    let misconduct = try report(data, Self.misconduct)
    let rec2 = misconduct.items[1]
    #expect(
      rec2.updates == [
        QuarterlyUpdate(
          period: "October–December 2026", date: CalendarDate("2026-11-27"), author: "Head of People",
          text: "Policy agreed at SLT, 20 November.")
      ])
    #expect(rec2.closure?.state == .proposed)
    #expect(
      rec2.closure?.evidence == [Evidence(kind: .text, value: "Probation policy v2, approved 20/11/2026")])
    #expect(rec2.history.suffix(2).map(\.author) == ["Board secretary", "Board secretary"])
    let rec3 = misconduct.items[2]
    #expect(rec3.updates.last?.date == CalendarDate("2026-11-20"))
    #expect(rec3.pendingExtension?.due == CalendarDate("2027-03-31"))
    #expect(rec3.pendingExtension?.reason == "Consultation with the unions runs to February")
    #expect(rec3.due == CalendarDate("2025-05-01"))  // asked for, not granted
    let afi2 = try report(data, Self.plan).items[1]
    #expect(afi2.updates.last?.text == "Action a1: Survey closed: 61% responded.")
    #expect(afi2.updates.last?.author == Self.people)
    let history = try brag(["history", "\(Self.misconduct)/rec-2", "--data", data])
    #expect(
      history.stdout.contains("proposed for closure (evidence: Probation policy v2, approved 20/11/2026)"))

    // Awaiting: the three replied to drop out; the other 20 still wait.
    let waiting = try awaiting(data).compactMap { $0["id"] as? String }
    #expect(waiting.count == 20)
    #expect(!waiting.contains("\(Self.misconduct)/rec-2"))
    #expect(!waiting.contains("\(Self.plan)/afi-2/a1"))
    #expect(waiting.contains("\(Self.plan)/afi-2/a2"))

    // Importing the same file again adds nothing twice.
    let again = try brag(["import", "updates", filled, "--data", data])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(
      again.stdout.components(separatedBy: "\n").prefix(3) == [
        "\(filled): line 2: mfrs-action-plan-2023/afi-2/a1: the October–December 2026 update is already recorded; not applied again",
        "\(filled): line 23: staffs-misconduct-2024/rec-2: the October–December 2026 update and the closure proposal are already recorded; not applied again",
        "\(filled): line 24: staffs-misconduct-2024/rec-3: the October–December 2026 update and the extension request are already recorded; not applied again",
      ])
    #expect(again.stderr.contains("every reply in it is already recorded; nothing was written"))
    #expect(try report(data, Self.misconduct).items[1].updates.count == 1)
    // Another date while one is waiting: the model refuses, and nothing at all is written.
    let other = write(
      "other.csv",
      csv.replacingOccurrences(of: "2027-03-31", with: "2027-04-30").replacingOccurrences(
        of: "Survey closed: 61% responded.", with: "Survey results shared."))
    let refused = try brag(["import", "updates", other, "--data", data])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "other.csv: line 24: staffs-misconduct-2024/rec-3: an extension to 2027-03-31 is already waiting for the board; grant or refuse it first"
      ))
    #expect(try report(data, Self.plan).items[1].updates.count == 2)
  }

  @Test("list --awaiting-update before and after a reply, in text, JSON and CSV; refused with no round")
  func awaitingList() throws {
    let data = try twoOwners()
    let none = try brag(["list", "--awaiting-update", "--data", data])
    #expect(none.status == 1)
    #expect(none.stderr.contains("no update requests have been recorded"))
    let out = scratch.file("r.md")
    #expect(
      try brag([
        "export", "requests", "--by", "2026-12-11", "--owner", "head of people", "-o", out, "--data", data,
      ])
      .status == 0)
    let text = try brag(["list", "--awaiting-update", "--data", data])
    #expect(text.status == 0, "\(text.stderr)")
    let lines = text.stdout.components(separatedBy: "\n")
    #expect(
      lines[0].hasSuffix(": sent 27 November 2026, replies by 11 December 2026; 2 of 2 awaiting a reply"))
    #expect(lines[2] == "Head of People (2)")
    #expect(lines[3].hasPrefix("  staffs-misconduct-2024/rec-2  Rec 2  G  2025-02-01 +664d  Chief Fire"))
    let csv = try brag(["list", "--awaiting-update", "--format", "csv", "--data", data])
    #expect(csv.stdout.components(separatedBy: "\n").count == 4)
    #expect(csv.stdout.contains("Head of People"))
    #expect(try awaiting(data).map { $0["owner"] as? String } == ["Head of People", "Head of People"])

    // Chasing asks again about what is still awaited only, as a new round.
    let chased = try brag([
      "export", "requests", "--by", "2026-12-18", "--chase", "--dry-run", "--data", data,
    ])
    #expect(chased.status == 0, "\(chased.stderr)")
    #expect(chased.stdout.contains("### staffs-misconduct-2024/rec-2"))
    #expect(!chased.stdout.contains(Self.people))
    // A reply through the board's own path (brag add update) counts as well.
    #expect(
      try brag(["add", "update", "\(Self.misconduct)/rec-3", "--text", "Plan revised", "--data", data]).status
        == 0)
    #expect(try awaiting(data).compactMap { $0["id"] as? String } == ["\(Self.misconduct)/rec-2"])
    let reminder = scratch.file("reminder.md")
    #expect(
      try brag(["export", "requests", "--by", "2026-12-18", "--chase", "-o", reminder, "--data", data]).status
        == 0)
    let form = try String(contentsOfFile: reminder, encoding: .utf8)
    #expect(
      form.contains("### staffs-misconduct-2024/rec-2") && !form.contains("### staffs-misconduct-2024/rec-3"))
    #expect(rounds(data).count == 2)
    #expect(try awaiting(data).compactMap { $0["id"] as? String } == ["\(Self.misconduct)/rec-2"])
    #expect(
      try brag(["add", "update", "\(Self.misconduct)/rec-2", "--text", "Policy agreed", "--data", data])
        .status == 0)
    let done = try brag(["export", "requests", "--by", "2026-12-18", "--chase", "--data", data])
    #expect(done.status == 0)
    #expect(done.stderr.contains("every owner the latest round asked has replied; nothing to chase"))
    // Filters combine with it.
    #expect(
      try brag(["list", "--awaiting-update", "--brag", "red", "--format", "json", "--data", data]).stdout
        == "[]\n")
  }

  @Test("a malformed reply file: every problem with its line and field, nothing written")
  func malformed() throws {
    let data = try twoOwners()
    let header =
      "Owner,ID,Ref,Kind,Text,Due,Original due,Rating,Status,Held,Last update period,Last update date,Last update,Reply by,Your update,Reply date,Closure evidence,Extension date,Extension reason"
    let file = write(
      "bad.csv",
      [
        header,
        "Head of People,staffs-misconduct-2024/rec-2,Rec 2,,,,,,,,,,,,Fine,,,,",
        "Head of People,staffs-misconduct-2024/rec-3,Rec 3,,,,,,,,,,,,Late,,,31st of Febtember,Unions",
        "x,mfrs-action-plan-2023/afi-2/a1,AFI 2.1,,,,,,,,,,,,Ok,,Survey report,,",
        "x,mfrs-action-plan-2023/afi-2/a2,AFI 2.2,,,,,,,,,,,,,,,2027-03-31,",
        "x,mfrs-action-plan-2023/afi-2/a3,AFI 2.3,,,,,,,,,,,,Ok,2027-01-05,,,",
        "x,not an id,,,,,,,,,,,,,Ok,,,,",
        "x,staffs-misconduct-2024/rec-2,Rec 2,,,,,,,,,,,,Again,,,,",
      ].joined(separator: "\n") + "\n")
    let before = try FileManager.default.contentsOfDirectory(atPath: data).sorted().map {
      try? Data(contentsOf: URL(fileURLWithPath: data + "/" + $0))
    }
    let result = try brag(["import", "updates", file, "--data", data])
    #expect(result.status == 1)
    let errors = result.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }
    #expect(
      errors == [
        "brag: error: \(file): line 3, Extension date: '31st of Febtember' is not a date; write it as YYYY-MM-DD",
        "brag: error: \(file): line 4, Closure evidence: closure on evidence is for items, not actions; put the evidence on AFI 2's row (mfrs-action-plan-2023/afi-2), or leave it empty",
        "brag: error: \(file): line 5, Extension reason: an extension to 2027-03-31 needs a reason; say why more time is needed",
        "brag: error: \(file): line 6, Reply date: 2027-01-05 is after today (2026-11-27); give the day the reply was written",
        "brag: error: \(file): line 7, ID: 'not an id' is not an id; use report/item or report/item/action as the request gave it",
        "brag: error: \(file): line 8, ID: staffs-misconduct-2024/rec-2 is replied to on line 2 too; keep one reply per item or action",
        "brag: error: \(file): nothing was imported; mend the file and import it again",
      ])
    let after = try FileManager.default.contentsOfDirectory(atPath: data).sorted().map {
      try? Data(contentsOf: URL(fileURLWithPath: data + "/" + $0))
    }
    #expect(before == after)

    // No header, and a Markdown form with a heading that names no id.
    let headless = write("headless.csv", "a,b\n1,2\n")
    let noHeader = try brag(["import", "updates", headless, "--data", data])
    #expect(noHeader.status == 1)
    #expect(
      noHeader.stderr.contains("headless.csv: no header row found: it needs an ID column and a reply column"))
    let form = write(
      "reply.md",
      "<!-- brag update request -->\n## Head of People\n\n### Rec 2 policy\n\nYour update:\n> Done\n")
    let badForm = try brag(["import", "updates", form, "--data", data])
    #expect(badForm.status == 1)
    #expect(badForm.stderr.contains("reply.md: line 4, heading: 'Rec 2 policy' does not start with an id"))
  }

  @Test(
    "every report is checked before any is written: one that no longer takes its reply leaves all unwritten")
  func allOrNothing() throws {
    let data = try initialised()
    let file = write(
      "replies.csv",
      """
      ID,Your update,Extension date,Extension reason
      mfrs-action-plan-2023/afi-2/a1,Survey closed,,
      staffs-misconduct-2024/rec-3,,2027-06-30,NFCC guidance late

      """)
    let planFile = (data as NSString).appendingPathComponent("\(Self.plan).json")
    let misconductFile = (data as NSString).appendingPathComponent("\(Self.misconduct).json")
    let before = try Data(contentsOf: URL(fileURLWithPath: planFile))
    // Hold the folder's lock, as another copy of brag saving would: the import starts, reads the
    // replies and waits for the lock to write.
    let descriptor = open(data, O_RDONLY)
    try #require(descriptor >= 0)
    try #require(flock(descriptor, LOCK_EX) == 0)
    let process = Process()
    process.executableURL = BragProcess.binary
    process.arguments = ["import", "updates", file, "--data", data]
    process.environment = [
      "HOME": scratch.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      "XDG_CACHE_HOME": scratch.path + "/cache",
    ].merging(baseEnvironment) { $1 }
    let err = Pipe()
    let out = Pipe()
    process.standardError = err
    process.standardOutput = out
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    // Meanwhile the other writer asks for an extension of Rec 3, so its reply no longer applies.
    var misconduct = try report(data, Self.misconduct)
    try misconduct.apply(
      .requestExtension(CalendarDate("2027-03-31")!, reason: "asked at the meeting"),
      to: RowID("\(Self.misconduct)/rec-3")!, author: "Other", at: "2026-11-27T09:00:00Z")
    try ReportCoding.encode(misconduct).write(to: URL(fileURLWithPath: misconductFile), options: .atomic)
    let written = try Data(contentsOf: URL(fileURLWithPath: misconductFile))
    flock(descriptor, LOCK_UN)
    close(descriptor)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    _ = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 1, "\(stderr)")
    #expect(stderr.contains("staffs-misconduct-2024/rec-3"), "\(stderr)")
    #expect(
      stderr.hasSuffix("brag: error: \(file): nothing was imported; mend the file and import it again\n"),
      "\(stderr)")
    // The action plan's reply, which could have been written, was not; Rec 3 is as the other writer left it.
    #expect(try Data(contentsOf: URL(fileURLWithPath: planFile)) == before)
    #expect(try Data(contentsOf: URL(fileURLWithPath: misconductFile)) == written)
  }

  @Test("unknown ids and complete items are reported and left out; empty replies are counted")
  func reportedNotGuessed() throws {
    let data = try twoOwners()
    let file = write(
      "replies.csv",
      """
      ID,Your update,Extension date,Extension reason
      staffs-misconduct-2024/rec-99,Typo in the id,,
      staffs-misconduct-2024/rec-1,Already complete,,
      mfrs-action-plan-2023/afi-1/a1,Complete action,,
      nope-2026/rec-1,No such report,,
      staffs-misconduct-2024/rec-2,,,
      staffs-misconduct-2024/rec-3,Consultation under way,,

      """)
    let result = try brag(["import", "updates", file, "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.components(separatedBy: "\n") == [
        "line 7  staffs-misconduct-2024/rec-3  Rec 3: October–December 2026 update",
        "\(file): line 2: staffs-misconduct-2024/rec-99: no item 'rec-99' in staffs-misconduct-2024; not applied",
        "\(file): line 3: staffs-misconduct-2024/rec-1: Rec 1 is complete; its reply was not applied",
        "\(file): line 4: mfrs-action-plan-2023/afi-1/a1: AFI 1.1 is complete; its reply was not applied",
        "\(file): line 5: nope-2026/rec-1: no report 'nope-2026' in the data folder; not applied",
        "\(file): 1 reply was left empty (line 6): nothing to import for it",
        "",
      ])
    #expect(try report(data, Self.misconduct).items[0].updates.isEmpty)
    #expect(try report(data, Self.misconduct).items[2].updates.map(\.text) == ["Consultation under way"])
  }

  @Test("the Markdown form filled in: replies under the labels, quote markers and all, read back")
  func markdownRoundTrip() throws {
    let data = try twoOwners()
    let out = scratch.file("requests.md")
    #expect(
      try brag([
        "export", "requests", "--by", "2026-12-11", "--owner", "head of people", "-o", out, "--data", data,
      ])
      .status == 0)
    var form = try String(contentsOfFile: out, encoding: .utf8)
    // Reply date for the section, an update of two paragraphs typed without quote markers,
    // and an extension with its reason.
    form = form.replacingOccurrences(
      of: "Reply date (YYYY-MM-DD, if not the day it is imported):\n>\n",
      with: "Reply date (YYYY-MM-DD, if not the day it is imported):\n> 2026-11-25\n")
    let blocks = form.components(separatedBy: "### staffs-misconduct-2024/rec-3")
    var rec3 = blocks[1]
    rec3 = rec3.replacingOccurrences(
      of: "Your update:\n>\n",
      with: "Your update:\nWorkforce plan revised.\n\nUnions consulted on the watch moves.\n")
    rec3 = rec3.replacingOccurrences(
      of: "Extension, new date (YYYY-MM-DD):\n>\n", with: "Extension, new date (YYYY-MM-DD):\n> 30/04/2027\n")
    rec3 = rec3.replacingOccurrences(
      of: "Extension, reason:\n>\n", with: "Extension, reason:\n> Consultation\n")
    let filled = write("reply.md", blocks[0] + "### staffs-misconduct-2024/rec-3" + rec3)
    let result = try brag(["import", "updates", filled, "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "line 35  staffs-misconduct-2024/rec-3  Rec 3: October–December 2026 update; extension to 2027-04-30 requested\n"
      ))
    #expect(result.stdout.contains("1 reply was left empty (line 16)"))
    let item = try report(data, Self.misconduct).items[2]
    #expect(item.updates.last?.text == "Workforce plan revised.\n\nUnions consulted on the watch moves.")
    #expect(item.updates.last?.date == CalendarDate("2026-11-25"))
    #expect(item.updates.last?.author == "Head of People")
    #expect(item.pendingExtension?.due == CalendarDate("2027-04-30"))
  }

  /// A reply sheet in the shape of a council committee's audit recommendations tracker:
  /// Reading Borough Council's "Implementation of Audit Recommendations" tracker, whose
  /// responsible officers give an updated management response, a percentage complete and, where
  /// the agreed date will be missed, a revised one
  /// (https://democracy.reading.gov.uk/mgAi.aspx?ID=7356). Written for this project: a title
  /// and a date line above the header, the tracker's own column names, a column brag does not
  /// know (% complete), a section row, and brag's ids in a "Tracker ID" column so the replies find their items.
  static let committeeTracker = """
    Implementation of HMICFRS Recommendations Tracker,,,,,,,
    Position at 27 November 2026 (responsible officers' returns),,,,,,,
    ,,,,,,,
    Tracker ID,Recommendation,Responsible officer,Agreed completion date,% complete,Updated management response,Revised target date,Reason for revised target date
    Standards of behaviour (misconduct thematic),,,,,,,
    staffs-misconduct-2024/rec-2,Probation policy,Head of People,01/02/2025,90%,"Draft policy with the unions; sign-off at the December SLT.",,
    staffs-misconduct-2024/rec-3,Watch moves in workforce plans,Head of People,01/05/2025,50%,"Workforce plan rewritten; awaiting the rota review.",30/06/2027,"Rota review moved to spring 2027 by the joint working group"
    mfrs-action-plan-2023/afi-2/a1,Cultural survey,People and Organisational Development,31/08/2024,100%,,,

    """

  @Test("a committee tracker's reply sheet: its own headers under title rows, UK dates")
  func committeeTrackerSheet() throws {
    let data = try twoOwners()
    let file = write("tracker-returns.csv", Self.committeeTracker)
    let result = try brag(["import", "updates", file, "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.components(separatedBy: "\n").prefix(3) == [
        "line 6  staffs-misconduct-2024/rec-2  Rec 2: October–December 2026 update",
        "line 7  staffs-misconduct-2024/rec-3  Rec 3: October–December 2026 update; extension to 2027-06-30 requested",
        "\(file): 1 reply was left empty (line 8): nothing to import for it",
      ])
    let items = try report(data, Self.misconduct).items
    #expect(items[1].updates.last?.text == "Draft policy with the unions; sign-off at the December SLT.")
    #expect(
      items[2].pendingExtension?.reason == "Rota review moved to spring 2027 by the joint working group")
  }

  @Test("escape sequences in the data never reach the request files")
  func escapes() throws {
    let data = try initialised()
    let evil = "Pat \u{1B}]0;pwned\u{07}\u{1B}[2J Smith"
    #expect(try brag(["set", "\(Self.misconduct)/rec-2", "--owner", evil, "--data", data]).status == 0)
    for format in ["md", "csv"] {
      let out = scratch.file("r.\(format)")
      let result = try brag([
        "export", "requests", "--by", "2026-12-11", "--format", format, "-o", out, "--data", data,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
      #expect(!bytes.contains(0x1B), "\(format)")
      #expect(!bytes.contains(0x07), "\(format)")
      #expect(!result.stderr.utf8.contains(0x1B))
    }
    // What is printed for a person is made safe too: the awaited list and an import's report.
    let listed = try brag(["list", "--awaiting-update", "--data", data])
    #expect(listed.stdout.contains("Pat ]0;pwned[2J Smith (1)"), "\(listed.stdout)")
    let reply = write(
      "reply\u{1B}[2J.csv",
      "ID,Your update\n\(Self.misconduct)/rec-2,Done \u{1B}[31m\nbad id\u{1B}]0;x,Text\n")
    let imported = try brag(["import", "updates", reply, "--data", data])
    #expect(imported.status == 1)
    #expect(!imported.stderr.utf8.contains(0x1B))
    #expect(imported.stderr.contains("'bad id]0;x' is not an id"))
  }
}
