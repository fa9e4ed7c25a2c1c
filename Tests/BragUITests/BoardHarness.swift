import BragModel
import BragSampleData
import BragUI
import Foundation

/// A board on a fresh copy of the sample data, as at 27 November 2026, driven by scripted keys.
final class BoardHarness {
  let folder: String
  var board: Board

  init(width: Int = 120, height: Int = 40, today: String = "2026-11-27") throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("brag-ui-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for file in SampleData.files {
      try Data(file.bytes).write(
        to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file.name)))
    }
    let store = try BoardStore(folder: DataFolder(path: folder), cachePath: nil)
    let context = BoardContext(
      today: CalendarDate(today)!, author: "Test Chair", dataLabel: "data: sample",
      now: { Date(timeIntervalSince1970: 1_795_780_800) })
    board = Board(store: store, context: context, width: width, height: height)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

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
