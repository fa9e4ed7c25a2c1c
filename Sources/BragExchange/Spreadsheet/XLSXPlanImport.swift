import Foundation

/// An action plan saved as an `.xlsx` workbook, read into the same rows as a CSV and given to
/// ``PlanImport/parse(rows:options:map:)``: the plan's sheet (the one named, else the first
/// visible sheet holding a plan's header), each row numbered as in the sheet.
public enum XLSXPlanImport {
  /// Whether the bytes are a workbook rather than text: a zip (`PK`), or an OLE compound file,
  /// which is how Excel stores an encrypted workbook or an old `.xls`.
  public static func looksLikeWorkbook(_ data: Data) -> Bool {
    data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
  }

  /// The plan's sheet and its rows.
  public static func rows(_ data: Data, sheet name: String?, map: [String: PlanField] = [:]) throws(XLSXError)
    -> (sheet: XLSXSheet, rows: [PlanImport.Row])
  {
    let reader = try XLSXReader(data: data)
    if let name {
      let sheet = try reader.sheet(named: name)
      return (sheet, planRows(sheet))
    }
    for entry in reader.sheets where !entry.hidden && entry.path != nil {
      let sheet = try reader.read(entry)
      let rows = planRows(sheet)
      if PlanImport.hasHeader(rows, map: map) { return (sheet, rows) }
    }
    throw XLSXError(
      "no sheet holds a plan's header (columns like Ref. No., Area for improvement, Action, Timescale); "
        + "the sheets are: \(reader.sheetNames.map { "'\($0)'" }.joined(separator: ", ")); "
        + "name one with --sheet, and its columns with --map", sheets: reader.sheetNames)
  }

  static func planRows(_ sheet: XLSXSheet) -> [PlanImport.Row] {
    sheet.rows.map { PlanImport.Row(line: $0.number, cells: $0.cells, merged: $0.merged) }
  }

  /// Reads the plan. Its messages start with which sheet was read (their line numbers are the
  /// sheet's row numbers) and what the reader noticed (formulas whose saved values were used).
  public static func parse(
    _ data: Data, sheet name: String?, options: ImportOptions, map: [String: PlanField] = [:]
  ) throws -> ImportResult {
    let (sheet, rows) = try rows(data, sheet: name, map: map)
    var result: ImportResult
    do {
      result = try PlanImport.parse(rows: rows, options: options, map: map)
    } catch {
      throw XLSXError(sheet: sheet.name, "\(error)")
    }
    let notes =
      [
        ImportMessage(
          kind: .note, line: nil, text: "read sheet '\(sheet.name)'; line numbers are its row numbers")
      ]
      + sheet.notes.map { ImportMessage(kind: .note, line: nil, text: $0) }
    result.messages = notes + result.messages
    return result
  }
}
