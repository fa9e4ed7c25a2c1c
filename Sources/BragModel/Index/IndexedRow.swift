/// A row read from the index: the fields filters need are decoded at once, the texts only when asked.
///
/// Listing overdue rows out of 30,000 needs the dates and flags of all of them but the words of
/// only the rows shown, so the words stay in the (memory-mapped) index until then.
public struct IndexedRow: ExportableRow, Sendable {
  // Packed small: a list holds tens of thousands of these.
  let buffer: IndexBuffer
  public let report: String
  /// Where this row's strings start in `buffer`.
  private let strings: UInt32
  /// Where this row's search-only words are in `buffer`.
  private let words: UInt32
  private let dueDay: Int32
  private let officialNumber: Int32
  public let kind: RowKind
  public let brag: BRAG
  public let precision: DuePrecision
  private let flags: UInt8
  /// Where this row's header is in `buffer`: the workflow facts are read from it when asked,
  /// keeping a row small (a list holds hundreds of thousands).
  private let header: UInt32

  init(
    buffer: IndexBuffer, stringsOffset: Int, moreOffset: Int, report: String, kind: RowKind, brag: BRAG,
    isComplete: Bool, isHeld: Bool, servesOthers: Bool = false, precision: DuePrecision, number: Int32?,
    dueDay: Int32?, headerOffset: Int
  ) {
    self.buffer = buffer
    self.report = report
    strings = UInt32(stringsOffset)
    words = UInt32(moreOffset)
    self.dueDay = dueDay ?? 0
    officialNumber = number ?? 0
    self.kind = kind
    self.brag = brag
    self.precision = precision
    flags =
      (isComplete ? 1 : 0) | (number != nil ? 2 : 0) | (dueDay != nil ? 4 : 0) | (isHeld ? 8 : 0)
      | (servesOthers ? 16 : 0)
    header = UInt32(headerOffset)
  }

  public var workflow: RowWorkflow { RowIndexFormat.workflow(in: buffer, header: Int(header)) }

  var stringsOffset: Int { Int(strings) }
  var moreOffset: Int { Int(words) }
  public var isComplete: Bool { flags & 1 != 0 }
  public var isHeld: Bool { flags & 8 != 0 }
  /// Whether it answers further items: known from the header, so finding the few linked actions
  /// never pages in every row's strings.
  public var servesOthers: Bool { flags & 16 != 0 }
  public var number: Int? { flags & 2 != 0 ? Int(officialNumber) : nil }
  public var due: CalendarDate? { flags & 4 != 0 ? CalendarDate(dayNumber: Int(dueDay)) : nil }

  /// The bytes of one string field (UTF-8), or nil when the field is absent.
  public func utf8(_ field: RowField) -> UnsafeRawBufferPointer? {
    var offset = field.region == .printed ? stringsOffset : moreOffset
    for _ in 0..<field.positionInRegion {
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
    RowField.searched.map { string($0) }
  }

  /// The full row, with every string decoded.
  public var row: Row {
    Row(
      id: string(.id) ?? "", report: report, kind: kind, parent: string(.parent), ref: string(.ref) ?? "",
      number: number, text: string(.text) ?? "", status: string(.status), brag: brag, due: due,
      timescale: string(.timescale), precision: precision, owner: string(.owner), isComplete: isComplete,
      more: string(.more), reportable: string(.reportable), hold: string(.hold),
      serves: string(.serves), workflow: workflow)
  }
}
