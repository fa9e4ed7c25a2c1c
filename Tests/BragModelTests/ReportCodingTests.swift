import BragModel
import BragSampleData
import BragTestSupport
import Foundation
import Testing

@Suite("Data file coding")
struct ReportCodingTests {
  @Test("every sample file is in canonical form: decoding and encoding gives the same bytes")
  func canonicalRoundTrip() throws {
    for file in BragSampleDataFiles.all {
      let report = try ReportCoding.decode(Data(file.bytes), file: file.name)
      let encoded = try ReportCoding.encode(report)
      let same = Array(encoded) == file.bytes
      if !same && ProcessInfo.processInfo.environment["BRAG_RECORD"] == "1" {
        try encoded.write(to: Repository.fixtures.appendingPathComponent(file.name))
        continue
      }
      #expect(same, "\(file.name) is not in canonical form; run BRAG_RECORD=1 swift test to rewrite it")
    }
  }

  @Test("the encoded form: format version first, sorted keys, two-space indent, trailing newline")
  func encodedShape() throws {
    let report = Report(id: "r", title: "T", kind: .other)
    let text = String(decoding: try ReportCoding.encode(report), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"format\": 1,\n  \"report\": {\n"))
    #expect(text.contains("\"items\": []"))
    #expect(text.hasSuffix("}\n"))
  }

  @Test("a syntax error names the line and column")
  func syntaxError() {
    let text =
      "{\n  \"format\": 1,\n  \"report\": {\n    \"id\": \"r\",\n    \"title\": \"T\" \"kind\": \"other\"\n  }\n}\n"
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "data/r.json")
    } throws: { error in
      let e = error as! DataFileError
      return e.file == "data/r.json" && e.line == 5 && e.column == 18
        && e.description.hasPrefix("data/r.json:5:18: is not valid JSON: expected ',' or '}'")
    }
  }

  @Test("an unterminated file says so")
  func truncated() {
    let text = "{\n  \"format\": 1,\n  \"report\": {\n    \"id\": \"r"
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    } throws: { error in
      (error as! DataFileError).description.contains("closing '\"' is missing")
    }
  }

  @Test("a wrong value names the field's path, line and column, and the allowed values")
  func wrongValue() {
    let text = """
      {
        "format": 1,
        "report": {
          "id": "r", "title": "T", "kind": "other",
          "items": [
            {"id": "a", "kind": "recommendation", "label": "Rec 1", "text": "x",
             "timescale": {"precision": "missing"}, "selfAssessment": "not-assessed",
             "brag": "purple"}
          ]
        }
      }
      """
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    } throws: { error in
      let e = error as! DataFileError
      return e.fieldPath == "report.items[0].brag" && e.line == 8 && e.column == 16
        && e.message.contains("purple") && e.message.contains("blue, red, amber, green, unrated")
    }
  }

  @Test("a missing required field is named")
  func missingField() {
    let text = "{\"format\": 1, \"report\": {\"id\": \"r\", \"kind\": \"other\"}}"
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    } throws: { error in
      let e = error as! DataFileError
      return e.fieldPath == "report" && e.message.contains("'title' is missing")
    }
  }

  @Test("a bad date names the field")
  func badDate() {
    let text =
      "{\"format\": 1, \"report\": {\"id\": \"r\", \"title\": \"T\", \"kind\": \"other\", \"published\": \"31/03/2023\"}}"
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    } throws: { error in
      let e = error as! DataFileError
      return e.fieldPath == "report.published" && e.message.contains("YYYY-MM-DD") && e.column == 81
    }
  }

  @Test("a file from a newer brag is refused, not misread")
  func newerFormat() {
    let text = "{\"format\": 99, \"report\": {\"id\": \"r\", \"title\": \"T\", \"kind\": \"other\"}}"
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    } throws: { error in
      (error as! DataFileError).message.contains("upgrade brag")
    }
  }

  @Test("lists may be left out of hand-written files")
  func defaultLists() throws {
    let text =
      "{\"format\": 1, \"report\": {\"id\": \"r\", \"title\": \"T\", \"kind\": \"other\", \"items\": [{\"id\": \"a\", \"kind\": \"recommendation\", \"label\": \"Rec 1\", \"text\": \"x\", \"timescale\": {\"precision\": \"missing\"}, \"selfAssessment\": \"met\", \"brag\": \"green\"}]}}"
    let report = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    #expect(report.items[0].actions.isEmpty)
    #expect(report.judgements.isEmpty)
  }
}

enum BragSampleDataFiles {
  static var all: [(name: String, bytes: [UInt8])] { SampleData.files }
}

@Suite("Nothing typed by hand is silently dropped")
struct UnknownFieldTests {
  @Test("a misspelt field is refused with its path, line and column")
  func misspeltField() {
    let text = """
      {
        "format": 1,
        "report": {
          "id": "r", "title": "T", "kind": "other",
          "items": [
            {"id": "a", "kind": "recommendation", "label": "Rec 1", "text": "x",
             "timescale": {"precision": "missing"}, "selfAssessment": "not-assessed",
             "brag": "green", "stauts": "On track"}
          ]
        }
      }
      """
    #expect {
      _ = try ReportCoding.decode(Data(text.utf8), file: "r.json")
    } throws: { error in
      let e = error as! DataFileError
      return e.fieldPath == "report.items[0].stauts" && e.line == 8
        && e.message.contains("'stauts' is not a field")
    }
  }

  @Test("an explicit null for an optional field is fine; format 0 is not")
  func nullAndFormat() throws {
    let withNull =
      "{\"format\": 1, \"report\": {\"id\": \"r\", \"title\": \"T\", \"kind\": \"other\", \"service\": null}}"
    #expect(try ReportCoding.decode(Data(withNull.utf8), file: "r.json").service == nil)
    let zero = "{\"format\": 0, \"report\": {\"id\": \"r\", \"title\": \"T\", \"kind\": \"other\"}}"
    #expect(throws: DataFileError.self) { try ReportCoding.decode(Data(zero.utf8), file: "r.json") }
  }
}

@Suite("The schema sample")
struct SchemaSampleTests {
  /// Every optional set and every list non-empty, all the way down.
  func emptyParts(of value: Any, path: String) -> [String] {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
      guard let child = mirror.children.first else { return [path] }
      return emptyParts(of: child.value, path: path)
    }
    if mirror.displayStyle == .collection {
      if mirror.children.isEmpty { return [path] }
      return mirror.children.flatMap { emptyParts(of: $0.value, path: path + "[]") }
    }
    if mirror.displayStyle == .struct {
      return mirror.children.flatMap { emptyParts(of: $0.value, path: path + "." + ($0.label ?? "?")) }
    }
    return []
  }

  @Test("the sample that defines the known fields sets every field")
  func complete() {
    #expect(emptyParts(of: UnknownFieldsProbe.sample, path: "report") == [])
  }
}
