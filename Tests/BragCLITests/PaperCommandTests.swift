import BragModel
import Foundation
import Testing

@Suite("brag export paper")
struct PaperCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter", "BRAG_TODAY": "2026-12-02"]

  /// The sample data, a meeting ended on 25 November, and misconduct Rec 2 rated Red on 10
  /// November and Rec 6 Blue (with its status) on 30 November.
  func data(meeting: Bool = true) throws -> String {
    let data = try initialised()
    var report = try report(data, "staffs-misconduct-2024")
    let rec2 = RowID(report: report.id, item: "rec-2")
    let rec6 = RowID(report: report.id, item: "rec-6")
    try report.apply(.brag(.red, reason: "missed"), to: rec2, author: "Chair", at: "2026-11-10T09:00:00Z")
    try report.apply(.brag(.blue, reason: nil), to: rec6, author: "Chair", at: "2026-11-30T09:00:00Z")
    try report.apply(.status("Complete"), to: rec6, author: "Chair", at: "2026-11-30T09:00:00Z")
    try ReportCoding.encode(report).write(
      to: URL(fileURLWithPath: (data as NSString).appendingPathComponent("\(report.id).json")))
    if meeting {
      var journal = MeetingJournal(startedAt: "2026-11-25T10:00:00Z")
      journal.endedAt = "2026-11-25T11:30:00Z"
      try MeetingJournals(dataFolder: DataFolder(path: data)).save(journal)
    }
    return data
  }

  @Test("Markdown on stdout compared with the last meeting; HTML to a file that tidy passes")
  func paper() throws {
    let data = try data()
    let md = try brag(["export", "paper", "--format", "md", "--data", data])
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.contains("As at 2 December 2026, compared with the last meeting (25 November 2026)."))
    #expect(md.stdout.contains("| B Blue | 32 (73%) | 33 (75%) | +1 |"))
    #expect(md.stdout.contains("| R Red | 1 (2%) | 1 (2%) | 0 |"))
    #expect(
      md.stdout.contains(
        "| 25 Nov 2026 | 32 | 1 | 0 | 6 | 5 | 44 | 2 |\n| Now | 33 | 1 | 0 | 5 | 5 | 44 | 2 |"))
    #expect(
      md.stdout.contains(
        "## Items completed since the last meeting (25 November 2026)\n\n1 item completed.\n\n| Report |"))
    #expect(md.stdout.contains("| Rec 6 — Chief Fire Officers should make sure a programme of training"))
    let file = scratch.file("paper.html")
    let html = try brag(["export", "paper", "--data", data, "-o", file])
    #expect(html.status == 0)
    #expect(html.stderr.contains("wrote \(file)"))
    let page = try String(contentsOfFile: file, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/tidy") {
      let tidy = try BragProcess.tool("/usr/bin/tidy", ["-q", "-e", file])
      #expect(tidy.status == 0)
      #expect(String(decoding: tidy.output, as: UTF8.self) == "")
    }
  }

  @Test("--since compares with the start of a day; without a meeting or --since it says what to do")
  func since() throws {
    let data = try data(meeting: false)
    let none = try brag(["export", "paper", "--data", data])
    #expect(none.status == 1)
    #expect(
      none.stderr.contains("no meeting has ended before 2 December 2026 to compare with; give --since DATE"))
    let october = try brag(["export", "paper", "--since", "2026-10-01", "--format", "md", "--data", data])
    #expect(october.status == 0)
    #expect(october.stdout.contains("compared with 1 October 2026."))
    #expect(october.stdout.contains("| R Red | 0 (0%) | 1 (2%) | +1 |"))
    let bad = try brag(["export", "paper", "--since", "October", "--data", data])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--since 'October' is not a date"))
  }
}
