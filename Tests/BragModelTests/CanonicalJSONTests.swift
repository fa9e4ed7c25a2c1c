import BragSampleData
import BragTestSupport
import Foundation
import Testing

@testable import BragModel

@Suite("Canonical JSON encoder")
struct CanonicalJSONTests {
  /// Every string a data file may hold that an encoder could write differently.
  static let awkward =
    "quote \" backslash \\ slash / tab \t line\nreturn\r bell \u{07} escape \u{1B} nul \u{0} "
    + "unit \u{1F} del \u{7F} c1 \u{9B} line sep \u{2028} bidi \u{202E} é 𝄞 🔥 "

  static func compare(_ report: Report, _ name: String) throws {
    let fast = try ReportCoding.encode(report)
    let foundation = try ReportCoding.encodeWithFoundation(report)
    #expect(fast == foundation, "\(name): the canonical encoder and Foundation's differ")
  }

  @Test("writes the same bytes as Foundation's encoder for the sample data")
  func sampleData() throws {
    for (id, report) in Samples.reports { try Self.compare(report, id) }
  }

  @Test("writes the same bytes for a report with every field set")
  func everyField() throws {
    try Self.compare(UnknownFields.schemaSample, "schema sample")
  }

  @Test("writes the same bytes for strings with quotes, controls and non-ASCII text")
  func awkwardStrings() throws {
    var report = UnknownFields.schemaSample
    report.title = Self.awkward
    report.items[0].text = Self.awkward + Self.awkward
    report.items[0].owner = ""
    report.items[0].actions[0].text = String((0..<32).map { Character(Unicode.Scalar($0)!) })
    try Self.compare(report, "awkward strings")
    let decoded = try ReportCoding.decode(try ReportCoding.encode(report), file: "awkward.json")
    #expect(decoded == report)
  }

  @Test("orders keys as Foundation's sortedKeys: case ignored first, then bytes")
  func keyOrder() {
    let keys = ["owner", "b", "Owner", "a", "hmiPage", "history", "originalDue", "ab", "A"]
    let sorted = keys.sorted { CanonicalJSONWriter.keyOrder($0, $1) }
    #expect(sorted == ["A", "a", "ab", "b", "history", "hmiPage", "originalDue", "Owner", "owner"])
  }
}
