import BragModel
import Foundation

/// The HMICFRS return as an `.xlsx` workbook: the rows of ``ReturnExport/table(_:)`` (the same
/// as the CSV's), plus a Words column holding each narrative's word count as a number we
/// counted (``ReturnNarrative/words(_:)``, not a formula), and the self-assessment column a
/// drop-down of "met" and "not met".
public enum ReturnWorkbook {
  public static let wordsHeader = "Words"
  /// What the self-assessment drop-down offers, as the return's words write them.
  public static let choices = [SelfAssessment.met.words, SelfAssessment.notMet.words]

  public static func table(_ report: Report) -> SheetTable {
    var table = ReturnExport.table(report)
    let counts = ReturnExport.rows(report).map(\.words)
    table.header.append(wordsHeader)
    for index in table.rows.indices {
      table.rows[index].append(.number(counts[index]))
    }
    if let column = table.header.firstIndex(of: "Self-assessment") { table.choices[column] = choices }
    return table
  }

  public static func xlsx(_ report: Report, created: Date = Date()) throws -> [UInt8] {
    [UInt8](try XLSXWriter.workbook([table(report)], created: created))
  }
}
