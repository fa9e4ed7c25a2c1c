import BragModel
import Foundation

/// One line of the return to HMICFRS: a recommendation (or area for improvement), its deadline,
/// the service's self-assessment and the narrative.
public struct ReturnRow: Sendable, Hashable {
  public var itemID: String
  public var kind: ItemKind
  /// The official number ("3"), or the service's label when there is none ("AFI 1").
  public var reference: String
  /// "Recommendation 3", or the label ("AFI 1", "Rec 4") when there is no official number.
  public var heading: String
  public var label: String
  public var section: String?
  /// The recommendation's text as published.
  public var text: String
  /// HMICFRS's deadline as the file records it (not a date the board revised).
  public var timescale: Timescale
  public var selfAssessment: SelfAssessment
  /// The narrative: the item's `returnNarrative`, else its `response`; empty when it has neither.
  public var narrative: String
  /// Which field the narrative comes from; nil when there is none.
  public var narrativeField: NarrativeField?
  /// ``ReturnNarrative/words(_:)`` of the narrative.
  public var words: Int
  /// "30 June 2027 (originally 1 May 2025; 1 extension granted)" when the board moved the date.
  public var movedDeadline: String? = nil
  /// "waiting on NFCC: …" (or the reason) while the item is on hold.
  public var hold: String? = nil

  /// The deadline cell: the resolved date (`YYYY-MM-DD`), else the timescale as written, else blank.
  public var deadline: String {
    if let due = timescale.due { return due.description }
    return timescale.written?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
  }
}

/// Something that stops a return going out: a narrative over the word limit, or sensitive
/// information in a narrative.
public struct ReturnProblem: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: Sendable, Hashable {
    case tooLong(words: Int)
    case sensitive(SensitiveMatch)
  }

  public var reportID: String
  public var itemID: String
  public var label: String
  public var field: NarrativeField
  public var kind: Kind

  /// "staffs-misconduct-2024/rec-11 (Rec 11): the narrative (response) is 312 words; …".
  public var description: String {
    let prefix = "\(reportID)/\(itemID) (\(SafeText.singleLine(label))): the narrative (\(field))"
    switch kind {
    case .tooLong(let words):
      return "\(prefix) is \(words) words; HMICFRS allows no more than \(ReturnNarrative.wordLimit)"
    case .sensitive(let match):
      return "\(prefix) contains \(match.description)"
    }
  }
}

/// The return HMICFRS asks for (letter of 26 June 2023): for each recommendation, by its
/// deadline, a self-assessment of whether it is met and a narrative of no more than 300 words,
/// with no personal or sensitive information.
///
/// CSV for the spreadsheet HMICFRS provides: UTF-8 with a byte-order mark (so Excel reads it as
/// UTF-8), CRLF between rows, RFC 4180 quoting by CSV.swift, line breaks kept inside cells (as LF,
/// which Excel and LibreOffice show as a line break within the cell), control characters removed,
/// white space trimmed from both ends of each cell, and any cell a spreadsheet would run as a
/// formula neutralised (``SpreadsheetCell/neutralise(_:)``). Markdown for people: one section
/// per recommendation.
public enum ReturnExport {
  public static let csvHeader = ["Recommendation", "Text", "Deadline", "Self-assessment", "Narrative"]

  /// One row per item of the report, in order.
  public static func rows(_ report: Report) -> [ReturnRow] {
    report.items.map { item in
      let narrative = ReturnNarrative.of(item)
      let reference = item.number.map(String.init) ?? item.label
      let heading: String =
        if let number = item.number {
          item.kind == .recommendation ? "Recommendation \(number)" : "Area for improvement \(number)"
        } else {
          item.label
        }
      return ReturnRow(
        itemID: item.id, kind: item.kind, reference: reference, heading: heading, label: item.label,
        section: item.section, text: item.text, timescale: item.timescale,
        selfAssessment: item.selfAssessment, narrative: narrative?.text ?? "",
        narrativeField: narrative?.field, words: narrative.map { ReturnNarrative.words($0.text) } ?? 0,
        movedDeadline: item.movedDeadline, hold: item.isComplete ? nil : item.hold?.summary)
    }
  }

  /// What stops the return going out: narratives over ``ReturnNarrative/wordLimit`` words, and sensitive
  /// information in the narratives it would export. Empty when the return may go.
  public static func problems(_ report: Report, detector: any SensitiveTextScanner) -> [ReturnProblem] {
    var problems: [ReturnProblem] = []
    for row in rows(report) {
      guard let field = row.narrativeField else { continue }
      func problem(_ kind: ReturnProblem.Kind) -> ReturnProblem {
        ReturnProblem(reportID: report.id, itemID: row.itemID, label: row.label, field: field, kind: kind)
      }
      if ReturnNarrative.isTooLong(words: row.words) { problems.append(problem(.tooLong(words: row.words))) }
      for match in detector.scan(row.narrative) { problems.append(problem(.sensitive(match))) }
    }
    return problems
  }

  // MARK: - CSV

  /// The return's table, the one model its CSV and workbook are written from: ``csvHeader``,
  /// then one row per item, each cell cleaned (``clean(_:)``) but not yet neutralised.
  public static func table(_ report: Report) -> SheetTable {
    var table = [csvHeader]
    for row in rows(report) {
      let cells = [
        row.reference, row.text, row.deadline, row.selfAssessment.words, row.narrative,
      ]
      table.append(cells.map(clean))
    }
    return SheetTable(name: "Return", textRows: table)
  }

  /// The return as CSV bytes: BOM, header, one row per item, CRLF after every row.
  public static func csv(_ report: Report) throws -> [UInt8] {
    Array(
      SpreadsheetTable.render(table(report).textRows, format: .csv, newline: "\r\n", byteOrderMark: true).utf8
    )
  }

  /// A cell as it goes into the CSV: cleaned (see ``clean(_:)``), then neutralised.
  public static func cell(_ text: String) -> String {
    SpreadsheetCell.neutralise(clean(text))
  }

  /// Line breaks made LF (CRLF and lone CR included), tabs kept, every other control character
  /// (escape sequences, C1 controls, bidirectional overrides) removed, and white space trimmed
  /// from both ends, so a cell never starts with a tab or a line break.
  public static func clean(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\r": result.unicodeScalars.append("\n")
      case "\n": if !previousWasCR { result.unicodeScalars.append("\n") }
      case "\t": result.unicodeScalars.append("\t")
      default: if !SafeText.isControl(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  // MARK: - Markdown

  /// The return as Markdown: a heading, the report's details, then one section per item with
  /// its text, deadline, self-assessment and narrative. Line breaks in the data are kept (each
  /// line its own paragraph; "- " and "1. " lines stay lists), and characters Markdown would
  /// read as formatting are escaped.
  public static func markdown(_ report: Report, asAt: CalendarDate? = nil) -> String {
    var out = "# HMICFRS return: \(heading(report.title))\n\n"
    if let service = report.service { out += "- **Service:** \(inline(service))\n" }
    var reportLine = "- **Report:** \(inline(report.id))"
    if let published = report.published { reportLine += ", published \(published.longDescription)" }
    out += reportLine + "\n"
    if let asAt { out += "- **As at:** \(asAt.longDescription)\n" }
    for row in rows(report) {
      out += "\n## \(heading(row.heading))\n\n"
      if let section = row.section, !ReturnNarrative.isBlank(section) {
        out += "*\(inline(clean(section)))*\n\n"
      }
      if !ReturnNarrative.isBlank(row.text) { out += blocks(row.text) + "\n\n" }
      // A hard line break (backslash), not a list: a list here would merge with one ending the text.
      out += "**Deadline:** \(inline(markdownDeadline(row.timescale)))\\\n"
      if let moved = row.movedDeadline { out += "**Revised deadline:** \(inline(moved))\\\n" }
      if let hold = row.hold { out += "**On hold:** \(inline(hold))\\\n" }
      out += "**Self-assessment:** \(row.selfAssessment.words)\n\n"
      if row.narrativeField == nil {
        out += "**Narrative:** none written.\n"
      } else {
        out += "**Narrative** (\(row.words) word\(row.words == 1 ? "" : "s")):\n\n"
        out += blocks(row.narrative) + "\n"
      }
    }
    return out
  }

  /// "1 June 2023"; "31 March 2023 (With immediate effect)" when the words say more than the
  /// date; the words alone when there is no date; "none given" when there are no words either.
  static func markdownDeadline(_ timescale: Timescale) -> String {
    let written = timescale.written.map(clean).flatMap { $0.isEmpty ? nil : SafeText.singleLine($0) }
    guard let due = timescale.due else { return written ?? "none given" }
    if let written, timescale.precision != .day { return "\(due.longDescription) (\(written))" }
    return due.longDescription
  }

  /// Text as Markdown blocks: each line a paragraph, runs of list lines a list.
  static func blocks(_ text: String) -> String {
    var blocks: [String] = []
    var list: [String] = []
    func endList() {
      if !list.isEmpty { blocks.append(list.joined(separator: "\n")) }
      list = []
    }
    for rawLine in clean(text).split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        endList()
      } else if let item = listItem(line) {
        list.append(item.marker + " " + inline(item.rest))
      } else {
        endList()
        blocks.append(lineStart(inline(line)))
      }
    }
    endList()
    return blocks.joined(separator: "\n\n")
  }

  /// A "- ", "* ", "• " or "12. " line (at most two digits): its Markdown marker and the rest.
  private static func listItem(_ line: String) -> (marker: String, rest: String)? {
    for bullet in ["- ", "* ", "• ", "\u{2013} "] where line.hasPrefix(bullet) {
      let rest = line.dropFirst(bullet.count).trimmingCharacters(in: .whitespaces)
      return rest.isEmpty ? nil : ("-", rest)
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    // One or two digits: "2024. was a good year" is a sentence, not item 2024 of a list.
    guard (1...2).contains(digits.count) else { return nil }
    let after = line.dropFirst(digits.count)
    guard after.hasPrefix(". ") || after.hasPrefix(") ") else { return nil }
    let rest = after.dropFirst(2).trimmingCharacters(in: .whitespaces)
    return rest.isEmpty ? nil : ("\(digits).", rest)
  }

  /// Escapes what would make a paragraph line into another block: a heading, quote, list, rule,
  /// table or setext underline.
  private static func lineStart(_ line: String) -> String {
    guard let first = line.first else { return line }
    if "#>+-=|~".contains(first) { return "\\" + line }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
      return digits + "\\" + line.dropFirst(digits.count)
    }
    return line
  }

  /// A heading's text: inline escapes, and `#` escaped so it cannot close the heading.
  private static func heading(_ text: String) -> String {
    inline(SafeText.singleLine(clean(text))).replacingOccurrences(of: "#", with: "\\#")
  }

  /// Escapes the characters Markdown reads as inline formatting: `\ ` * _ [ ] < ~`, and `&`
  /// where it would start an entity ("&amp;").
  static func inline(_ text: String) -> String {
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", "~":
        out += "\\" + String(character)
      case "&" where startsEntity(text[text.index(after: index)...]):
        out += "\\&"
      default:
        out.append(character)
      }
      index = text.index(after: index)
    }
    return out
  }

  /// True when the text after an `&` reads as an entity: letters or `#` digits, then `;`.
  private static func startsEntity(_ rest: Substring) -> Bool {
    let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
    return !name.isEmpty && name.count <= 32 && rest.dropFirst(name.count).first == ";"
  }
}
