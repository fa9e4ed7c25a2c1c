import BragModel
import Foundation
import Testing

@Suite("brag diff")
struct DiffCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter", "BRAG_TODAY": "2026-11-27"]

  /// The sample data with a history written at known times: misconduct Rec 2 rated Red on 1
  /// October (reason carrying an escape sequence) and Amber on 20 November, its due date revised
  /// on 5 October, a decision on 2 October; Round 3 AFI 1 handed to a new owner on 15 November.
  func dataWithHistory() throws -> String {
    let data = try initialised()
    func edit(_ id: String, _ changes: [(Change, String)]) throws {
      let target = RowID(id)!
      var report = try report(data, target.report)
      for (change, at) in changes { try report.apply(change, to: target, author: "Chair", at: at) }
      try ReportCoding.encode(report).write(
        to: URL(fileURLWithPath: (data as NSString).appendingPathComponent("\(target.report).json")))
    }
    try edit(
      "staffs-misconduct-2024/rec-2",
      [
        (.brag(.red, reason: "consultation \u{1B}[31mslipped"), "2026-10-01T10:00:00Z"),
        (.note("Costed plan by January"), "2026-10-02T10:00:00Z"),
        (.revisedDue(CalendarDate("2027-03-31")!, reason: "awaiting legislation"), "2026-10-05T10:00:00Z"),
        (.brag(.amber, reason: nil), "2026-11-20T10:00:00Z"),
      ])
    try edit(
      "staffs-round3-2024/afi-1", [(.owner("Head of Protection", reason: nil), "2026-11-15T09:30:00Z")])
    return data
  }

  @Test("text: per report the counts at each end and each net change, worded as the history words it")
  func text() throws {
    let data = try dataWithHistory()
    let october = try brag(["diff", "--since", "2026-10-01", "--until", "2026-10-31", "--data", data])
    #expect(october.status == 0, "\(october.stderr)")
    #expect(
      october.stdout == """
        Changes from 2026-10-01T00:00:00Z to 2026-11-01T00:00:00Z

        Standards of behaviour: the handling of misconduct in fire and rescue services (staffs-misconduct-2024)
          counts  B 12  R 0→1  A 0  G 3→2  U 0 · open 3 · complete 12 · overdue 2→1
          Rec 2  BRAG Green → Red (consultation [31mslipped) · Chair, 2026-10-01 10:00
          Rec 2  Decision/minute: Costed plan by January · Chair, 2026-10-02 10:00
          Rec 2  revised due date 2025-02-01 → 2027-03-31 (awaiting legislation) · Chair, 2026-10-05 10:00

        All reports
          counts  B 32  R 0→1  A 0  G 7→6  U 5 · open 12 · complete 32 · overdue 2→1
          3 of 4 reports unchanged

        """)
    // Since 1 October to now: Green → Red → Amber nets to Green → Amber; the hand-over appears.
    let now = try brag(["diff", "--since", "2026-10-01", "--data", data])
    #expect(now.stdout.hasPrefix("Changes from 2026-10-01T00:00:00Z to now (as at 2026-11-27)\n"))
    #expect(
      now.stdout.contains(
        "  Rec 2  BRAG Green → Amber (consultation [31mslipped) · Chair, 2026-11-20 10:00\n"))
    #expect(
      now.stdout.contains("  counts  B 12  R 0  A 0→1  G 3→2  U 0 · open 3 · complete 12 · overdue 2→1\n"))
    #expect(now.stdout.contains("  AFI 1  owner set to “Head of Protection” · Chair, 2026-11-15 09:30\n"))
    #expect(!now.stdout.contains("\u{1B}"))
    let one = try brag(["diff", "--since", "2026-11-01", "--report", "staffs-round3-2024", "--data", data])
    #expect(
      one.stdout == """
        Changes from 2026-11-01T00:00:00Z to now (as at 2026-11-27)

        Round 3 inspection of Staffordshire Fire and Rescue Service (staffs-round3-2024)
          counts  B 1  R 0  A 0  G 4  U 0 · open 4 · complete 1 · overdue 0
          AFI 1  owner set to “Head of Protection” · Chair, 2026-11-15 09:30

        """)
    let quiet = try brag(["diff", "--since", "2026-11-27", "--report", "staffs-round3-2024", "--data", data])
    #expect(
      quiet.stdout.hasSuffix(
        "All reports\n  counts  B 1  R 0  A 0  G 4  U 0 · open 4 · complete 1 · overdue 0\n  nothing changed\n"
      ))
  }

  @Test("json: the period, counts at both ends, every change with raw values and words, controls escaped")
  func json() throws {
    let data = try dataWithHistory()
    let out = try brag([
      "diff", "--since", "2026-10-01", "--until", "2026-10-31", "--report", "staffs-misconduct-2024",
      "--format", "json", "--data", data,
    ])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout.contains("consultation \\u001b[31mslipped"))
    #expect(!out.stdout.contains("\u{1B}"))
    let json = try #require(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    #expect(json["since"] as? String == "2026-10-01T00:00:00Z")
    #expect(json["until"] as? String == "2026-11-01T00:00:00Z")
    #expect(json["asAt"] as? String == "2026-10-31")
    let reports = try #require(json["reports"] as? [[String: Any]])
    #expect(reports.map { $0["id"] as? String } == ["staffs-misconduct-2024"])
    let counts = try #require(reports[0]["counts"] as? [String: [String: Int]])
    #expect(counts["before"]?["green"] == 3)
    #expect(counts["after"]?["green"] == 2)
    #expect(counts["after"]?["red"] == 1)
    #expect(counts["before"]?["overdue"] == 2)
    #expect(counts["after"]?["overdue"] == 1)
    let changes = try #require(reports[0]["changes"] as? [[String: Any]])
    #expect(changes.map { $0["field"] as? String } == ["brag", "note", "revisedDue"])
    #expect(changes[0]["id"] as? String == "staffs-misconduct-2024/rec-2")
    #expect(changes[0]["before"] as? String == "green")
    #expect(changes[0]["after"] as? String == "red")
    #expect(changes[0]["kind"] as? String == "item")
    #expect(changes[2]["text"] as? String == "revised due date 2025-02-01 → 2027-03-31")
    #expect(changes[1]["reason"] is NSNull)
  }

  @Test("bad dates and unknown reports are refused")
  func refusals() throws {
    let data = try initialised()
    let bad = try brag(["diff", "--since", "last week", "--data", data])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--since 'last week' is not a date or time"))
    // Times and days that do not exist are refused, not rolled over into the next day or month.
    for (option, value) in [
      ("--since", "2026-01-01T25:00:00Z"), ("--since", "2026-02-30T10:00:00Z"),
      ("--since", "2026-01-01T10:61:00Z"),
      ("--since", "2026-01-01T10:00:60Z"), ("--since", "2026-02-30"), ("--until", "2026-11-31"),
      ("--until", "2026-12-01T24:00:00+01:00"), ("--since", "2026-01-01T10:00:00+25:00"),
    ] {
      let arguments = option == "--since" ? [option, value] : ["--since", "2026-11-01", option, value]
      let refused = try brag(["diff"] + arguments + ["--data", data])
      #expect(refused.status == 64, "\(value)")
      #expect(refused.stderr.contains("\(option) '\(value)' is not a date or time"), "\(refused.stderr)")
      #expect(refused.stderr.contains("YYYY-MM-DDThh:mm:ss"), "\(refused.stderr)")
    }
    let offset = try brag(["diff", "--since", "2026-11-01T10:00:00+01:00", "--data", data])
    #expect(offset.status == 0, "\(offset.stderr)")
    #expect(offset.stdout.hasPrefix("Changes from 2026-11-01T09:00:00Z"), "\(offset.stdout)")
    let backwards = try brag(["diff", "--since", "2026-11-01", "--until", "2026-10-01", "--data", data])
    #expect(backwards.status == 64)
    #expect(backwards.stderr.contains("--until must come after --since"))
    let unknown = try brag(["diff", "--since", "2026-11-01", "--report", "nope", "--data", data])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("nope"))
  }
}
