import BragExchange
import BragModel
import BragSampleData
import BragUI
import Foundation

/// A board on a fresh copy of the sample data, as at 27 November 2026, driven by scripted keys.
final class BoardHarness {
  let folder: String
  var board: Board

  /// Whether this harness made its folder (and so removes it).
  private let ownsFolder: Bool

  /// A board on `folder` (a new copy of the sample data when nil).
  init(width: Int = 120, height: Int = 40, today: String = "2026-11-27", folder existing: String? = nil)
    throws
  {
    ownsFolder = existing == nil
    folder =
      existing
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("brag-ui-\(UUID().uuidString)").path
    if existing == nil {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for file in SampleData.files {
        try Data(file.bytes).write(
          to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file.name)))
      }
    }
    let store = try BoardStore(folder: DataFolder(path: folder), cachePath: nil)
    // As the program does it: the folder's detector, and a watch list that cannot be read said.
    var problem: String?
    let scanner: SensitiveInformation
    do {
      scanner = try SensitiveInformation.forFolder(DataFolder(path: folder))
    } catch {
      scanner = SensitiveInformation()
      problem = error.description
    }
    let context = BoardContext(
      today: CalendarDate(today)!, author: "Test Chair", dataLabel: "data: sample",
      now: { Date(timeIntervalSince1970: 1_795_780_800) },
      scanner: scanner, scannerProblem: problem,
      minutesText: { reports, meeting in
        MinutesExport.markdown(
          reports,
          options: .init(since: meeting.startedAt, today: meeting.today, attendees: meeting.attendees))
      })
    board = Board(store: store, context: context, width: width, height: height)
  }

  deinit { if ownsFolder { try? FileManager.default.removeItem(atPath: folder) } }

  @discardableResult
  func press(_ keys: Key...) -> ProgramResponse {
    var last = ProgramResponse.unchanged
    for key in keys { last = board.handle(.key(key)) }
    return last
  }

  func type(_ text: String) {
    for character in text { _ = board.handle(.key(.character(character))) }
  }

  var screen: ScreenBuffer {
    var buffer = ScreenBuffer(width: board.state.width, height: board.state.height)
    board.render(into: &buffer)
    return buffer
  }

  var text: String { screen.text }

  func file(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

  func report(_ id: String) throws -> Report {
    try ReportCoding.decode(Data(contentsOf: URL(fileURLWithPath: file("\(id).json"))), file: id)
  }
}

extension BoardHarness {
  /// Changes a report's file as another program would, then lets the board notice.
  func rewrite(_ id: String, _ change: (inout Report) -> Void) throws {
    var report = try report(id)
    change(&report)
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: file("\(id).json")))
    board.handle(.tick)
  }

  /// The screen line holding `text`, if any.
  func line(containing text: String) -> String? {
    let screen = screen
    return (0..<screen.height).map { screen.line($0) }.first { $0.contains(text) }
  }
}
