import BragModel
import Foundation
import Testing

/// Faults that Foundation's decoder reports without a place: each one found at its byte.
@Suite("Data file errors point at the fault")
struct DataFileLocationTests {
  /// A valid file with `number` as item 1's number and `text` (raw bytes) inside its text.
  static func file(number: String = "3", text: [UInt8] = Array("x".utf8)) -> Data {
    let head =
      "{\n  \"format\": 1,\n  \"report\": {\n    \"id\": \"r\", \"title\": \"T\", \"kind\": \"other\",\n"
      + "    \"items\": [\n      {\"id\": \"a\", \"kind\": \"recommendation\", \"label\": \"Rec 1\", \"timescale\": {\"precision\": \"missing\"},\n"
      + "       \"selfAssessment\": \"not-assessed\", \"brag\": \"unrated\",\n"
      + "       \"number\": \(number), \"text\": \"ab"
    let tail = "\"}\n    ]\n  }\n}\n"
    return Data(Array(head.utf8) + text + Array(tail.utf8))
  }

  func failure(_ data: Data) throws -> DataFileError {
    do {
      _ = try ReportCoding.decode(data, file: "r.json")
    } catch {
      return error
    }
    Issue.record("decoded")
    throw CancellationError()
  }

  @Test("the template is valid")
  func valid() throws {
    #expect(try ReportCoding.decode(Self.file(), file: "r.json").items.first?.number == 3)
  }

  @Test("invalid UTF-8 inside a string: the offending byte")
  func invalidUTF8() throws {
    let e = try failure(Self.file(text: [0x63, 0xFF, 0x64]))
    #expect("\(e.line!):\(e.column!)" == "8:33", "\(e)")
    #expect(e.message.contains("0xFF is not valid UTF-8") && e.message.contains("saved as UTF-8"))
    // A truncated sequence and an encoded surrogate are refused the same way.
    #expect(try failure(Self.file(text: [0xC3])).column == 32)
    let surrogate = try failure(Self.file(text: [0xED, 0xA0, 0x80]))
    #expect(surrogate.column == 32 && surrogate.message.contains("0xED"))
  }

  @Test("1e999: the number, said to be too large")
  func hugeExponent() throws {
    let e = try failure(Self.file(number: "1e999"))
    #expect("\(e.line!):\(e.column!)" == "8:18", "\(e)")
    #expect(e.fieldPath == "report.items[0].number")
    #expect(e.message.contains("1e999 is too large"))
  }

  @Test("a 30-digit integer: the number, said to be too large")
  func thirtyDigits() throws {
    let e = try failure(Self.file(number: String(repeating: "9", count: 30)))
    #expect("\(e.line!):\(e.column!)" == "8:18", "\(e)")
    #expect(e.fieldPath == "report.items[0].number")
    #expect(e.message.contains("too large") && e.message.contains("at most 18 digits"))
  }

  @Test("1.5 where a whole number belongs")
  func fraction() throws {
    let e = try failure(Self.file(number: "1.5"))
    #expect("\(e.line!):\(e.column!)" == "8:18", "\(e)")
    #expect(e.fieldPath == "report.items[0].number")
    #expect(e.message.hasPrefix("1.5 is not a whole number"))
    #expect(e.description.hasPrefix("r.json:8:18: at report.items[0].number: 1.5 is not a whole number"))
  }

  @Test("01: a leading zero")
  func leadingZero() throws {
    let e = try failure(Self.file(number: "01"))
    #expect("\(e.line!):\(e.column!)" == "8:18", "\(e)")
    #expect(e.message.contains("01 starts with 0") && e.message.contains("write 1"))
  }

  @Test("a lone surrogate \\ud800: the escape")
  func loneSurrogate() throws {
    let e = try failure(Self.file(text: Array("c\\ud800d".utf8)))
    #expect("\(e.line!):\(e.column!)" == "8:33", "\(e)")
    #expect(e.message.contains("\\ud800 is half of a surrogate pair"))
    let low = try failure(Self.file(text: Array("\\udc00".utf8)))
    #expect(low.column == 32)
    let unpaired = try failure(Self.file(text: Array("\\ud83d\\u0041".utf8)))
    #expect(unpaired.column == 32)
    // A whole pair is a character.
    let pair = try ReportCoding.decode(Self.file(text: Array("\\ud83d\\ude00".utf8)), file: "r.json")
    #expect(pair.items.first?.text == "ab😀")
  }
}
