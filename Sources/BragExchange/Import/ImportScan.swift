import Foundation

/// Byte-level answers to questions the importers ask of every line or item, each with the
/// general (Character or Foundation) way kept beside it for text the shortcut cannot decide.
///
/// The shortcuts rest on UTF-8: an ASCII byte is never part of a longer sequence, and in text
/// without CR a line feed is a character of its own (grapheme clusters break on both sides of
/// it), as is an ASCII character that an ASCII byte follows.
enum ImportScan {
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  // MARK: - Paragraphs

  /// `text.split(separator: "\n", omittingEmptySubsequences: false)`.
  static func paragraphs(_ text: String) -> [Substring] {
    var text = text
    text.makeContiguousUTF8()
    // Line feeds by offset, in one pass that also says whether there is a CR.
    let feeds = text.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
      var feeds: [Int] = []
      for (offset, byte) in bytes.enumerated() where byte <= carriageReturn {
        if byte == carriageReturn { return nil }
        if byte == lineFeed { feeds.append(offset) }
      }
      return feeds
    }
    guard let feeds = feeds ?? nil else {
      return text.split(separator: "\n", omittingEmptySubsequences: false)
    }
    let utf8 = text.utf8
    var out: [Substring] = []
    out.reserveCapacity(feeds.count + 1)
    var start = utf8.startIndex
    for offset in feeds {
      let end = utf8.index(utf8.startIndex, offsetBy: offset)
      out.append(text[start..<end])
      start = utf8.index(after: end)
    }
    out.append(text[start...])
    return out
  }

  /// The text up to its first line feed:
  /// `text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first`.
  static func firstParagraph(_ text: String) -> Substring {
    var text = text
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    let offset =
      utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: lineFeed) }
      ?? utf8.firstIndex(of: lineFeed)
      .map { utf8.distance(from: utf8.startIndex, to: $0) }
    guard let offset else { return text[...] }
    // A CR just before makes "\r\n" one character, which is not "\n".
    if offset > 0 && utf8[utf8.index(utf8.startIndex, offsetBy: offset - 1)] == carriageReturn {
      return text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }
    return text[..<utf8.index(utf8.startIndex, offsetBy: offset)]
  }

  // MARK: - Words

  /// Where " should" first occurs: `sentence.range(of: " should")?.lowerBound`; `ascii` when
  /// the text before it is all ASCII.
  static func firstShould(in sentence: String) -> (index: String.Index, ascii: Bool)? {
    var text = sentence
    text.makeContiguousUTF8()
    // While the text is ASCII, Foundation's search is a comparison of bytes: the offset of the
    // first " should" followed by an ASCII byte or the end; nil when there is none; -1 when a
    // byte beyond ASCII comes first, and Foundation decides.
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      let word = should
      var matched = 0
      var start = 0
      for (offset, byte) in bytes.enumerated() {
        if byte >= 0x80 { return -1 }
        // The byte after the word is ASCII: no combining mark joins the "d".
        if matched == word.count { return start }
        if byte == word[matched] {
          if matched == 0 { start = offset }
          matched += 1
        } else {
          matched = byte == UInt8(ascii: " ") ? 1 : 0
          start = offset
        }
      }
      return matched == word.count ? start : nil
    }
    let utf8 = sentence.utf8
    switch found {
    case .some(.some(let offset)) where offset >= 0:
      return (utf8.index(utf8.startIndex, offsetBy: offset), true)
    case .some(.none): return nil
    default: return sentence.range(of: " should").map { ($0.lowerBound, false) }
    }
  }

  private static let should = Array(" should".utf8)

  /// `text.contains(word)` (Foundation's search), as a comparison of bytes when both are ASCII.
  static func contains(_ text: String, _ word: String) -> Bool {
    guard !word.isEmpty, text.utf8.allSatisfy({ $0 < 0x80 }), word.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.contains(word)
    }
    var text = text
    text.makeContiguousUTF8()
    let needle = Array(word.utf8)
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes.count >= needle.count else { return false }
      let first = needle[0]
      for start in 0...(bytes.count - needle.count) where bytes[start] == first {
        var k = 1
        while k < needle.count && bytes[start + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      return false
    } ?? text.contains(word)
  }

  /// Where the first `byte` (an ASCII character) is, when it is among the first `limit + 1`
  /// characters: `text.prefix(limit + 1).firstIndex(of: character)`.
  static func firstASCII(_ byte: UInt8, in text: Substring, within limit: Int) -> Substring.Index? {
    let utf8 = text.utf8
    var index = utf8.startIndex
    var position = 0
    // Over ASCII without CR every byte is a character of its own, as long as the byte after it
    // is ASCII too; anything else is left to the Character search.
    while index < utf8.endIndex {
      let current = utf8[index]
      guard current < 0x80, current != 13 else { break }
      let next = utf8.index(after: index)
      if current == byte {
        guard next == utf8.endIndex || utf8[next] < 0x80 else { break }
        return index
      }
      if position == limit { return nil }
      position += 1
      index = next
    }
    if index == utf8.endIndex { return nil }
    return text.prefix(limit + 1).firstIndex(of: Character(Unicode.Scalar(byte)))
  }

  /// `text.drop { "'\"‘“ ".contains($0) }`: the quotation marks and spaces that open a paragraph.
  static func dropOpeningQuotes(_ text: Substring) -> Substring {
    let utf8 = text.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex,
      utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "'")
        || utf8[index] == UInt8(ascii: "\"")
    {
      index = utf8.index(after: index)
    }
    // Stopped at an ASCII byte (or the end): what was passed over were characters of their own.
    if index == utf8.endIndex || utf8[index] < 0x80 { return text[index...] }
    return text.drop { "'\"‘“ ".contains($0) }
  }

  /// False only when `text` can hold no "-", "–", "—" nor "to" (normalisePeriod's patterns).
  static func mayHoldDashOrTo(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-") { return true }
      if byte == UInt8(ascii: "o") && previous == UInt8(ascii: "t") { return true }
      // U+2013 and U+2014 are E2 80 93 and E2 80 94.
      if (byte == 0x93 || byte == 0x94) && previous == 0x80 && beforePrevious == 0xE2 { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  // MARK: - ASCII keys

  /// The text lower-cased with the ASCII bytes `trims` marks taken from both ends, or nil when
  /// the text is not all ASCII (then lower case and trimming are String's and Foundation's).
  static func asciiLowercasedTrimmed(_ text: String, trims: [Bool]) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append((65...90).contains(byte) ? byte | 0x20 : byte)
    }
    guard let start = bytes.firstIndex(where: { !trims[Int($0)] }),
      let end = bytes.lastIndex(where: { !trims[Int($0)] })
    else { return [] }
    return Array(bytes[start...end])
  }

  /// Which ASCII scalars `set` holds, by value: a table taken from the set itself.
  static func asciiTable(_ set: CharacterSet) -> [Bool] {
    (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
  }
}
