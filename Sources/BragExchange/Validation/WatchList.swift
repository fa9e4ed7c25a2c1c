import BragModel
import Foundation

/// Names that must never appear in a return: people involved in cases, complainants, witnesses.
///
/// Kept in the data folder as `.brag-watchlist.txt` (a dot-file, so it is never read as a
/// report): one name per line; `#` starts a comment; blank lines are ignored. A name matches
/// in any letter case, on word boundaries ("Lee" does not match "Leeds"), with any run of white
/// space between its words and either apostrophe ("O'Brien", "O’Brien").
public struct WatchList: Sendable, Hashable {
  /// The file's name inside the data folder.
  public static let fileName = ".brag-watchlist.txt"

  /// The names, trimmed, in file order, without duplicates (compared ignoring case).
  public let names: [String]

  public init(names: [String]) {
    var seen: Set<String> = []
    var kept: [String] = []
    for name in names {
      let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty, seen.insert(trimmed.lowercased()).inserted else { continue }
      kept.append(trimmed)
    }
    self.names = kept
  }

  /// An empty list: nothing matches.
  public static let empty = WatchList(names: [])

  public var isEmpty: Bool { names.isEmpty }

  /// Reads the file's text: one name per line, `#` comments, blank lines ignored.
  public static func parse(_ text: String) -> WatchList {
    var names: [String] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      var content = Substring(line)
      if let hash = content.firstIndex(of: "#") { content = content[..<hash] }
      let name = content.trimmingCharacters(in: .whitespaces)
      if !name.isEmpty { names.append(name) }
    }
    return WatchList(names: names)
  }

  /// A watch list that could not be read.
  public struct ReadError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var reason: String
    public var description: String { "\(file): cannot be read: \(reason)" }
  }

  /// The path of the watch list in `folder`.
  public static func path(in folder: DataFolder) -> String {
    (folder.path as NSString).appendingPathComponent(fileName)
  }

  /// Loads the folder's watch list; a folder without one has an empty list.
  public static func load(from folder: DataFolder) throws(ReadError) -> WatchList {
    let file = path(in: folder)
    guard FileManager.default.fileExists(atPath: file) else { return .empty }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ReadError(file: file, reason: "check its permissions")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ReadError(file: file, reason: "it is not UTF-8 text")
    }
    return parse(text)
  }
}

extension SensitiveInformation {
  /// The detector for `folder`: the patterns plus the folder's watch list. The one way every
  /// export, `brag validate` and the board get their detector, so none of them checks less than
  /// another: a watch list that cannot be read is an error for all of them, never an empty list.
  public static func forFolder(_ folder: DataFolder) throws(WatchList.ReadError) -> SensitiveInformation {
    SensitiveInformation(watchList: try WatchList.load(from: folder))
  }
}

extension WatchList.ReadError {
  /// What an export says when it refuses for want of the watch list.
  public var refusal: String {
    "\(description); fix it or remove it (it holds names that must never be published or sent to HMICFRS)"
  }
}
