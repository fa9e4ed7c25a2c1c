import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Importing action plans")
struct ImportPlanTests {
  static func resource(_ name: String) -> Data {
    let folder = Bundle.module.url(forResource: "Golden", withExtension: nil)!
    return try! Data(contentsOf: folder.appendingPathComponent("import").appendingPathComponent(name))
  }

  let options = ImportOptions(
    reportID: "mfrs", title: "HMICFRS Report 2023 Action Plan", service: "Merseyside Fire and Rescue Service")

  /// Items, actions (texts, owners, timescales as written, notes) and updates as the sample data has them.
  static func expectSamePlan(_ imported: Report, _ sample: Report, updates: Bool = true) {
    #expect(imported.items.count == sample.items.count)
    for (mine, theirs) in zip(imported.items, sample.items) {
      #expect(mine.id == theirs.id)
      #expect(mine.label == theirs.label)
      #expect(mine.kind == theirs.kind)
      #expect(mine.text == theirs.text, "\(theirs.id) text")
      #expect(mine.hmiPage == theirs.hmiPage, "\(theirs.id) page")
      #expect(mine.requiredOutcomes == theirs.requiredOutcomes, "\(theirs.id) outcomes")
      #expect(mine.audience == theirs.audience, "\(theirs.id) audience")
      #expect(mine.status == theirs.status)
      #expect(mine.brag == theirs.brag)
      #expect(mine.actions.count == theirs.actions.count, "\(theirs.id) actions")
      for (a, b) in zip(mine.actions, theirs.actions) {
        #expect(a.id == b.id)
        #expect(a.text == b.text, "\(theirs.id)/\(b.id) text")
        #expect(a.owner == b.owner, "\(theirs.id)/\(b.id) owner")
        #expect(a.timescale == b.timescale, "\(theirs.id)/\(b.id) timescale")
        #expect(a.notes == b.notes, "\(theirs.id)/\(b.id) notes")
        #expect(a.status == b.status, "\(theirs.id)/\(b.id) status")
        #expect(a.brag == b.brag, "\(theirs.id)/\(b.id) brag")
      }
      if updates {
        #expect(mine.updates.map(\.period) == theirs.updates.map(\.period), "\(theirs.id) update period")
        #expect(mine.updates.map(\.date) == theirs.updates.map(\.date))
        #expect(mine.updates.map(\.text) == theirs.updates.map(\.text), "\(theirs.id) update text")
      }
    }
  }

  @Test("seed 004 as an Excel CSV (BOM, CRLF, HTML cells) imports to the sample action plan")
  func csv() throws {
    let text = ImportText.decode(Self.resource("mfrs-action-plan.csv"))
    let result = try PlanImport.parse(text, options: options)
    Self.expectSamePlan(result.report, Samples.report("mfrs-action-plan-2023"))
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
  }
}

extension ImportPlanTests {
  @Test("the same CSV saved by Excel as Windows-1252 with CRLF reads the same")
  func windows1252() throws {
    let utf8 = ImportText.decode(Self.resource("mfrs-action-plan.csv"))
    let legacy = try #require(utf8.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252))
    let result = try PlanImport.parse(ImportText.decode(legacy), options: options)
    Self.expectSamePlan(result.report, Samples.report("mfrs-action-plan-2023"))
  }

  @Test("other header names through --map, loose matching, HTML lists")
  func mapped() throws {
    let csv = """
      AFI,Finding,Lead officer,What we will do,Due by,RAG
      1,The service should do X.,Prevention,"<ul><li>First</li><li>Second &amp; more</li></ul>",Q2 2025,Green
      ,,,"Another step",,
      2,"<p>The service should do Y.</p>",Protection,<ol><li>One</li></ol><p>Two</p>,<p>Mar 2025</p><p>Ongoing</p>,
      """
    let map = try PlanImport.parseMap("Lead officer=owner, What we will do=actions, Due by=timescale")
    let result = try PlanImport.parse(csv, options: options, map: map)
    let items = result.report.items
    #expect(items.map(\.id) == ["afi-1", "afi-2"])
    #expect(items[0].actions.map(\.text) == ["- First\n- Second & more", "Another step"])
    #expect(items[0].actions[0].owner == "Prevention")
    #expect(items[0].actions[1].owner == "Prevention")
    #expect(items[0].actions[0].brag == .green)
    #expect(items[0].actions[0].timescale.due == CalendarDate("2025-09-30"))
    #expect(items[1].actions.map(\.text) == ["- One", "Two"])
    #expect(items[1].actions.map(\.timescale.written) == ["Mar 2025", "Ongoing"])
    #expect(throws: PlanImport.PlanError.self) { try PlanImport.parseMap("Lead officer") }
    #expect(throws: PlanImport.PlanError.noHeader) {
      try PlanImport.parse("a,b\n1,2\n", options: options)
    }
  }

  @Test("seed 004 as the text it is: rows placed, page headers skipped, the rest reported with lines")
  func seedText() throws {
    let sample = Samples.report("mfrs-action-plan-2023")
    let result = try PlanImport.parse(ImportText.decode(Data(Samples.seed("004").utf8)), options: options)
    let items = result.report.items
    #expect(items.map(\.id) == sample.items.map(\.id))
    #expect(items.map(\.text) == sample.items.map(\.text))
    #expect(items.map(\.requiredOutcomes) == sample.items.map(\.requiredOutcomes))
    #expect(items.map(\.hmiPage) == sample.items.map(\.hmiPage))
    for (mine, theirs) in zip(items, sample.items) {
      #expect(mine.actions.map(\.text) == theirs.actions.map(\.text), "\(theirs.id)")
      #expect(mine.actions.map(\.timescale) == theirs.actions.map(\.timescale), "\(theirs.id)")
      #expect(mine.actions.map(\.owner) == theirs.actions.map(\.owner), "\(theirs.id)")
      #expect(mine.updates.map(\.period) == theirs.updates.map(\.period), "\(theirs.id)")
    }
    // Each update starts as the sample's does, continuation lines included.
    for (mine, theirs) in zip(items, sample.items) {
      let text = try #require(mine.updates.first?.text)
      let expected = try #require(theirs.updates.first?.text)
      #expect(text == expected, "\(theirs.id) update")
    }
    #expect(result.unplaced.allSatisfy { $0.line != nil })
  }
}
