/// Encodes a value straight into the data files' canonical JSON: keys sorted as Foundation's
/// `.sortedKeys` sorts them, two-space indent, `"key": value`, `[]`/`{}` for empty containers,
/// slashes unescaped, a trailing newline.
///
/// It exists for speed: an edit re-encodes the whole report file, and Foundation's encoder plus a
/// second layout pass cost half an edit's time. The types keep their one `Codable` conformance;
/// `CanonicalJSONTests` pins these bytes to Foundation's output laid out by ``JSONLayout``.
struct CanonicalJSONEncoder {
  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let root = try CanonicalJSONValue.make(value)
    var writer = CanonicalJSONWriter()
    writer.out.reserveCapacity(1 << 16)
    writer.write(root, depth: 0)
    writer.out.append(UInt8(ascii: "\n"))
    return writer.out
  }
}

/// An encoded value: scalars already as their JSON bytes, containers as shared boxes the
/// containers of `Encoder` append to.
enum CanonicalJSONValue {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  /// Any other scalar, already as JSON bytes.
  case scalar([UInt8])
  case object(ObjectBox)
  case array(ArrayBox)

  final class ObjectBox {
    var pairs: [(key: String, value: CanonicalJSONValue)] = []
  }

  final class ArrayBox {
    var elements: [CanonicalJSONValue] = []
  }

  static func make<T: Encodable>(_ value: T) throws -> CanonicalJSONValue {
    // The common leaves skip the generic machinery (a metatype comparison, not a dynamic cast).
    if T.self == String.self { return .string(value as! String) }
    if T.self == Int.self { return .int(value as! Int) }
    if T.self == Bool.self { return .bool(value as! Bool) }
    let encoder = CanonicalJSONEncoding()
    try value.encode(to: encoder)
    return encoder.value ?? .object(ObjectBox())
  }
}

/// The `Encoder` the types' `encode(to:)` write into. It keeps no coding path: nothing it does
/// can fail at a place, and building paths would cost an allocation a field.
final class CanonicalJSONEncoding: Encoder {
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var value: CanonicalJSONValue?

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let box: CanonicalJSONValue.ObjectBox
    if case .object(let existing)? = value {
      box = existing
    } else {
      box = CanonicalJSONValue.ObjectBox()
      value = .object(box)
    }
    return KeyedEncodingContainer(Keyed<Key>(box: box))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    let box: CanonicalJSONValue.ArrayBox
    if case .array(let existing)? = value {
      box = existing
    } else {
      box = CanonicalJSONValue.ArrayBox()
      value = .array(box)
    }
    return Unkeyed(box: box)
  }

  func singleValueContainer() -> SingleValueEncodingContainer { Single(encoder: self) }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: CanonicalJSONValue.ObjectBox
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { box.pairs.append((key.stringValue, .null)) }
    mutating func encode(_ value: String, forKey key: Key) throws {
      box.pairs.append((key.stringValue, .string(value)))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
      box.pairs.append((key.stringValue, .int(value)))
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
      box.pairs.append((key.stringValue, .bool(value)))
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
      if let value { box.pairs.append((key.stringValue, .string(value))) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
      if let value { box.pairs.append((key.stringValue, .int(value))) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      box.pairs.append((key.stringValue, try CanonicalJSONValue.make(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      let nested = CanonicalJSONValue.ObjectBox()
      box.pairs.append((key.stringValue, .object(nested)))
      return KeyedEncodingContainer(Keyed<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
      let nested = CanonicalJSONValue.ArrayBox()
      box.pairs.append((key.stringValue, .array(nested)))
      return Unkeyed(box: nested)
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> Encoder {
      let encoder = SuperEncoder()
      encoder.attach = { [box] value in box.pairs.append((key.stringValue, value)) }
      return encoder
    }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let box: CanonicalJSONValue.ArrayBox
    var codingPath: [CodingKey] { [] }
    var count: Int { box.elements.count }

    mutating func encodeNil() throws { box.elements.append(.null) }
    mutating func encode(_ value: String) throws { box.elements.append(.string(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
      box.elements.append(try CanonicalJSONValue.make(value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      let nested = CanonicalJSONValue.ObjectBox()
      box.elements.append(.object(nested))
      return KeyedEncodingContainer(Keyed<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
      let nested = CanonicalJSONValue.ArrayBox()
      box.elements.append(.array(nested))
      return Unkeyed(box: nested)
    }

    mutating func superEncoder() -> Encoder {
      let encoder = SuperEncoder()
      encoder.attach = { [box] value in box.elements.append(value) }
      return encoder
    }
  }

  struct Single: SingleValueEncodingContainer {
    let encoder: CanonicalJSONEncoding
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { encoder.value = .null }
    mutating func encode(_ value: String) throws { encoder.value = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.value = .int(value) }
    mutating func encode(_ value: Bool) throws { encoder.value = .bool(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.value = try CanonicalJSONValue.make(value)
    }
  }

  /// A `superEncoder()`: whatever is encoded into it lands where it was asked for.
  final class SuperEncoder: Encoder {
    let inner: CanonicalJSONEncoding
    var attach: ((CanonicalJSONValue) -> Void)?
    var codingPath: [CodingKey] { inner.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() { inner = CanonicalJSONEncoding() }

    deinit { attach?(inner.value ?? .object(CanonicalJSONValue.ObjectBox())) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      inner.container(keyedBy: type)
    }
    func unkeyedContainer() -> UnkeyedEncodingContainer { inner.unkeyedContainer() }
    func singleValueContainer() -> SingleValueEncodingContainer { inner.singleValueContainer() }
  }
}

/// Lays an encoded value out in the canonical form.
struct CanonicalJSONWriter {
  var out: [UInt8] = []

  mutating func write(_ value: CanonicalJSONValue, depth: Int) {
    switch value {
    case .string(let string): Self.appendQuoted(string, to: &out)
    case .int(let number): out.append(contentsOf: String(number).utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .scalar(let bytes):
      out.append(contentsOf: bytes)
    case .array(let box):
      guard !box.elements.isEmpty else { return out.append(contentsOf: [0x5B, 0x5D]) }
      out.append(0x5B)
      for (index, element) in box.elements.enumerated() {
        if index > 0 { out.append(0x2C) }
        newline(depth + 1)
        write(element, depth: depth + 1)
      }
      newline(depth)
      out.append(0x5D)
    case .object(let box):
      guard !box.pairs.isEmpty else { return out.append(contentsOf: [0x7B, 0x7D]) }
      out.append(0x7B)
      let pairs = box.pairs.count > 1 ? box.pairs.sorted { Self.keyOrder($0.key, $1.key) } : box.pairs
      for (index, pair) in pairs.enumerated() {
        if index > 0 { out.append(0x2C) }
        newline(depth + 1)
        Self.appendQuoted(pair.key, to: &out)
        out.append(contentsOf: [0x3A, 0x20])
        write(pair.value, depth: depth + 1)
      }
      newline(depth)
      out.append(0x7D)
    }
  }

  private mutating func newline(_ depth: Int) {
    out.append(0x0A)
    out.append(contentsOf: repeatElement(0x20, count: depth * 2))
  }

  /// Foundation's `.sortedKeys` order for the keys the data files use: ignoring ASCII case first,
  /// then by bytes. (Its numeric comparison never arises: no key holds a digit.)
  static func keyOrder(_ a: String, _ b: String) -> Bool {
    var ai = a.utf8.makeIterator()
    var bi = b.utf8.makeIterator()
    var tie = 0
    while true {
      switch (ai.next(), bi.next()) {
      case (nil, nil): return tie < 0
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?):
        let lx = (0x41...0x5A).contains(x) ? x | 0x20 : x
        let ly = (0x41...0x5A).contains(y) ? y | 0x20 : y
        if lx != ly { return lx < ly }
        if tie == 0 && x != y { tie = x < y ? -1 : 1 }
      }
    }
  }

  /// A JSON string as Foundation writes it with `.withoutEscapingSlashes`.
  static func appendQuoted(_ string: String, to out: inout [UInt8]) {
    out.append(0x22)
    var string = string
    string.makeContiguousUTF8()
    string.utf8.withContiguousStorageIfAvailable { bytes in
      // Most strings need no escape: copy them whole.
      if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
        out.append(contentsOf: bytes)
      } else {
        appendEscaped(bytes, to: &out)
      }
    }
    out.append(0x22)
  }

  private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    for byte in bytes {
      switch byte {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0x00..<0x20:
        out.append(contentsOf: Array("\\u00".utf8))
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default: out.append(byte)
      }
    }
  }
}
