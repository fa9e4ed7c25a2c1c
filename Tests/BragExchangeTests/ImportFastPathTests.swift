import BragModel
import Foundation
import Testing

@testable import BragExchange

/// The importers' byte-level shortcuts agree with the general (Character, Foundation or
/// CSV.swift) way on text chosen to trip them: non-ASCII, upper case, tabs, no-break spaces,
/// combining marks, CR, quotes and stray punctuation.
@Suite("Import fast paths agree with the general paths")
struct ImportFastPathTests {
  /// Short pieces the inputs are made of, each a known trap for a byte-level reading.
  static let pieces = [
    "", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{2028}", "\r", "\n", "\r\n", ":",
    ",", ".", "-", "–", "—", "\"", "'", "‘", "“", "\u{301}", "\u{200D}", "\u{600}", "\u{130}", "\u{212A}",
    "é", "e\u{301}", "ß", "😀", "a", "A", "Z", "z", "1", "to", "TO", "should", " should", "Should", "must",
    " must ", "Status", "STATUS", "action", "Action we have taken", "Recommendation", "rec", "AFI", "afi",
    "Area", "ARE", "Latest update", "latest update:", "On track", "Complete", "closed", "[", "]",
    "Lorem", "TBC", "n/a", "!", "?", "@", "_", "$", "+", "<", ">", "&", "/", "p", "LI", "div",
  ]

  /// Every piece alone and every ordered pair, plus a few longer mixtures.
  static let texts: [String] = {
    var texts = pieces
    for a in pieces {
      for b in pieces { texts.append(a + b) }
    }
    var seed: UInt64 = 7
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int(seed >> 60) + 2 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(seed >> 33) % pieces.count]
      }
      texts.append(text)
    }
    return texts
  }()

  @Test("String.trimmed is Foundation's trimming")
  func trimmed() {
    for text in Self.texts {
      #expect(
        text.trimmed() == text.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(Array(text.unicodeScalars))")
      #expect(
        text.trimmed(newlines: false) == text.trimmingCharacters(in: .whitespaces),
        "\(Array(text.unicodeScalars))")
    }
  }

  @Test("line keys by byte and by String agree")
  func keys() {
    for text in Self.texts + ["  Action  we have TAKEN :", "Status:\u{A0}", "–Progress–", "A\tB  C"] {
      #expect(PageImport.key(text) == PageImport.generalKey(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test("ASCII lower case and trim as String's lower case and Foundation's trim")
  func asciiKeys() {
    let set = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
    let table = ImportScan.asciiTable(set)
    for text in Self.texts {
      guard let bytes = ImportScan.asciiLowercasedTrimmed(text, trims: table) else {
        #expect(text.utf8.contains { $0 >= 0x80 })
        continue
      }
      #expect(String(decoding: bytes, as: UTF8.self) == text.lowercased().trimmingCharacters(in: set))
    }
  }

  @Test("paragraphs, the first paragraph and opening quotes as Character splits and drops")
  func paragraphs() {
    for text in Self.texts {
      let scalars = "\(Array(text.unicodeScalars))"
      #expect(
        ImportScan.paragraphs(text) == text.split(separator: "\n", omittingEmptySubsequences: false),
        "\(scalars)")
      let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      #expect(ImportScan.firstParagraph(text) == first, "\(scalars)")
      #expect(ImportScan.dropOpeningQuotes(text[...]) == text.drop { "'\"‘“ ".contains($0) }, "\(scalars)")
    }
  }

  @Test("the first ' should', colon and comma as Foundation's and Character searches find them")
  func searches() {
    for text in Self.texts {
      let scalars = "\(Array(text.unicodeScalars))"
      #expect(ImportScan.firstShould(in: text)?.index == text.range(of: " should")?.lowerBound, "\(scalars)")
      for (byte, character) in [(UInt8(ascii: ":"), Character(":")), (UInt8(ascii: ","), Character(","))] {
        for limit in [0, 1, 3, 40] {
          let general = text.prefix(limit + 1).firstIndex(of: character)
          #expect(ImportScan.firstASCII(byte, in: text[...], within: limit) == general, "\(scalars) \(limit)")
        }
      }
      for word in ["should", " must ", "on track", "complete", "é"] {
        #expect(ImportScan.contains(text, word) == text.contains(word), "\(scalars) \(word)")
      }
    }
  }

  @Test("periods without a dash or 'to' are left as normalisePeriod's patterns leave them")
  func periods() {
    for text in Self.texts where !ImportScan.mayHoldDashOrTo(text) {
      var general = text.replacingOccurrences(of: #"\s*(?:-|—|–)\s*"#, with: "–", options: .regularExpression)
      general = general.replacingOccurrences(of: #"\s+to\s+"#, with: "–", options: .regularExpression)
      #expect(general == text, "\(Array(text.unicodeScalars))")
    }
  }

  @Test("item headings and service response labels with and without the byte look first")
  func headingsAndLabels() {
    let extra = [
      "Recommendation 4:", "REC 17: text", "Af\u{130} 3 x", "AFI The service should act", "Are we done",
      "Recommendations", "KFRS Action", "RBFRS response", "ECFRS Update\u{A0}", "KF Progress ",
      "Kent action\t",
    ]
    for text in Self.texts + extra {
      let fast = PageImport.itemHeading(text)
      let general = PageImport.itemHeadingByScalars(text)
      #expect(fast?.kind == general?.kind && fast?.number == general?.number && fast?.rest == general?.rest)
      #expect(
        PageImport.isServiceResponseLabel(text) == PageImport.isServiceResponseLabelByWords(text),
        "\(Array(text.unicodeScalars))")
    }
  }

  @Test("HTML tags by packed bytes and by String")
  func tags() {
    let names = [
      "p", "P", "/p", "/ P ", "p/", "p class=\"x\"", "div", "DIV id=a", "br", "BR /", "br/", "h1", "H4", "h5",
      "tr", "td", "ul", "UL", "/ol", "li", "/LI ", "li\r\n", "\0p", "pé", "p\u{301}", "\u{301}p", "/\u{301}p",
      "\u{130}", "", "/", "  ", "strong", "pp", "lii", "p\nclass=x", "\u{2003}p", "<p",
    ]
    for name in names + Self.pieces {
      let bytes = ArraySlice(Array(name.utf8))
      #expect(HTMLCellText.tag(bytes) == HTMLCellText.generalTag(bytes), "\(Array(name.unicodeScalars))")
    }
  }

  /// `HTMLCellText.clean` as it was written before it worked on bytes: close up, then trim
  /// other white space scalar by scalar.
  static func referenceClean(_ text: String) -> String {
    let decoded = HTMLCellText.decodeEntities(text)
    var out: [UInt8] = []
    var pendingSpace = false
    var bytes = decoded.utf8.makeIterator()
    var lookahead: UInt8? = bytes.next()
    while let byte = lookahead {
      lookahead = bytes.next()
      var isSpace = byte == 0x20 || byte == 0x09
      if byte == 0xC2 && lookahead == 0xA0 {
        isSpace = true
        lookahead = bytes.next()
      }
      if isSpace {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(byte)
    }
    var result = String(decoding: out, as: UTF8.self)
    func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
    while let last = result.unicodeScalars.last, isSpace(last) { result.unicodeScalars.removeLast() }
    while let first = result.unicodeScalars.first, isSpace(first) { result.unicodeScalars.removeFirst() }
    return result
  }

  @Test("cleaning a cell's text by bytes as by scalars")
  func clean() {
    for text in Self.texts + [
      "a \u{2003}", "\u{2003} a", "&nbsp;x&#160;", "x&#x2003;", "  a\t\tb\u{A0}\u{A0}c  ",
    ] {
      #expect(HTMLCellText.clean(text) == Self.referenceClean(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test("plain cells are their own line, as the general reading finds")
  func plainCells() {
    for text in Self.texts + ["Protection", "March 2026", " x", "x ", "a  b", "a\u{B}b", "a\u{C}", "\u{B}"] {
      #expect(HTMLCellText.lines(text) == HTMLCellText.generalLines(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test("line ends normalised a run at a time as byte by byte")
  func lineEnds() {
    for text in Self.texts + ["\r\n\n", "\r\r\n", "\n\r", "a\rb\r\nc\n\rd\r", "\r"] {
      var bytes: [UInt8] = []
      var previousWasCR = false
      for byte in text.utf8 {
        defer { previousWasCR = byte == 13 }
        if byte == 10 && previousWasCR { continue }
        bytes.append(byte == 13 ? 10 : byte)
      }
      #expect(ImportText.normaliseLineEnds(text) == String(decoding: bytes, as: UTF8.self))
    }
  }

  @Test("CSV records as CSV.swift reads them")
  func csv() {
    var inputs = [
      "", ",", "a", "a,", ",a", "a,b\nc,d", "a,b\r\nc,d\r\n", "a\rb", "a\r\rb", "\"a\"", "\"a,b\",c",
      "\"a\"\"b\"",
      "\"a\"b,c", "\"a\"é,c", "\"a\"😀x,c", "\"a\"\r", "\"a\"\rb", "\"a\"\r\nb", "\"a\nb\",c\nd",
      "\"unterminated",
      "\"un\nterminated", "a,\"", "\"", "\"\"", "\"\"\"", "a\"b,c", "é,\u{A0}\t, \"x\" ", "\"x\" ,y",
      "a,b,\n",
      "\n\n", "\r\n\r\n", "a,\"b\"\n\"c\",d,", "\"a\"\"\",\"\"\"b\"", "\"a\"\n",
      "x\u{301},\"\u{301}\"\u{301},z",
    ]
    for a in inputs.prefix(20) {
      for b in inputs.prefix(20) { inputs.append(a + "\n" + b) }
    }
    for text in inputs {
      let fast = CSVRecords.read(text)
      let general = CSVRecords.throughLibrary(text)
      #expect(fast.map(\.cells) == general, "\(Array(text.unicodeScalars))")
      #expect(fast.map(\.lineFeeds) == general.map { $0.reduce(0) { $0 + $1.utf8.count { $0 == 10 } } })
    }
  }

  @Test("the quick no for statuses agrees with reading the status words")
  func completeStatuses() {
    // Status.meansComplete as written before its first-byte look.
    let words: Set<String> = [
      "complete", "completed", "closed", "action complete", "done", "achieved", "met", "complete and closed",
      "completed and closed",
    ]
    let set = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
    for text in Self.texts + [
      "Complete.", " (Closed)", "- done -", "Met", "ACHIEVED!", "\u{A0}complete", "On track",
    ] {
      let key = text.lowercased().trimmingCharacters(in: set).split(separator: " ").joined(separator: " ")
      #expect(Status.meansComplete(text) == words.contains(key), "\(Array(text.unicodeScalars))")
    }
  }
}
