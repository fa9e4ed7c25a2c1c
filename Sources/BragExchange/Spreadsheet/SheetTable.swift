/// The one table model behind the spreadsheet exports: a header row and rows of cells, written
/// as CSV or TSV by ``SpreadsheetTable`` and as a workbook by ``XLSXWriter``, so both carry the
/// same rows.
public struct SheetTable: Sendable, Equatable {
  public enum Cell: Sendable, Equatable {
    /// Always a string cell in a workbook, whatever it starts with.
    case text(String)
    /// A number we computed (a word count); never a formula.
    case number(Int)

    /// The cell as CSV/TSV text.
    public var text: String {
      switch self {
      case .text(let text): text
      case .number(let number): String(number)
      }
    }
  }

  /// The sheet's name in a workbook (at most 31 characters, none of `[]:*?/\`).
  public var name: String
  public var header: [String]
  public var rows: [[Cell]]
  /// Columns whose cells must be one of these words (a drop-down in the workbook), by index.
  public var choices: [Int: [String]]

  public init(name: String, header: [String], rows: [[Cell]], choices: [Int: [String]] = [:]) {
    self.name = name
    self.header = header
    self.rows = rows
    self.choices = choices
  }

  /// Text rows: header first, as the CSV and TSV writers take them.
  public init(name: String, textRows: [[String]], choices: [Int: [String]] = [:]) {
    self.init(
      name: name, header: textRows.first ?? [], rows: textRows.dropFirst().map { $0.map(Cell.text) },
      choices: choices)
  }

  /// Header and rows as text, for ``SpreadsheetTable/render(_:format:newline:byteOrderMark:)``.
  public var textRows: [[String]] { [header] + rows.map { $0.map(\.text) } }
}
