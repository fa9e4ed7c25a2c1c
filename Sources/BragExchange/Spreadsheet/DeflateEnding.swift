/// Whether a deflate stream (RFC 1951) ends within its bytes, found by walking its blocks and
/// codes without producing the output.
///
/// Why: ZIPFoundation's inflater keeps asking for input until the stream ends, so a damaged
/// entry whose stream never ends would hang the import at the end of the file. Each deflated
/// part is walked here first; a stream that runs out is refused as damaged. Other damage (a bad
/// code, a distance too far back) is left to zlib, which reports it.
enum DeflateEnding {
  enum Outcome: Equatable {
    /// The last block ends within the bytes.
    case ends
    /// The bytes run out first.
    case runsOut
    /// Not a deflate stream; zlib will say so.
    case invalid
  }

  private enum Stop: Error {
    case runsOut, invalid
  }

  static func check(_ bytes: ArraySlice<UInt8>) -> Outcome {
    var walker = Walker(bytes: bytes)
    do {
      try walker.walk()
      return .ends
    } catch .runsOut {
      return .runsOut
    } catch {
      return .invalid
    }
  }

  /// Canonical Huffman codes as counts per length and symbols in code order.
  private struct Code {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]

    init(lengths: ArraySlice<Int>) throws(Stop) {
      symbols = [Int](repeating: 0, count: lengths.count)
      for length in lengths { counts[length] += 1 }
      var left = 1
      for length in 1..<16 {
        left = left * 2 - counts[length]
        if left < 0 { throw .invalid }  // more codes than the lengths allow
      }
      var offsets = [Int](repeating: 0, count: 16)
      for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
      for (symbol, length) in zip(0..., lengths) where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
    }
  }

  private struct Walker {
    let bytes: ArraySlice<UInt8>
    var index: Int
    var buffer = 0
    var count = 0

    init(bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      index = bytes.startIndex
    }

    mutating func bits(_ n: Int) throws(Stop) -> Int {
      while count < n {
        guard index < bytes.endIndex else { throw .runsOut }
        buffer |= Int(bytes[index]) << count
        index += 1
        count += 8
      }
      let value = buffer & ((1 << n) - 1)
      buffer >>= n
      count -= n
      return value
    }

    /// One symbol, read bit by bit, codes compared length by length.
    mutating func symbol(_ code: Code) throws(Stop) -> Int {
      var value = 0
      var first = 0
      var start = 0
      for length in 1..<16 {
        value |= try bits(1)
        let n = code.counts[length]
        if value - n < first { return code.symbols[start + value - first] }
        start += n
        first = (first + n) << 1
        value <<= 1
      }
      throw .invalid
    }

    static let lengthExtra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceExtra = [
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    static let fixed: (Code, Code) = {
      var lengths = [Int](repeating: 8, count: 288)
      for symbol in 144..<256 { lengths[symbol] = 9 }
      for symbol in 256..<280 { lengths[symbol] = 7 }
      return (try! Code(lengths: lengths[...]), try! Code(lengths: [Int](repeating: 5, count: 30)[...]))
    }()

    mutating func walk() throws(Stop) {
      var last = 0
      repeat {
        last = try bits(1)
        switch try bits(2) {
        case 0: try stored()
        case 1: try codes(Self.fixed.0, Self.fixed.1)
        case 2:
          let (lengths, distances) = try dynamicCodes()
          try codes(lengths, distances)
        default: throw .invalid
        }
      } while last == 0
    }

    mutating func stored() throws(Stop) {
      buffer = 0
      count = 0
      guard bytes.endIndex - index >= 4 else { throw .runsOut }
      let length = Int(bytes[index]) | Int(bytes[index + 1]) << 8
      let complement = Int(bytes[index + 2]) | Int(bytes[index + 3]) << 8
      guard length == ~complement & 0xFFFF else { throw .invalid }
      index += 4
      guard bytes.endIndex - index >= length else { throw .runsOut }
      index += length
    }

    mutating func codes(_ lengths: Code, _ distances: Code) throws(Stop) {
      while true {
        let symbol = try self.symbol(lengths)
        if symbol < 256 { continue }
        if symbol == 256 { return }
        let length = symbol - 257
        guard length < 29 else { throw .invalid }
        _ = try bits(Self.lengthExtra[length])
        let distance = try self.symbol(distances)
        guard distance < 30 else { throw .invalid }
        _ = try bits(Self.distanceExtra[distance])
      }
    }

    mutating func dynamicCodes() throws(Stop) -> (Code, Code) {
      let literalCount = try bits(5) + 257
      let distanceCount = try bits(5) + 1
      let codeCount = try bits(4) + 4
      guard literalCount <= 286, distanceCount <= 30 else { throw .invalid }
      let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
      var codeLengths = [Int](repeating: 0, count: 19)
      for position in 0..<codeCount { codeLengths[order[position]] = try bits(3) }
      let lengthCode = try Code(lengths: codeLengths[...])
      var lengths: [Int] = []
      while lengths.count < literalCount + distanceCount {
        let symbol = try self.symbol(lengthCode)
        switch symbol {
        case 0..<16: lengths.append(symbol)
        case 16:
          guard let previous = lengths.last else { throw .invalid }
          lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
        case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
        default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
        }
      }
      guard lengths.count == literalCount + distanceCount, lengths[256] != 0 else { throw .invalid }
      return (
        try Code(lengths: lengths[..<literalCount]), try Code(lengths: lengths[literalCount...])
      )
    }
  }
}
