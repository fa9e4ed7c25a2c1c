import BragModel
import Foundation

/// Reads a progress page saved as plain text (or the Markdown `brag export page` writes) into a
/// report: each "Recommendation" or "Area for improvement" with its text, the service's response
/// ("Action we have taken", "Action:", "Progress:", "Our response"), its status, dated progress
/// entries as quarterly updates, and the themed section headings between items.
///
/// Official numbers come only from the page: items the page does not number are numbered by
/// position, and the result says so. Lines it cannot place are reported with their numbers.
public enum PageImport {
  struct Line {
    var number: Int
    var text: String
    var isHeading: Bool
    /// ``key(_:)`` of a short line, worked out once for the label and furniture checks; empty for
    /// a line over 160 bytes, which is neither.
    var key: String

    init(number: Int, text: String, isHeading: Bool) {
      self.number = number
      self.text = text
      self.isHeading = isHeading
      key = text.utf8.count <= 160 ? PageImport.key(text) : ""
    }
  }

  /// Reads `text` as a progress page.
  public static func parse(_ text: String, options: ImportOptions) -> ImportResult {
    var parser = PageParser(options: options)
    parser.read(lines(of: text))
    return parser.finish()
  }

  /// The page's lines, numbered from 1, trimmed, with Markdown headings and escapes undone when
  /// the page is Markdown.
  static func lines(of text: String) -> [Line] {
    let raw = splitLines(
      ImportText.normaliseLineEnds(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
    let isMarkdown =
      raw.contains { $0.hasPrefix("# ") } && raw.contains { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
    return raw.enumerated().map { index, line in
      var text = line.trimmed(newlines: false)
      var heading = false
      if isMarkdown {
        if text.hasPrefix("#") {
          let stripped = text.drop { $0 == "#" }
          if stripped.hasPrefix(" ") {
            text = String(stripped).trimmingCharacters(in: .whitespaces)
            heading = true
          }
        }
        text = unescapeMarkdown(text)
      }
      return Line(number: index + 1, text: text, isHeading: heading)
    }
  }

  /// `text.utf8.split(separator: 10, omittingEmptySubsequences: false)` as strings, over the
  /// contiguous bytes rather than the generic split.
  static func splitLines(_ text: String) -> [String] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var lines: [String] = []
      var start = 0
      for (index, byte) in bytes.enumerated() where byte == 10 {
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        start = index + 1
      }
      lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return lines
    }
      ?? text.utf8.split(separator: 10, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
  }

  /// Undoes `MarkdownText.escape`: a backslash before punctuation is dropped.
  static func unescapeMarkdown(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = ""
    var escaping = false
    for character in text {
      if escaping {
        if !(character.isPunctuation || character.isSymbol) { out.append("\\") }
        out.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    if escaping { out.append("\\") }
    return out
  }

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  static func month(_ word: Substring) -> Int? {
    let key = word.lowercased()
    guard key.count >= 3 else { return nil }
    if let index = months.firstIndex(where: { $0 == key || ($0.hasPrefix(key) && key.count <= 4) }) {
      return index + 1
    }
    return key == "sept" ? 9 : nil
  }

  /// "April-June 2025" → "April–June 2025".
  static func normalisePeriod(_ period: String) -> String {
    // Both patterns need a dash or "to"; most periods ("April 2025") have neither.
    guard ImportScan.mayHoldDashOrTo(period) else { return period }
    var text = period.replacingOccurrences(of: #"\s*(?:-|—|–)\s*"#, with: "–", options: .regularExpression)
    text = text.replacingOccurrences(of: #"\s+to\s+"#, with: "–", options: .regularExpression)
    return text
  }

  /// The last day of the last month a period names ("April–June 2025" → 30 June 2025).
  static func periodEnd(_ period: String) -> CalendarDate? {
    let words = period.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let year = words.last.flatMap({ Int($0) }) else { return nil }
    if period.lowercased().hasPrefix("q") {
      // Financial-year quarters, as the timescale rules read them.
      return TimescaleResolver.resolve(period).due
    }
    guard let last = words.dropLast().last(where: { month($0) != nil }).flatMap({ month($0) }) else {
      return nil
    }
    return CalendarDate.endOf(month: last, year: year)
  }

  // MARK: - Deadlines and audiences in the text

  /// "By 1 June 2023, rest" or "With immediate effect, rest" at the head of a paragraph (after an
  /// opening quotation mark): the deadline as written and the rest.
  static func deadlineClause(_ paragraph: Substring) -> (deadline: String, rest: Substring)? {
    let text = ImportScan.dropOpeningQuotes(paragraph)
    // The first comma, if it is within 40 characters: only that far is looked at.
    guard let comma = ImportScan.firstASCII(UInt8(ascii: ","), in: text, within: 40) else { return nil }
    let head = String(text[..<comma]).trimmed(newlines: false)
    let lower = head.lowercased()
    if lower == "with immediate effect" { return (head, text[text.index(after: comma)...]) }
    let words = lower.split(separator: " ")
    guard words.count == 4, words[0] == "by",
      let day = Int(words[1].prefix { $0.isNumber }), (1...31).contains(day),
      ["", "st", "nd", "rd", "th"].contains(String(words[1].drop { $0.isNumber })),
      month(words[2]) != nil, words[3].count == 4, Int(words[3]) != nil
    else { return nil }
    return (head, text[text.index(after: comma)...])
  }

  /// The service's deadline written at the head of a paragraph ("By 1 June 2023, chief fire
  /// officers should …"); deadlines addressed to national bodies are not the service's.
  static func deadline(in text: String) -> String? {
    for paragraph in ImportScan.paragraphs(text) {
      guard let clause = deadlineClause(paragraph) else { continue }
      if let subject = subject(of: String(clause.rest))?.lowercased(),
        subject.contains("chief fire officer") || subject.contains("fire and rescue authorit")
          || subject.hasPrefix("the service") || subject == "services"
      {
        return clause.deadline
      }
    }
    return nil
  }

  /// Who "should": the words before " should", after any clause set off by a comma ("as a
  /// precursor to …, chief fire officers and the NFCC should").
  static func subject(of sentence: String) -> String? {
    guard let should = ImportScan.firstShould(in: sentence) else { return nil }
    var subject = sentence[..<should.index]
    // Before an ASCII " should" the text is ASCII: its last comma is the last comma byte.
    if should.ascii {
      if let comma = subject.utf8.lastIndex(of: UInt8(ascii: ",")) {
        subject = subject[subject.utf8.index(after: comma)...]
      }
    } else if let comma = subject.lastIndex(of: ",") {
      subject = subject[subject.index(after: comma)...]
    }
    let trimmed = String(subject).trimmed(newlines: false)
    return trimmed.isEmpty || trimmed.count > 80 ? nil : trimmed
  }

  /// Whom the first paragraph addresses: "Chief fire officers", "The service".
  static func audience(of text: String) -> String? {
    var first = ImportScan.firstParagraph(text)
    if let clause = deadlineClause(first) { first = clause.rest }
    guard let subject = subject(of: String(first)) else { return nil }
    let lower = subject.lowercased()
    return lower.prefix(1).uppercased() + lower.dropFirst()
  }
}
