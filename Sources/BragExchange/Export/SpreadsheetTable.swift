import BragModel

/// The one writer of CSV and TSV: every export that writes either (`brag list --format csv`, the
/// return's CSV, `brag export plan --format csv|tsv`) goes through ``render(_:format:newline:byteOrderMark:)``,
/// so each cell is neutralised (``SpreadsheetCell/neutralise(_:)``) and quoted the same way.
///
/// - CSV follows RFC 4180: a cell holding a comma, a double quote, a carriage return or a line
///   feed is quoted, with its quotes doubled; line breaks are kept inside the quoted cell.
/// - TSV follows the IANA `text/tab-separated-values` convention, which has no quoting: a tab, a
///   carriage return or a line feed inside a cell (CRLF counting as one) is replaced by a space,
///   so a cell can never end its row or start a new one. The cell is neutralised after that, so
///   a line that began with `=` is still caught.
public enum SpreadsheetTable {
  public enum Format: Sendable {
    case csv, tsv
  }

  /// The rows, each cell neutralised and quoted, every row ended by `newline`.
  public static func render(
    _ rows: [[String]], format: Format, newline: String = "\n", byteOrderMark: Bool = false
  ) -> String {
    var out = byteOrderMark ? "\u{FEFF}" : ""
    for row in rows {
      var first = true
      for cell in row {
        if !first { out += format == .csv ? "," : "\t" }
        first = false
        out += self.cell(cell, format: format)
      }
      out += newline
    }
    return out
  }

  /// One cell as it is written in `format`: control characters (other than tabs and line
  /// breaks, which the format's own rules handle) as `\u001b`, so no export carries an escape
  /// sequence to whoever `cat`s it.
  public static func cell(_ text: String, format: Format) -> String {
    let text = escapeControls(text)
    switch format {
    case .tsv:
      return SpreadsheetCell.neutralise(flattened(text))
    case .csv:
      let cell = SpreadsheetCell.neutralise(text)
      let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
      guard needsQuotes else { return cell }
      return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }

  static func escapeControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isEscaped($0) }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isEscaped(scalar) {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\n" && scalar != "\t" && scalar != "\r" && SafeText.isControl(scalar)
  }

  /// Tabs and line breaks (CRLF, CR, LF, and the Unicode line and paragraph separators) each
  /// replaced by one space.
  static func flattened(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isBreak) else { return text }
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      if scalar == "\n" && previousWasCR { continue }
      result.append(isBreak(scalar) ? " " : scalar)
    }
    return String(result)
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
    default: return false
    }
  }
}

/// Spreadsheet safety for exported cells.
public enum SpreadsheetCell {
  /// Prefixes with an apostrophe a cell that Excel, LibreOffice or Google Sheets would treat as
  /// a formula, so opening an export never runs anything: one that starts with `=`, `+`, `-`,
  /// `@`, their full-width and small forms (`＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫`), the minus sign `−`, a tab or a
  /// line break — also after any run of spaces and invisible characters (no-break space,
  /// zero-width space and joiners, byte order mark, word joiner, ideographic space…), which a
  /// spreadsheet may skip before it reads the formula.
  public static func neutralise(_ cell: String) -> String {
    startsFormula(cell) ? "'" + cell : cell
  }

  /// Whether the cell, once leading spaces and invisible characters are skipped, starts with a
  /// formula character (or a tab or line break).
  public static func startsFormula(_ cell: String) -> Bool {
    for scalar in cell.unicodeScalars {
      if isFormulaStarter(scalar) { return true }
      if isSkippable(scalar) { continue }
      return false
    }
    return false
  }

  static func isFormulaStarter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "=", "+", "-", "@", "\t", "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
      return true
    case "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": return true  // ＝ ＋ － ＠
    case "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}": return true  // ﹦ ﹢ ﹣ ﹫
    case "\u{2212}", "\u{2796}", "\u{2795}": return true  // − ➖ ➕
    default: return false
    }
  }

  /// Spaces and characters that draw nothing: white space of every kind, format characters
  /// (zero-width space, joiners, bidirectional marks, the byte order mark, soft hyphen) and
  /// other controls.
  static func isSkippable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint { return true }
    switch scalar.properties.generalCategory {
    case .format, .control, .spaceSeparator: return true
    default: return false
    }
  }
}
