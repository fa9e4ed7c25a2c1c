import Foundation
import ZIPFoundation

/// Writes ``SheetTable``s as an `.xlsx` workbook: the few Office Open XML parts Excel,
/// LibreOffice and Google Sheets need, zipped with ZIPFoundation.
///
/// Parts: `[Content_Types].xml`; `_rels/.rels`; `docProps/core.xml` and `docProps/app.xml`;
/// `xl/workbook.xml` and its `_rels`; `xl/styles.xml`; one `xl/worksheets/sheetN.xml` a table.
/// Text goes in inline strings (`t="inlineStr"`), so no shared-strings part is needed.
///
/// What each sheet gets: the header row bold and frozen (it stays in view when scrolling);
/// columns as wide as their longest line, capped at ``maximumWidth`` characters; every cell
/// wrapped and top-aligned; a filter on the header; a drop-down (a data validation list) on
/// each column with ``SheetTable/choices``. No cell is a formula: every text cell is a string
/// cell, even one starting with `=`, and numbers are plain values.
public enum XLSXWriter {
  public static let maximumWidth = 60
  public static let minimumWidth = 8

  /// The workbook's bytes. `created` is written to docProps (a fixed date gives identical files).
  public static func workbook(_ tables: [SheetTable], created: Date = Date()) throws -> Data {
    let names = sheetNames(tables.map(\.name))
    var parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes(sheets: tables.count)),
      ("_rels/.rels", packageRelationships),
      ("docProps/core.xml", core(created: created)),
      ("docProps/app.xml", app),
      ("xl/workbook.xml", workbookPart(names, ranges: tables.map(range))),
      ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: tables.count)),
      ("xl/styles.xml", styles),
    ]
    for (index, table) in tables.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet(table)))
    }
    return try zip(parts.map { ($0.0, Data($0.1.utf8)) }, modified: created)
  }

  /// Parts zipped, deflated, in order, in memory.
  static func zip(_ parts: [(path: String, data: Data)], modified: Date = Date()) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in parts {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let bytes = archive.data else { throw XLSXError("the workbook could not be assembled") }
    return bytes
  }

  // MARK: - Parts

  static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  static func contentTypes(sheets: Int) -> String {
    let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    var out = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    out +=
      #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    out += #"<Default Extension="xml" ContentType="application/xml"/>"#
    out +=
      #"<Override PartName="/xl/workbook.xml" "#
      + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    for index in 1..<(sheets + 1) {
      out += #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="\#(sheetType)"/>"#
    }
    out +=
      #"<Override PartName="/xl/styles.xml" "#
      + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    out +=
      #"<Override PartName="/docProps/core.xml" "#
      + #"ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
    out +=
      #"<Override PartName="/docProps/app.xml" "#
      + #"ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
    return out + "</Types>"
  }

  static var packageRelationships: String {
    let base = "http://schemas.openxmlformats.org"
    return header + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
      + #"<Relationship Id="rId1" Type="\#(base)/officeDocument/2006/relationships/officeDocument" "#
      + #"Target="xl/workbook.xml"/>"#
      + #"<Relationship Id="rId2" Type="\#(base)/package/2006/relationships/metadata/core-properties" "#
      + #"Target="docProps/core.xml"/>"#
      + #"<Relationship Id="rId3" Type="\#(base)/officeDocument/2006/relationships/extended-properties" "#
      + #"Target="docProps/app.xml"/>"#
      + "</Relationships>"
  }

  static func core(created: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    let when = formatter.string(from: created)
    return header
      + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
      + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
      + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
      + "<dc:creator>BRAG Board</dc:creator>"
      + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(when)</dcterms:created>"#
      + #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(when)</dcterms:modified>"#
      + "</cp:coreProperties>"
  }

  static var app: String {
    header
      + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
      + "<Application>BRAG Board</Application></Properties>"
  }

  /// "A1:F16": the cells a table fills, header included.
  static func range(_ table: SheetTable) -> String {
    let columns = max(([table.header.count] + table.rows.map(\.count)).max() ?? 0, 1)
    return "A1:" + CellReference.letters(columns - 1) + String(table.rows.count + 1)
  }

  static func workbookPart(_ names: [String], ranges: [String]) -> String {
    var out = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)"><sheets>"#
    for (index, name) in names.enumerated() {
      out += #"<sheet name="\#(escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    out += "</sheets>"
    // The header filter of each sheet is a defined name Excel expects beside the autoFilter.
    out += "<definedNames>"
    for (index, name) in names.enumerated() {
      let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
      out += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#
      let absolute = ranges[index].split(separator: ":").map { end in
        "$" + end.prefix { $0.isLetter } + "$" + end.drop { $0.isLetter }
      }.joined(separator: ":")
      out += escape("\(quoted)!\(absolute)") + "</definedName>"
    }
    return out + "</definedNames></workbook>"
  }

  static func workbookRelationships(sheets: Int) -> String {
    var out = header + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
    for index in 0..<sheets {
      out += #"<Relationship Id="rId\#(index + 1)" Type="\#(officeRelationships)/worksheet" "#
      out += #"Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    out +=
      #"<Relationship Id="rId\#(sheets + 1)" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
    return out + "</Relationships>"
  }

  /// Style 0 the default; 1 a wrapped, top-aligned body cell; 2 the same in bold for the header.
  static var styles: String {
    header + #"<styleSheet xmlns="\#(main)">"#
      + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#
      + #"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
      + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
      + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
      + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
      + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
      + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
      + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">"#
      + #"<alignment vertical="top" wrapText="1"/></xf>"#
      + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">"#
      + #"<alignment vertical="top" wrapText="1"/></xf></cellXfs>"#
      + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
      + "</styleSheet>"
  }

  static func sheet(_ table: SheetTable) -> String {
    let rows = [table.header.map(SheetTable.Cell.text)] + table.rows
    let columns = max(rows.map(\.count).max() ?? 0, 1)
    let last = String(range(table).dropFirst(3))
    var out = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(officeRelationships)">"#
    out += #"<dimension ref="A1:\#(last)"/>"#
    out += #"<sheetViews><sheetView workbookViewId="0" tabSelected="1">"#
    out += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
    out += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
    out += #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
    for (column, width) in widths(rows, columns: columns).enumerated() {
      out += #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(width)" customWidth="1"/>"#
    }
    out += "</cols><sheetData>"
    for (index, row) in rows.enumerated() {
      let number = index + 1
      let style = index == 0 ? 2 : 1
      out += #"<row r="\#(number)">"#
      for (column, cell) in row.enumerated() {
        let reference = CellReference.name(column: column, row: number)
        switch cell {
        case .text(let text):
          guard !text.isEmpty else {
            out += #"<c r="\#(reference)" s="\#(style)"/>"#
            continue
          }
          out += #"<c r="\#(reference)" s="\#(style)" t="inlineStr"><is><t xml:space="preserve">"#
          out += escape(text) + "</t></is></c>"
        case .number(let number):
          out += #"<c r="\#(reference)" s="\#(style)"><v>\#(number)</v></c>"#
        }
      }
      out += "</row>"
    }
    out += "</sheetData>"
    out += #"<autoFilter ref="A1:\#(last)"/>"#
    let lists = table.choices.sorted { $0.key < $1.key }.filter { $0.key < columns && rows.count > 1 }
    if !lists.isEmpty {
      out += #"<dataValidations count="\#(lists.count)">"#
      for (column, words) in lists {
        let letters = CellReference.letters(column)
        // The list is written inline, quoted; Excel allows 255 characters there.
        let formula = "\"" + words.joined(separator: ",").replacingOccurrences(of: "\"", with: "\"\"") + "\""
        out += #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" "#
        out +=
          #"errorTitle="Not in the list" error="\#(escape("Choose " + words.joined(separator: " or ")))" "#
        out += #"sqref="\#(letters)2:\#(letters)\#(rows.count)"><formula1>\#(escape(formula))</formula1>"#
        out += "</dataValidation>"
      }
      out += "</dataValidations>"
    }
    out += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
    return out + "</worksheet>"
  }

  /// Each column as wide as its longest line (in characters, plus a little), between
  /// ``minimumWidth`` and ``maximumWidth``; wrapping shows the rest.
  static func widths(_ rows: [[SheetTable.Cell]], columns: Int) -> [Int] {
    var widths = Array(repeating: minimumWidth, count: columns)
    for row in rows {
      for (column, cell) in row.enumerated() {
        let longest = cell.text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
        widths[column] = min(maximumWidth, max(widths[column], longest + 2))
      }
    }
    return widths
  }

  /// Sheet names Excel accepts: none of `[]:*?/\`, at most 31 characters, not blank, unique.
  static func sheetNames(_ names: [String]) -> [String] {
    var used: Set<String> = []
    return names.enumerated().map { index, name in
      var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
        .trimmingCharacters(in: CharacterSet(charactersIn: "' "))
      if clean.isEmpty { clean = "Sheet\(index + 1)" }
      var candidate = clean
      var n = 2
      while used.contains(candidate.lowercased()) {
        candidate = String(clean.prefix(28)) + " \(n)"
        n += 1
      }
      used.insert(candidate.lowercased())
      return candidate
    }
  }

  /// Text as XML character data: markup escaped, and the characters XML 1.0 cannot hold
  /// (controls other than tab and line breaks) written as OOXML's `_xHHHH_`, so the text
  /// reads back exactly; a literal `_x` that would be read as an escape is itself escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\r": out += "&#13;"
      case "_" where index + 1 < scalars.count && scalars[index + 1] == "x": out += "_x005F_"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += String(format: "_x%04X_", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
