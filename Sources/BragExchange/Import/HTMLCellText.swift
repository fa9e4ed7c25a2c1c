import BragModel
import Foundation

/// Turns the HTML fragments spreadsheet cells carry (`<p>`, `<ul><li>`, `<ol>`, `<br>`) into the
/// data format's text: one line per paragraph, "- " lines for list items. Bullets written inside a
/// list without `<li>` ("• one • two", "-one -two", "1. one 2. two") become one line each.
public enum HTMLCellText {
  /// Whether the text holds `<p`, `<ul`, `<ol`, `<li`, `<br` or `<div` (any case) followed by
  /// white space, `>` or `/`. One pass over the bytes, no regular expression.
  public static func containsHTML(_ text: String) -> Bool {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { containsHTML(bytes: $0) } ?? false
  }

  private static let blockTags: [[UInt8]] = ["p", "ul", "ol", "li", "br", "div"].map { Array($0.utf8) }

  private static func containsHTML(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let names = blockTags
    var index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      index += 1
      for name in names where index + name.count < count {
        var matches = true
        for (k, letter) in name.enumerated() where bytes[index + k] | 0x20 != letter {
          matches = false
          break
        }
        guard matches else { continue }
        switch bytes[index + name.count] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, UInt8(ascii: ">"), UInt8(ascii: "/"): return true
        default: continue
        }
      }
    }
    return false
  }

  /// The cell as lines; plain text is only trimmed line by line.
  public static func lines(_ cell: String) -> [String] {
    // Most plain cells ("Protection", "March 2026") are one ASCII line with nothing to decode,
    // close up or trim: they are their own line.
    if isPlainLine(cell) { return cell.isEmpty ? [] : [cell] }
    return generalLines(cell)
  }

  /// ASCII without '<', '&', line breaks, tabs, a space at either end or two together.
  static func isPlainLine(_ cell: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in cell.utf8 {
      guard byte < 0x80, byte >= 0x20 || byte == 0x0B || byte == 0x0C, byte != UInt8(ascii: "<"),
        byte != UInt8(ascii: "&")
      else { return false }
      if byte == 0x20 && previous == 0x20 { return false }
      previous = byte
    }
    return previous != 0x20 || cell.isEmpty
  }

  /// ``lines(_:)`` for any cell.
  static func generalLines(_ cell: String) -> [String] {
    guard containsHTML(cell) else {
      return ImportScan.paragraphs(cell).map { clean(String($0)) }.filter { !$0.isEmpty }
    }
    var lines: [String] = []
    var current: [UInt8] = []
    var listDepth = 0
    var inItem = false
    func flush() {
      // Without '&' there is nothing to decode: the bytes are closed up as they are.
      let text =
        current.contains(UInt8(ascii: "&"))
        ? clean(String(decoding: current, as: UTF8.self)) : current.withUnsafeBufferPointer(closeUp)
      current.removeAll(keepingCapacity: true)
      guard !text.isEmpty else { return }
      if inItem {
        lines.append("- " + text)
      } else if listDepth > 0 {
        lines.append(contentsOf: splitBullets(text))
      } else {
        lines.append(text)
      }
    }
    // One pass over the UTF-8 bytes (tags and line breaks are ASCII, so they are never part of
    // another character); the next '>' is looked for once per tag, so a cell full of '<'
    // without '>' stays linear.
    let scalars = Array(cell.utf8)
    var nextClose = -1
    var index = 0
    // Text between tags and line breaks is taken a run at a time.
    var run = 0
    func takeRun() {
      if index > run { current.append(contentsOf: scalars[run..<index]) }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == UInt8(ascii: "<") {
        if nextClose <= index {
          nextClose = scalars[(index + 1)...].firstIndex(of: UInt8(ascii: ">")) ?? scalars.count
        }
        if nextClose < scalars.count {
          takeRun()
          let close = nextClose
          switch tag(scalars[(index + 1)..<close]) {
          case .block:
            flush()
          case .list(let closing):
            flush()
            listDepth = max(0, listDepth + (closing ? -1 : 1))
          case .item(let closing):
            flush()
            inItem = !closing
          case .other:
            break  // <strong>, <span> and the like: the words stay, the tag goes.
          }
          index = close + 1
          run = index
          continue
        }
      }
      if scalar == UInt8(ascii: "\n") {
        takeRun()
        flush()
        index += 1
        run = index
        continue
      }
      index += 1
    }
    takeRun()
    flush()
    return lines
  }

  /// What a tag does to the cell's lines.
  enum Tag: Equatable {
    /// `<p>`, `<div>`, `<br>`, `<h1>`–`<h4>`, `<tr>`: a line ends.
    case block
    case list(closing: Bool)
    case item(closing: Bool)
    case other
  }

  /// The tag whose bytes (between '<' and '>') these are.
  static func tag(_ bytes: ArraySlice<UInt8>) -> Tag {
    // Nearly every tag is ASCII, where bytes are characters and lower case is one byte's: the
    // name (at most three letters to matter) is packed into an integer and compared, with no
    // String, Foundation trimming or CharacterSet per tag.
    if bytes.contains(where: { $0 >= 0x80 }) { return generalTag(bytes) }
    func isStop(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ") }
    var start = bytes.startIndex
    while start < bytes.endIndex && isStop(bytes[start]) { start += 1 }
    var end = start
    while end < bytes.endIndex && !isStop(bytes[end]) { end += 1 }
    guard end - start <= 3 else { return .other }
    let closing = bytes.first == UInt8(ascii: "/")
    let name = packed(bytes[start..<end])
    if blockNames.contains(name) { return .block }
    if listNames.contains(name) { return .list(closing: closing) }
    if itemNames.contains(name) { return .item(closing: closing) }
    return .other
  }

  /// Up to three ASCII bytes, lower-cased, and their count (so "\0p" is not "p"), as one integer.
  private static func packed<Bytes: Collection<UInt8>>(_ name: Bytes) -> UInt64 {
    name.reduce(0) { $0 << 8 | UInt64((65...90).contains($1) ? $1 | 0x20 : $1) } | UInt64(name.count) << 32
  }

  private static let blockNames = Set(
    ["p", "div", "br", "h1", "h2", "h3", "h4", "tr"].map { packed($0.utf8) })
  private static let listNames = Set(["ul", "ol"].map { packed($0.utf8) })
  private static let itemNames = Set(["li"].map { packed($0.utf8) })

  /// ``tag(_:)`` through String's own lower case, trimming and splitting, for any tag.
  static func generalTag(_ bytes: ArraySlice<UInt8>) -> Tag {
    let tag = String(decoding: bytes, as: UTF8.self).lowercased()
    let name =
      tag.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
      .split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
    let closing = tag.hasPrefix("/")
    switch name {
    case "p", "div", "br", "h1", "h2", "h3", "h4", "tr": return .block
    case "ul", "ol": return .list(closing: closing)
    case "li": return .item(closing: closing)
    default: return .other
    }
  }

  /// The cell as text: its lines joined by line breaks.
  public static func text(_ cell: String) -> String { lines(cell).joined(separator: "\n") }

  /// Paragraphs only (each `<p>` or line one entry), for cells that hold one entry per paragraph.
  public static func paragraphs(_ cell: String) -> [String] { lines(cell) }

  /// "• a • b" → ["- a", "- b"]; "-a -b" → ["-a", "-b"]; "1. a 2. b" → ["1. a", "2. b"].
  static func splitBullets(_ text: String) -> [String] {
    if text.contains("•") {
      let parts = text.components(separatedBy: "•").map { $0.trimmingCharacters(in: .whitespaces) }
      var out: [String] = []
      if let first = parts.first, !first.isEmpty { out.append(first) }
      out.append(contentsOf: parts.dropFirst().filter { !$0.isEmpty }.map { "- " + $0 })
      return out
    }
    let marked = text.replacingOccurrences(
      of: #"(?:^|\s+)(-(?=\S)|\d{1,2}\.\s)"#, with: "\u{1E}$1", options: .regularExpression)
    return marked.components(separatedBy: "\u{1E}").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// Entities decoded, runs of white space closed up, ends trimmed.
  ///
  /// One pass over the characters: spaces, tabs and no-break spaces (also `&nbsp;`) become one
  /// space between words.
  static func clean(_ text: String) -> String {
    var decoded = decodeEntities(text)
    decoded.makeContiguousUTF8()
    return decoded.utf8.withContiguousStorageIfAvailable(closeUp) ?? closeUp(Array(decoded.utf8))
  }

  private static func closeUp(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer(closeUp) }

  /// ``clean(_:)`` of text whose entities are decoded, from its UTF-8 bytes.
  private static func closeUp(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Over the UTF-8 bytes: space, tab and no-break space (C2 A0) are the white space closed up.
    // Only whole ASCII characters and whole C2 A0 pairs are dropped, so what is kept is UTF-8.
    let count = bytes.count
    guard count > 0, let source = bytes.baseAddress else { return "" }
    // Most lines have single spaces between words and nothing else to close up: they are
    // copied whole.
    var plain = source[0] != 0x20 && source[count - 1] != 0x20
    if plain {
      for index in 0..<count {
        let byte = source[index]
        if byte == 0x09 || byte == 0xC2 || (byte == 0x20 && source[index + 1] == 0x20) {
          plain = false
          break
        }
      }
    }
    var result =
      plain
      ? String(decoding: bytes, as: UTF8.self)
      : String(unsafeUninitializedCapacity: count) { out in
        let target = out.baseAddress!
        var written = 0
        var pendingSpace = false
        var index = 0
        while index < count {
          let byte = source[index]
          index += 1
          var isSpace = byte == 0x20 || byte == 0x09
          if byte == 0xC2 && index < count && source[index] == 0xA0 {
            isSpace = true
            index += 1
          }
          if isSpace {
            pendingSpace = written > 0
            continue
          }
          if pendingSpace {
            target[written] = 0x20
            written += 1
            pendingSpace = false
          }
          target[written] = byte
          written += 1
        }
        return written
      }
    // Trailing white space of other kinds (Foundation's .whitespaces), as trimming did before:
    // all beyond ASCII, so an ASCII end needs no look at its scalar's category.
    func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
    if let last = result.utf8.last, last >= 0x80 {
      while let last = result.unicodeScalars.last, isSpace(last) { result.unicodeScalars.removeLast() }
    }
    if let first = result.utf8.first, first >= 0x80 {
      while let first = result.unicodeScalars.first, isSpace(first) { result.unicodeScalars.removeFirst() }
    }
    return result
  }

  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
    "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "hellip": "…",
    "pound": "£",
  ]

  /// `&name;`, `&#NN;` and `&#xHH;` decoded; anything else left as written. One pass, no
  /// regular expression.
  static func decodeEntities(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    func isName(_ s: Unicode.Scalar) -> Bool {
      s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "&" else {
        out.append(scalar)
        index += 1
        continue
      }
      // &(#x?[0-9a-fA-F]+|[a-zA-Z]+);
      var end = index + 1
      let numeric = end < scalars.count && scalars[end] == "#"
      if numeric { end += 1 }
      let hex = numeric && end < scalars.count && (scalars[end] == "x" || scalars[end] == "X")
      if hex { end += 1 }
      let nameStart = end
      while end < scalars.count, isName(scalars[end]),
        numeric ? scalars[end].properties.isASCIIHexDigit : scalars[end].properties.isAlphabetic
      {
        end += 1
      }
      guard end > nameStart, end < scalars.count, scalars[end] == ";" else {
        out.append(scalar)
        index += 1
        continue
      }
      let key = String(String.UnicodeScalarView(scalars[nameStart..<end]))
      let replacement: String? =
        hex
        ? UInt32(key, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        : numeric ? UInt32(key).flatMap(Unicode.Scalar.init).map { String($0) } : entities[key]
      if let replacement {
        out.append(contentsOf: replacement.unicodeScalars)
      } else {
        out.append(contentsOf: scalars[index...end])
      }
      index = end + 1
    }
    return String(out)
  }

  /// Text in the data format as an HTML cell: a `<p>` per line, "- " lines as `<ul><li>`, every
  /// character that HTML would read escaped. One plain line stays as it is (escaped).
  public static func html(_ text: String) -> String {
    let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    if lines.count == 1 && !lines[0].hasPrefix("- ") { return escape(lines[0]) }
    var out = ""
    var inList = false
    for line in lines {
      if line.hasPrefix("- ") {
        if !inList { out += "<ul>" }
        inList = true
        out += "<li>\(escape(String(line.dropFirst(2))))</li>"
      } else {
        if inList { out += "</ul>" }
        inList = false
        out += "<p>\(escape(line))</p>"
      }
    }
    if inList { out += "</ul>" }
    return out
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
