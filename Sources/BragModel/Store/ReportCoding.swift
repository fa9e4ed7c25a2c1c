import Foundation

/// Reading and writing one report's data file: the only place that knows the on-disk JSON form.
public enum ReportCoding {
  /// Pretty-printed, keys sorted, UTF-8, with a trailing newline: stable bytes for stable diffs.
  public static func encode(_ report: Report) throws -> Data {
    Data(try CanonicalJSONEncoder.encode(ReportDocument(report: report)))
  }

  /// The canonical form by way of Foundation's encoder, as `CanonicalJSONTests` compares.
  static func encodeWithFoundation(_ report: Report) throws -> Data {
    Data(JSONLayout.pretty([UInt8](try encodeCompact(report))))
  }

  static func encodeCompact(_ report: Report) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(ReportDocument(report: report))
  }

  /// Decodes a data file, or throws a ``DataFileError`` naming the line, column and field.
  public static func decode(_ data: Data, file: String) throws(DataFileError) -> Report {
    let document: ReportDocument
    let plain = plainDecode(data)
    do {
      document = try plain ?? JSONDecoder().decode(ReportDocument.self, from: data)
    } catch let error as DecodingError {
      throw describe(error, data: data, file: file)
    } catch {
      throw DataFileError(file: file, message: "cannot be read: \(error.localizedDescription)")
    }
    func failure(at path: [JSONLocator.PathComponent], _ message: String) -> DataFileError {
      let bytes = [UInt8](data)
      let offset = JSONLocator.offset(of: path, in: bytes) ?? 0
      let place = JSONLocator.lineAndColumn(of: offset, in: bytes)
      return DataFileError(
        file: file, line: place.line, column: place.column, fieldPath: UnknownFields.describe(path),
        message: message)
    }
    guard document.format <= ReportDocument.currentFormat else {
      throw failure(
        at: [.key("format")],
        "format \(document.format) is newer than this version of brag understands "
          + "(\(ReportDocument.currentFormat)); upgrade brag to read it")
    }
    guard document.format >= 1 else {
      throw failure(
        at: [.key("format")], "format \(document.format) is not a data file format; it should be 1")
    }
    if plain == nil, let unknown = UnknownFields.first(in: [UInt8](data)) {
      throw failure(
        at: unknown.path,
        "'\(UnknownFields.describe([unknown.path.last!]))' is not a field brag knows (a misspelling?); "
          + "fix or remove it, since saving would otherwise drop it")
    }
    return document.report
  }

  /// The quick path for plain files with no unknown field; nil sends the bytes to Foundation and
  /// the unknown-field scan, which word every error.
  static func plainDecode(_ data: Data) -> ReportDocument? {
    return data.withUnsafeBytes { raw in
      guard let tree = PlainJSONParser.parse(raw.bindMemory(to: UInt8.self), schema: UnknownFields.schema)
      else { return nil }
      return try? PlainJSONDecoder.decode(ReportDocument.self, from: tree)
    }
  }

  private static func describe(_ error: DecodingError, data: Data, file: String) -> DataFileError {
    let bytes = [UInt8](data)
    if let syntax = JSONLocator.firstSyntaxError(in: bytes) {
      let place = JSONLocator.lineAndColumn(of: syntax.offset, in: bytes)
      guard syntax.isJSONSyntax else {
        return DataFileError(
          file: file, line: place.line, column: place.column, fieldPath: UnknownFields.describe(syntax.path),
          message: syntax.message)
      }
      return DataFileError(
        file: file, line: place.line, column: place.column,
        message: "is not valid JSON: \(syntax.message); fix the file by hand or restore it from a backup")
    }
    let (path, message): ([CodingKey], String) =
      switch error {
      case .typeMismatch(let type, let context):
        (context.codingPath, "expected \(describe(type)); \(detail(context))")
      case .valueNotFound(let type, let context):
        (context.codingPath, "a value (\(describe(type))) is required here")
      case .keyNotFound(let key, let context):
        (
          context.codingPath,
          "the required field '\(key.stringValue)' is missing"
            + (UnknownFields.first(in: bytes).map {
              "; the unknown field '\(UnknownFields.describe([$0.path.last!]))' at \(UnknownFields.describe($0.path)) may be it misspelt"
            } ?? "")
        )
      case .dataCorrupted(let context):
        (context.codingPath, detail(context))
      @unknown default:
        ([], "\(error)")
      }
    let components = path.map { key -> JSONLocator.PathComponent in
      if let index = key.intValue { .index(index) } else { .key(key.stringValue) }
    }
    let offset = JSONLocator.offset(of: components, in: bytes) ?? 0
    let place = JSONLocator.lineAndColumn(of: offset, in: bytes)
    return DataFileError(
      file: file, line: place.line, column: place.column, fieldPath: fieldPath(path),
      message: message)
  }

  /// "report.items[3].brag" for a coding path.
  static func fieldPath(_ path: [CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text in double quotes"
    case is Int.Type: "a whole number"
    case is Bool.Type: "true or false"
    default: "\(type)".lowercased().contains("array") ? "a list [...]" : "an object {...}"
    }
  }

  private static func detail(_ context: DecodingError.Context) -> String {
    let text = context.debugDescription
    // Foundation describes a bad enum value as "Cannot initialize BRAG from invalid String value purple".
    if text.hasPrefix("Cannot initialize "), let range = text.range(of: " from invalid ") {
      let typeName = text[text.index(text.startIndex, offsetBy: 18)..<range.lowerBound]
      let allowed = allowedValues(String(typeName))
      return "\(text[range.upperBound...]) is not allowed" + (allowed.map { "; use one of \($0)" } ?? "")
    }
    return text
  }

  private static func allowedValues(_ typeName: String) -> String? {
    func list<T: CaseIterable & RawRepresentable>(_: T.Type) -> String where T.RawValue == String {
      T.allCases.map(\.rawValue).joined(separator: ", ")
    }
    switch typeName {
    case "BRAG": return list(BRAG.self)
    case "ItemKind": return list(ItemKind.self)
    case "ReportKind": return list(ReportKind.self)
    case "DuePrecision": return list(DuePrecision.self)
    case "SelfAssessment": return list(SelfAssessment.self)
    default: return nil
    }
  }
}
