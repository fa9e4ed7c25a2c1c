import Testing

@testable import BragTerminal

@Suite("TextMode and ASCIIFallback")
struct TextModeTests {
  @Test("UTF-8 code set names", arguments: ["UTF-8", "utf-8", "UTF8", "utf8"])
  func utf8(name: String) {
    #expect(TextMode.isUTF8(codeset: name))
  }

  @Test("not UTF-8", arguments: ["ANSI_X3.4-1968", "ISO-8859-1", "", "US-ASCII", "UTF-16"])
  func notUTF8(name: String) {
    #expect(!TextMode.isUTF8(codeset: name))
  }

  @Test("a UTF-8 locale is used as it is, without trying a fallback")
  func unicode() {
    var tried: [String] = []
    let mode = TextMode.decide(codeset: "UTF-8") {
      tried.append($0)
      return "UTF-8"
    }
    #expect(mode == .unicode)
    #expect(tried.isEmpty)
  }

  @Test("LANG=C falls back to C.UTF-8 when it exists")
  func fallback() {
    var tried: [String] = []
    let mode = TextMode.decide(codeset: "ANSI_X3.4-1968") {
      tried.append($0)
      return "UTF-8"
    }
    #expect(mode == .unicodeFallback(locale: "C.UTF-8"))
    #expect(tried == ["C.UTF-8"])
    #expect(!mode.isASCII)
  }

  @Test("without any UTF-8 locale the mode is ASCII")
  func ascii() {
    var tried: [String] = []
    let mode = TextMode.decide(codeset: "ANSI_X3.4-1968") {
      tried.append($0)
      return nil
    }
    #expect(mode == .ascii)
    #expect(mode.isASCII)
    #expect(tried == TextMode.fallbackLocales)
    // A locale that exists but is not UTF-8 does not count.
    #expect(TextMode.decide(codeset: "ISO-8859-1") { _ in "ISO-8859-1" } == .ascii)
  }

  @Test("box drawing becomes + - |")
  func boxDrawing() {
    for c: Character in ["─", "━", "═", "╌"] { #expect(ASCIIFallback.character(for: c) == "-") }
    for c: Character in ["│", "┃", "║"] { #expect(ASCIIFallback.character(for: c) == "|") }
    for c: Character in ["┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "╭", "╯", "╔", "╝"] {
      #expect(ASCIIFallback.character(for: c) == "+")
    }
    #expect(ASCIIFallback.text("┌──┐\n│ab│\n└──┘") == "+--+\n|ab|\n+--+")
  }

  @Test("quotes, dashes and the ellipsis")
  func punctuation() {
    #expect(ASCIIFallback.character(for: "‘") == "'")
    #expect(ASCIIFallback.character(for: "’") == "'")
    #expect(ASCIIFallback.character(for: "“") == "\"")
    #expect(ASCIIFallback.character(for: "”") == "\"")
    #expect(ASCIIFallback.character(for: "–") == "-")
    #expect(ASCIIFallback.character(for: "—") == "-")
    #expect(ASCIIFallback.character(for: "…") == ".")
    #expect(ASCIIFallback.text("“Don’t” – wait…") == "\"Don't\" - wait...")
  }

  @Test("accented letters lose their accents; everything else is ?")
  func letters() {
    #expect(ASCIIFallback.text("café naïve Ærø") == "cafe naive Aro")
    #expect(ASCIIFallback.character(for: "e\u{301}") == "e")  // decomposed é
    #expect(ASCIIFallback.character(for: "日") == "?")
    #expect(ASCIIFallback.character(for: "🔥") == "?")
    #expect(ASCIIFallback.character(for: "\u{85}") == "?")
    #expect(ASCIIFallback.text("plain ASCII stays") == "plain ASCII stays")
  }

  @Test("symbols the board may draw")
  func symbols() {
    #expect(ASCIIFallback.text("• ▲▼ ←→ ✓ ✗ █") == "* ^v <> v x #")
    #expect(ASCIIFallback.character(for: "\u{A0}") == " ")
  }

  @Test("every fallback is a single printable ASCII character")
  func allASCII() {
    for value in UInt32(0xA0)...0x2FFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let c = ASCIIFallback.character(for: Character(scalar))
      #expect(c.isASCII && c.asciiValue! >= 0x20 && c.asciiValue! < 0x7F)
    }
  }
}
