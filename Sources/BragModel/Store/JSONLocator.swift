/// Finds places in JSON text by byte offset, so an error can name a line and column.
///
/// Foundation's decoder says *that* a file is broken or *which field* is wrong, but not where
/// in the file; this small scanner finds the first syntax error, or the value at a coding path.
struct JSONLocator {
  struct SyntaxError: Error {
    var offset: Int
    var message: String
    /// False when the text is valid JSON but holds a value no data file can (a number that is not
    /// a whole number, or too large for one).
    var isJSONSyntax = true
    /// Where the value is, when known.
    var path: [PathComponent] = []
  }

  private let bytes: [UInt8]
  private var position = 0
  /// The path of the value being skipped, kept only while finding the first error.
  private var path: [PathComponent] = []
  private var tracksPath = false

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The first place where the text stops being valid JSON, or nil when it is valid.
  static func firstSyntaxError(in bytes: [UInt8]) -> SyntaxError? {
    var scanner = JSONLocator(bytes)
    scanner.tracksPath = true
    do {
      scanner.skipBOMAndSpace()
      try scanner.skipValue(depth: 0)
      scanner.skipSpace()
      if scanner.position < bytes.count {
        throw SyntaxError(
          offset: scanner.position, message: "unexpected text after the end of the JSON value")
      }
      return nil
    } catch let error as SyntaxError {
      return error
    } catch {
      return SyntaxError(offset: scanner.position, message: "\(error)")
    }
  }

  /// The byte offset where the value at `path` starts (or, when the last key is missing,
  /// where its enclosing object starts). Path elements are keys or array indices.
  static func offset(of path: [PathComponent], in bytes: [UInt8]) -> Int? {
    var scanner = JSONLocator(bytes)
    scanner.skipBOMAndSpace()
    var lastFound = scanner.position
    for component in path {
      guard let found = try? scanner.enter(component) else { return lastFound }
      if !found { return lastFound }
      lastFound = scanner.position
    }
    return lastFound
  }

  enum PathComponent: Equatable {
    case key(String)
    case index(Int)
  }

  /// 1-based line and column (in characters) of a byte offset.
  static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {  // count characters, not UTF-8 continuation bytes
        column += 1
      }
    }
    return (line, column)
  }

  // MARK: - Scanning

  private mutating func skipBOMAndSpace() {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    skipSpace()
  }

  private mutating func skipSpace() {
    while position < bytes.count,
      bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D
        || bytes[position] == 0x09
    {
      position += 1
    }
  }

  private func fail(_ message: String) -> SyntaxError {
    SyntaxError(offset: position, message: message)
  }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  private mutating func expect(_ byte: UInt8, _ what: String) throws {
    guard current == byte else {
      throw fail(current == nil ? "the file ends early: expected \(what)" : "expected \(what)")
    }
    position += 1
  }

  /// Moves into `component` of the container at the current position; false when it is absent.
  private mutating func enter(_ component: PathComponent) throws -> Bool {
    skipSpace()
    switch component {
    case .key(let wanted):
      try expect(UInt8(ascii: "{"), "'{'")
      skipSpace()
      if current == UInt8(ascii: "}") { return false }
      while true {
        skipSpace()
        let key = try readString()
        skipSpace()
        try expect(UInt8(ascii: ":"), "':'")
        skipSpace()
        if key == wanted { return true }
        try skipValue(depth: 1)
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
        } else {
          return false
        }
      }
    case .index(let wanted):
      try expect(UInt8(ascii: "["), "'['")
      skipSpace()
      if current == UInt8(ascii: "]") { return false }
      var index = 0
      while true {
        skipSpace()
        if index == wanted { return true }
        try skipValue(depth: 1)
        skipSpace()
        guard current == UInt8(ascii: ",") else { return false }
        position += 1
        index += 1
      }
    }
  }

  private mutating func skipValue(depth: Int) throws {
    guard depth < 512 else { throw fail("nesting is too deep") }
    skipSpace()
    guard let byte = current else { throw fail("the file ends early: expected a value") }
    switch byte {
    case UInt8(ascii: "{"):
      position += 1
      skipSpace()
      if current == UInt8(ascii: "}") {
        position += 1
        return
      }
      while true {
        skipSpace()
        guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
        let key = try readString()
        skipSpace()
        try expect(UInt8(ascii: ":"), "':' after the key")
        if tracksPath { path.append(.key(key)) }
        try skipValue(depth: depth + 1)
        if tracksPath { path.removeLast() }
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
          skipSpace()
          if current == UInt8(ascii: "}") { throw fail("a comma before '}' is not allowed") }
        } else {
          try expect(UInt8(ascii: "}"), "',' or '}'")
          return
        }
      }
    case UInt8(ascii: "["):
      position += 1
      skipSpace()
      if current == UInt8(ascii: "]") {
        position += 1
        return
      }
      var index = 0
      while true {
        if tracksPath { path.append(.index(index)) }
        try skipValue(depth: depth + 1)
        if tracksPath { path.removeLast() }
        index += 1
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
          skipSpace()
          if current == UInt8(ascii: "]") { throw fail("a comma before ']' is not allowed") }
        } else {
          try expect(UInt8(ascii: "]"), "',' or ']'")
          return
        }
      }
    case UInt8(ascii: "\""):
      _ = try readString()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try skipNumber()
    default:
      throw fail("unexpected character: expected a value")
    }
  }

  private mutating func literal(_ word: String) throws {
    for expected in word.utf8 {
      guard current == expected else { throw fail("unexpected word: expected '\(word)'") }
      position += 1
    }
  }

  /// A number by JSON's grammar, then checked as brag's data needs it: every number in a data
  /// file (a format, an item's number) is a whole number that fits in 64 bits.
  private mutating func skipNumber() throws {
    let start = position
    if current == UInt8(ascii: "-") { position += 1 }
    let digitsStart = position
    while let c = current, (48...57).contains(c) { position += 1 }
    let digits = position - digitsStart
    if digits == 0 {
      position = start
      throw fail("malformed number: a digit must follow '-'")
    }
    if digits > 1 && bytes[digitsStart] == UInt8(ascii: "0") {
      let token = String(decoding: bytes[start..<position], as: UTF8.self)
      let trimmed = String(Int(token.drop { $0 == "-" || $0 == "0" }) ?? 0)
      position = start
      throw fail("the number \(token) starts with 0, which JSON does not allow; write \(trimmed)")
    }
    var isWhole = true
    if current == UInt8(ascii: ".") {
      isWhole = false
      position += 1
      let fractionStart = position
      while let c = current, (48...57).contains(c) { position += 1 }
      if position == fractionStart { throw fail("malformed number: a digit must follow '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      isWhole = false
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      let exponentStart = position
      while let c = current, (48...57).contains(c) { position += 1 }
      if position == exponentStart { throw fail("malformed number: a digit must follow the exponent 'e'") }
    }
    guard tracksPath else { return }
    let token = String(decoding: bytes[start..<position], as: UTF8.self)
    func problem(_ message: String) -> SyntaxError {
      SyntaxError(offset: start, message: message, isJSONSyntax: false, path: path)
    }
    if !isWhole {
      if let value = Double(token), !value.isFinite {
        throw problem(
          "the number \(token) is too large for any field; numbers in a data file are whole numbers, "
            + "such as a format (1) or an item's official number")
      }
      throw problem(
        "\(token) is not a whole number; numbers in a data file are whole numbers, such as a format (1) "
          + "or an item's official number, so write it without a decimal point or exponent")
    }
    if Int64(token) == nil {
      throw problem(
        "the number \(token) is too large: a whole number in a data file has at most 18 digits; "
          + "write the right number, or text in double quotes if it is a reference")
    }
  }

  private mutating func readString() throws -> String {
    try expect(UInt8(ascii: "\""), "'\"'")
    var raw: [UInt8] = []
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return String(decoding: raw, as: UTF8.self)
      case UInt8(ascii: "\\"):
        let escapeStart = position
        position += 1
        guard let escaped = current else { break }
        position += 1
        if escaped == UInt8(ascii: "u") {
          position = escapeStart
          let scalar = try readUnicodeEscape()
          raw.append(contentsOf: Array(String(Character(scalar)).utf8))
        } else {
          guard "\"\\/bfnrt".utf8.contains(escaped) else {
            position = escapeStart
            throw fail(
              "'\\\(String(decoding: [escaped], as: UTF8.self))' is not an escape JSON knows; "
                + "use \\\\ for a backslash, or one of \\\" \\/ \\b \\f \\n \\r \\t \\uXXXX")
          }
          raw.append(escaped)
        }
      case 0..<0x20:
        throw fail("a control character (such as a raw line break) inside a string must be escaped")
      case 0x20..<0x80:
        position += 1
        raw.append(byte)
      default:
        let length = validUTF8Length(at: position)
        guard length > 0 else {
          let hex = String(byte, radix: 16, uppercase: true)
          throw fail(
            "the byte 0x\(hex) is not valid UTF-8; the file must be saved as UTF-8 "
              + "(re-type the character here, or convert the file from its old encoding)")
        }
        raw.append(contentsOf: bytes[position..<position + length])
        position += length
      }
    }
    throw fail("the file ends inside a string: a closing '\"' is missing")
  }

  /// The length of the well-formed UTF-8 sequence at `offset`, or 0 (overlong forms, surrogates
  /// and code points past U+10FFFF are not well formed).
  private func validUTF8Length(at offset: Int) -> Int {
    let lead = bytes[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return 0
    }
    guard offset + length <= bytes.count else { return 0 }
    for index in 1..<length {
      let byte = bytes[offset + index]
      let (min, max) = index == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
      guard byte >= min && byte <= max else { return 0 }
    }
    return length
  }

  /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at the current position (the backslash).
  private mutating func readUnicodeEscape() throws -> Unicode.Scalar {
    let start = position
    func hex() throws -> UInt32 {
      guard position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u"),
        let value = UInt32(String(decoding: bytes[position + 2..<position + 6], as: UTF8.self), radix: 16)
      else {
        throw fail("\\u must be followed by four hexadecimal digits, such as \\u00e9")
      }
      position += 6
      return value
    }
    let first = try hex()
    let written = String(decoding: bytes[start..<position], as: UTF8.self)
    func lone() -> SyntaxError {
      SyntaxError(
        offset: start,
        message: "\(written) is half of a surrogate pair, not a character; write the character "
          + "itself, or a whole pair such as \\ud83d\\ude00")
    }
    switch first {
    case 0xDC00...0xDFFF: throw lone()
    case 0xD800...0xDBFF:
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u")
      else { throw lone() }
      let second = try hex()
      guard (0xDC00...0xDFFF).contains(second) else { throw lone() }
      return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
    default:
      return Unicode.Scalar(first)!
    }
  }
}
