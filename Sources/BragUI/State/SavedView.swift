import BragModel
import Foundation

/// A filter kept under a name (`v` `s`), to come back to with `v` and a digit: which report,
/// the overdue and due-soon views, ratings, owner and search. Kept in the data folder
/// (``SavedViews/fileName``), so it survives restarts and travels with the data.
public struct SavedView: Codable, Equatable, Sendable {
  public var name: String
  /// The report shown, by id; nil for all reports.
  public var report: String?
  public var overdueOnly: Bool
  /// The due-soon window, in days (14, 42, 91); nil for none.
  public var dueWithinDays: Int?
  /// Ratings shown ("red", "amber"); empty for every rating.
  public var brags: [String]
  public var owner: String?
  public var search: String?

  public init(name: String, report: String?, filter: BoardFilter, search: String?) {
    self.name = name
    self.report = report
    overdueOnly = filter.overdueOnly
    dueWithinDays = filter.window.days
    brags = BRAG.allCases.filter { filter.brags.contains($0) }.map(\.rawValue)
    owner = filter.owner
    self.search = search
  }

  /// The filter this view stands for (a window or rating it does not know is left out).
  public var filter: BoardFilter {
    var filter = BoardFilter()
    filter.overdueOnly = overdueOnly
    filter.window = DueSoonWindow.allCases.first { $0.days == dueWithinDays && dueWithinDays != nil } ?? .none
    filter.brags = Set(brags.compactMap(BRAG.init(rawValue:)))
    filter.owner = owner
    return filter
  }
}

/// The saved views file: `.brag-views.json` in the data folder (a dot file, so never taken for a
/// report), written atomically.
public enum SavedViews {
  public static let fileName = ".brag-views.json"

  struct File: Codable {
    var views: [SavedView]
  }

  /// The views in `path`: none when there is no file yet.
  public static func load(_ path: String) throws -> [SavedView] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try JSONDecoder().decode(File.self, from: data).views
  }

  public static func encode(_ views: [SavedView]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return try encoder.encode(File(views: views)) + Data("\n".utf8)
  }
}
