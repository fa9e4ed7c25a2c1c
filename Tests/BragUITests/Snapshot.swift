import Foundation
import Testing

/// Compares a screen with a stored snapshot in Snapshots/; `BRAG_RECORD=1 swift test` rewrites them.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")

  static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent("\(name).txt")
    let actual = text + "\n"
    if ProcessInfo.processInfo.environment["BRAG_RECORD"] == "1" {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "No snapshot \(name).txt; run BRAG_RECORD=1 swift test to record it", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record(
        "Screen differs from \(name).txt:\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation)
    }
  }

  /// The lines that differ, numbered, expected above actual.
  static func lineDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
      let x = i < a.count ? String(a[i]) : "<none>"
      let y = i < b.count ? String(b[i]) : "<none>"
      if x != y { out.append("\(i + 1)- \(x)\n\(i + 1)+ \(y)") }
    }
    return out.joined(separator: "\n")
  }
}
