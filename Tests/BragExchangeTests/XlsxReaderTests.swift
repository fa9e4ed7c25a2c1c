import BragModel
import Foundation
import Testing

@testable import BragExchange

@Suite("Reading .xlsx workbooks")
struct XlsxReaderTests {
  typealias F = XlsxFixture

  func options() -> ImportOptions {
    ImportOptions(reportID: "x", title: "X", service: nil, published: nil, kind: nil, source: "plan.xlsx")
  }

  @Test("shared strings (rich text runs, phonetic guides, escapes), inline strings, numbers and booleans")
  func cellTypes() throws {
    let strings = [
      "plain", "<r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>ignored</t></rPh>",
      "line_x000D_break and _x005F_x000D_", "  spaced  ",
    ]
    let rows = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
      <c r="D1" t="s"><v>3</v></c></row>\
      <row r="2"><c r="A2"><v>12</v></c><c r="B2"><v>3.5</v></c><c r="C2"><v>0.30000000000000004</v></c>\
      <c r="D2" t="b"><v>1</v></c><c r="E2" t="inlineStr"><is><t>=SUM(A1)</t></is></c></row>
      """
    let data = try F.workbook([F.Sheet(name: "One", rows: rows)], strings: strings)
    let sheet = try XLSXReader(data: data).sheet(named: "One")
    #expect(sheet.rows[0].cells == ["plain", "rich text", "line\rbreak and _x000D_", "  spaced  "])
    #expect(sheet.rows[1].cells == ["12", "3.5", "0.3", "TRUE", "=SUM(A1)"])
  }

  @Test("dates stored as serial numbers read as the dates a person typed, by their cell's number format")
  func dates() throws {
    let formats = """
      <numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="mmm\\-yy"/>\
      <numFmt numFmtId="166" formatCode="[$-809]d mmmm yyyy;@"/><numFmt numFmtId="167" formatCode="0.00&quot; days&quot;"/>\
      <numFmt numFmtId="168" formatCode="General"/></numFmts>\
      <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>\
      <xf numFmtId="167"/><xf numFmtId="17"/><xf numFmtId="22"/><xf numFmtId="168"/><xf numFmtId="9"/></cellXfs>
      """
    var cells = ""
    for (index, value) in [
      "45199", "45199", "45199", "45199", "45199", "2.5", "45199", "45199.5", "7", "0.25",
    ]
    .enumerated() {
      cells += #"<c r="\#(CellReference.name(column: index, row: 1))" s="\#(index)"><v>\#(value)</v></c>"#
    }
    let data = try F.workbook([F.Sheet(name: "D", rows: #"<row r="1">\#(cells)</row>"#)], formats: formats)
    let row = try XLSXReader(data: data).sheet(named: "D").rows[0].cells
    #expect(
      row == [
        "45199", "30/09/2023", "30/09/2023", "September 2023", "30/09/2023", "2.5", "September 2023",
        "30/09/2023 12:00", "7", "25%",
      ])
    // The timescale rules resolve those texts.
    #expect(
      TimescaleResolver.resolve("30/09/2023", context: TimescaleContext()).due == CalendarDate("2023-09-30"))
    #expect(
      TimescaleResolver.resolve("September 2023", context: TimescaleContext()).due
        == CalendarDate("2023-09-30"))
  }

  @Test("serial numbers: the 1900 system's missing leap day, and the 1904 system")
  func serials() {
    func day(_ serial: Double, _ date1904: Bool = false) -> String {
      XLSXNumberFormat.day.text(serial, date1904: date1904)
    }
    #expect(day(1) == "01/01/1900")
    #expect(day(59) == "28/02/1900")
    #expect(day(61) == "01/03/1900")
    #expect(day(45199) == "30/09/2023")
    #expect(day(45199 - 1462, true) == "30/09/2023")
    #expect(XLSXNumberFormat.custom("h:mm AM/PM") == .time)
    #expect(XLSXNumberFormat.custom("0.00E+00") == .number)
    #expect(XLSXNumberFormat.custom("[Red]#,##0") == .number)
    #expect(XLSXNumberFormat.custom("yyyy") == .month)
  }

  @Test(
    "a merged range's value belongs to every cell of it; an AFI merged down over its actions stays one item")
  func merged() throws {
    let rows =
      F.row(1, ["HMICFRS action plan"]) + F.row(2, []) + F.row(3, F.header)
      + F.row(
        4, ["1", "Crews should have risk information.", "Check records", "Head of Response", "March 2024"])
      + F.row(5, ["", "", "Put records on tablets", "Head of ICT", "June 2024"])
      + F.row(6, ["", "", "Train crews", "Head of Training", "Ongoing"])
      + F.row(7, ["2", "Prevention should reach those most at risk.", "Use partner data", "", "BAU"])
    let merges =
      #"<mergeCells><mergeCell ref="A1:E1"/><mergeCell ref="A4:A6"/><mergeCell ref="B4:B6"/>"#
      + #"<mergeCell ref="D6:D7"/></mergeCells>"#
    let data = try F.workbook([F.Sheet(name: "Plan", rows: rows, after: merges)])
    let sheet = try XLSXReader(data: data).sheet(named: "Plan")
    let row5 = try #require(sheet.rows.first { $0.number == 5 })
    #expect(row5.cells[0] == "1" && row5.cells[1] == "Crews should have risk information.")
    #expect(row5.merged == [0, 1])
    #expect(sheet.rows[0].cells == Array(repeating: "HMICFRS action plan", count: 5))

    let result = try XLSXPlanImport.parse(data, sheet: nil, options: options())
    let items = result.report.items
    #expect(items.map(\.label) == ["AFI 1", "AFI 2"])
    #expect(items[0].actions.map(\.text) == ["Check records", "Put records on tablets", "Train crews"])
    #expect(items[0].actions.map(\.owner) == ["Head of Response", "Head of ICT", "Head of Training"])
    // An owner merged down over the next item's row is that row's owner too.
    #expect(items[1].actions.map(\.owner) == ["Head of Training"])
    // The title merged across the table is one title, not five.
    #expect(result.report.summary == "HMICFRS action plan")
  }

  @Test(
    "the plan is on the first visible sheet with a header, unless --sheet names one; an unknown name lists them"
  )
  func sheets() throws {
    let plan = F.row(2, F.header) + F.row(3, ["1", "An area.", "An action", "Owner", "Dec 2024"])
    let data = try F.workbook([
      F.Sheet(name: "Cover", rows: F.row(1, ["Our plan"])),
      F.Sheet(name: "Old", rows: plan, hidden: true),
      F.Sheet(name: "Actions", rows: plan),
      F.Sheet(name: "Lists", rows: F.row(1, ["Red", "Amber"])),
    ])
    #expect(try XLSXPlanImport.rows(data, sheet: nil).sheet.name == "Actions")
    #expect(try XLSXPlanImport.rows(data, sheet: "old").sheet.name == "Old")
    let error = #expect(throws: XLSXError.self) { try XLSXPlanImport.rows(data, sheet: "Plan") }
    #expect(error?.sheets == ["Cover", "Old", "Actions", "Lists"])
    #expect(error?.description.contains("'Cover', 'Old' (hidden), 'Actions', 'Lists'") == true)
  }

  @Test("a formula cell gives its saved value, and a note says nothing was evaluated")
  func formulas() throws {
    let rows =
      F.row(1, F.header)
      + #"<row r="2"><c r="A2"><f>ROW()-1</f><v>1</v></c><c r="B2" t="str"><f>"An "&amp;"area"</f><v>An area</v></c>"#
      + #"\#(F.text("C2", "Act"))<c r="E2" t="str"><f>TEXT(TODAY(),"mmm yyyy")</f></c></row>"#
    let data = try F.workbook([F.Sheet(name: "Actions", rows: rows)])
    let result = try XLSXPlanImport.parse(data, sheet: nil, options: options())
    #expect(result.report.items.map(\.text) == ["An area"])
    #expect(result.report.items[0].actions[0].timescale.written == nil)
    let note = try #require(result.messages.first { $0.text.contains("formula") })
    #expect(note.text.contains("3 cells hold formulas (A2, B2, E2)"))
    #expect(note.text.contains("nothing is evaluated"))
  }

  @Test("broken workbooks: each error says what is wrong and where, and nothing crashes")
  func broken() throws {
    func problem(_ data: Data, sheet: String? = nil) -> String {
      do {
        _ = try XLSXPlanImport.parse(data, sheet: sheet, options: options())
        return "read"
      } catch {
        return "\(error)"
      }
    }
    let good = try F.workbook([
      F.Sheet(name: "Actions", rows: F.row(1, F.header) + F.row(2, ["1", "A", "B"]))
    ])
    #expect(problem(Data("Ref,Action\n".utf8)).contains("not a zip file"))
    #expect(problem(good.prefix(good.count / 2)).contains("damaged or cut short"))
    #expect(problem(Data()).contains("not a zip file"))
    let notWorkbook = try XLSXWriter.zip([("word/document.xml", Data("<w/>".utf8))])
    #expect(problem(notWorkbook).contains("not an .xlsx workbook (it has no xl/workbook.xml)"))
    let ods = try XLSXWriter.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8))])
    #expect(problem(ods).contains("OpenDocument"))
    var encrypted = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
    encrypted += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(problem(encrypted).contains("encrypted (password-protected)"))
    #expect(
      problem(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)).contains(".xls"))

    #expect(problem(good, sheet: "Missing").contains("no sheet named 'Missing'; the sheets are: 'Actions'"))
    let noHeader = try F.workbook([F.Sheet(name: "Notes", rows: F.row(1, ["Just", "some", "words"]))])
    #expect(problem(noHeader).contains("no sheet holds a plan's header"))
    #expect(problem(noHeader, sheet: "Notes").hasPrefix("sheet 'Notes': no header row found"))

    let badString = #"<row r="7"><c r="B7" t="s"><v>99</v></c></row>"#
    #expect(
      problem(try F.workbook([F.Sheet(name: "Actions", rows: badString)]))
        == "sheet 'Actions' B7: refers to shared string 99, which the workbook does not have")
    let badNumber = #"<row r="3"><c r="C3"><v>twelve</v></c></row>"#
    #expect(
      problem(try F.workbook([F.Sheet(name: "Actions", rows: badNumber)])).hasPrefix("sheet 'Actions' C3:"))
    let badReference = #"<row r="3"><c r="C9"><v>1</v></c></row>"#
    #expect(
      problem(try F.workbook([F.Sheet(name: "Actions", rows: badReference)])).hasPrefix("sheet 'Actions' C9:")
    )

    var parts = F.parts([F.Sheet(name: "Actions", rows: F.row(1, F.header))])
    parts[parts.count - 1].data = Data("<worksheet><sheetData><row>".utf8)
    let malformed = problem(try XLSXWriter.zip(parts))
    #expect(malformed.contains("xl/worksheets/sheet1.xml line 1: not well-formed XML"), "\(malformed)")
    parts[parts.count - 1].data = Data(#"<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>"#.utf8)
    #expect(problem(try XLSXWriter.zip(parts)).contains("document type declaration"))
    parts.removeLast()
    #expect(
      problem(try XLSXWriter.zip(parts)).contains("xl/worksheets/sheet1.xml: missing from the workbook"))
  }
}
