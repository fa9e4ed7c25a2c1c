/// Parses the plain JSON a data file almost always is into a tree, or gives up.
///
/// It accepts a strict subset of what Foundation's decoder accepts (integers without fraction or
/// exponent, no lone surrogates, no control characters in strings, nothing after the value) and
/// returns nil for anything else, so the caller can hand the bytes to Foundation, whose answer
/// and error messages stay the reference. Being a subset, it never accepts a file Foundation
/// would refuse. Given a schema, it also gives up at a key ``UnknownFields`` would report, so a
/// file it accepts needs no second pass for them.
struct PlainJSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  /// How many objects and lists are open. Foundation refuses nesting deeper than 512, and a
  /// recursive parser must stop somewhere rather than overflow its stack.
  private var depth = 0
  static let maximumDepth = 512

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, schema: UnknownFields.Node? = nil)
    -> CanonicalJSONValue?
  {
    var parser = PlainJSONParser(bytes)
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.position = 3 }
    guard let value = parser.value(schema) else { return nil }
    parser.skipSpace()
    return parser.position == bytes.count ? value : nil
  }

  private mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private mutating func value(_ schema: UnknownFields.Node?) -> CanonicalJSONValue? {
    skipSpace()
    guard position < bytes.count else { return nil }
    switch bytes[position] {
    case UInt8(ascii: "{"): return object(schema)
    case UInt8(ascii: "["): return array(schema?.element)
    case UInt8(ascii: "\""): return string().map(CanonicalJSONValue.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return integer()
    }
  }

  private mutating func literal(_ word: StaticString, _ result: CanonicalJSONValue) -> CanonicalJSONValue? {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count else { return nil }
    for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return nil }
    position += count
    return result
  }

  private mutating func object(_ schema: UnknownFields.Node?) -> CanonicalJSONValue? {
    position += 1
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return nil }
    let box = CanonicalJSONValue.ObjectBox()
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(box)
    }
    while true {
      skipSpace()
      let keyStart = position + 1
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else {
        return nil
      }
      let child = schema?.child(bytes[keyStart..<position - 1])
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
      position += 1
      guard let member = value(child) else { return nil }
      if let schema, child == nil {
        var isNull = false
        if case .null = member { isNull = true }
        if schema.reportsMissingKey(valueIsNull: isNull) { return nil }
      }
      box.pairs.append((key, member))
      skipSpace()
      guard position < bytes.count else { return nil }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(box)
      } else {
        return nil
      }
    }
  }

  private mutating func array(_ elementSchema: UnknownFields.Node?) -> CanonicalJSONValue? {
    position += 1
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return nil }
    let box = CanonicalJSONValue.ArrayBox()
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(box)
    }
    while true {
      guard let element = value(elementSchema) else { return nil }
      box.elements.append(element)
      skipSpace()
      guard position < bytes.count else { return nil }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(box)
      } else {
        return nil
      }
    }
  }

  /// An integer that fits comfortably in an `Int`: no fraction, exponent or leading zero.
  private mutating func integer() -> CanonicalJSONValue? {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    let digitsStart = position
    var magnitude = 0
    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
      // Past 18 digits it could overflow; such a number is refused below anyway.
      if position - digitsStart < 18 { magnitude = magnitude * 10 + Int(bytes[position] - 0x30) }
      position += 1
    }
    let digits = position - digitsStart
    guard digits > 0, digits <= 18, digits == 1 || bytes[digitsStart] != 0x30 else { return nil }
    // "-0" is left to Foundation, which keeps its sign where a fraction is wanted.
    if magnitude == 0 && bytes[start] == UInt8(ascii: "-") { return nil }
    if position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
      default: break
      }
    }
    return .int(bytes[start] == UInt8(ascii: "-") ? -magnitude : magnitude)
  }

  /// A string's text; nil for invalid UTF-8, a raw control character or a lone surrogate.
  private mutating func string() -> String? {
    position += 1
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        position += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
      if byte < 0x20 { return nil }
      position += 1
    }
    return nil
  }

  private mutating func escapedString(from start: Int) -> String? {
    var scalars: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "\"") { return String(validating: scalars, as: UTF8.self) }
      if byte < 0x20 { return nil }
      guard byte == UInt8(ascii: "\\") else {
        scalars.append(byte)
        continue
      }
      guard position < bytes.count else { return nil }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
      case UInt8(ascii: "b"): scalars.append(0x08)
      case UInt8(ascii: "f"): scalars.append(0x0C)
      case UInt8(ascii: "n"): scalars.append(0x0A)
      case UInt8(ascii: "r"): scalars.append(0x0D)
      case UInt8(ascii: "t"): scalars.append(0x09)
      case UInt8(ascii: "u"):
        guard var code = hexQuad() else { return nil }
        if (0xD800...0xDBFF).contains(code) {
          guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
            bytes[position + 1] == UInt8(ascii: "u")
          else { return nil }
          position += 2
          guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return nil }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          return nil
        }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        scalars.append(contentsOf: UTF8.encode(scalar)!)
      default: return nil
      }
    }
    return nil
  }

  private mutating func hexQuad() -> UInt32? {
    guard position + 4 <= bytes.count else { return nil }
    var code: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: return nil
      }
      code = code << 4 | UInt32(digit)
      position += 1
    }
    return code
  }
}
