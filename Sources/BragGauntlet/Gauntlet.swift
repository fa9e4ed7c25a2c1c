import BragModel
import BragSampleData
import Foundation

/// The reliability gauntlet: faults thrown at the real `brag` binary — kill -9 during saves, a
/// sweep of corrupt files, a keystroke soak in tmux with resizes, a full disk — each reporting
/// what it did and every way the program fell short. `swift test` runs a bounded round; `brag-bench
/// gauntlet --minutes N` runs it for as long as asked.
public struct Gauntlet {
  /// The `brag` executable under test.
  public let binary: String
  /// A scratch folder the gauntlet owns.
  public let work: String

  public init(binary: String, work: String) {
    self.binary = binary
    self.work = work
  }

  /// What one trial kind found: how many tries, what happened, and the failures (empty: passed).
  public struct Report: CustomStringConvertible, Sendable {
    public var name: String
    public var trials = 0
    public var facts: [String] = []
    public var failures: [String] = []
    public var skipped: String?

    public init(name: String) { self.name = name }

    public var description: String {
      if let skipped { return "\(name): skipped — \(skipped)" }
      let verdict = failures.isEmpty ? "passed" : "\(failures.count) failure(s)"
      return
        (["\(name): \(trials) trials, \(verdict)"] + facts.map { "  \($0)" }
        + failures.prefix(10).map { "  FAIL \($0)" })
        .joined(separator: "\n")
    }
  }

  /// An environment for brag that touches nothing real: HOME, the cache and today in `work`.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "HOME": work, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_CACHE_HOME": work + "/cache",
      "BRAG_TODAY": "2026-11-27", "USER": "gauntlet",
    ]
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// A new data folder holding the sample data.
  func sampleFolder(_ name: String) throws -> String {
    let folder = (work as NSString).appendingPathComponent(name)
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for file in SampleData.files {
      try Data(file.bytes).write(
        to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file.name)))
    }
    return folder
  }

  /// Every report file in `folder` must load; returns the problems.
  static func unloadable(in folder: String) -> [String] {
    guard let files = try? DataFolder(path: folder).reportFiles() else { return ["\(folder): cannot list"] }
    return files.compactMap { file in
      if case .failure(let error) = DataFolder.loadFile(file) { return "\(error)" }
      return nil
    }
  }

  /// Leftover temporary files of the atomic writer in `folder`.
  static func temporaryFiles(in folder: String) -> [String] {
    // The atomic writer's temporaries are ".<file>.json.XXXXXX".
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasPrefix(".") && $0.contains(".json.")
    }
  }
}

/// A small deterministic random source, so a failing round can be run again with its seed.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}
