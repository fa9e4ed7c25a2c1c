/// What filters and counts need to know about a row. Both a full ``Row`` and a row read lazily
/// from the index (``IndexedRow``) answer these, so one filter serves both.
public protocol RowFacts {
  var report: String { get }
  var kind: RowKind { get }
  var brag: BRAG { get }
  var isComplete: Bool { get }
  var due: CalendarDate? { get }
  var owner: String? { get }
  /// The fields a text search looks in: text, ref, status, owner, timescale and the rest of the words.
  var searchableFields: [String?] { get }
}

extension RowFacts {
  /// Due before `today` and not complete.
  public func isOverdue(on today: CalendarDate) -> Bool {
    guard let due, !isComplete else { return false }
    return due < today
  }

  /// Days past due (positive) as at `today`, or nil when not overdue.
  public func daysOverdue(on today: CalendarDate) -> Int? {
    guard isOverdue(on: today), let due else { return nil }
    return due.days(until: today)
  }

  /// Open and due within `days` days from `today` (today included, overdue excluded).
  public func isDueSoon(on today: CalendarDate, within days: Int) -> Bool {
    guard let due, !isComplete else { return false }
    return due >= today && due <= today.adding(days: days)
  }
}

extension Row: RowFacts {
  public var searchableFields: [String?] { [text, ref, status, owner, timescale, more] }
}

/// The text fields of a row, in the order they are stored and exported.
public enum RowField: Int, CaseIterable, Sendable {
  case id, parent, ref, text, status, timescale, owner
  /// More words to search: an item's section, audience, response, required outcomes and
  /// updates; an action's notes. Searched, never exported as a column.
  case more
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
    let value: String? =
      switch field {
      case .id: id
      case .parent: parent
      case .ref: ref
      case .text: text
      case .status: status
      case .timescale: timescale
      case .owner: owner
      case .more: more
      }
    guard var value else { return body(nil) }
    return value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
  }
}
