/// Decodes a missing list as empty, so hand-written data files may leave out lists they don't use.
@propertyWrapper
public struct DefaultEmpty<Element: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
  public var wrappedValue: [Element]

  public init(wrappedValue: [Element] = []) { self.wrappedValue = wrappedValue }

  public init(from decoder: Decoder) throws {
    wrappedValue = try decoder.singleValueContainer().decode([Element].self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wrappedValue)
  }
}

extension KeyedDecodingContainer {
  public func decode<T>(_ type: DefaultEmpty<T>.Type, forKey key: Key) throws -> DefaultEmpty<T> {
    try decodeIfPresent(type, forKey: key) ?? DefaultEmpty()
  }
}
