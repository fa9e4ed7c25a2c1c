import BragExchange
import BragModel
import BragSampleData
import Foundation
import Testing

@testable import BragUI

@Suite("The reports pane: change since the last meeting")
struct TrendPaneTests {
  /// The sample data with a history: misconduct Rec 2 and Rec 3 rated Red and Rec 6 Amber after
  /// the last meeting (ended 25 November, 11:00), Rec 1 rated Amber before it; Round 3 unchanged
  /// since; the action plan's AFI 1 rated Green after it.
  func board(lastMeeting: Moment?, width: Int = 120, ascii: Bool = false) throws -> (Board, ScreenBuffer) {
    var reports = try SampleData.files.map { try ReportCoding.decode(Data($0.bytes), file: $0.name) }
    func rate(_ report: String, _ item: String, _ brag: BRAG, at: String) throws {
      let index = reports.firstIndex { $0.id == report }!
      try reports[index].apply(
        .brag(brag, reason: nil), to: RowID(report: report, item: item), author: "Chair", at: at)
    }
    try rate("staffs-misconduct-2024", "rec-1", .amber, at: "2026-11-20T10:00:00Z")
    try rate("staffs-misconduct-2024", "rec-2", .red, at: "2026-11-26T10:00:00Z")
    try rate("staffs-misconduct-2024", "rec-3", .red, at: "2026-11-26T10:05:00Z")
    try rate("staffs-misconduct-2024", "rec-6", .amber, at: "2026-11-26T10:10:00Z")
    try rate("staffs-round3-2024", "afi-1", .amber, at: "2026-11-01T10:00:00Z")
    try rate("mfrs-action-plan-2023", "afi-1", .green, at: "2026-11-26T11:00:00Z")
    let context = BoardContext(
      today: CalendarDate("2026-11-27")!, author: "Test Chair", dataLabel: "data: sample",
      now: { Date(timeIntervalSince1970: 1_795_780_800) }, scanner: SensitiveInformation(),
      minutesText: { _, _ in "" }, lastMeeting: lastMeeting)
    let board = Board(store: MemoryBoardStore(reports: reports), context: context, width: width, height: 40)
    var screen = ScreenBuffer(width: width, height: 40, asciiOnly: ascii)
    board.render(into: &screen)
    return (board, screen)
  }

  let ended = Moment.through(Moment.parse("2026-11-25T11:00:00Z")!)

  func lines(_ screen: ScreenBuffer) -> [String] { (0..<screen.height).map { screen.line($0) } }

  @Test(
    "each report's counts line ends with the rating that moved most since the meeting, by the model's rule")
  func changeSinceMeeting() throws {
    let (_, screen) = try board(lastMeeting: ended)
    let lines = lines(screen)
    #expect(lines[1].hasPrefix("┌─ Reports · since 25 Nov 2026 ─"))
    // Misconduct: at the meeting B11 A1 G3 (Rec 1 went from Blue to Amber before it); since,
    // Rec 2 and Rec 3 Red, Rec 6 Amber: Green moved most, 3→0.
    #expect(lines.contains { $0.hasPrefix("│B11 R2 A2 G0 -0  G 3→0 ") })
    #expect(lines.contains { $0.hasPrefix("│B0 R0 A0 G1 -4  G 0→1 ") })
    #expect(lines.contains { $0.hasPrefix("│B1 R0 A1 G3 -0  no change ") })
    #expect(lines.contains { $0.hasPrefix("│B19 R0 A0 G0 -0  no change ") })
    // "All reports" keeps its counts alone.
    #expect(lines.contains { $0.hasPrefix("│B31 R2 A3 G4 -4 ") && !$0.contains("→") })
  }

  @Test("the change is coloured as its rating; ASCII terminals get ->; no meeting, no change shown")
  func styleAsciiAndNone() throws {
    let (_, screen) = try board(lastMeeting: ended)
    let row = try #require(lines(screen).firstIndex { $0.hasPrefix("│B11 R2 A2 G0 -0  G 3→0") })
    #expect(screen[18, row].character == "G")  // after the border and 17 columns
    #expect(screen[18, row].style == .green)
    #expect(screen[22, row].style == .green)
    let (_, ascii) = try board(lastMeeting: ended, ascii: true)
    #expect(lines(ascii).contains { $0.hasPrefix("|B11 R2 A2 G0 -0  G 3->0 ") })
    #expect(lines(ascii)[1].hasPrefix("+- Reports · since 25 Nov 2026 -"))
    let (_, none) = try board(lastMeeting: nil)
    #expect(lines(none)[1].hasPrefix("┌─ Reports ───"))
    #expect(!lines(none).contains { $0.contains("→") || $0.contains("no change") })
  }

  @Test("a narrow pane leaves the change out rather than cut it")
  func narrow() throws {
    let (_, screen) = try board(lastMeeting: ended, width: 60)
    let lines = lines(screen)
    #expect(lines.contains { $0.hasPrefix("│B11 R2 A2 G0 -0 ") })
    #expect(!lines.contains { $0.contains("G 3→") || $0.contains("no cha") })
    #expect(lines[1].hasPrefix("┌─ Reports ─"))
  }

  @Test("the change is remembered between frames and worked out again when the report is saved")
  func cachedUntilSaved() throws {
    var (board, screen) = try board(lastMeeting: ended)
    #expect(lines(screen).contains { $0.hasPrefix("│B1 R0 A1 G3 -0  no change ") })
    try board.store.apply(
      [.brag(.red, reason: "slipped")], to: RowID(report: "staffs-round3-2024", item: "afi-2"),
      author: "Chair",
      timestamp: "2026-11-27T10:00:00Z")
    board.dataChanged()
    screen = ScreenBuffer(width: 120, height: 40)
    board.render(into: &screen)
    // Red and Green moved by one each; the more severe is shown.
    #expect(lines(screen).contains { $0.hasPrefix("│B1 R1 A1 G2 -0  R 0→1 ") })
  }
}
