import BragModel
import BragTestSupport
import Foundation
import Testing

/// Issue 10, the store's parts: what a save must notice, keep and refuse.
@Suite("Store hardening")
struct StoreHardeningTests {
  private func sample() -> (TemporaryFolder, DataFolder) {
    let folder = TemporaryFolder()
    folder.installSampleData()
    return (folder, DataFolder(path: folder.path))
  }

  private func mtime(_ path: String) -> timespec {
    var info = stat()
    stat(path, &info)
    return info.st_mtim
  }

  @Test("a same-size rewrite in place with its modification time put back is noticed by its content")
  func rewriteWithMtimeRestored() throws {
    let (folder, data) = sample()
    let file = folder.file("staffs-round3-2024.json")
    var loaded = try data.loadReport(id: "staffs-round3-2024")
    // Another program rewrites the file in place, same size, then puts the time back (touch -r).
    let time = mtime(file)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    let title = Array("\"title\": \"".utf8)
    let at = try #require(
      (0..<(bytes.count - title.count)).first { Array(bytes[$0..<($0 + title.count)]) == title })
    bytes[at + title.count] = UInt8(ascii: "X")
    let handle = try #require(FileHandle(forUpdatingAtPath: file))
    handle.write(Data(bytes))
    try handle.close()
    var times = [time, time]
    #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
    #expect(FileIdentity.of(file) == loaded.identity)

    loaded.report.items[0].brag = .red
    #expect(throws: DataFolder.FolderError.changedOnDisk(file)) {
      try data.save(loaded.report, expecting: loaded.identity, contentHash: loaded.contentHash)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(bytes))
    // An edit under the lock is made on the bytes as they are now, not on the copy read before.
    let (_, outcome) = try data.update(reportID: "staffs-round3-2024", cached: loaded) { report in
      report.items[1].brag = .amber
    }
    #expect(outcome.loaded.report.title.hasPrefix("X"))
    #expect(outcome.loaded.report.items[1].brag == .amber)
    #expect(ContentHash.of(Data("abc".utf8)) == 0xe71f_a219_0541_574b)  // FNV-1a, the same every run
  }

  @Test("a UTF-16 data file is refused naming the file, never rewritten; UTF-8 with a BOM still loads")
  func encodings() throws {
    let (folder, data) = sample()
    let file = folder.file("staffs-round3-2024.json")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let utf16 = try #require(text.data(using: .utf16))
    try utf16.write(to: URL(fileURLWithPath: file))
    let tracker = try data.load()
    let failure = try #require(tracker.failures.first)
    #expect(failure.file == file)
    #expect(failure.description.contains("is UTF-16, not UTF-8"))
    #expect(throws: DataFileError.self) {
      try data.update(reportID: "staffs-round3-2024") { $0.title = "x" }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == utf16)

    try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: URL(fileURLWithPath: file))
    #expect(try data.load().failures.isEmpty)
    try data.update(reportID: "staffs-round3-2024") { $0.items[0].brag = .red }
    #expect(try data.loadReport(id: "staffs-round3-2024").report.items[0].brag == .red)

    try Data("{\"format\": 1, \"t\u{E9}\": 1}".utf8).map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 }
      .withUnsafeBufferPointer { Data(buffer: $0) }.write(to: URL(fileURLWithPath: file))
    #expect(try data.load().failures.first?.message.contains("is not UTF-8") == true)
  }

  @Test("a read-only file, or a read-only folder, is refused and left as it was")
  func readOnly() throws {
    let (folder, data) = sample()
    let file = folder.file("staffs-round3-2024.json")
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    chmod(file, 0o444)
    #expect(DataFolder.fileWriteProblem(file) != nil)
    #expect(throws: DataFolder.FolderError.self) {
      try data.update(reportID: "staffs-round3-2024") { $0.items[0].brag = .red }
    }
    let loaded = try data.loadReport(id: "staffs-round3-2024")
    #expect(throws: DataFolder.FolderError.self) {
      try data.save(loaded.report, expecting: loaded.identity)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    chmod(file, 0o644)

    #expect(data.writeProblem() == nil)
    chmod(folder.path, 0o555)
    defer { chmod(folder.path, 0o755) }
    #expect(data.writeProblem()?.contains("read-only") == true)
    #expect(throws: DataFolder.FolderError.self) {
      try data.update(reportID: "staffs-round3-2024") { $0.items[0].brag = .red }
    }
  }

  @Test("a save keeps the file's owner and group")
  func keepsOwner() throws {
    let (folder, data) = sample()
    let file = folder.file("staffs-round3-2024.json")
    guard getuid() == 0 else { return }  // giving a file away needs root
    #expect(chown(file, 1234, 5678) == 0)
    try data.update(reportID: "staffs-round3-2024") { $0.items[0].brag = .red }
    var info = stat()
    stat(file, &info)
    #expect(info.st_uid == 1234)
    #expect(info.st_gid == 5678)
    #expect(try data.loadReport(id: "staffs-round3-2024").report.items[0].brag == .red)
  }

  @Test("a chain of two symbolic links stays a chain; the final target gets the edit")
  func linkChain() throws {
    let folder = TemporaryFolder()
    let elsewhere = TemporaryFolder()
    let report = Report(id: "r", title: "T", kind: .other)
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: elsewhere.file("target.json")))
    try FileManager.default.createSymbolicLink(
      atPath: elsewhere.file("middle.json"), withDestinationPath: "target.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("r.json"), withDestinationPath: elsewhere.file("middle.json"))
    let data = DataFolder(path: folder.path)
    try data.update(reportID: "r") { $0.title = "Changed" }
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("r.json"))
        == elsewhere.file("middle.json"))
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: elsewhere.file("middle.json"))
        == "target.json")
    #expect(try String(contentsOfFile: elsewhere.file("target.json"), encoding: .utf8).contains("Changed"))
  }

  @Test("a file with other hard links is saved with a warning that they keep the old content")
  func hardLink() throws {
    let (folder, data) = sample()
    let file = folder.file("staffs-round3-2024.json")
    let other = TemporaryFolder()
    #expect(link(file, other.file("copy.json")) == 0)
    let (_, outcome) = try data.update(reportID: "staffs-round3-2024") { $0.items[0].brag = .red }
    #expect(outcome.notes.contains { $0.contains("has other hard links; they keep the old content") })
    #expect(try data.loadReport(id: "staffs-round3-2024").report.items[0].brag == .red)
  }

  @Test("temporary files a killed save left are removed at the next save, and said; others stay")
  func staleTemporaries() throws {
    let (folder, data) = sample()
    let deadWriter = folder.file(".staffs-round3-2024.json.brag-tmp-99999999.AbC123")
    let liveWriter = folder.file(".staffs-round3-2024.json.brag-tmp-\(getpid()).XyZ789")
    let oldStyle = folder.file(".staffs-round3-2024.json.Qw3rty")
    let freshOldStyle = folder.file(".staffs-round3-2024.json.Qw3rtz")
    let unrelated = folder.file(".notes")
    for path in [deadWriter, liveWriter, oldStyle, freshOldStyle, unrelated] {
      FileManager.default.createFile(atPath: path, contents: Data("half".utf8))
    }
    var old = [timespec(tv_sec: time(nil) - 120, tv_nsec: 0), timespec(tv_sec: time(nil) - 120, tv_nsec: 0)]
    utimensat(AT_FDCWD, oldStyle, &old, 0)
    let (_, outcome) = try data.update(reportID: "staffs-round3-2024") { $0.items[0].brag = .red }
    let exists = { FileManager.default.fileExists(atPath: $0) }
    #expect(!exists(deadWriter))
    #expect(!exists(oldStyle))
    #expect(exists(liveWriter))
    #expect(exists(freshOldStyle))
    #expect(exists(unrelated))
    #expect(outcome.notes.contains { $0.contains("2 temporary files left by an interrupted save") })
  }
}
