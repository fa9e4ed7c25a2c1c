import BragModel
import BragSampleData
import Foundation

/// A fresh temporary folder, removed when the value is released.
public final class TemporaryFolder {
  public let path: String

  public init() {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "brag-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    path = base.path
  }

  public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// Writes the bundled sample data here.
  public func installSampleData() {
    for file in SampleData.files {
      _ = FileManager.default.createFile(atPath: self.file(file.name), contents: Data(file.bytes))
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The sample data and the seed documents it was transcribed from.
public enum Samples {
  /// The sample reports, decoded from the bytes compiled into the binary.
  public static let reports: [String: Report] = {
    var result: [String: Report] = [:]
    for file in SampleData.files {
      let report = try! ReportCoding.decode(Data(file.bytes), file: file.name)
      result[report.id] = report
    }
    return result
  }()

  public static func report(_ id: String) -> Report { reports[id]! }

  /// The text of the seed document whose file name starts with `prefix` ("001").
  public static func seed(_ prefix: String) -> String {
    let folder = Repository.root.appendingPathComponent("Tests/BragTestSupport/Seeds")
    let name = try! FileManager.default.contentsOfDirectory(atPath: folder.path).first {
      $0.hasPrefix(prefix)
    }!
    return try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// The item texts of a seed progress page, in page order: the lines between each `heading`
  /// ("Recommendation", "Area for improvement") and "Action we have taken".
  public static func seedTexts(_ prefix: String, heading: String = "Recommendation") -> [String] {
    var texts: [String] = []
    var current: [Substring]?
    for line in seed(prefix).split(separator: "\n", omittingEmptySubsequences: false) {
      if line == heading {
        current = []
      } else if line == "Action we have taken" {
        if let lines = current { texts.append(lines.joined(separator: "\n")) }
        current = nil
      } else {
        current?.append(line)
      }
    }
    return texts
  }

  public static let today = CalendarDate("2026-11-27")!
}

/// Paths inside this repository, found from this source file so no machine path is written down.
public enum Repository {
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  public static let fixtures = root.appendingPathComponent("fixtures")
}
