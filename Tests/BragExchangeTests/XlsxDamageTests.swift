import BragModel
import BragTestSupport
import Foundation
import Testing

@testable import BragExchange

/// Damaged workbooks — cut at every few hundred bytes, bytes overwritten, stored parts altered —
/// are refused with an error or read; the reader never crashes or hangs.
@Suite("Damaged .xlsx workbooks")
struct XlsxDamageTests {
  /// A small deterministic generator, so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static func outcome(_ data: Data) -> String {
    do {
      return
        "read \(try XLSXPlanImport.parse(data, sheet: nil, options: ImportOptions(reportID: "x", title: "X")).report.items.count)"
    } catch let error as XLSXError {
      return "refused: \(error)"
    } catch {
      return "refused: \(error)"
    }
  }

  @Test("cut short anywhere: refused")
  func truncated() throws {
    let whole = try XLSXWriter.workbook([PlanExport.table(Samples.report("mfrs-action-plan-2023"))])
    #expect(Self.outcome(whole) == "read 5")
    for length in stride(from: 0, to: whole.count, by: 97) {
      #expect(Self.outcome(whole.prefix(length)).hasPrefix("refused"), "cut at \(length)")
    }
  }

  @Test("bytes overwritten at random: read or refused, never a crash or a hang")
  func overwritten() throws {
    // Stored (not deflated) parts, so changed bytes reach the XML and not only the inflater.
    let table = PlanExport.table(Samples.report("mfrs-action-plan-2023"))
    let parts = [
      ("[Content_Types].xml", XLSXWriter.contentTypes(sheets: 1)),
      ("_rels/.rels", XLSXWriter.packageRelationships),
      ("xl/workbook.xml", XLSXWriter.workbookPart(["Plan"], ranges: [XLSXWriter.range(table)])),
      ("xl/_rels/workbook.xml.rels", XLSXWriter.workbookRelationships(sheets: 1)),
      ("xl/styles.xml", XLSXWriter.styles), ("xl/worksheets/sheet1.xml", XLSXWriter.sheet(table)),
    ]
    var generator = Generator(state: 11)
    for round in 0..<250 {  // 3,000 passed when this was written; 250 keep the suite quick
      var data = [UInt8](try XLSXWriter.workbook([table]))
      for _ in 0..<Int.random(in: 1...8, using: &generator) {
        data[Int.random(in: 0..<data.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
      }
      _ = Self.outcome(Data(data))
      // The same damage inside a part's text.
      var part = Array(parts[round % parts.count].1.utf8)
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        part[Int.random(in: 0..<part.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
      }
      var damaged = parts.map { ($0.0, Data($0.1.utf8)) }
      damaged[round % parts.count].1 = Data(part)
      _ = Self.outcome(try XLSXWriter.zip(damaged))
    }
  }

  @Test("a sheet that would spread over too many cells is refused")
  func tooLarge() throws {
    let rows =
      #"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>"#
      + #"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>y</t></is></c></row>"#
    let data = try XlsxFixture.workbook([
      XlsxFixture.Sheet(
        name: "Big", rows: rows, after: #"<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>"#)
    ])
    #expect(Self.outcome(data).contains("sheet 'Big': spreads over more than"))
  }
}
