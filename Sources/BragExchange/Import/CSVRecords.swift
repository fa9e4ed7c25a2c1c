import CSV

/// CSV records read exactly as CSV.swift's `CSVReader(string:)` reads them with its defaults
/// (comma, no trimming, no header row), in one pass over the UTF-8 bytes.
///
/// The library reads one `Unicode.Scalar` at a time through an `AnyIterator` and builds every
/// field a scalar at a time, which was a third of a plan's import. The bytes it acts on (comma,
/// quote, CR, LF) are ASCII and never part of a longer UTF-8 sequence, so the same decisions can
/// be taken byte by byte and fields cut straight out of the text.
enum CSVRecords {
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  struct Record: Equatable {
    var cells: [String]
    /// Line feeds inside the cells (quoted): the lines the record spans beyond its first.
    var lineFeeds: Int
  }

  static func read(_ text: String) -> [Record] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { read(bytes: $0) }
      ?? throughLibrary(text).map {
        Record(cells: $0, lineFeeds: $0.reduce(0) { $0 + $1.utf8.count { $0 == 10 } })
      }
  }

  /// The records as CSV.swift reads them: the reference ``read(_:)`` must agree with.
  static func throughLibrary(_ text: String) -> [[String]] {
    // The reader only throws for a header row, which is not asked for.
    guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return [] }
    var records: [[String]] = []
    while let cells = reader.next() { records.append(cells) }
    return records
  }

  private static func read(bytes: UnsafeBufferPointer<UInt8>) -> [Record] {
    let count = bytes.count
    var records: [Record] = []
    var buffer: [UInt8] = []
    var index = 0
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    while index < count {
      var record: [String] = []
      var lineFeeds = 0
      while true {
        // After a comma at the very end the library reads one more, empty, field.
        guard index < count else {
          record.append("")
          break
        }
        var endsRecord = true
        if bytes[index] == quote {
          index += 1
          buffer.removeAll(keepingCapacity: true)
          var run = index
          var closed = false
          while index < count {
            let byte = bytes[index]
            index += 1
            guard byte == quote else {
              if byte == lf { lineFeeds += 1 }
              continue
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(index - 1)]))
            closed = true
            guard index < count else { break }
            let next = bytes[index]
            index += 1
            if next == cr || next == lf {
              if next == cr && index < count && bytes[index] == lf { index += 1 }
              break
            }
            if next == comma {
              endsRecord = false
              break
            }
            // `""` is a quote; a quote before anything else is kept and the scalar after it
            // dropped, as the library does.
            buffer.append(quote)
            if next != quote {
              while index < count && bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            closed = false
            run = index
          }
          // Unterminated: the rest of the text is the field's.
          if !closed { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<count])) }
          record.append(String(decoding: buffer, as: UTF8.self))
        } else {
          let start = index
          while index < count {
            let byte = bytes[index]
            if byte == comma || byte == cr || byte == lf { break }
            index += 1
          }
          record.append(string(start..<index))
          if index < count {
            let byte = bytes[index]
            index += 1
            if byte == comma {
              endsRecord = false
            } else if byte == cr && index < count && bytes[index] == lf {
              index += 1
            }
          }
        }
        if endsRecord { break }
      }
      records.append(Record(cells: record, lineFeeds: lineFeeds))
    }
    return records
  }
}
