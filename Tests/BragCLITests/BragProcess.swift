import BragModel
import Foundation
import Testing

/// Runs the built `brag` binary with a clean environment and captures what a user would see.
struct BragProcess {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `brag` executable SwiftPM built beside this test bundle.
  static let binary: URL = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // The runner may be inside a .xctest bundle folder; walk up until `brag` is beside us.
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("brag")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    fatalError("cannot find the brag binary near \(testBinary.path)")
  }()

  /// Runs brag with `arguments`; HOME and the XDG folders point into `home` so nothing real is touched.
  static func run(_ arguments: [String], home: String, environment extra: [String: String] = [:]) throws
    -> Output
  {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var environment = [
      "HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_CACHE_HOME": home + "/cache",
    ]
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}

/// A fresh temporary folder, removed when released.
final class Scratch {
  let path: String

  init() {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("brag-cli-\(UUID().uuidString)").path
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// What the command-line suites share: a scratch home, `brag` run in it with the suite's
/// environment, a data folder holding the sample data, and a report read back from its file.
protocol CLISuite {
  var scratch: Scratch { get }
  /// Variables every run of this suite gets (a run may add more).
  var baseEnvironment: [String: String] { get }
}

extension CLISuite {
  var baseEnvironment: [String: String] { [:] }

  func brag(_ arguments: [String], environment: [String: String] = [:]) throws -> BragProcess.Output {
    try BragProcess.run(
      arguments, home: scratch.path, environment: baseEnvironment.merging(environment) { $1 })
  }

  /// Writes `text` to a file in the scratch folder; returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    let path = scratch.file(name)
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  /// A data folder with the sample data, made by `brag init`.
  func initialised() throws -> String {
    let data = scratch.file("data")
    let made = try brag(["init", data])
    #expect(made.status == 0, "\(made.stderr)")
    return data
  }

  func report(_ data: String, _ id: String) throws -> Report {
    try ReportCoding.decode(
      Data(contentsOf: URL(fileURLWithPath: (data as NSString).appendingPathComponent("\(id).json"))),
      file: id)
  }
}

extension BragProcess {
  /// Runs any program with standard input closed: its exit status and all it printed, standard
  /// output and error together.
  static func tool(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (
    status: Int32, output: [UInt8]
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, Array(data))
  }

  /// Runs brag under a pseudo-terminal (`script`, which `.ci/run` installs): its exit status and
  /// every byte the terminal would have received.
  static func underTerminal(_ arguments: [String], home: String) throws -> (status: Int32, output: [UInt8]) {
    let quoted = ([binary.path] + arguments).map {
      "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    return try tool(
      "/usr/bin/script", ["-qec", quoted.joined(separator: " "), "/dev/null"],
      environment: [
        "HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_CACHE_HOME": home + "/cache",
        "TERM": "xterm-256color", "BRAG_TODAY": "2026-11-27",
      ])
  }
}
