/// One worksheet as the plan importer reads it: every row that holds something, each cell's
/// text as the workbook shows it.
public struct XLSXSheet: Sendable {
  public struct Row: Sendable, Equatable {
    /// The row's number in the sheet (1 for the first).
    public var number: Int
    /// The cells from column A on; empty strings where nothing is.
    public var cells: [String]
    /// Columns (0 for A) whose text comes from a merged range that starts in another cell: the
    /// value belongs to the whole range, and the importer knows it was written once.
    public var merged: Set<Int>
  }

  public var name: String
  public var rows: [Row]
  /// How the sheet was read, for the person importing: formulas whose cached values were used.
  public var notes: [String]
}

/// A1-style cell references.
enum CellReference {
  /// "B7" → (column 1, row 7); nil when it is not a reference inside Excel's limits.
  static func parse(_ text: String) -> (column: Int, row: Int)? {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "A"..."Z" where digits == 0:
        column = column * 26 + Int(scalar.value - 64)
        letters += 1
      case "a"..."z" where digits == 0:
        column = column * 26 + Int(scalar.value - 96)
        letters += 1
      case "$" where digits == 0:
        continue
      case "0"..."9":
        row = row * 10 + Int(scalar.value - 48)
        digits += 1
      default:
        return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, (1...16384).contains(column), (1...1_048_576).contains(row) else {
      return nil
    }
    return (column - 1, row)
  }

  /// "B7" from column 1, row 7.
  static func name(column: Int, row: Int) -> String { letters(column) + String(row) }

  /// "A" for 0, "AA" for 26.
  static func letters(_ column: Int) -> String {
    var n = column + 1
    var out = ""
    while n > 0 {
      let digit = (n - 1) % 26
      out = String(UnicodeScalar(UInt8(65 + digit))) + out
      n = (n - 1) / 26
    }
    return out
  }
}
