import Foundation

/// A board meeting as it happens: kept in the data folder from its first key and rewritten
/// atomically at each step, so no exit loses it (`q`, Ctrl-C, a closed terminal, a crash, a power
/// cut). The changes and decisions themselves are in the reports' histories, saved as they are
/// made; the journal says who met, when, and what was reviewed in which order, which is what the
/// minutes need besides.
public struct MeetingJournal: Codable, Equatable, Sendable {
  /// One agenda item as the board reached it.
  public struct Review: Codable, Equatable, Sendable {
    /// The item's global id, `report/item`.
    public var item: String
    /// When it was first reached (ISO 8601, UTC).
    public var at: String
    /// Its rating at that moment.
    public var brag: BRAG
    /// Why it is on the agenda: "Overdue", "Red", "Amber", "Due soon", "Not rated", "Everything else".
    public var reason: String

    public init(item: String, at: String, brag: BRAG, reason: String) {
      self.item = item
      self.at = at
      self.brag = brag
      self.reason = reason
    }
  }

  /// The file's name without `.json`: the start time, "2026-11-27T100500Z".
  public var id: String
  public var title: String
  /// ISO 8601, UTC.
  public var startedAt: String
  /// Nil while the meeting is open.
  public var endedAt: String?
  public var attendees: String?
  public var apologies: String?
  /// Whether "everything else" was on the agenda too.
  public var includesRest: Bool
  /// Items reviewed, in the order the board reached them; each once.
  public var reviewed: [Review]

  public static let defaultTitle = "Fire Standards Implementation Board"

  public init(
    startedAt: String, attendees: String? = nil, apologies: String? = nil, includesRest: Bool = false,
    title: String = MeetingJournal.defaultTitle
  ) {
    id = Self.id(for: startedAt)
    self.title = title
    self.startedAt = startedAt
    endedAt = nil
    self.attendees = attendees
    self.apologies = apologies
    self.includesRest = includesRest
    reviewed = []
  }

  public var isOpen: Bool { endedAt == nil }

  /// Records that the board reached `item`; an item already reviewed keeps its first review.
  public mutating func review(_ item: String, at: String, brag: BRAG, reason: String) {
    guard !reviewed.contains(where: { $0.item == item }) else { return }
    reviewed.append(Review(item: item, at: at, brag: brag, reason: reason))
  }

  /// A file-name-safe id from a timestamp: digits, "T" and "Z" only.
  static func id(for timestamp: String) -> String {
    String(timestamp.filter { $0.isNumber || $0 == "T" || $0 == "Z" })
  }
}

/// The meetings of a data folder, one JSON file each in its `meetings/` folder (not a report:
/// the folder's reports are only its top-level `.json` files).
public struct MeetingJournals: Sendable {
  public let folder: String

  public init(dataFolder: DataFolder) {
    folder = (dataFolder.path as NSString).appendingPathComponent("meetings")
  }

  public func path(of id: String) -> String { (folder as NSString).appendingPathComponent("\(id).json") }

  /// Saves the journal atomically (temporary file, fsync, rename).
  public func save(_ journal: MeetingJournal) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try AtomicFile.write(try encoder.encode(journal) + Data("\n".utf8), to: path(of: journal.id))
  }

  /// Every meeting, oldest first. A journal that does not parse is reported, never overwritten.
  public func all() throws -> (journals: [MeetingJournal], broken: [String]) {
    guard FileManager.default.fileExists(atPath: folder) else { return ([], []) }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    var journals: [MeetingJournal] = []
    var broken: [String] = []
    for name in names {
      let file = (folder as NSString).appendingPathComponent(name)
      if let data = FileManager.default.contents(atPath: file),
        let journal = try? JSONDecoder().decode(MeetingJournal.self, from: data)
      {
        journals.append(journal)
      } else {
        broken.append(file)
      }
    }
    return (journals.sorted { $0.startedAt < $1.startedAt }, broken)
  }

  /// The meeting `id` names: an id, "latest" (the most recent), or "open" (the most recent not ended).
  public func find(_ id: String) throws -> MeetingJournal? {
    let journals = try all().journals
    switch id {
    case "latest": return journals.last
    case "open": return journals.last(where: \.isOpen)
    default: return journals.first { $0.id == id }
    }
  }
}
