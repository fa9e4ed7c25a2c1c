/// Decodes a `Decodable` from a tree ``PlainJSONParser`` built, or throws ``Unsupported``.
///
/// It keeps no coding path and builds no error messages: on anything unexpected it gives up, and
/// ``ReportCoding`` decodes the bytes again with Foundation, whose errors name the field. It
/// follows Foundation where both succeed (a repeated key: the first counts; `null` is absent).
enum PlainJSONDecoder {
  struct Unsupported: Error {}

  static func decode<T: Decodable>(_ type: T.Type, from value: CanonicalJSONValue) throws -> T {
    if T.self == String.self, case .string(let text) = value { return text as! T }
    if T.self == Int.self, case .int(let number) = value { return number as! T }
    if T.self == Bool.self, case .bool(let flag) = value { return flag as! T }
    return try T(from: Decoding(value: value))
  }

  fileprivate struct Decoding: Decoder {
    let value: CanonicalJSONValue
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
      guard case .object(let box) = value else { throw Unsupported() }
      return KeyedDecodingContainer(Keyed<Key>(pairs: box.pairs))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
      guard case .array(let box) = value else { throw Unsupported() }
      return Unkeyed(elements: box.elements)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { Single(value: value) }
  }

  private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let pairs: [(key: String, value: CanonicalJSONValue)]
    var codingPath: [CodingKey] { [] }
    var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

    func member(_ key: Key) -> CanonicalJSONValue? {
      let name = key.stringValue
      for pair in pairs where pair.key == name { return pair.value }
      return nil
    }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
      guard let value = member(key) else { throw Unsupported() }
      if case .null = value { return true }
      return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
      guard let value = member(key) else { throw Unsupported() }
      return try PlainJSONDecoder.decode(type, from: value)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
      guard let value = member(key) else { return nil }
      if case .null = value { return nil }
      return try PlainJSONDecoder.decode(type, from: value)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
      -> KeyedDecodingContainer<NestedKey>
    {
      guard let value = member(key) else { throw Unsupported() }
      return try Decoding(value: value).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
      guard let value = member(key) else { throw Unsupported() }
      return try Decoding(value: value).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { throw Unsupported() }
    func superDecoder(forKey key: Key) throws -> Decoder { throw Unsupported() }
  }

  private struct Unkeyed: UnkeyedDecodingContainer {
    let elements: [CanonicalJSONValue]
    var currentIndex = 0
    var codingPath: [CodingKey] { [] }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    init(elements: [CanonicalJSONValue]) { self.elements = elements }

    mutating func next() throws -> CanonicalJSONValue {
      guard currentIndex < elements.count else { throw Unsupported() }
      defer { currentIndex += 1 }
      return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
      guard currentIndex < elements.count else { throw Unsupported() }
      if case .null = elements[currentIndex] {
        currentIndex += 1
        return true
      }
      return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
      try PlainJSONDecoder.decode(type, from: try next())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
      -> KeyedDecodingContainer<NestedKey>
    {
      try Decoding(value: try next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
      try Decoding(value: try next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { throw Unsupported() }
  }

  private struct Single: SingleValueDecodingContainer {
    let value: CanonicalJSONValue
    var codingPath: [CodingKey] { [] }

    func decodeNil() -> Bool {
      if case .null = value { return true }
      return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
      guard case .bool(let flag) = value else { throw Unsupported() }
      return flag
    }

    func decode(_ type: String.Type) throws -> String {
      guard case .string(let text) = value else { throw Unsupported() }
      return text
    }

    func decode(_ type: Int.Type) throws -> Int {
      guard case .int(let number) = value else { throw Unsupported() }
      return number
    }

    // The other number types, spelt out: the protocol's defaults would come back here forever.
    // Fractions and exponents never reach this far (the parser leaves them to Foundation).
    func decode(_ type: Double.Type) throws -> Double { Double(try decode(Int.self)) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Int.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try exactly(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try exactly(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try exactly(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try exactly(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try exactly(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try exactly(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try exactly(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try exactly(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try exactly(type) }

    private func exactly<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
      guard let number = T(exactly: try decode(Int.self)) else { throw Unsupported() }
      return number
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try PlainJSONDecoder.decode(type, from: value) }
  }
}
