import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Exporting action plans")
struct PlanExportTests {
  @Test(
    "an exported plan imports back to the same items, actions and updates",
    arguments: PlanExport.Format.allCases)
  func roundTrip(format: PlanExport.Format) throws {
    let sample = Samples.report("mfrs-action-plan-2023")
    let text = try PlanExport.render(sample, format: format)
    #expect(text.hasPrefix("\u{FEFF}Ref. No."))
    let result = try PlanImport.parse(
      ImportText.decode(Data(text.utf8)), options: ImportOptions(reportID: sample.id, title: sample.title))
    ImportPlanTests.expectSamePlan(result.report, sample)
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
  }

  @Test(
    "recommendations without actions round-trip with their numbers", arguments: PlanExport.Format.allCases)
  func recommendations(format: PlanExport.Format) throws {
    let sample = Samples.report("staffs-values-culture-2023")
    let text = try PlanExport.render(sample, format: format)
    let result = try PlanImport.parse(
      ImportText.decode(Data(text.utf8)), options: ImportOptions(reportID: sample.id, title: sample.title))
    #expect(result.report.items.map(\.id) == sample.items.map(\.id))
    #expect(result.report.items.map(\.number) == sample.items.map(\.number))
    #expect(result.report.items.map(\.text) == sample.items.map(\.text))
  }

  @Test("cells that a spreadsheet would run as a formula are neutralised")
  func formulas() throws {
    var report = Report(id: "x", title: "X", kind: .actionPlan)
    report.items = [
      Item(
        id: "afi-1", kind: .areaForImprovement, label: "AFI 1", text: "=HYPERLINK(\"http://x\")",
        actions: [Action(id: "a1", text: "-1+2", owner: "@team")])
    ]
    let text = try PlanExport.render(report, format: .csv)
    #expect(!text.contains(",=") && !text.contains(",-") && !text.contains(",@"))
    let back = try PlanImport.parse(
      ImportText.decode(Data(text.utf8)), options: .init(reportID: "x", title: "X"))
    #expect(back.report.items.first?.text == "=HYPERLINK(\"http://x\")")
    #expect(back.report.items.first?.actions.first?.text == "-1+2")
    #expect(back.report.items.first?.actions.first?.owner == "@team")
  }
}
