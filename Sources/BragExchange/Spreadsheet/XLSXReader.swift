import Foundation

/// Reads the sheets of an `.xlsx` workbook (Office Open XML, ECMA-376) as text, as a person
/// sees them in Excel: shared and inline strings exactly as written (rich-text runs joined,
/// `_x000D_` escapes decoded); numbers as Excel shows them in a General cell; dates stored as
/// serial numbers — recognised by the cell's number format, built-in (14–22) or custom (one
/// with d, m or y) — as UK dates ("30/09/2023", or "September 2023" for month-and-year formats);
/// a merged range's value in every cell of the range. Nothing is evaluated: a formula cell gives
/// the value Excel last calculated and saved, and the sheet's notes say which cells did.
///
/// The zip is read with ZIPFoundation, the parts with Foundation's `XMLParser`.
public struct XLSXReader {
  public struct SheetEntry: Sendable, Equatable {
    public var name: String
    /// The part holding the cells ("xl/worksheets/sheet1.xml"); nil for a chart sheet.
    public var path: String?
    public var hidden: Bool
  }

  /// The workbook's sheets, in the order of its tabs.
  public let sheets: [SheetEntry]
  private let container: XLSXContainer
  private let sharedStrings: [String]
  /// The number format of each cell style (`s` attribute), by style index.
  private let styleFormats: [XLSXNumberFormat]
  private let date1904: Bool

  static let relationshipKinds = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

  public init(data: Data) throws(XLSXError) {
    container = try XLSXContainer(data: data)
    let workbookPath = try Self.workbookPath(container)
    let workbook = try container.xml(workbookPath)
    guard workbook.name == "workbook" else {
      throw XLSXError(place: workbookPath, "not a workbook part (its root is <\(workbook.name)>)")
    }
    let relationships = try Self.relationships(of: workbookPath, in: container)
    date1904 = workbook.child("workbookPr").map { ["1", "true"].contains($0["date1904"] ?? "") } ?? false
    var sheets: [SheetEntry] = []
    for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
      let name = sheet["name"] ?? "Sheet\(sheets.count + 1)"
      let target = sheet["id"].flatMap { relationships[$0] }
      let path = target.flatMap { $0.type.hasSuffix("/worksheet") ? $0.path : nil }
      sheets.append(SheetEntry(name: name, path: path, hidden: (sheet["state"] ?? "visible") != "visible"))
    }
    guard !sheets.isEmpty else { throw XLSXError(place: workbookPath, "the workbook lists no sheets") }
    self.sheets = sheets
    let partOf = { (kind: String) in relationships.values.first { $0.type.hasSuffix("/" + kind) }?.path }
    sharedStrings =
      try partOf("sharedStrings").map { [container] path throws(XLSXError) in
        try Self.sharedStrings(container.xml(path))
      } ?? []
    styleFormats =
      try partOf("styles").map { [container] path throws(XLSXError) in
        try Self.styleFormats(container.xml(path))
      } ?? []
  }

  public var sheetNames: [String] { sheets.map(\.name) }

  /// The sheet of that name (exact, else ignoring case), or an error listing the sheets.
  public func sheet(named name: String) throws(XLSXError) -> XLSXSheet {
    guard
      let entry = sheets.first(where: { $0.name == name })
        ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() })
    else {
      throw XLSXError(
        "no sheet named '\(name)'; the sheets are: "
          + sheets.map { "'\($0.name)'" + ($0.hidden ? " (hidden)" : "") }.joined(separator: ", "),
        sheets: sheetNames)
    }
    return try read(entry)
  }

  /// Every sheet's cells, in tab order.
  public func read(_ entry: SheetEntry) throws(XLSXError) -> XLSXSheet {
    guard let path = entry.path else {
      throw XLSXError(sheet: entry.name, "a chart sheet, not a table of cells")
    }
    let root = try container.xml(path)
    return try SheetReading(
      name: entry.name, strings: sharedStrings, formats: styleFormats, date1904: date1904
    ).read(root)
  }

  // MARK: - Parts

  /// The main part, from the package's relationships (`_rels/.rels`), else the usual place.
  static func workbookPath(_ container: XLSXContainer) throws(XLSXError) -> String {
    if container.has("_rels/.rels") {
      let rels = try relationships(of: "", in: container)
      if let main = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }),
        container.has(main.path)
      {
        return main.path
      }
    }
    return "xl/workbook.xml"
  }

  /// The relationships of a part (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`), by id,
  /// with each target made a path inside the zip.
  static func relationships(of part: String, in container: XLSXContainer) throws(XLSXError)
    -> [String: (type: String, path: String)]
  {
    let folder = (part as NSString).deletingLastPathComponent
    let relsPath =
      (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
    guard container.has(relsPath) else { return [:] }
    var out: [String: (type: String, path: String)] = [:]
    for relationship in try container.xml(relsPath).children("Relationship") {
      guard let id = relationship["Id"], let target = relationship["Target"],
        relationship["TargetMode"] != "External"
      else { continue }
      out[id] = (relationship["Type"] ?? "", resolve(target, from: folder))
    }
    return out
  }

  /// "worksheets/sheet1.xml" from "xl" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for piece in target.split(separator: "/") {
      if piece == ".." {
        _ = parts.popLast()
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }

  static func sharedStrings(_ root: XMLElement) -> [String] {
    root.children("si").map(stringItem)
  }

  /// A string item (`<si>` or `<is>`): its `<t>`, or its rich-text runs joined; phonetic
  /// guides (`<rPh>`) are not part of the text.
  static func stringItem(_ item: XMLElement) -> String {
    if let plain = item.child("t") { return unescape(plain.text) }
    return item.children("r").map { unescape($0.child("t")?.text ?? "") }.joined()
  }

  /// OOXML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return);
  /// `_x005F_` escapes an underscore that would otherwise start one.
  static func unescape(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var out = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
      out += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      let hex = after.prefix(4)
      if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.unicodeScalars.append(scalar)
        rest = after.dropFirst(5)
      } else {
        out += "_x"
        rest = after
      }
    }
    return out + rest
  }

  /// Each cell style's number format: built-in by id, or custom (`<numFmt>`).
  static func styleFormats(_ root: XMLElement) -> [XLSXNumberFormat] {
    var custom: [Int: XLSXNumberFormat] = [:]
    for format in root.child("numFmts")?.children("numFmt") ?? [] {
      guard let id = format["numFmtId"].flatMap({ Int($0) }) else { continue }
      custom[id] = XLSXNumberFormat.custom(format["formatCode"] ?? "")
    }
    return (root.child("cellXfs")?.children("xf") ?? []).map { xf in
      let id = xf["numFmtId"].flatMap { Int($0) } ?? 0
      return custom[id] ?? XLSXNumberFormat.builtIn(id)
    }
  }
}

/// Reads one worksheet part into rows of text.
struct SheetReading {
  /// More cells than any plan has: a sheet that would spread to more (a cell at column XFD on
  /// every row, a merged range over the whole sheet) is refused rather than filling memory.
  static let cellLimit = 20_000_000

  var name: String
  var strings: [String]
  var formats: [XLSXNumberFormat]
  var date1904: Bool

  func read(_ root: XMLElement) throws(XLSXError) -> XLSXSheet {
    guard root.name == "worksheet" else {
      throw XLSXError(sheet: name, "not a worksheet (its part's root is <\(root.name)>)")
    }
    var cells: [Int: [Int: String]] = [:]
    var formulas: [String] = []
    var rowNumber = 0
    for row in root.child("sheetData")?.children("row") ?? [] {
      if let given = row["r"] {
        guard let number = Int(given), (1...1_048_576).contains(number), number > rowNumber else {
          throw XLSXError(sheet: name, place: "row \(given)", "not a row number after row \(rowNumber)")
        }
        rowNumber = number
      } else {
        rowNumber += 1
      }
      var column = -1
      for cell in row.children("c") {
        if let reference = cell["r"] {
          guard let parsed = CellReference.parse(reference), parsed.row == rowNumber else {
            throw XLSXError(sheet: name, place: reference, "not a cell reference of row \(rowNumber)")
          }
          column = parsed.column
        } else {
          column += 1
        }
        let place = CellReference.name(column: column, row: rowNumber)
        if cell.child("f") != nil { formulas.append(place) }
        let text = try value(of: cell, at: place)
        if !text.isEmpty { cells[rowNumber, default: [:]][column] = text }
      }
    }
    var merged: [Int: Set<Int>] = [:]
    var filled = 0
    let lastRow = cells.keys.max() ?? 0
    let lastColumn = cells.values.compactMap { $0.keys.max() }.max() ?? 0
    for range in root.child("mergeCells")?.children("mergeCell") ?? [] {
      guard let ref = range["ref"] else { continue }
      let ends = ref.split(separator: ":").map(String.init)
      guard ends.count == 2, let from = CellReference.parse(ends[0]), let to = CellReference.parse(ends[1]),
        from.row <= to.row, from.column <= to.column
      else {
        throw XLSXError(sheet: name, place: ref, "not a merged range")
      }
      // A range running past the cells in use adds nothing beyond them.
      guard let value = cells[from.row]?[from.column] else { continue }
      let rowsCovered = min(to.row, max(lastRow, from.row)) - from.row + 1
      let columnsCovered = min(to.column, max(lastColumn, from.column)) - from.column + 1
      filled += rowsCovered * columnsCovered
      guard filled <= Self.cellLimit else { throw tooLarge() }
      for row in from.row...min(to.row, max(lastRow, from.row)) {
        for column in from.column...min(to.column, max(lastColumn, from.column))
        where row != from.row || column != from.column {
          cells[row, default: [:]][column] = value
          merged[row, default: []].insert(column)
        }
      }
    }
    let width = cells.values.reduce(0) { $0 + ($1.keys.max() ?? -1) + 1 }
    guard width <= Self.cellLimit else { throw tooLarge() }
    let rows = cells.keys.sorted().map { number in
      let row = cells[number]!
      var texts = Array(repeating: "", count: (row.keys.max() ?? -1) + 1)
      for (column, text) in row { texts[column] = text }
      return XLSXSheet.Row(number: number, cells: texts, merged: merged[number] ?? [])
    }
    var notes: [String] = []
    if !formulas.isEmpty {
      let shown = formulas.prefix(5).joined(separator: ", ") + (formulas.count > 5 ? ", …" : "")
      notes.append(
        "sheet '\(name)': \(formulas.count) cell\(formulas.count == 1 ? " holds a formula" : "s hold formulas") "
          + "(\(shown)); the value last calculated and saved with the workbook is used, nothing is evaluated")
    }
    return XLSXSheet(name: name, rows: rows, notes: notes)
  }

  func tooLarge() -> XLSXError {
    XLSXError(
      sheet: name, "spreads over more than \(Self.cellLimit) cells; not read (save the plan's rows alone)")
  }

  /// The cell's text as Excel shows it.
  func value(of cell: XMLElement, at place: String) throws(XLSXError) -> String {
    let raw = cell.child("v")?.text
    switch cell["t"] ?? "n" {
    case "s":
      guard let raw else { return "" }
      guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
        throw XLSXError(
          sheet: name, place: place, "refers to shared string \(raw), which the workbook does not have")
      }
      return strings[index]
    case "inlineStr":
      return cell.child("is").map(XLSXReader.stringItem) ?? ""
    case "str", "e":
      return XLSXReader.unescape(raw ?? "")
    case "b":
      return raw.map { $0 == "1" ? "TRUE" : "FALSE" } ?? ""
    case "d":
      // An ISO 8601 date, as Strict workbooks may store one: the date a person would type.
      guard let raw, raw.count >= 10 else { return raw ?? "" }
      let parts = raw.prefix(10).split(separator: "-")
      guard parts.count == 3 else { return raw }
      return "\(parts[2])/\(parts[1])/\(parts[0])"
    case "n":
      guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return "" }
      guard let number = Double(raw) else {
        throw XLSXError(sheet: name, place: place, "'\(raw)' is not a number, though the cell says it is")
      }
      let style = cell["s"].flatMap { Int($0) } ?? 0
      let format = formats.indices.contains(style) ? formats[style] : .number
      return format.text(number, date1904: date1904)
    case let other:
      throw XLSXError(sheet: name, place: place, "unknown cell type '\(other)'")
    }
  }
}
