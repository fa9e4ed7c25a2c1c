import BragModel
import BragTestSupport
import Foundation
import Testing

@testable import BragExchange

@Suite("Writing .xlsx workbooks")
struct XlsxWriterTests {
  static let awkward = [
    "=SUM(A1:A9)", "+44 1234", "-1", "@cmd", "  leading and trailing  ", "line one\nline two", "cr\rhere",
    "tab\there", "bell\u{07} and escape \u{1B}[31m", "<b>&amp; \"quotes\"</b>", "_x000D_ literal", "émoji 🚒",
  ]

  @Test("every cell reads back exactly, formula-like text included, and is a string cell, never a formula")
  func roundTrip() throws {
    let table = SheetTable(
      name: "Awkward: [names]?", header: ["Text", "Count"],
      rows: Self.awkward.enumerated().map { [.text($0.element), .number($0.offset)] })
    let data = try XLSXWriter.workbook([table])
    let reader = try XLSXReader(data: data)
    #expect(reader.sheetNames == ["Awkward- -names--"])
    let sheet = try reader.read(reader.sheets[0])
    #expect(sheet.rows.map(\.cells) == table.textRows)
    #expect(sheet.notes.isEmpty)
    let xml = try sheetXML(data)
    #expect(!xml.contains("<f>") && !xml.contains("<f "))
    #expect(xml.components(separatedBy: #"t="inlineStr""#).count - 1 == Self.awkward.count + 2)
    #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
  }

  @Test("the plan's workbook holds the CSV's rows and reads back to the same items")
  func plan() throws {
    for report in Samples.reports.values.sorted(by: { $0.id < $1.id }) {
      let data = try XLSXWriter.workbook([PlanExport.table(report)])
      let sheet = try XLSXPlanImport.rows(data, sheet: nil).sheet
      // The reader stops each row at its last cell holding something.
      let trimmed = PlanExport.rows(report).map { row in
        Array(row[..<((row.lastIndex { !$0.isEmpty } ?? -1) + 1)])
      }
      #expect(sheet.rows.map(\.cells) == trimmed, "\(report.id)")
      let csv = try PlanImport.parse(try PlanExport.render(report, format: .csv), options: options(report))
      let xlsx = try XLSXPlanImport.parse(data, sheet: nil, options: options(report))
      #expect(xlsx.report == csv.report, "\(report.id)")
    }
  }

  @Test("the return: the CSV's rows, a Words column of numbers, a met / not met drop-down")
  func returnWorkbook() throws {
    let report = Samples.report("staffs-misconduct-2024")
    let table = ReturnWorkbook.table(report)
    #expect(table.header == ReturnExport.csvHeader + ["Words"])
    #expect(
      table.rows.map { $0.dropLast().map(\.text) } == ReturnExport.table(report).rows.map { $0.map(\.text) })
    #expect(table.rows.map { $0.last } == ReturnExport.rows(report).map { .number($0.words) })
    let data = Data(try ReturnWorkbook.xlsx(report))
    let xml = try sheetXML(data)
    let last = report.items.count + 1
    #expect(xml.contains(#"sqref="D2:D\#(last)"><formula1>&quot;met,not met&quot;</formula1>"#))
    #expect(!xml.contains("<f>"))
  }

  @Test("columns as wide as their text, within limits")
  func widths() {
    let rows: [[SheetTable.Cell]] = [
      [.text("a"), .text(String(repeating: "x", count: 200)), .text("twelve chars\nab")]
    ]
    #expect(XLSXWriter.widths(rows, columns: 3) == [8, 60, 14])
  }

  func options(_ report: Report) -> ImportOptions {
    ImportOptions(
      reportID: report.id, title: report.title, service: nil, published: report.published, kind: nil,
      source: "plan")
  }

  /// The first sheet's XML, read back through the reader's own container.
  func sheetXML(_ data: Data) throws -> String {
    String(decoding: try XLSXContainer(data: data).part("xl/worksheets/sheet1.xml"), as: UTF8.self)
  }
}
