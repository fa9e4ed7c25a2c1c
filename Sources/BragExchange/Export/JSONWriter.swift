import BragModel

/// Builds JSON text straight into bytes.
///
/// Listing thousands of rows through `JSONEncoder` costs more than loading them; writing the few
/// fixed shapes by hand keeps `brag list --format json` fast. Output is UTF-8 with `/` unescaped.
public struct JSONWriter {
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  public mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { string(utf8: UnsafeRawBufferPointer($0)) }
  }

  /// A JSON string from UTF-8 bytes, escaping quotes, backslashes and control characters, and
  /// writing DEL, the C1 controls and the bidirectional overrides as `\uXXXX` too, so JSON
  /// printed to a terminal cannot carry an escape sequence or reorder what it shows.
  public mutating func string(utf8: UnsafeRawBufferPointer) {
    bytes.append(UInt8(ascii: "\""))
    var start = 0
    var i = 0
    let count = utf8.count
    while i < count {
      let byte = utf8[i]
      var escaped: UInt32?
      var length = 1
      if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
        escaped = UInt32(byte)
      } else if byte == 0xC2, i + 1 < count, (0x80...0x9F).contains(utf8[i + 1]) {
        escaped = UInt32(utf8[i + 1])  // U+0080…U+009F
        length = 2
      } else if byte == 0xE2, i + 2 < count, utf8[i + 1] == 0x80 || utf8[i + 1] == 0x81 {
        let scalar = 0x2000 | (UInt32(utf8[i + 1] & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)
        if (0x202A...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) {
          escaped = scalar
          length = 3
        }
      }
      guard let value = escaped else {
        i += 1
        continue
      }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: utf8[start..<i]))
      switch value {
      case 0x22: raw("\\\"")
      case 0x5C: raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      default:
        raw("\\u")
        for shift in [12, 8, 4, 0] { bytes.append(JSONWriter.hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
      }
      i += length
      start = i
    }
    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: utf8[start...]))
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  public mutating func optionalString(utf8: UnsafeRawBufferPointer?) {
    if let utf8 { string(utf8: utf8) } else { raw("null") }
  }

  /// Hands the bytes written so far to `sink` and starts again, so long output streams.
  public mutating func flush(to sink: ([UInt8]) -> Void) {
    sink(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  public mutating func optionalString(_ text: String?) {
    if let text { string(text) } else { raw("null") }
  }

  public mutating func int(_ value: Int) {
    // Small non-negative numbers (counts, days) without building a String.
    if (0..<10).contains(value) { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
    bytes.append(contentsOf: String(value).utf8)
  }

  /// `"2026-11-27"`, or null; written digit by digit (dates are most of a row's numbers).
  public mutating func optionalDate(_ date: CalendarDate?) {
    guard let date, (0...9999).contains(date.year) else { return raw("null") }
    func digits(_ value: Int, _ count: Int) {
      var divisor = 1
      for _ in 1..<count { divisor *= 10 }
      while divisor > 0 {
        bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
        divisor /= 10
      }
    }
    bytes.append(UInt8(ascii: "\""))
    digits(date.year, 4)
    bytes.append(UInt8(ascii: "-"))
    digits(date.month, 2)
    bytes.append(UInt8(ascii: "-"))
    digits(date.day, 2)
    bytes.append(UInt8(ascii: "\""))
  }

  public mutating func optionalInt(_ value: Int?) {
    if let value { int(value) } else { raw("null") }
  }

  public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

  public mutating func spaces(_ count: Int) {
    for _ in 0..<count { bytes.append(UInt8(ascii: " ")) }
  }

  /// Writes `"key": ` with the given indentation.
  public mutating func key(_ name: StaticString, indent: Int) {
    spaces(indent)
    bytes.append(UInt8(ascii: "\""))
    raw(name)
    raw("\": ")
  }
}
