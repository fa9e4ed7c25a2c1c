import BragModel
import Foundation
import Testing

/// Issue 10 on the command line: edits made under the folder's lock on the current content,
/// and the files brag must not write (or must write with care).
@Suite("Concurrent and careful saves")
struct ConcurrentEditTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter"]

  @Test("three brag processes making 20 edits each to different items of one report: none refused, none lost")
  func threeWriters() throws {
    let data = try initialised()
    let writers = 3
    let edits = 20
    let results = Results()
    let home = scratch.path
    let environment = baseEnvironment
    DispatchQueue.concurrentPerform(iterations: writers) { writer in
      for edit in 0..<edits {
        // Each writer has its own items (rec-1…rec-5, rec-6…rec-10, rec-11…rec-15).
        let item = writer * 5 + edit % 5 + 1
        let arguments = [
          "set", "staffs-misconduct-2024/rec-\(item)", "--data", data, "--note", "w\(writer)-e\(edit)",
        ]
        let output = try? BragProcess.run(arguments, home: home, environment: environment)
        results.add(output)
      }
    }
    let outputs = results.all
    #expect(outputs.count == writers * edits)
    for output in outputs {
      #expect(output?.status == 0, "\(output?.stderr ?? "did not run")")
    }
    let report = try report(data, "staffs-misconduct-2024")
    for writer in 0..<writers {
      for edit in 0..<edits {
        let item = report.items.first { $0.id == "rec-\(writer * 5 + edit % 5 + 1)" }
        #expect(
          item?.history.contains { $0.field == .note && $0.after == "w\(writer)-e\(edit)" } == true,
          "w\(writer)-e\(edit) is missing")
      }
    }
  }

  @Test("a read-only file is refused by brag set, naming the file, and left untouched")
  func readOnlyFile() throws {
    let data = try initialised()
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    chmod(file, 0o444)
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let result = try brag(["set", "staffs-misconduct-2024/rec-2", "--data", data, "--brag", "red"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(file): the file is read-only"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    var info = stat()
    stat(file, &info)
    #expect(info.st_mode & 0o777 == 0o444)
  }

  @Test(
    "a hand-over refuses a read-only file holding something to hand over, before any change; others do not stop it"
  )
  func handoverReadOnly() throws {
    let data = try initialised()
    let plan = (data as NSString).appendingPathComponent("mfrs-action-plan-2023.json")
    let other = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    chmod(other, 0o444)
    let fine = try brag([
      "set", "--owner-from", "Protection", "--owner", "Head of Protection", "--data", data,
    ])
    #expect(fine.status == 0, "\(fine.stderr)")
    chmod(other, 0o644)
    chmod(plan, 0o444)
    let before = try Data(contentsOf: URL(fileURLWithPath: plan))
    let refused = try brag(["set", "--owner-from", "people", "--owner", "Jo", "--data", data])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(plan): the file is read-only"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
  }

  @Test("a read-only folder is refused up front by the editing commands")
  func readOnlyFolder() throws {
    let data = try initialised()
    chmod(data, 0o555)
    defer { chmod(data, 0o755) }
    for arguments in [
      ["set", "staffs-misconduct-2024/rec-2", "--brag", "red"],
      ["add", "update", "staffs-misconduct-2024/rec-2", "--text", "x"],
      ["set", "--owner-from", "people", "--owner", "Jo"],
      ["add", "report", "--id", "new-one", "--title", "T"],
    ] {
      let result = try brag(arguments + ["--data", data])
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.contains("\(data): the data folder is read-only"), "\(result.stderr)")
    }
  }

  @Test("a temporary file left by a killed save is removed at the next save, with a note")
  func staleTemporary() throws {
    let data = try initialised()
    let stale = (data as NSString).appendingPathComponent(
      ".staffs-misconduct-2024.json.brag-tmp-99999999.AbC123")
    FileManager.default.createFile(atPath: stale, contents: Data("half".utf8))
    let result = try brag(["set", "staffs-misconduct-2024/rec-2", "--data", data, "--brag", "red"])
    #expect(result.status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(result.stderr.contains("removed a temporary file left by an interrupted save"))
  }

  @Test("another user's save keeps the group, and says once that the owner could not be kept")
  func ownerKept() throws {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
    let data = try initialised()
    chmod(scratch.path, 0o755)
    chmod(data, 0o777)
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    chown(file, 4242, 4343)
    chmod(file, 0o666)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = [
      "--reuid", "1234", "--regid", "4343", "--clear-groups", BragProcess.binary.path,
      "set", "staffs-misconduct-2024/rec-2", "--data", data, "--brag", "red",
    ]
    process.environment = [
      "HOME": scratch.path, "BRAG_NO_CACHE": "1", "USER": "other", "PATH": "/usr/bin:/bin",
    ]
    let err = Pipe()
    process.standardError = err
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(stderr)")
    var info = stat()
    stat(file, &info)
    #expect(info.st_gid == 4343)
    #expect(info.st_uid == 1234)
    #expect(stderr.components(separatedBy: "its owner (uid 4242) could not be kept").count == 2, "\(stderr)")
    #expect(try report(data, "staffs-misconduct-2024").items[1].brag == .red)
  }
}

/// Outputs gathered from several threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var outputs: [BragProcess.Output?] = []

  func add(_ output: BragProcess.Output?) {
    lock.lock()
    outputs.append(output)
    lock.unlock()
  }

  var all: [BragProcess.Output?] {
    lock.lock()
    defer { lock.unlock() }
    return outputs
  }
}
