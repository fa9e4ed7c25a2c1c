import Foundation

/// A data file that could not be read, with where and why, in words a person can act on.
public struct DataFileError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The file's path as the user gave it (relative paths stay relative).
  public var file: String
  public var line: Int?
  public var column: Int?
  /// The field's path inside the JSON ("report.items[3].brag"), when the JSON is valid but a value is wrong.
  public var fieldPath: String?
  public var message: String

  public init(file: String, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.fieldPath = fieldPath
    self.message = message
  }

  /// `file:line:column: at field: message`, the form editors and terminals recognise.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    text += ": "
    if let fieldPath, !fieldPath.isEmpty { text += "at \(fieldPath): " }
    return text + message
  }
}
