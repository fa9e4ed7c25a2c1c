import BragTestSupport
import Foundation
import Testing

@testable import BragModel

@Suite("Plain JSON decoder")
struct PlainJSONDecoderTests {
  static func foundation(_ data: Data) throws -> ReportDocument {
    try JSONDecoder().decode(ReportDocument.self, from: data)
  }

  @Test("decodes the sample data, a report with every field and awkward strings as Foundation does")
  func agreesWithFoundation() throws {
    var awkward = UnknownFields.schemaSample
    awkward.title = CanonicalJSONTests.awkward
    awkward.items[0].text = String((0..<32).map { Character(Unicode.Scalar($0)!) }) + "\u{10FFFF}"
    let reports = Samples.reports.values.sorted { $0.id < $1.id } + [UnknownFields.schemaSample, awkward]
    for report in reports {
      for data in [try ReportCoding.encode(report), try ReportCoding.encodeCompact(report)] {
        let plain = try #require(ReportCoding.plainDecode(data), "the quick path gave up on \(report.id)")
        #expect(plain == (try Self.foundation(data)))
        #expect(plain.report == report)
      }
    }
  }

  /// Hand-written variants of a valid file: escapes, spacing, a byte-order mark, a repeated key.
  @Test("reads escapes, surrogate pairs, a BOM and a repeated key as Foundation does")
  func variants() throws {
    let base = String(
      decoding: try ReportCoding.encodeCompact(Samples.reports.values.sorted { $0.id < $1.id }[0]),
      as: UTF8.self)
    let title = "\"title\":"
    let variants = [
      base.replacingOccurrences(
        of: title, with: title + "\"\\ud83d\\udd25 \\u00e9\\/\\b\\f\\n\\r\\t\\\"\\\\\",\"x-title\":"),
      "\u{FEFF}" + base,
      " \n\t\r" + base.replacingOccurrences(of: ",", with: " ,\n ") + " \n",
      base.replacingOccurrences(of: "{\"format\":1,", with: "{\"format\":1,\"format\":2,"),
    ]
    for variant in variants {
      let data = Data(variant.utf8)
      let expected = try? Self.foundation(data)
      let plain = ReportCoding.plainDecode(data)
      if let plain { #expect(plain == expected, "differs from Foundation: \(variant.prefix(120))") }
    }
    #expect(ReportCoding.plainDecode(Data(("\u{FEFF}" + base).utf8)) != nil)
  }

  /// What the quick path must leave to Foundation, which accepts some and words the error for the rest.
  @Test("gives up on numbers with fractions, lone surrogates, raw controls, invalid UTF-8 and trailing text")
  func givesUp() throws {
    let base = String(
      decoding: try ReportCoding.encodeCompact(Samples.reports.values.sorted { $0.id < $1.id }[0]),
      as: UTF8.self)
    let cases: [String] = [
      base.replacingOccurrences(of: "\"format\":1", with: "\"format\":1.0"),
      base.replacingOccurrences(of: "\"format\":1", with: "\"format\":1e0"),
      base.replacingOccurrences(of: "\"format\":1", with: "\"format\":01"),
      base.replacingOccurrences(of: "\"format\":1", with: "\"format\":1000000000000000000000000000000"),
      base.replacingOccurrences(of: "\"title\":\"", with: "\"title\":\"\\ud800"),
      base.replacingOccurrences(of: "\"title\":\"", with: "\"title\":\"\\udc00"),
      base.replacingOccurrences(of: "\"title\":\"", with: "\"title\":\"\t"),
      base.replacingOccurrences(of: "\"title\":\"", with: "\"title\":\"\\x"),
      base + " x",
      String(base.dropLast()),
      "",
    ]
    for text in cases {
      #expect(ReportCoding.plainDecode(Data(text.utf8)) == nil, "accepted: \(text.prefix(80))")
    }
    var invalid = Data(base.utf8)
    invalid.insert(
      contentsOf: [0xC3, 0x28], at: invalid.firstRange(of: Data("\"title\":\"".utf8))!.upperBound)
    #expect(ReportCoding.plainDecode(invalid) == nil)
    // Foundation still decides: 1.0 is a whole number to it, and the file loads.
    let fraction = Data(cases[0].utf8)
    #expect((try? ReportCoding.decode(fraction, file: "f.json")) != nil)
  }
}

@Suite("Plain JSON decoder and unknown fields")
struct PlainJSONUnknownFieldTests {
  @Test("gives up at a key the format does not know, so the scan reports it; a null one is absent")
  func unknownKeys() throws {
    let base = String(
      decoding: try ReportCoding.encodeCompact(Samples.reports.values.sorted { $0.id < $1.id }[0]),
      as: UTF8.self)
    let misspelt = base.replacingOccurrences(of: "\"title\":", with: "\"titel\":\"x\",\"title\":")
    #expect(ReportCoding.plainDecode(Data(misspelt.utf8)) == nil)
    #expect(throws: DataFileError.self) { try ReportCoding.decode(Data(misspelt.utf8), file: "m.json") }
    let nulled = base.replacingOccurrences(of: "\"title\":", with: "\"titel\":null,\"title\":")
    #expect(ReportCoding.plainDecode(Data(nulled.utf8)) != nil)
    #expect((try? ReportCoding.decode(Data(nulled.utf8), file: "n.json")) != nil)
  }
}

@Suite("Plain JSON decoder: deep nesting")
struct PlainJSONDepthTests {
  @Test("a file nested far too deep is refused with an error, never a crash; the quick path gives up at 512")
  func deepNesting() throws {
    let base = String(
      decoding: try ReportCoding.encodeCompact(Samples.reports.values.sorted { $0.id < $1.id }[0]),
      as: UTF8.self)
    for depth in [600, 100_000] {
      let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      let text = base.replacingOccurrences(of: "\"items\":[", with: "\"items\":[\(nested),")
      #expect(ReportCoding.plainDecode(Data(text.utf8)) == nil)
      #expect(throws: DataFileError.self) { try ReportCoding.decode(Data(text.utf8), file: "deep.json") }
    }
  }
}
