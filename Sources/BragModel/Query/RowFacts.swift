/// What filters and counts need to know about a row. Both a full ``Row`` and a row read lazily
/// from the index (``IndexedRow``) answer these, so one filter serves both.
public protocol RowFacts: Deadlined {
  var report: String { get }
  var kind: RowKind { get }
  var brag: BRAG { get }
  var owner: String? { get }
  /// Closure, original date and extensions.
  var workflow: RowWorkflow { get }
  /// The fields a text search looks in: text, ref, status, owner, timescale and the rest of the words.
  var searchableFields: [String?] { get }
}

extension RowFacts {
  /// An extension request waits for the board on an open row.
  public var extensionAwaitsDecision: Bool { workflow.hasExtensionRequest && !isComplete }
}

extension Row: RowFacts {
  public var searchableFields: [String?] { RowField.searched.map { self[$0] } }
}

/// The text fields of a row. The row index stores them in this order, each in its region, so
/// adding a case here is all a new field needs (and changes the index's marker by itself).
public enum RowField: Int, CaseIterable, Sendable {
  case id, parent, ref, text, status, timescale, owner
  /// "waiting on NFCC: …" while on hold.
  case hold
  /// For an action: the further items it answers, global ids a line (``Action/serves``).
  case serves
  /// More words to search: an item's section, audience, required outcomes and link texts; an
  /// action's notes. Searched, never exported as a column.
  case more
  /// The words of an item that can reach HMICFRS or the public (``Item/reportableTexts``):
  /// return narrative, response, updates. Searched, and what the board's `!` mark scans.
  case reportable

  /// Where the index keeps a field: with the printed fields, or with the long search-only words.
  public enum Region: Sendable {
    case printed
    case searchOnly
  }

  public var region: Region {
    switch self {
    case .id, .parent, .ref, .text, .status, .timescale, .owner, .hold, .serves: .printed
    case .more, .reportable: .searchOnly
    }
  }

  /// The fields of `region`, in storage order.
  public static func fields(in region: Region) -> [RowField] { allCases.filter { $0.region == region } }

  /// The field's position among its region's fields.
  public var positionInRegion: Int { Self.positions[rawValue] }

  private static let positions: [Int] = allCases.map { field in
    fields(in: field.region).firstIndex(of: field)!
  }

  /// The fields a text search looks in.
  public static let searched: [RowField] = [.text, .ref, .status, .owner, .timescale, .more, .reportable]
}

/// A row that can hand its texts over as UTF-8 bytes, so exports can write them without
/// building a `String` per field.
public protocol ExportableRow: RowFacts {
  var number: Int? { get }
  var precision: DuePrecision { get }
  /// Calls `body` with the field's UTF-8 bytes, or nil when the field is absent.
  func withUTF8<R>(_ field: RowField, _ body: (UnsafeRawBufferPointer?) -> R) -> R
}

extension Row: ExportableRow {
  public func withUTF8<R>(_ field: RowField, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    guard var value = self[field] else { return body(nil) }
    return value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
  }
}
