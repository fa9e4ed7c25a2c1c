/// A row read from the index: the fields filters need are decoded at once, the texts only when asked.
///
/// Listing overdue rows out of 30,000 needs the dates and flags of all of them but the words of
/// only the rows shown, so the words stay in the (memory-mapped) index until then.
public struct IndexedRow: ExportableRow, Sendable {
  let buffer: IndexBuffer
  /// Where this row's strings start in `buffer`.
  let stringsOffset: Int
  public let report: String
  public let kind: RowKind
  public let brag: BRAG
  public let isComplete: Bool
  public let precision: DuePrecision
  public let number: Int?
  public let due: CalendarDate?

  /// The bytes of one string field (UTF-8), or nil when the field is absent.
  public func utf8(_ field: RowField) -> UnsafeRawBufferPointer? {
    var offset = stringsOffset
    for _ in 0..<field.rawValue {
      let length = buffer.uint32(at: offset)
      offset += 4 + (length == RowIndexFormat.absent ? 0 : Int(length))
    }
    let length = buffer.uint32(at: offset)
    if length == RowIndexFormat.absent { return nil }
    return buffer.bytes((offset + 4)..<(offset + 4 + Int(length)))
  }

  public func string(_ field: RowField) -> String? {
    utf8(field).map { String(decoding: $0, as: UTF8.self) }
  }

  public func withUTF8<R>(_ field: RowField, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    body(utf8(field))
  }

  public var owner: String? { string(.owner) }

  public var searchableFields: [String?] {
    [string(.text), string(.ref), string(.status), string(.owner), string(.timescale), string(.more)]
  }

  /// The full row, with every string decoded.
  public var row: Row {
    Row(
      id: string(.id) ?? "", report: report, kind: kind, parent: string(.parent), ref: string(.ref) ?? "",
      number: number, text: string(.text) ?? "", status: string(.status), brag: brag, due: due,
      timescale: string(.timescale), precision: precision, owner: string(.owner), isComplete: isComplete,
      more: string(.more))
  }
}
