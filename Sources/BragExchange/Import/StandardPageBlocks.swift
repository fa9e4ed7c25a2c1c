import BragModel
import Foundation

/// A standard's page as a list of blocks, the same for a saved HTML page and for text copied
/// from the browser, so ``StandardPageReader`` reads both one way.
struct StandardPageBlock: Equatable {
  enum Kind: Equatable {
    /// `<h1>`–`<h6>`, a paragraph all in `<strong>`, or a short line standing alone in text.
    case heading
    case text
    /// A list item, with its number path: [1] is "1", [1, 2] is "1.2".
    case item([Int])
    /// `<footer>`: nothing after it is the standard's.
    case end
  }

  var kind: Kind
  var text: String
  /// The line of the file the block starts on.
  var line: Int
  /// `<h1>`, kept apart so the title can come from it.
  var isTitle = false
}

/// Plain text from a page: entities decoded, escape sequences and control characters gone,
/// white space closed up.
enum StandardPageText {
  static func plain(_ raw: String) -> String {
    var text = raw
    if text.contains("&") { text = HTMLCellText.decodeEntities(text) }
    text = withoutEscapeSequences(text)
    return HTMLCellText.clean(SafeText.singleLine(text))
  }

  /// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC) and ESC with one character taken out
  /// whole, and their one-character C1 forms (CSI U+009B, OSC U+009D), so no "[31m" is left
  /// behind when SafeText removes the ESC.
  static func withoutEscapeSequences(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{9D}" })
    else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      var csi = scalar == "\u{9B}"
      var osc = scalar == "\u{9D}"
      var next = index + 1
      if scalar == "\u{1B}", next < scalars.count {
        csi = scalars[next] == "["
        osc = scalars[next] == "]"
        next += 1
        if !csi && !osc {
          index = next  // ESC and the one character after it
          continue
        }
      } else if !csi && !osc {
        out.append(scalar)
        index += 1
        continue
      }
      if csi {
        // Parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E).
        while next < scalars.count, (0x20...0x3F).contains(scalars[next].value) { next += 1 }
        if next < scalars.count, (0x40...0x7E).contains(scalars[next].value) { next += 1 }
      } else if osc {
        while next < scalars.count {
          if scalars[next] == "\u{07}" || scalars[next] == "\u{9C}" {
            next += 1
            break
          }
          if scalars[next] == "\u{1B}", next + 1 < scalars.count, scalars[next + 1] == "\\" {
            next += 2
            break
          }
          next += 1
        }
      }
      index = next
    }
    return String(out)
  }
}

/// The blocks of a saved HTML page: headings, paragraphs and list items with their nesting,
/// from one pass over the bytes. The page's `<title>` is kept for a page without `<h1>`.
struct StandardPageHTML {
  private(set) var blocks: [StandardPageBlock] = []
  private(set) var documentTitle: String?
  /// The page's own address: `<link rel="canonical">`, `og:url`, or a "saved from url=" comment.
  private(set) var address: String?

  private struct List {
    var next: Int
  }

  private var lists: [List] = []
  private var path: [Int] = []
  /// Open `<li>` elements, innermost last: the depth of list each opened at.
  private var items: [Int] = []
  private var buffer: [UInt8] = []
  private var bufferLine = 1
  private var bufferHasText = false
  private var line = 1
  private var headingDepth = 0
  private var strongDepth = 0
  /// Whether every letter in the buffer was inside `<strong>` or `<b>`.
  private var allStrong = true
  private var skipping: [UInt8]? = nil
  private var inTitle = false
  private var inH1 = false
  private var titleText: [UInt8] = []

  static func blocks(of text: String) -> (blocks: [StandardPageBlock], title: String?, address: String?) {
    var reader = StandardPageHTML()
    reader.read(Array(text.utf8))
    return (reader.blocks, reader.documentTitle, reader.address)
  }

  /// The address in `href="…"` or `content="…"` of a canonical link or an og:url meta tag.
  private static func ownAddress(_ inside: ArraySlice<UInt8>) -> String? {
    let text = String(decoding: inside, as: UTF8.self)
    let lower = text.lowercased()
    guard lower.contains("canonical") || lower.contains("og:url") else { return nil }
    for attribute in ["href", "content"] {
      if let range = text.range(
        of: attribute + #"\s*=\s*["']([^"']+)["']"#, options: [.regularExpression, .caseInsensitive])
      {
        let value = text[range].drop { $0 != "\"" && $0 != "'" }.dropFirst().dropLast()
        return String(value)
      }
    }
    return nil
  }

  /// Elements whose content is never the page's text.
  private static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "nav"]
  /// Elements that end a block of text.
  private static let boundaries: Set<String> = [
    "p", "div", "section", "article", "main", "aside", "header", "table", "tr", "td", "th", "dl",
    "dt", "dd", "blockquote", "figure", "figcaption", "form", "hr", "body",
  ]

  private mutating func read(_ bytes: [UInt8]) {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        // A comment, <!DOCTYPE> or a tag.
        if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"),
          bytes[index + 3] == UInt8(ascii: "-")
        {
          var end = index + 4
          while end + 2 < count
            && !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-")
              && bytes[end + 2] == UInt8(ascii: ">"))
          {
            end += 1
          }
          let comment = String(decoding: bytes[index..<min(end + 3, count)], as: UTF8.self)
          if address == nil,
            let range = comment.range(of: #"saved from url=\(\d+\)(\S+)"#, options: .regularExpression)
          {
            address = String(comment[range].drop { $0 != ")" }.dropFirst())
          }
          line += comment.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
          index = min(end + 3, count)
          continue
        }
        if let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ">")) {
          let inside = bytes[(index + 1)..<close]
          line += inside.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
          tag(inside)
          index = close + 1
          continue
        }
      }
      if byte == 10 { line += 1 }
      if skipping == nil {
        if inTitle || inH1 { titleText.append(byte) }
        if !inTitle { append(byte) }
      }
      index += 1
    }
    flush()
  }

  private mutating func append(_ byte: UInt8) {
    let isSpace = byte == 0x20 || byte == 10 || byte == 9 || byte == 13
    if !bufferHasText && !isSpace {
      bufferLine = line
      bufferHasText = true
    }
    buffer.append(isSpace ? 0x20 : byte)
    if !isSpace && strongDepth == 0 && headingDepth == 0 { allStrong = false }
  }

  private static func name(of inside: ArraySlice<UInt8>) -> (name: String, closing: Bool) {
    var start = inside.startIndex
    let closing = start < inside.endIndex && inside[start] == UInt8(ascii: "/")
    if closing { start += 1 }
    var end = start
    while end < inside.endIndex {
      let b = inside[end]
      if b == 0x20 || b == 10 || b == 9 || b == 13 || b == UInt8(ascii: "/") { break }
      end += 1
    }
    return (String(decoding: inside[start..<end], as: UTF8.self).lowercased(), closing)
  }

  /// The number an attribute (`start="3"`, `value=4`) gives, if it is there.
  private static func number(_ attribute: String, in inside: ArraySlice<UInt8>) -> Int? {
    let text = String(decoding: inside, as: UTF8.self).lowercased()
    guard
      let range = text.range(
        of: #"(^|\s)"# + attribute + #"\s*=\s*["']?(-?\d+)"#, options: .regularExpression)
    else { return nil }
    return Int(text[range].filter { $0.isNumber || $0 == "-" })
  }

  private mutating func tag(_ inside: ArraySlice<UInt8>) {
    let (name, closing) = Self.name(of: inside)
    if let skip = skipping {
      if closing && name == String(decoding: skip, as: UTF8.self) { skipping = nil }
      return
    }
    if Self.skipped.contains(name) && !closing {
      flush()
      if !(inside.last == UInt8(ascii: "/")) { skipping = Array(name.utf8) }
      return
    }
    switch name {
    case "link", "meta":
      if address == nil { address = Self.ownAddress(inside) }
    case "title":
      inTitle = !closing
      if closing {
        documentTitle = StandardPageText.plain(String(decoding: titleText, as: UTF8.self))
        titleText = []
      }
    case "ol", "ul":
      flush()
      if closing {
        if !lists.isEmpty { lists.removeLast() }
        path = Array(path.prefix(lists.count))
        // An item left open (`</li>` may be left out) ends with its list.
        items.removeAll { $0 > lists.count }
      } else {
        let start = name == "ol" ? (Self.number("start", in: inside) ?? 1) : 1
        lists.append(List(next: start))
      }
    case "li":
      flush()
      if closing {
        if !items.isEmpty { items.removeLast() }
      } else if !lists.isEmpty {
        let depth = lists.count
        // The item before it at this depth ends here, closed or not.
        items.removeAll { $0 >= depth }
        let number = Self.number("value", in: inside) ?? lists[depth - 1].next
        lists[depth - 1].next = number + 1
        path = Array(path.prefix(depth - 1)) + [number]
        items.append(depth)
      }
    case "h1", "h2", "h3", "h4", "h5", "h6":
      flush()
      headingDepth = closing ? 0 : 1
      if name == "h1" {
        if closing, !titleText.isEmpty {
          let text = StandardPageText.plain(String(decoding: titleText, as: UTF8.self))
          if !text.isEmpty, let last = blocks.indices.last, blocks[last].text == text {
            blocks[last].isTitle = true
          }
        }
        inH1 = !closing
        titleText = []
      }
    case "strong", "b":
      strongDepth = max(0, strongDepth + (closing ? -1 : 1))
    case "br":
      if items.isEmpty { flush() } else { append(0x20) }
    case "footer":
      flush()
      if !closing { blocks.append(StandardPageBlock(kind: .end, text: "", line: line)) }
    default:
      if Self.boundaries.contains(name) { flush() }
    }
  }

  private mutating func flush() {
    defer {
      buffer.removeAll(keepingCapacity: true)
      bufferHasText = false
      allStrong = true
    }
    let text = StandardPageText.plain(String(decoding: buffer, as: UTF8.self))
    guard !text.isEmpty else { return }
    let kind: StandardPageBlock.Kind
    if let depth = items.last, depth <= path.count {
      kind = .item(Array(path.prefix(depth)))
    } else if headingDepth > 0 || allStrong {
      kind = .heading
    } else {
      kind = .text
    }
    blocks.append(StandardPageBlock(kind: kind, text: text, line: bufferLine))
  }
}

/// The blocks of text copied from a page: numbered lines ("1.", "1.1", "a)", "(ii)"), bullets,
/// wrapped lines joined to the requirement they continue, and short lines standing alone read
/// as headings.
enum StandardPageLines {
  private enum Marker {
    /// "1.2" or "1.2." written out.
    case path([Int])
    /// "3." or "3)".
    case number(Int)
    /// "a)", "(b)", "c." or "ii)": a sub-item (its letter's place in the alphabet, kept for a
    /// list that is lettered throughout).
    case sub(Int)
    case bullet
  }

  static func blocks(of text: String) -> [StandardPageBlock] {
    var blocks: [StandardPageBlock] = []
    var top: (number: Int, indent: Int)? = nil
    /// The children of the current top-level item: how many so far, whether the last one ended
    /// its sentence (so the next plain number goes back to the top level), and whether they are
    /// numbered (a plain number after lettered or bulleted children is the next top-level one).
    var children: (count: Int, indent: Int, closed: Bool, numbered: Bool)? = nil
    var blankBefore = true
    var lettersAreTop = false
    for (offset, raw) in PageImport.splitLines(ImportText.normaliseLineEnds(text)).enumerated() {
      let number = offset + 1
      let indent = raw.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
      let line = StandardPageText.plain(raw)
      guard !line.isEmpty else {
        blankBefore = true
        continue
      }
      defer { blankBefore = false }
      if let (marker, rest) = marker(line) {
        let text = rest
        var path: [Int]
        switch marker {
        case .path(let parts):
          path = parts
          lettersAreTop = false
          if parts.count == 1 {
            top = (parts[0], indent)
            children = nil
          } else {
            top = top ?? (parts[0], indent)
            children = (parts.last!, indent, endsSentence(text), true)
          }
        case .number(let n):
          if let current = top, let last = blocks.last, case .item = last.kind,
            indent > current.indent
              || (children.map { $0.numbered && !$0.closed && n == $0.count + 1 } ?? false)
              || (children == nil && n == 1 && current.number >= 1 && last.text.hasSuffix(":"))
          {
            path = [current.number, n]
            children = (n, indent, endsSentence(text), true)
          } else {
            path = [n]
            top = (n, indent)
            children = nil
            lettersAreTop = false
          }
        case .sub(let n):
          // Lettered items with no numbered item above them are the list itself.
          guard let current = top, !lettersAreTop else {
            path = [n]
            top = (n, indent)
            lettersAreTop = true
            break
          }
          // Numbered by place under its parent: some pages letter straight through the list
          // ("a)" to "d)" under 2, "e)" to "i)" under 4), so "e)" under 4 is 4.1.
          let place = (children?.count ?? 0) + 1
          path = [current.number, place]
          children = (place, indent, endsSentence(text), false)
        case .bullet:
          if let current = top,
            indent > current.indent || children != nil
              || (blocks.last.map { $0.text.hasSuffix(":") } ?? false)
          {
            let n = (children?.count ?? 0) + 1
            path = [current.number, n]
            children = (n, indent, endsSentence(text), false)
          } else {
            let n = (top?.number ?? 0) + 1
            path = [n]
            top = (n, indent)
            children = nil
          }
        }
        blocks.append(StandardPageBlock(kind: .item(path), text: text, line: number))
        continue
      }
      // A line without a number: it continues the requirement above unless it stands alone.
      if let last = blocks.last, case .item = last.kind, !blankBefore,
        !StandardPageReader.isGroupIntro(line), !StandardPageReader.isSectionEnd(line),
        !(looksLikeHeading(line) && endsSentence(last.text))
      {
        blocks[blocks.count - 1].text += " " + line
        if children != nil { children!.closed = endsSentence(blocks[blocks.count - 1].text) }
        continue
      }
      if let last = blocks.last, case .item = last.kind, blankBefore,
        line.first?.isLowercase == true
      {
        blocks[blocks.count - 1].text += " " + line
        continue
      }
      if StandardPageReader.isGroupIntro(line) || StandardPageReader.isStart(line) {
        top = nil
        children = nil
        lettersAreTop = false
      }
      blocks.append(
        StandardPageBlock(kind: looksLikeHeading(line) ? .heading : .text, text: line, line: number))
    }
    return blocks
  }

  /// A short line of a few words, capitalised, with no closing punctuation.
  static func looksLikeHeading(_ line: String) -> Bool {
    guard let first = line.first, first.isUppercase, line.count <= 90 else { return false }
    guard let last = line.last, !".;:,".contains(last) else { return false }
    return line.split(separator: " ").count <= 12
  }

  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return last == "." || last == "!" || last == "?"
  }

  private static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

  private static func marker(_ line: String) -> (Marker, String)? {
    let scalars = Array(line)
    // Bullets.
    if let first = scalars.first, "-•*–▪◦·".contains(first), scalars.count > 1, scalars[1] == " " {
      return (.bullet, String(scalars.dropFirst(2)).trimmingCharacters(in: .whitespaces))
    }
    // "1.", "1)", "1.2", "1.2."
    var index = 0
    var parts: [Int] = []
    var digits = ""
    while index < scalars.count {
      let c = scalars[index]
      if c.isASCII && c.isNumber && digits.count < 2 {
        digits.append(c)
        index += 1
      } else if c == ".", !digits.isEmpty {
        parts.append(Int(digits)!)
        digits = ""
        index += 1
        if index < scalars.count, !(scalars[index].isASCII && scalars[index].isNumber) { break }
      } else {
        break
      }
    }
    if !digits.isEmpty, index < scalars.count, scalars[index] == ")" {
      parts.append(Int(digits)!)
      digits = ""
      index += 1
    } else if !digits.isEmpty {
      parts.append(Int(digits)!)
      digits = ""
      // "1.2" with no dot after is still a number when a space follows; "12 March" is not.
      if parts.count == 1 { return nil }
    }
    if !parts.isEmpty, index < scalars.count, scalars[index] == " " {
      let rest = String(scalars[index...]).trimmingCharacters(in: .whitespaces)
      guard !rest.isEmpty else { return nil }
      return (parts.count == 1 ? .number(parts[0]) : .path(parts), rest)
    }
    // "a)", "(b)", "c.", "ii)"
    let lower = line.lowercased()
    let pattern = #"^\(?([a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+"#
    if let range = lower.range(of: pattern, options: .regularExpression) {
      let token = lower[range].filter { $0.isLetter }
      let rest = String(line[range.upperBound...])
      if lower.hasPrefix("(") && !lower[range].contains(")") { return nil }
      // The letters go to h, so i, v and x are Roman numerals.
      if let roman = romans.firstIndex(of: String(token)) { return (.sub(roman + 1), rest) }
      if let letter = token.unicodeScalars.first { return (.sub(Int(letter.value) - 96), rest) }
    }
    return nil
  }
}
