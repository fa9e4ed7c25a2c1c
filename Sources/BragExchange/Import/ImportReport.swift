import BragModel
import Foundation

/// Something an import could not place, or a fact about how it read the source, with the line it
/// concerns where there is one.
public struct ImportMessage: Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// Text the importer could not place; it is not in the imported report.
    case unplaced
    /// Text that reads as a placeholder ("TBC", "Lorem ipsum"); left out.
    case placeholder
    /// How the importer read the source (numbering, columns), for the person importing.
    case note
    /// The report as it would be written breaks a rule ``Validator`` checks: nothing is written.
    case invalid
  }

  public var kind: Kind
  public var line: Int?
  public var text: String

  public init(kind: Kind, line: Int?, text: String) {
    self.kind = kind
    self.line = line
    self.text = text
  }

  /// The message without its line number.
  public var body: String {
    switch kind {
    case .unplaced: "not recognised, left out: \(text)"
    case .placeholder: "placeholder text, left out: \(text)"
    case .note: text
    case .invalid: "error: \(text)"
    }
  }

  public var description: String { (line.map { "line \($0): " } ?? "") + body }

  /// "FILE:LINE: message", as compilers print, or "FILE: message" without a line.
  public func located(in file: String) -> String {
    "\(file):" + (line.map { "\($0):" } ?? "") + " " + body
  }
}

/// What an import read: the report as the source gives it, and what it could not place.
public struct ImportResult: Sendable {
  public var report: Report
  public var messages: [ImportMessage]
  /// The source line each item (`item`) and action (`item/action`) was read from.
  public var lines: [String: Int]

  public init(report: Report, messages: [ImportMessage], lines: [String: Int] = [:]) {
    self.report = report
    self.messages = messages
    self.lines = lines
  }

  /// The messages about text left out.
  public var unplaced: [ImportMessage] { messages.filter { $0.kind != .note && $0.kind != .invalid } }

  /// The errors ``Validator`` finds in `report` — what this import would write: the report read
  /// from the source, or an existing report with the source merged in — each at the source line
  /// of the item or action it concerns. Empty when the report may be written.
  ///
  /// Links are the board's, not the source's, and are not checked here (`brag validate` checks
  /// them against the whole folder).
  public func problems(in report: Report) -> [ImportMessage] {
    var checked = report
    for index in checked.items.indices { checked.items[index].links = [] }
    let findings = Validator.errorsOnly.validate(reports: [(checked, report.id)])
    return findings.filter { $0.severity == .error }.map { finding in
      let id = finding.id ?? report.id
      let parts = id.split(separator: "/").dropFirst().map(String.init)
      let line = parts.isEmpty ? nil : lines[parts.joined(separator: "/")] ?? lines[parts[0]]
      var text = "\(id): \(finding.message)"
      if let item = report.items.first(where: { $0.id == parts.first }),
        Self.lacksPublication(item, in: report)
      {
        text +=
          "; the timescale is 'with immediate effect', which needs the report's publication date: "
          + "give --published DATE (YYYY-MM-DD)"
      }
      return ImportMessage(kind: .invalid, line: line, text: text)
    }
  }

  private static func lacksPublication(_ item: Item, in report: Report) -> Bool {
    let timescales = [item.timescale] + item.actions.map(\.timescale)
    return timescales.contains { $0.precision == .immediate && $0.due == nil }
  }
}

/// Who the imported report is: the options a command line gives.
public struct ImportOptions: Sendable {
  public var reportID: String
  public var title: String
  public var service: String?
  public var published: CalendarDate?
  public var kind: ReportKind?
  /// Official numbers for a page's recommendations in page order, for pages that print none
  /// (Staffordshire lists the values-and-culture recommendations without their numbers).
  public var officialNumbers: [Int]?
  /// The file name or address the source came from, kept as the report's source where the
  /// source names none.
  public var source: String?

  public init(
    reportID: String, title: String, service: String? = nil, published: CalendarDate? = nil,
    kind: ReportKind? = nil, source: String? = nil
  ) {
    self.reportID = reportID
    self.title = title
    self.service = service
    self.published = published
    self.kind = kind
    self.source = source
  }
}

/// Turning the bytes of a saved file into text: a UTF-8 or Windows-1252 file (as Excel saves),
/// without a byte order mark, with line feeds only.
public enum ImportText {
  public static func decode(_ data: Data) -> String {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text: String
    if let utf8 = String(bytes: bytes, encoding: .utf8) {
      text = utf8
    } else {
      text = windows1252(bytes)
    }
    return normaliseLineEnds(text)
  }

  /// CRLF and lone CR become LF.
  public static func normaliseLineEnds(_ text: String) -> String {
    guard text.utf8.contains(13) else { return text }
    var text = text
    text.makeContiguousUTF8()
    let count = text.utf8.count
    // Written straight into the new string, a run between CRs at a time: no array of bytes
    // between, no look at each byte but for CR.
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      String(unsafeUninitializedCapacity: count) { out in
        guard let source = bytes.baseAddress, let target = out.baseAddress else { return 0 }
        var written = 0
        var index = 0
        while index < count {
          var end = index
          while end < count && source[end] != 13 { end += 1 }
          (target + written).update(from: source + index, count: end - index)
          written += end - index
          guard end < count else { break }
          target[written] = 10
          written += 1
          index = end + 1
          // CRLF is one line end.
          if index < count && source[index] == 10 { index += 1 }
        }
        return written
      }
    } ?? text
  }

  private static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// Windows-1252, decoded by hand so it reads the same on every platform.
  static func windows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "?")
    }
    return String(scalars)
  }
}

/// Words that stand in for text not yet written.
enum Placeholder {
  private static let trimmed = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
  /// The ASCII part of `trimmed`, for lines that are all ASCII.
  private static let asciiTrimmed = ImportScan.asciiTable(trimmed)

  static func isPlaceholder(_ line: String) -> Bool {
    // The listed words are short; a long line can only be "Lorem ipsum…" or "[insert …]".
    if line.utf8.count > 40 {
      let first = line.first(where: { !$0.isWhitespace && !$0.isPunctuation || $0 == "[" })
      guard let first, first == "[" || first == "l" || first == "L" else { return false }
    }
    let key =
      ImportScan.asciiLowercasedTrimmed(line, trims: asciiTrimmed).map { String(decoding: $0, as: UTF8.self) }
      ?? line.lowercased().trimmingCharacters(in: trimmed)
    if key.isEmpty { return false }
    if [
      "tbc", "tba", "tbd", "to be confirmed", "to follow", "update to follow", "xxx", "n/a", "todo",
      "to do", "coming soon", "insert text here", "text here", "placeholder",
    ].contains(key) {
      return true
    }
    if key.hasPrefix("lorem ipsum") { return true }
    let trimmed = line.trimmed(newlines: false)
    if trimmed.hasPrefix("["), trimmed.hasSuffix("]"),
      trimmed.lowercased().contains("insert") || trimmed.lowercased().contains("tbc")
        || trimmed.lowercased().contains("placeholder") || trimmed.lowercased().contains("to follow")
    {
      return true
    }
    return false
  }
}

/// The rating a service's status words imply: Complete → Blue, On track → Green, else not rated.
public enum ImportedBRAG {
  public static func from(status: String?) -> BRAG {
    guard let status else { return .unrated }
    if Status.meansComplete(status) { return .blue }
    let key = status.lowercased().filter { $0.isLetter || $0 == " " }
      .split(separator: " ").joined(separator: " ")
    if key == "on track" || key == "ontrack" { return .green }
    return .unrated
  }
}

/// Ids for imported items as ``Identifiers/newItem(kind:number:position:among:)`` makes them for a
/// given number ("afi-3", then "afi-3-2" when taken), with the ids so far in a set, so a large
/// import stays linear.
enum ImportIdentity {
  static func newItem(kind: ItemKind, number: Int, used: inout Set<String>) -> (id: String, label: String) {
    // Identifiers' rule, with a set of used ids for long imports.
    let prefix = Identifiers.idPrefix(kind)
    var id = "\(prefix)-\(number)"
    var suffix = 2
    while used.contains(id) {
      id = "\(prefix)-\(number)-\(suffix)"
      suffix += 1
    }
    used.insert(id)
    return (id, "\(kind.shortName) \(number)")
  }
}

extension String {
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` (or `.whitespaces`), without Foundation's
  /// bridging when the ends are plain ASCII, as nearly every cell and line is.
  func trimmed(newlines: Bool = true) -> String {
    func keeps(_ byte: UInt8?) -> Bool {
      guard let byte else { return false }
      return byte < 0x80 && byte != 0x20 && byte != 0x09 && (byte < 0x0A || byte > 0x0D)
    }
    if keeps(utf8.first) && keeps(utf8.last) { return self }
    if isEmpty { return self }
    // ASCII white space taken off by byte ("Status: On track" leaves " On track"), while the
    // byte it stops at is ASCII too; a scalar beyond ASCII at either end goes to Foundation.
    let table = newlines ? Self.asciiWhitespacesAndNewlines : Self.asciiWhitespaces
    let utf8 = self.utf8
    var start = utf8.startIndex
    while start < utf8.endIndex, utf8[start] < 0x80, table[Int(utf8[start])] {
      start = utf8.index(after: start)
    }
    var end = utf8.endIndex
    while end > start {
      let before = utf8.index(before: end)
      guard utf8[before] < 0x80, table[Int(utf8[before])] else { break }
      end = before
    }
    if start == end { return "" }
    if utf8[start] < 0x80 && utf8[utf8.index(before: end)] < 0x80 { return String(self[start..<end]) }
    return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
  }

  /// The ASCII members of Foundation's sets, taken from the sets.
  private static let asciiWhitespaces = ImportScan.asciiTable(.whitespaces)
  private static let asciiWhitespacesAndNewlines = ImportScan.asciiTable(.whitespacesAndNewlines)
}
