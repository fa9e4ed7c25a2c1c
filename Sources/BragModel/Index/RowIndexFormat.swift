/// The binary layout of the row index: a disposable cache of what lists and counts need.
///
/// ```
/// file    := marker u32:entryCount string:folderPath entry* blob* words*
/// entry   := string:fileName i64:size i64:mtimeNanos u64:inode
///            string:reportID string:title string:service string:reportKind
///            u32:rowCount u64:blobOffset u32:blobLength u64:wordsOffset u32:wordsLength
///            header[rowCount]
/// header  := u8:kind u8:brag u8:flags u8:precision i32:number i32:dueDayNumber
///            u32:stringsOffset u32:wordsOffset
///            u8:closure u8:extensionsGranted u8:dates u8:compliance
///            i32:originalDueDay i32:extensionRequestedDay i32:monitorUntilDay
/// blob    := per row, one string per RowField whose region is .printed, in case order
/// words   := per row, one string per RowField whose region is .searchOnly, in case order
/// string  := u32:length (0xFFFFFFFF for none) bytes
/// ```
/// Integers are little-endian; an entry's `blobOffset` and `wordsOffset` count from the start of
/// the file, a header's `stringsOffset` from its entry's blob and its `wordsOffset` from its
/// entry's words. The long search-only words all sit at the end, apart from the printed ones, so
/// printing rows never pages them in. flags: 1 = complete, 2 = has number, 4 = has due date,
/// 8 = on hold, 16 = an action answering further items (``RowField/serves``). closure: 0 for none, else 1 + its state's position in `Closure.State.allCases`;
/// dates: 1 = has original due, 2 = has extension requested, 4 = has monitoring end.
/// compliance: ``RowWorkflow``'s compliance byte (0 for anything but a requirement).
/// Every entry's headers come before all the blobs, so filtering reads a few hundred kilobytes
/// of one region and the texts' pages are touched only for the rows shown.
///
/// The file starts with ``marker``, made from ``revision`` and the field list, so a cache written
/// with another layout is never read: it is rebuilt. Any mismatch or damage simply means
/// "rebuild": the data files are the only source of truth.
enum RowIndexFormat {
  /// Bump when the layout changes in a way the field list does not show (the header, the order
  /// of the regions).
  static let revision = 11

  /// "BRAGIDX7 id,parent,ref,text,status,timescale,owner|more,reportable": the layout in words.
  static let layout: String = {
    let names: (RowField.Region) -> String = { region in
      RowField.fields(in: region).map { "\($0)" }.joined(separator: ",")
    }
    return "BRAGIDX\(revision) \(names(.printed))|\(names(.searchOnly))"
  }()

  static let magic: [UInt8] = Array(layout.utf8) + [0]
  static let absent: UInt32 = 0xFFFF_FFFF
  static let headerSize = 36

  /// A row's workflow facts, from its header (checked when the index was read).
  static func workflow(in buffer: IndexBuffer, header: Int) -> RowWorkflow {
    let closure = Int(buffer.uint8(at: header + 20))
    let dates = buffer.uint8(at: header + 22)
    func day(_ bit: UInt8, at position: Int) -> Int? {
      dates & bit == 0 ? nil : Int(Int32(bitPattern: buffer.uint32(at: header + position)))
    }
    var workflow = RowWorkflow(
      closure: closure == 0 ? nil : Closure.State.allCases[closure - 1], monitorDay: day(4, at: 32),
      originalDay: day(1, at: 24), extensionsGranted: Int(buffer.uint8(at: header + 21)),
      requestedDay: day(2, at: 28))
    workflow.setCompliance(byte: buffer.uint8(at: header + 23))
    return workflow
  }

  static let kinds: [RowKind] = [
    .recommendation, .areaForImprovement, .action, .causeOfConcern, .requirement,
  ]
  static let brags: [BRAG] = [.blue, .red, .amber, .green, .unrated]
  static let precisions = DuePrecision.allCases
}

/// Appends index records to a byte buffer.
struct RowIndexWriter {
  var bytes: [UInt8] = []

  mutating func uint8(_ v: UInt8) { bytes.append(v) }

  mutating func uint32(_ v: UInt32) {
    withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func uint64(_ v: UInt64) {
    withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ s: String?) {
    guard let s else {
      uint32(RowIndexFormat.absent)
      return
    }
    var copy = s
    copy.withUTF8 { utf8 in
      uint32(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  /// Writes one report's entry, its strings going into `blob` and its search-only words into
  /// `more` (which will start in the file at `blobOffset` and `moreOffset`; a nil `moreOffset`
  /// means straight after the blob).
  mutating func entry(
    fileName: String, identity: FileIdentity, id: String, title: String, service: String?,
    kind: ReportKind, rows: [Row], blob: inout RowIndexWriter, blobOffset: Int, more: inout RowIndexWriter,
    moreOffset: Int?
  ) {
    let blobStart = blob.bytes.count
    let moreStart = more.bytes.count
    var headers = RowIndexWriter()
    for row in rows {
      headers.uint8(UInt8(RowIndexFormat.kinds.firstIndex(of: row.kind)!))
      headers.uint8(UInt8(RowIndexFormat.brags.firstIndex(of: row.brag)!))
      var flags: UInt8 = 0
      if row.isComplete { flags |= 1 }
      if row.number != nil { flags |= 2 }
      if row.due != nil { flags |= 4 }
      if row.isHeld { flags |= 8 }
      if row.serves != nil { flags |= 16 }
      headers.uint8(flags)
      headers.uint8(UInt8(RowIndexFormat.precisions.firstIndex(of: row.precision)!))
      headers.uint32(UInt32(bitPattern: Int32(truncatingIfNeeded: row.number ?? 0)))
      headers.uint32(UInt32(bitPattern: Int32(truncatingIfNeeded: row.due?.dayNumber ?? 0)))
      headers.uint32(UInt32(blob.bytes.count - blobStart))
      headers.uint32(UInt32(more.bytes.count - moreStart))
      let work = row.workflow
      headers.uint8(work.closure.map { UInt8(Closure.State.allCases.firstIndex(of: $0)! + 1) } ?? 0)
      headers.uint8(UInt8(min(work.extensionsGranted, 255)))
      headers.uint8(
        (work.originalDue != nil ? 1 : 0) | (work.extensionRequested != nil ? 2 : 0)
          | (work.monitorUntil != nil ? 4 : 0))
      headers.uint8(work.complianceByte)
      for date in [work.originalDue, work.extensionRequested, work.monitorUntil] {
        headers.uint32(UInt32(bitPattern: Int32(truncatingIfNeeded: date?.dayNumber ?? 0)))
      }
      for field in RowField.fields(in: .printed) { blob.string(row[field]) }
      for field in RowField.fields(in: .searchOnly) { more.string(row[field]) }
    }
    entryPrefix(
      fileName: fileName, identity: identity, id: id, title: title, service: service, kind: kind,
      rowCount: rows.count, blobOffset: blobOffset, blobLength: blob.bytes.count - blobStart,
      moreOffset: moreOffset ?? blobOffset + blob.bytes.count - blobStart,
      moreLength: more.bytes.count - moreStart)
    bytes.append(contentsOf: headers.bytes)
  }

  /// Everything in an entry before its row headers.
  mutating func entryPrefix(
    fileName: String, identity: FileIdentity, id: String, title: String, service: String?, kind: ReportKind,
    rowCount: Int, blobOffset: Int, blobLength: Int, moreOffset: Int, moreLength: Int
  ) {
    string(fileName)
    uint64(UInt64(bitPattern: identity.size))
    uint64(UInt64(bitPattern: identity.modifiedNanoseconds))
    uint64(identity.inode)
    string(id)
    string(title)
    string(service)
    string(kind.rawValue)
    uint32(UInt32(rowCount))
    uint64(UInt64(blobOffset))
    uint32(UInt32(blobLength))
    uint64(UInt64(moreOffset))
    uint32(UInt32(moreLength))
  }
}

/// Reads index records, returning nil on anything out of bounds or malformed.
struct RowIndexReader {
  let buffer: IndexBuffer
  var offset: Int

  private func has(_ count: Int) -> Bool { count >= 0 && offset + count <= buffer.count }

  mutating func uint32() -> UInt32? {
    guard has(4) else { return nil }
    defer { offset += 4 }
    return buffer.uint32(at: offset)
  }

  mutating func uint64() -> UInt64? {
    guard has(8) else { return nil }
    defer { offset += 8 }
    return buffer.uint64(at: offset)
  }

  /// nil when malformed; .some(nil) for an absent string.
  mutating func string() -> String?? {
    guard let length = uint32() else { return nil }
    if length == RowIndexFormat.absent { return .some(nil) }
    guard has(Int(length)) else { return nil }
    defer { offset += Int(length) }
    return buffer.string(at: offset, length: Int(length))
  }

  mutating func entry() -> IndexedReport? {
    guard let fileName = string() ?? nil, let size = uint64(), let mtime = uint64(), let inode = uint64(),
      let id = string() ?? nil, let title = string() ?? nil, let service = string(),
      let kindName = string() ?? nil, let kind = ReportKind(rawValue: kindName),
      let count = uint32().map(Int.init), let blobStart = uint64().map(Int.init),
      let blobLength = uint32().map(Int.init), let moreStart = uint64().map(Int.init),
      let moreLength = uint32().map(Int.init), moreStart >= 0, moreStart + moreLength <= buffer.count,
      has(count * RowIndexFormat.headerSize),
      blobStart >= 0, blobStart + blobLength <= buffer.count
    else { return nil }
    var rows: [IndexedRow] = []
    rows.reserveCapacity(count)
    for index in 0..<count {
      let header = offset + index * RowIndexFormat.headerSize
      let kind = Int(buffer.uint8(at: header))
      let brag = Int(buffer.uint8(at: header + 1))
      let flags = buffer.uint8(at: header + 2)
      let precision = Int(buffer.uint8(at: header + 3))
      let number = Int32(bitPattern: buffer.uint32(at: header + 4))
      let due = Int32(bitPattern: buffer.uint32(at: header + 8))
      let strings = Int(buffer.uint32(at: header + 12))
      let more = Int(buffer.uint32(at: header + 16))
      let closure = Int(buffer.uint8(at: header + 20))
      let dates = buffer.uint8(at: header + 22)
      guard kind < RowIndexFormat.kinds.count, brag < RowIndexFormat.brags.count,
        precision < RowIndexFormat.precisions.count, strings < max(blobLength, 1), more < max(moreLength, 1),
        closure <= Closure.State.allCases.count
      else { return nil }
      guard dates < 8, buffer.uint8(at: header + 23) < 32 else { return nil }
      rows.append(
        IndexedRow(
          buffer: buffer, stringsOffset: blobStart + strings, moreOffset: moreStart + more, report: id,
          kind: RowIndexFormat.kinds[kind], brag: RowIndexFormat.brags[brag], isComplete: flags & 1 != 0,
          isHeld: flags & 8 != 0, servesOthers: flags & 16 != 0,
          precision: RowIndexFormat.precisions[precision],
          number: flags & 2 != 0 ? number : nil, dueDay: flags & 4 != 0 ? due : nil, headerOffset: header))
    }
    let headers = offset..<(offset + count * RowIndexFormat.headerSize)
    offset = headers.upperBound
    return IndexedReport(
      fileName: fileName,
      identity: FileIdentity(
        size: Int64(bitPattern: size), modifiedNanoseconds: Int64(bitPattern: mtime), inode: inode),
      id: id, title: title, service: service, kind: kind, rows: rows, storage: buffer, headers: headers,
      blob: blobStart..<(blobStart + blobLength), more: moreStart..<(moreStart + moreLength))
  }
}
