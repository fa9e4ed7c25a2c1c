import BragTestSupport
import Foundation
import Testing

@testable import BragModel

@Suite("Row index cache")
struct RowIndexTests {
  func rowsByID(_ load: RowIndex.Load) -> [String: Row] {
    Dictionary(uniqueKeysWithValues: load.reports.flatMap(\.rows).map { ($0.row.id, $0.row) })
  }

  @Test("rows read back from the cache equal rows from parsing the files")
  func sameAsParsing() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let data = DataFolder(path: folder.path)
    let cache = folder.file("cache/index.bin")
    let first = try RowIndex.load(data, cachePath: cache)
    #expect(first.parsedFiles == 4)
    let second = try RowIndex.load(data, cachePath: cache)
    #expect(second.parsedFiles == 0)
    let parsed = try data.load().reports.flatMap(\.report.rows)
    #expect(second.reports.flatMap(\.rows).map(\.row) == parsed)
    #expect(second.reports.map(\.title) == first.reports.map(\.title))
    #expect(second.reports.map(\.service) == first.reports.map(\.service))
    // The report's kind comes back from the cache too: the board groups reports by framework.
    let kinds = Dictionary(
      uniqueKeysWithValues: try data.load().reports.map { ($0.report.id, $0.report.kind) })
    #expect(Dictionary(uniqueKeysWithValues: second.reports.map { ($0.id, $0.kind) }) == kinds)
  }

  @Test("an edited file is parsed again; the others come from the cache")
  func editedFile() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let data = DataFolder(path: folder.path)
    let cache = folder.file("index.bin")
    _ = try RowIndex.load(data, cachePath: cache)
    var loaded = try #require(try data.load().report(id: "staffs-round3-2024"))
    try loaded.report.apply(
      .brag(.red, reason: "slipping"), to: RowID(report: "staffs-round3-2024", item: "afi-1"), author: "t",
      at: "2026-11-27T10:00:00Z")
    try data.save(loaded.report, expecting: loaded.identity)
    let after = try RowIndex.load(data, cachePath: cache)
    #expect(after.parsedFiles == 1)
    #expect(rowsByID(after)["staffs-round3-2024/afi-1"]?.brag == .red)
  }

  @Test("a removed file disappears, a broken file is reported and not cached, a damaged cache is rebuilt")
  func removedBrokenDamaged() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let data = DataFolder(path: folder.path)
    let cache = folder.file("index.bin")
    _ = try RowIndex.load(data, cachePath: cache)
    try FileManager.default.removeItem(atPath: folder.file("staffs-round3-2024.json"))
    try "{ not json".write(toFile: folder.file("broken.json"), atomically: true, encoding: .utf8)
    let after = try RowIndex.load(data, cachePath: cache)
    #expect(
      after.reports.map(\.id) == [
        "mfrs-action-plan-2023", "staffs-misconduct-2024", "staffs-values-culture-2023",
      ])
    #expect(after.failures.map(\.file) == [folder.file("broken.json")])
    #expect(try RowIndex.load(data, cachePath: cache).failures.count == 1)  // still reported next time

    // Truncate and scribble over the cache: it is ignored and rebuilt, never trusted.
    var bytes = try Data(contentsOf: URL(fileURLWithPath: cache))
    bytes = bytes.prefix(bytes.count / 2)
    try bytes.write(to: URL(fileURLWithPath: cache))
    let rebuilt = try RowIndex.load(data, cachePath: cache)
    #expect(rebuilt.parsedFiles == 4)  // three reports and the broken file
    try Data(repeating: 0xFF, count: 4096).write(to: URL(fileURLWithPath: cache))
    #expect(try RowIndex.load(data, cachePath: cache).reports.count == 3)
  }

  @Test("a cache made for another folder is not used")
  func otherFolder() throws {
    let a = TemporaryFolder()
    a.installSampleData()
    let b = TemporaryFolder()
    b.installSampleData()
    let cache = a.file("index.bin")
    _ = try RowIndex.load(DataFolder(path: a.path), cachePath: cache)
    #expect(try RowIndex.load(DataFolder(path: b.path), cachePath: cache).parsedFiles == 4)
    #expect(
      RowIndex.cachePath(for: DataFolder(path: a.path), in: "/c")
        != RowIndex.cachePath(for: DataFolder(path: b.path), in: "/c"))
  }

  @Test("an unwritable cache location only costs speed")
  func unwritableCache() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let load = try RowIndex.load(
      DataFolder(path: folder.path), cachePath: "/proc/brag-cannot-write/index.bin")
    #expect(load.reports.count == 4)
  }
}

@Suite("Row index layout")
struct RowIndexLayoutTests {
  /// The sample data in a new folder, with its cache written once (at `index.bin`).
  func cachedSample() throws -> TemporaryFolder {
    let folder = TemporaryFolder()
    folder.installSampleData()
    _ = try RowIndex.load(DataFolder(path: folder.path), cachePath: folder.file("index.bin"))
    return folder
  }

  /// Pinned on purpose: when this fails, the layout changed. Check that `revision` was bumped if
  /// the change is one the field list does not show, then update the expected text.
  @Test("the cache's marker names the layout, so a cache of another layout is rebuilt")
  func markerPinned() {
    #expect(
      RowIndexFormat.layout
        == "BRAGIDX11 id,parent,ref,text,status,timescale,owner,hold,serves|more,reportable")
  }

  @Test("every field reads back from the cache as written, in both regions")
  func everyFieldRoundTrips() throws {
    let folder = try cachedSample()
    let data = DataFolder(path: folder.path)
    let cache = folder.file("index.bin")
    let cached = try RowIndex.load(data, cachePath: cache)
    #expect(cached.parsedFiles == 0)
    let parsed = try data.load().reports.flatMap(\.report.rows)
    let rows = cached.reports.flatMap(\.rows)
    #expect(rows.count == parsed.count)
    for (indexed, row) in zip(rows, parsed) {
      for field in RowField.allCases {
        #expect(indexed.string(field) == row[field], "\(row.id) \(field)")
      }
    }
  }

  @Test("a cache written with another marker is ignored and rebuilt")
  func foreignMarker() throws {
    let folder = try cachedSample()
    let data = DataFolder(path: folder.path)
    let cache = folder.file("index.bin")
    var bytes = try Data(contentsOf: URL(fileURLWithPath: cache))
    bytes[7] = UInt8(ascii: "6")  // "BRAGIDX6…": an older layout
    try bytes.write(to: URL(fileURLWithPath: cache))
    #expect(try RowIndex.load(data, cachePath: cache).parsedFiles == 4)
    #expect(try RowIndex.load(data, cachePath: cache).parsedFiles == 0)
  }
}
