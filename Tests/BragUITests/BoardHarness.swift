import BragExchange
import BragModel
import BragSampleData
import BragUI
import Foundation
import Testing

/// A board on a fresh copy of the sample data, as at 27 November 2026, driven by scripted keys.
///
/// In memory unless a test needs the folder (files changed on disk, broken files, the minutes
/// file, the watch list): then `.disk`.
final class BoardHarness {
  enum Storage {
    case memory
    /// A copy of the sample data in a new folder, or an existing folder.
    case disk(folder: String? = nil)
  }

  var board: Board
  private let memory: MemoryBoardStore?
  private let diskFolder: String?
  /// Whether this harness made its folder (and so removes it).
  private let ownsFolder: Bool

  /// `extra` reports are held beside the sample data (in memory only).
  init(
    width: Int = 120, height: Int = 40, today: String = "2026-11-27", storage: Storage = .memory,
    extra: [Report] = []
  ) throws {
    let store: any BoardStoring
    var scanner = SensitiveInformation()
    var problem: String?
    switch storage {
    case .memory:
      let reports = try SampleData.files.map { try ReportCoding.decode(Data($0.bytes), file: $0.name) }
      memory = MemoryBoardStore(reports: reports + extra)
      store = memory!
      diskFolder = nil
      ownsFolder = false
    case .disk(let existing):
      memory = nil
      ownsFolder = existing == nil
      let folder =
        existing
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("brag-ui-\(UUID().uuidString)").path
      diskFolder = folder
      if existing == nil {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in SampleData.files {
          try Data(file.bytes).write(
            to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file.name)))
        }
      }
      store = try FolderBoardStore(folder: DataFolder(path: folder), cachePath: nil)
      // As the program does it: the folder's detector, and a watch list that cannot be read said.
      do {
        scanner = try SensitiveInformation.forFolder(DataFolder(path: folder))
      } catch {
        problem = error.description
      }
    }
    let context = BoardContext(
      today: CalendarDate(today)!, author: "Test Chair", dataLabel: "data: sample",
      now: { Date(timeIntervalSince1970: 1_795_780_800) },
      scanner: scanner, scannerProblem: problem,
      minutesText: { reports, journal in
        MeetingMinutes.build(
          journal, reports: reports, today: CalendarDate(today)!,
          timeZone: TimeZone(identifier: "Europe/London")!
        ).markdown
      })
    board = Board(store: store, context: context, width: width, height: height)
  }

  deinit {
    if ownsFolder, let diskFolder { try? FileManager.default.removeItem(atPath: diskFolder) }
  }

  /// The data folder of a `.disk` harness.
  var folder: String { diskFolder! }

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

  /// A file in the data folder of a `.disk` harness.
  func file(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

  /// The report as saved: in the store's memory, or read back from its file.
  func report(_ id: String) throws -> Report {
    if let memory { return try #require(memory.saved(id)) }
    return try ReportCoding.decode(Data(contentsOf: URL(fileURLWithPath: file("\(id).json"))), file: id)
  }

  /// Minutes kept by a memory store, by name.
  var minutes: [String: String] { memory?.minutes ?? [:] }

  /// Changes a report as another program would, then lets the board notice.
  func rewrite(_ id: String, _ change: (inout Report) -> Void) throws {
    var report = try report(id)
    change(&report)
    if let memory {
      memory.changeElsewhere(report)
    } else {
      try ReportCoding.encode(report).write(to: URL(fileURLWithPath: file("\(id).json")))
    }
    board.handle(.tick)
  }

  /// The screen line holding `text`, if any.
  func line(containing text: String) -> String? {
    let screen = screen
    return (0..<screen.height).map { screen.line($0) }.first { $0.contains(text) }
  }
}
