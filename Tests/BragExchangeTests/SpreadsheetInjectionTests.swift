import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

/// Hostile cells through every export that writes CSV or TSV, checked by a reader written apart
/// from the writer (``CSVReading``, and a plain split for TSV).
@Suite("Spreadsheet injection")
struct SpreadsheetInjectionTests {
  /// Formulas hidden behind spaces and invisible characters, full-width formula starters, and
  /// line breaks or tabs that would start a new TSV row or cell with a formula.
  static let hostile = [
    "=1+1", " =1+1", "\u{A0}=1+1", "\u{200B}=1+1", "\u{FEFF}=1+1", "\u{3000}=1+1", " \u{A0}\u{200B}+1",
    "\u{FF1D}1+1", "\u{FF0B}1", "\u{FF0D}1", "\u{FF20}SUM(1)", "\u{FE66}1", "\u{2212}1", "\u{2060}@x",
    "ok\n=cmd|' /C calc'!A0", "ok\r\n=cmd", "ok\r-cmd", "ok\t=cmd", "ok\u{2028}=cmd", "\n=cmd", "\t@x",
  ]

  /// Whether a spreadsheet would read the cell as a formula: after the characters it may skip,
  /// the first is a formula starter. Independent of ``SpreadsheetCell``.
  static func runsFormula(_ cell: String) -> Bool {
    let skipped: Set<Unicode.Scalar> = [
      " ", "\u{A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{3000}",
    ]
    let starters: Set<Unicode.Scalar> = [
      "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{FE66}",
      "\u{2212}",
    ]
    guard let first = cell.unicodeScalars.first(where: { !skipped.contains($0) }) else { return false }
    return starters.contains(first)
  }

  static func expectSafe(
    _ rows: [[String]], _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for row in rows {
      for cell in row {
        #expect(
          !runsFormula(cell), "\(what): \(cell.debugDescription) runs as a formula",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// TSV rows: CRLF ends a row, a tab ends a cell; nothing else may.
  static func tsvRows(_ text: String) -> [[String]] {
    var body = Substring(text)
    if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
    #expect(body.hasSuffix("\r\n"))
    // "\r\n" is one Character.
    return body.dropLast().components(separatedBy: "\r\n").map { $0.components(separatedBy: "\t") }
  }

  @Test("the neutraliser sees through spaces and invisible characters, and knows full-width starters")
  func neutralise() {
    for cell in Self.hostile where Self.runsFormula(cell) {
      #expect(SpreadsheetCell.neutralise(cell) == "'" + cell, "\(cell.debugDescription)")
    }
    for cell in ["Done - on time", " plain", "\u{A0}text", "£5", "(1+1)", "a=b", ""] {
      #expect(SpreadsheetCell.neutralise(cell) == cell)
    }
  }

  @Test("TSV cells never break a row or a cell: tabs and line breaks become spaces, then neutralised")
  func tsvCells() {
    #expect(SpreadsheetTable.cell("ok\r\n=cmd", format: .tsv) == "ok =cmd")
    #expect(SpreadsheetTable.cell("a\tb\nc\rd", format: .tsv) == "a b c d")
    #expect(SpreadsheetTable.cell("\n=cmd", format: .tsv) == "' =cmd")
    #expect(SpreadsheetTable.cell("\u{FF1D}1", format: .tsv) == "'\u{FF1D}1")
    let text = SpreadsheetTable.render([["a\nb", "=c"], ["\t", "d"]], format: .tsv, newline: "\r\n")
    #expect(text == "a b\t'=c\r\n \td\r\n")
  }

  @Test("CSV cells are quoted by RFC 4180 and neutralised")
  func csvCells() {
    #expect(SpreadsheetTable.cell("a,\"b\"\nc", format: .csv) == "\"a,\"\"b\"\"\nc\"")
    #expect(SpreadsheetTable.cell("\u{A0}=1", format: .csv) == "'\u{A0}=1")
    #expect(
      SpreadsheetTable.render([["x", "y"]], format: .csv, newline: "\r\n", byteOrderMark: true)
        == "\u{FEFF}x,y\r\n")
  }

  func hostileReport(kind: ReportKind) -> Report {
    let items = Self.hostile.enumerated().map { index, text in
      Item(
        id: "i\(index)", kind: .areaForImprovement, label: text, text: text,
        timescale: Timescale(written: text, due: nil, precision: .unresolved), hmiPage: text,
        requiredOutcomes: text, response: text,
        actions: [
          Action(
            id: "a\(index)", text: text, owner: text,
            timescale: Timescale(written: text, due: nil, precision: .unresolved), notes: text)
        ])
    }
    return Report(id: "r", title: "T", kind: kind, items: items)
  }

  @Test("brag list --format csv")
  func listCSV() throws {
    let report = hostileReport(kind: .inspection)
    let text = try RowExport.csv(report.rows, today: Samples.today)
    let rows = try CSVReading.parse(text, lineFeedRows: true)
    #expect(rows.count == report.rows.count + 1)
    Self.expectSafe(rows, "list csv")
    #expect(rows.dropFirst().allSatisfy { $0.count == RowExport.csvHeader.count })
  }

  @Test("the return's CSV")
  func returnCSV() throws {
    let report = hostileReport(kind: .inspection)
    let rows = try CSVReading.parse(String(decoding: try ReturnExport.csv(report), as: UTF8.self))
    #expect(rows.count == Self.hostile.count + 1)
    Self.expectSafe(rows, "return csv")
  }

  @Test("brag export plan --format csv and tsv", arguments: PlanExport.Format.allCases)
  func plan(format: PlanExport.Format) throws {
    let report = hostileReport(kind: .actionPlan)
    let text = try PlanExport.render(report, format: format)
    let rows = format == .csv ? try CSVReading.parse(text) : Self.tsvRows(text)
    #expect(rows.count == PlanExport.rows(report).count)
    #expect(rows.allSatisfy { $0.count == 9 }, "\(rows.filter { $0.count != 9 }) in \(text.debugDescription)")
    Self.expectSafe(rows, "plan \(format)")
  }
}
