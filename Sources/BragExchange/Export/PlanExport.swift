import BragModel
import Foundation

/// An action plan in the shape of Merseyside's (seed 004): one row per area for improvement with
/// its first action, a row per further action, and a row per quarterly update ("<p>April–June 2025
/// update</p> <p>…</p>"). Cells holding several lines are written as HTML paragraphs and lists,
/// so `brag import plan` reads the file back to the same items and actions. The workbook
/// (``xlsx(_:created:)``) holds the same rows (``table(_:)``), written by ``XLSXWriter``.
public enum PlanExport {
  public enum Format: String, CaseIterable, Sendable {
    case csv, tsv
  }

  public static func header(for report: Report) -> [String] {
    let allRecommendations = !report.items.isEmpty && report.items.allSatisfy { $0.kind == .recommendation }
    return [
      "Ref. No.", "HMI Page", allRecommendations ? "Recommendation" : "Area for improvement",
      "Required outcomes", "Action to achieve required outcomes", "Responsible function", "Timescale",
      "Notes", "BRAG",
    ]
  }

  /// The rows, header first.
  public static func rows(_ report: Report) -> [[String]] {
    var rows = [header(for: report)]
    for item in report.items {
      let ref = item.number.map(String.init) ?? String(item.label.filter(\.isNumber))
      let itemCells = [
        ref.isEmpty ? item.id : ref, item.hmiPage ?? "", cell(item.text), cell(item.requiredOutcomes ?? ""),
      ]
      if item.actions.isEmpty {
        rows.append(itemCells + ["", "", "", "", item.brag == .unrated ? "" : item.brag.displayName])
      }
      for (index, action) in item.actions.enumerated() {
        let actionCells = [
          cell(action.text), cell(action.owner ?? ""), cell(action.timescale.written ?? ""),
          cell(action.notes ?? action.status ?? ""), action.brag == .unrated ? "" : action.brag.displayName,
        ]
        rows.append((index == 0 ? itemCells : ["", "", "", ""]) + actionCells)
      }
      for update in item.updates {
        var text = "<p>\(HTMLCellText.escape(update.period)) update</p>"
        let body = HTMLCellText.html(update.text)
        if !body.isEmpty { text += body.hasPrefix("<") ? body : "<p>\(body)</p>" }
        rows.append([text, "", "", "", "", "", "", "", ""])
      }
    }
    return rows
  }

  /// A cell: one line as it is, several lines as HTML; a line a spreadsheet would run as a
  /// formula (``SpreadsheetCell/startsFormula(_:)``) is wrapped in a paragraph so it never starts
  /// with one.
  static func cell(_ text: String) -> String {
    let html = HTMLCellText.html(text.replacingOccurrences(of: "\t", with: " "))
    if SpreadsheetCell.startsFormula(html) { return "<p>\(html)</p>" }
    return html
  }

  /// The plan's table, the one model its CSV, TSV and workbook are written from.
  public static func table(_ report: Report) -> SheetTable {
    SheetTable(name: "Action plan", textRows: rows(report))
  }

  /// The plan as CSV (UTF-8 with a byte order mark and CRLF, as Excel writes it) or TSV.
  public static func render(_ report: Report, format: Format) throws -> String {
    SpreadsheetTable.render(
      table(report).textRows, format: format == .csv ? .csv : .tsv, newline: "\r\n", byteOrderMark: true)
  }

  /// The plan as an `.xlsx` workbook: the same rows, one sheet.
  public static func xlsx(_ report: Report, created: Date = Date()) throws -> [UInt8] {
    [UInt8](try XLSXWriter.workbook([table(report)], created: created))
  }
}
