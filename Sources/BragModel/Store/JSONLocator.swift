/// Finds places in JSON text by byte offset, so an error can name a line and column.
///
/// Foundation's decoder says *that* a file is broken or *which field* is wrong, but not where
/// in the file; this small scanner finds the first syntax error, or the value at a coding path.
struct JSONLocator {
  struct SyntaxError: Error {
    var offset: Int
    var message: String
  }

  private let bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The first place where the text stops being valid JSON, or nil when it is valid.
  static func firstSyntaxError(in bytes: [UInt8]) -> SyntaxError? {
    var scanner = JSONLocator(bytes)
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
        _ = try readString()
        skipSpace()
        try expect(UInt8(ascii: ":"), "':' after the key")
        try skipValue(depth: depth + 1)
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
      while true {
        try skipValue(depth: depth + 1)
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

  private mutating func skipNumber() throws {
    let start = position
    if current == UInt8(ascii: "-") { position += 1 }
    var digits = 0
    while let c = current, (48...57).contains(c) {
      position += 1
      digits += 1
    }
    if current == UInt8(ascii: ".") {
      position += 1
      while let c = current, (48...57).contains(c) { position += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      while let c = current, (48...57).contains(c) { position += 1 }
    }
    if digits == 0 {
      position = start
      throw fail("malformed number")
    }
  }

  private mutating func readString() throws -> String {
    try expect(UInt8(ascii: "\""), "'\"'")
    var raw: [UInt8] = []
    while let byte = current {
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: raw, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let escaped = current else { break }
        position += 1
        raw.append(escaped == UInt8(ascii: "u") ? UInt8(ascii: "?") : escaped)
        if escaped == UInt8(ascii: "u") { position += 4 }
      case 0..<0x20:
        position -= 1
        throw fail("a control character (such as a raw line break) inside a string must be escaped")
      default:
        raw.append(byte)
      }
    }
    throw fail("the file ends inside a string: a closing '\"' is missing")
  }
}
