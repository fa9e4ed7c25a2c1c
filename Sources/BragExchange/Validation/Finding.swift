import BragModel

/// One problem `brag validate` reports: where it is and what is wrong.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// The data is wrong: a file that does not load, an id used twice, a stored date that
    /// disagrees with its words, a link to nothing. `brag validate` exits non-zero.
    case error
    /// Worth a look before a return goes out: no date, a narrative too long, sensitive information.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
  }

  public var severity: Severity
  /// The data file, as the folder path joined with its name.
  public var file: String
  /// Line and column in the file, for files that do not load.
  public var line: Int?
  public var column: Int?
  /// What the problem is about: `report`, `report/item` or `report/item/action`; nil for a file
  /// that did not load.
  public var id: String?
  public var message: String

  public init(
    severity: Severity, file: String, line: Int? = nil, column: Int? = nil, id: String? = nil,
    message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.id = id
    self.message = message
  }

  /// A finding for a file that did not load, keeping its line, column and field.
  public init(_ failure: DataFileError) {
    var message = failure.message
    if let field = failure.fieldPath, !field.isEmpty { message = "at \(field): \(message)" }
    self.init(
      severity: .error, file: failure.file, line: failure.line, column: failure.column, message: message)
  }

  /// `file: id: error: message`, or `file:line:column: error: message` for a file that did not load.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    if let id { text += ": \(id)" }
    return text + ": \(severity.rawValue): " + SafeText.singleLine(message)
  }
}
