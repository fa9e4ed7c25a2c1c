import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Data folder")
struct DataFolderTests {
  @Test("loads every sample report")
  func loadsSamples() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let tracker = try DataFolder(path: folder.path).load()
    #expect(tracker.failures.isEmpty)
    #expect(tracker.reports.map(\.report.id).sorted() == Samples.reports.keys.sorted())
  }

  @Test("several reports edited as one step: written only when the step succeeds for all of them")
  func severalReports() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let data = DataFolder(path: folder.path)
    let ids = ["mfrs-action-plan-2023", "staffs-misconduct-2024"]
    func bytes() throws -> [Data] {
      try ids.map { try Data(contentsOf: URL(fileURLWithPath: folder.file("\($0).json"))) }
    }
    let before = try bytes()
    struct Refused: Error {}
    // A refusal after the first report was changed: neither is written.
    #expect(throws: Refused.self) {
      try data.update(reportIDs: ids) { reports in
        reports[ids[0]]!.title = "changed"
        reports[ids[1]]!.title = "changed too"
        throw Refused()
      }
    }
    #expect(try bytes() == before)
    // A read-only file among those changed: refused, naming it, before any is written.
    let readOnly = folder.file("\(ids[1]).json")
    chmod(readOnly, 0o444)
    #expect(throws: DataFolder.FolderError.self) {
      try data.update(reportIDs: ids) { reports in
        reports[ids[0]]!.title = "changed"
        reports[ids[1]]!.title = "changed too"
      }
    }
    #expect(try bytes() == before)
    chmod(readOnly, 0o644)
    // Both changed and written; one left as it was is not rewritten.
    let (count, _) = try data.update(reportIDs: ids) { reports in
      reports[ids[0]]!.title = "changed"
      return reports.count
    }
    #expect(count == 2)
    let after = try bytes()
    #expect(after[0] != before[0])
    #expect(after[1] == before[1])
    #expect(try data.loadReport(id: ids[0]).report.title == "changed")
  }

  @Test("a corrupt file is reported with file, line and column, left untouched, and the others still load")
  func corruptFile() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let broken = folder.file("staffs-round3-2024.json")
    var text = try String(contentsOfFile: broken, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"label\": \"AFI 2\",", with: "\"label\": \"AFI 2\"")
    try text.write(toFile: broken, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: URL(fileURLWithPath: broken))

    let data = DataFolder(path: folder.path)
    let tracker = try data.load()
    #expect(tracker.reports.count == 3)
    let failure = try #require(tracker.failures.first)
    #expect(failure.file == broken)
    #expect(failure.line == 34)  // the next key, where the missing comma is noticed
    #expect(failure.column == 9)
    #expect(failure.description.contains("is not valid JSON: expected ',' or '}'"))

    // Saving over it is refused: we never read it, so its identity cannot match.
    let replacement = Report(id: "staffs-round3-2024", title: "x", kind: .other)
    #expect(throws: DataFolder.FolderError.changedOnDisk(broken)) {
      try data.save(replacement, expecting: nil)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: broken)) == before)
  }

  @Test("a file whose id does not match its name is refused with the field named")
  func idMismatch() throws {
    let folder = TemporaryFolder()
    let report = Report(id: "real-id", title: "T", kind: .other)
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: folder.file("other-name.json")))
    let tracker = try DataFolder(path: folder.path).load()
    let failure = try #require(tracker.failures.first)
    #expect(failure.fieldPath == "report.id")
    #expect(failure.message.contains("must match the file name"))
  }

  @Test("duplicate item ids are refused")
  func duplicateIDs() throws {
    let folder = TemporaryFolder()
    let item = Item(id: "rec-1", kind: .recommendation, label: "Rec 1", text: "t")
    let report = Report(id: "r", title: "T", kind: .other, items: [item, item])
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: folder.file("r.json")))
    let failure = try #require(try DataFolder(path: folder.path).load().failures.first)
    #expect(failure.fieldPath == "report.items[1].id")
    #expect(failure.message.contains("used twice"))
  }

  @Test("a missing folder, and a file given as the folder, say what to do")
  func missingFolder() {
    #expect(throws: DataFolder.FolderError.missing("/nonexistent/brag")) {
      try DataFolder(path: "/nonexistent/brag").load()
    }
    let folder = TemporaryFolder()
    folder.installSampleData()
    let file = folder.file("staffs-round3-2024.json")
    #expect(throws: DataFolder.FolderError.notAFolder(file)) { try DataFolder(path: file).load() }
    #expect(DataFolder.FolderError.missing("x").description.contains("brag init x"))
  }

  @Test("save writes the canonical bytes and returns the new identity; a stale identity is refused")
  func saveAndConflict() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let data = DataFolder(path: folder.path)
    var loaded = try #require(try data.load().report(id: "staffs-round3-2024"))
    loaded.report.items[0].brag = .amber
    let newIdentity = try data.save(loaded.report, expecting: loaded.identity)
    #expect(newIdentity != loaded.identity)
    let reread = try #require(try data.load().report(id: "staffs-round3-2024"))
    #expect(reread.report.items[0].brag == .amber)
    #expect(reread.identity == newIdentity)
    // A second copy still holding the old identity must not overwrite the first one's edit.
    loaded.report.items[1].brag = .red
    #expect(throws: DataFolder.FolderError.self) { try data.save(loaded.report, expecting: loaded.identity) }
    #expect(try data.load().report(id: "staffs-round3-2024")?.report.items[1].brag == .green)
  }
}

@Suite("Atomic writes")
struct AtomicFileTests {
  @Test("a rewrite keeps the file's permissions, so a locked-down file stays locked down")
  func keepsPermissions() throws {
    let folder = TemporaryFolder()
    let path = folder.file("secret.json")
    try AtomicFile.write(Data("one".utf8), to: path)
    chmod(path, 0o600)
    try AtomicFile.write(Data("two".utf8), to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
  }

  @Test("a new file follows the umask")
  func followsUmask() throws {
    let folder = TemporaryFolder()
    let path = folder.file("new.json")
    let old = umask(0o027)
    defer { umask(old) }
    try AtomicFile.write(Data("x".utf8), to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
  }

  @Test("no temporary file is left behind, and a write into a missing folder fails cleanly")
  func noLeftovers() throws {
    let folder = TemporaryFolder()
    try AtomicFile.write(Data("x".utf8), to: folder.file("a.json"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.json"])
    #expect(throws: AtomicFile.WriteError.self) {
      try AtomicFile.write(Data("x".utf8), to: folder.file("missing/a.json"))
    }
  }
}

@Suite("Saving through links")
struct SymlinkTests {
  @Test("a data file that is a symbolic link stays a link; its target gets the edit")
  func symlink() throws {
    let folder = TemporaryFolder()
    let elsewhere = TemporaryFolder()
    let report = Report(id: "r", title: "T", kind: .other)
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: elsewhere.file("r.json")))
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("r.json"), withDestinationPath: elsewhere.file("r.json"))
    let data = DataFolder(path: folder.path)
    var loaded = try #require(try data.load().report(id: "r"))
    loaded.report.title = "Changed"
    try data.save(loaded.report, expecting: loaded.identity)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("r.json"))
        == elsewhere.file("r.json"))
    #expect(try String(contentsOfFile: elsewhere.file("r.json"), encoding: .utf8).contains("Changed"))
  }
}
