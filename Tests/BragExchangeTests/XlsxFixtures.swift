import Foundation

@testable import BragExchange

/// Workbooks made part by part, for what the writer never produces: shared strings, rich
/// text, dates, merged cells, formulas, hidden sheets, and the ways a file can be broken.
enum XlsxFixture {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  struct Sheet {
    var name: String
    /// The `<sheetData>` rows.
    var rows: String
    /// What follows the rows (`<mergeCells>`).
    var after = ""
    var hidden = false
  }

  /// The parts of a workbook holding these sheets, shared strings and cell formats.
  static func parts(
    _ sheets: [Sheet], strings: [String] = [], formats: String = "", date1904: Bool = false
  ) -> [(path: String, data: Data)] {
    var workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="\#(rels)">"#
    if date1904 { workbook += #"<workbookPr date1904="1"/>"# }
    workbook += "<sheets>"
    var relationships =
      #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    var parts: [(String, Data)] = []
    for (index, sheet) in sheets.enumerated() {
      let state = sheet.hidden ? #" state="hidden""# : ""
      workbook += #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"\#(state)/>"#
      relationships +=
        #"<Relationship Id="rId\#(index + 1)" Type="\#(rels)/worksheet" "#
        + #"Target="worksheets/sheet\#(index + 1).xml"/>"#
      parts.append(
        (
          "xl/worksheets/sheet\(index + 1).xml",
          Data(
            #"<worksheet xmlns="\#(main)"><sheetData>\#(sheet.rows)</sheetData>\#(sheet.after)</worksheet>"#
              .utf8)
        ))
    }
    workbook += "</sheets></workbook>"
    relationships += #"<Relationship Id="rIdS" Type="\#(rels)/sharedStrings" Target="sharedStrings.xml"/>"#
    relationships += #"<Relationship Id="rIdT" Type="\#(rels)/styles" Target="/xl/styles.xml"/>"#
    relationships += "</Relationships>"
    let shared =
      #"<sst xmlns="\#(main)">"#
      + strings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }
      .joined() + "</sst>"
    let styles = #"<styleSheet xmlns="\#(main)">\#(formats)</styleSheet>"#
    return [
      ("xl/workbook.xml", Data(workbook.utf8)),
      ("xl/_rels/workbook.xml.rels", Data(relationships.utf8)),
      ("xl/sharedStrings.xml", Data(shared.utf8)),
      ("xl/styles.xml", Data(styles.utf8)),
    ] + parts
  }

  static func workbook(
    _ sheets: [Sheet], strings: [String] = [], formats: String = "", date1904: Bool = false
  ) throws -> Data {
    try XLSXWriter.zip(parts(sheets, strings: strings, formats: formats, date1904: date1904))
  }

  /// An inline-string cell.
  static func text(_ reference: String, _ text: String) -> String {
    #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
  }

  /// A row of inline strings from column A.
  static func row(_ number: Int, _ texts: [String]) -> String {
    var cells = ""
    for (column, text) in texts.enumerated() where !text.isEmpty {
      cells += self.text(CellReference.name(column: column, row: number), text)
    }
    return #"<row r="\#(number)">\#(cells)</row>"#
  }

  static let header = ["Ref", "Area for improvement", "Action", "Owner", "Timescale"]
}
