import BragModel
import BragTestSupport
import Foundation
import Testing

/// The Fire Standards driven on the real `brag` dashboard inside tmux at 120×40: a standard's
/// report in the data folder, its compliance set with `C`, the % implemented bar moving, the
/// file holding the assessment (``TmuxBoardTests/Tmux`` runs tmux).
@Suite("Fire Standards in a real terminal (tmux)", .serialized)
struct TmuxStandardsTests {
  typealias Tmux = TmuxBoardTests.Tmux
  let scratch = Scratch()
  let reportID = "fire-standard-test-protection"

  /// The sample data and a standard of our own making: four requirements, none assessed.
  func data() throws -> String {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let standard = TestStandards.protection
    let report = try #require(
      standard.newReport(service: "Test FRS", wording: ["1": "Have a risk-based inspection programme."]))
    #expect(report.id == reportID)
    try ReportCoding.encode(report).write(
      to: URL(fileURLWithPath: (data as NSString).appendingPathComponent("\(reportID).json")))
    return data
  }

  func start(_ tmux: Tmux, data: String) throws {
    let command =
      "env HOME=\(scratch.path) XDG_CACHE_HOME=\(scratch.path)/cache LANG=C.UTF-8 TERM=xterm-256color "
      + "\(BragProcess.binary.path) --data \(data) --today 2026-11-27 --as Tester; echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", command])
    #expect(try tmux.waitFor("BRAG Board · as at 27 November 2026"))
  }

  @Test(
    "C m with evidence on a requirement: the M letter, the bar from 0% to 25%, the file holds the assessment")
  func assess() throws {
    let data = try data()
    let tmux = try Tmux()
    try start(tmux, data: data)
    let first = try tmux.screen()
    #expect(first.contains("── Fire Standards ──"))
    #expect(first.contains("0% ▁▁▁▁▁▁▁▁▁▁ 0M 0P 0N 4·"))
    try tmux.keys(":", "Req 1", "Enter")
    #expect(try tmux.waitFor("Clause 1  ·  must  ·  FSD-TST01"))
    try tmux.keys("C")
    #expect(try tmux.waitFor("Compliance of Req 1:  m fully met · p partly met · n not met · u not assessed"))
    try tmux.keys("m")
    #expect(try tmux.waitFor("Evidence that Req 1 is fully met"))
    try tmux.keys("Inspection programme approved", "Enter")
    #expect(try tmux.waitFor("Req 1 assessed as fully met · saved"))
    let screen = try tmux.screen()
    #expect(screen.contains("25% ▇▇▁▁▁▁▁▁▁▁ 1M 0P 0N 3·"))
    #expect(screen.contains("Req 1     -  M Have a risk-based inspection"))
    #expect(screen.contains("Compliance: [M] fully met"))
    // Not a requirement: refused, saying why.
    try tmux.keys(":", "Rec 2", "Enter", "C")
    #expect(try tmux.waitFor("is not a Fire Standard's requirement"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    let report = try ReportCoding.decode(
      Data(contentsOf: URL(fileURLWithPath: (data as NSString).appendingPathComponent("\(reportID).json"))),
      file: "\(reportID).json")
    let item = try #require(report.items.first)
    #expect(item.assessment?.compliance == .met)
    #expect(item.assessment?.assessedBy == "Tester")
    #expect(item.assessment?.version == "FSD-TST01")
    #expect(item.assessment?.evidence.map(\.value) == ["Inspection programme approved"])
    #expect(item.history.contains { $0.field == .compliance && $0.author == "Tester" })
  }

  @Test(
    "brag meeting --framework fire-standards keeps the agenda to the standards; F moves on to all, then HMICFRS"
  )
  func meetingOverStandards() throws {
    let data = try data()
    let refused = try BragProcess.run(
      ["meeting", "--data", data, "--framework", "police", "--attendees", "Chair"], home: scratch.path)
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--framework must be hmicfrs, fire-standards or other"))
    let tmux = try Tmux()
    let command =
      "env HOME=\(scratch.path) XDG_CACHE_HOME=\(scratch.path)/cache LANG=C.UTF-8 TERM=xterm-256color "
      + "\(BragProcess.binary.path) meeting --framework fire-standards --attendees 'Chair' --data \(data) "
      + "--today 2026-11-27 --as Tester; echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", command])
    #expect(try tmux.waitFor("Agenda: Fire Standards (4 items)"))
    var screen = try tmux.screen()
    #expect(screen.contains("══ Not assessed (4)"))
    #expect(!screen.contains("Rec 2 "))
    // Only the frameworks the folder holds: HMICFRS and Fire Standards, then all again.
    try tmux.keys("F")
    #expect(try tmux.waitFor("Agenda: every framework"))
    screen = try tmux.screen()
    #expect(screen.contains("══ Overdue"))
    try tmux.keys("F")
    #expect(try tmux.waitFor("Agenda: HMICFRS"))
    #expect(try !tmux.screen().contains("Req 1 "))
    try tmux.keys("q", "e")
    #expect(try tmux.waitFor("EXIT=0"))
  }
}
