import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Importing progress pages")
struct ImportPageTests {
  func options(_ id: String, kind: ReportKind? = nil, published: String? = nil) -> ImportOptions {
    ImportOptions(
      reportID: id, title: "Imported", service: "Staffordshire Fire and Rescue Service",
      published: published.flatMap(CalendarDate.init), kind: kind)
  }

  /// The same items in the same order, word for word, with statuses and ratings.
  func expectSameItems(_ imported: Report, _ sample: Report, numbers: Bool = false) {
    #expect(imported.items.count == sample.items.count)
    for (mine, theirs) in zip(imported.items, sample.items) {
      #expect(mine.kind == theirs.kind)
      #expect(mine.text == theirs.text, "\(theirs.label) text")
      #expect(mine.response == theirs.response, "\(theirs.label) response")
      #expect(mine.status == theirs.status, "\(theirs.label) status")
      #expect(mine.brag == theirs.brag, "\(theirs.label) brag")
      #expect(mine.section == theirs.section, "\(theirs.label) section")
      #expect(mine.audience == theirs.audience, "\(theirs.label) audience")
      if numbers { #expect(mine.number == theirs.number, "\(theirs.label) number") }
    }
  }

  @Test(
    "seed 000: 19 recommendations given their official numbers from the catalogue, deadlines from the text")
  func valuesAndCulture() throws {
    let sample = Samples.report("staffs-values-culture-2023")
    let result = PageImport.parse(
      Samples.seed("000"), options: options("v", kind: .spotlight, published: "2023-03-31"))
    expectSameItems(result.report, sample)
    for (mine, theirs) in zip(result.report.items, sample.items) {
      #expect(mine.timescale.written == theirs.timescale.written)
      #expect(mine.timescale.due == theirs.timescale.due, "\(theirs.label) due")
      #expect(mine.timescale.precision == theirs.timescale.precision)
    }
    #expect(result.report.items.map(\.id) == sample.items.map(\.id))
    #expect(result.report.items.map(\.number) == sample.items.map(\.number))
    #expect(result.messages.contains { $0.text.contains("19 recommendations recognised") })
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
    #expect(result.report.summary == sample.summary)
    #expect(result.report.source == sample.source)
  }

  @Test("seed 001: sections, On track → Green, only the service's deadlines")
  func misconduct() throws {
    let sample = Samples.report("staffs-misconduct-2024")
    let result = PageImport.parse(Samples.seed("001"), options: options("m", kind: .thematic))
    expectSameItems(result.report, sample)
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
    #expect(result.report.items.map(\.timescale) == sample.items.map(\.timescale))
    #expect(result.report.items[12].timescale.due == CalendarDate("2025-02-01"))
  }

  @Test("seed 003: areas for improvement, judgement areas and promising practice")
  func round3() throws {
    let sample = Samples.report("staffs-round3-2024")
    let result = PageImport.parse(Samples.seed("003"), options: options("r", kind: .inspection))
    expectSameItems(result.report, sample)
    #expect(result.report.items.map(\.id) == sample.items.map(\.id))
    #expect(result.report.items.map(\.label) == sample.items.map(\.label))
    #expect(result.report.judgements == sample.judgements)
    #expect(result.report.promisingPractice == sample.promisingPractice)
    #expect(result.report.summary == sample.summary)
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
  }

  @Test("other services' habits: numbered headings, other labels, dated entries, CRLF, blank lines")
  func tolerance() throws {
    let page = [
      "Our progress", "", "", "Recommendation 4:", "",
      "By 1 June 2023, chief fire officers should do a thing.", "", "Our response:",
      "We did some of it.", "April 2023: A survey went out.", "October 2023: Results are in.",
      "More results.", "Status: In progress", "", "Recommendation 7: Chief fire officers should do more.",
      "Progress: Started.", "Status", "Not started", "Area for improvement 2",
      "The service should improve.", "Action:", "[Insert update here]", "Status", "Completed",
      "Some stray remark.", "Recommendation", "Chief fire officers should do without a status.",
      "Action we have taken", "Nothing yet.",
    ].joined(separator: "\r\n")
    let result = PageImport.parse(page, options: options("t", published: "2023-03-31"))
    let items = result.report.items
    #expect(items.map(\.id) == ["rec-4", "rec-7", "afi-2", "rec-3"])
    #expect(items[0].number == 4)
    #expect(items[0].text == "By 1 June 2023, chief fire officers should do a thing.")
    #expect(items[0].timescale.due == CalendarDate("2023-06-01"))
    #expect(items[0].response == "We did some of it.")
    #expect(items[0].updates.map(\.period) == ["April 2023", "October 2023"])
    #expect(items[0].updates[1].text == "Results are in.\nMore results.")
    #expect(items[0].updates[1].date == CalendarDate("2023-10-31"))
    #expect(items[0].status == "In progress")
    #expect(items[0].brag == .unrated)
    #expect(items[1].text == "Chief fire officers should do more.")
    #expect(items[1].response == "Started.")
    #expect(items[1].status == "Not started")
    #expect(items[2].kind == .areaForImprovement)
    #expect(items[2].response == nil)
    #expect(items[2].status == "Completed")
    #expect(items[2].brag == .blue)
    #expect(items[3].status == nil)
    #expect(result.unplaced.map(\.line) == [22, 25])
    #expect(result.messages.contains { $0.line == 26 && $0.text.contains("no status") })
  }

  @Test(
    "an exported Markdown page imports back to the same items",
    arguments: [
      "staffs-values-culture-2023", "staffs-misconduct-2024", "staffs-round3-2024",
    ])
  func roundTrip(id: String) throws {
    let sample = Samples.report(id)
    let page = try PageExport.render(sample, format: .markdown, asAt: Samples.today)
    let result = PageImport.parse(
      page,
      options: ImportOptions(
        reportID: id, title: sample.title, service: sample.service, published: sample.published))
    expectSameItems(result.report, sample, numbers: true)
    #expect(result.report.items.map(\.id) == sample.items.map(\.id))
    #expect(result.report.judgements == sample.judgements)
    #expect(result.report.promisingPractice == sample.promisingPractice)
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
  }
}

extension ImportPageTests {
  @Test("a page with actions (exported from a plan): items and updates come in, each action line is reported")
  func pageWithActions() throws {
    let sample = Samples.report("mfrs-action-plan-2023")
    let page = try PageExport.render(sample, format: .markdown, asAt: Samples.today)
    let result = PageImport.parse(page, options: ImportOptions(reportID: sample.id, title: sample.title))
    #expect(result.report.items.map(\.id) == sample.items.map(\.id))
    #expect(result.report.items.map(\.text) == sample.items.map(\.text))
    #expect(result.report.items.map(\.requiredOutcomes) == sample.items.map(\.requiredOutcomes))
    #expect(result.report.items.map(\.status) == sample.items.map(\.status))
    #expect(result.report.items.map { $0.updates.map(\.text) } == sample.items.map { $0.updates.map(\.text) })
    #expect(result.unplaced.contains { $0.text.hasPrefix("AFI 1.1") && $0.line != nil })
  }
}

extension ImportPageTests {
  @Test("quarterly progress entries and a page with no items")
  func quarters() {
    let page = "Progress\nRecommendation 2\nChief fire officers should act.\nProgress\nQ2 2025: Half done.\n"
    let result = PageImport.parse(page, options: options("q"))
    let update = result.report.items.first?.updates.first
    #expect(update?.period == "Q2 2025")
    #expect(update?.date == TimescaleResolver.resolve("Q2 2025").due)
    #expect(update?.text == "Half done.")
    let empty = PageImport.parse("Nothing here\nat all", options: options("e"))
    #expect(empty.report.items.isEmpty)
    #expect(empty.messages.contains { $0.text.contains("no \"Recommendation\"") })
  }
}

extension ImportPageTests {
  @Test("a bare 'Area for improvement' heading starts an item, each time it appears")
  func bareAreaHeadings() {
    let page = (1...3).map { n in
      "Area for improvement\nThe service should do thing \(n).\nAction we have taken\nWe did it.\nStatus: On track"
    }
    let result = PageImport.parse("Our progress\n" + page.joined(separator: "\n"), options: options("r"))
    #expect(result.report.items.count == 3)
    #expect(result.report.items.map(\.status) == ["On track", "On track", "On track"])
    #expect(result.unplaced.isEmpty, "\(result.unplaced)")
  }
}

extension ImportPageTests {
  /// Royal Berkshire's index page as the browser saves it, link cells run together
  /// (https://www.rbfrs.co.uk/your-service/transparency-and-governance/values-and-culture-in-fire-and-rescue-services/).
  @Test("a table of links whose cells run together ('Recommendation 1Recommendation 21') makes no items")
  func linkCellsRunTogether() {
    let page =
      "Values and Culture\nList of Recommendations\nRecommendation 1Recommendation 21\nRecommendation 3Recommendation 22"
    let result = PageImport.parse(page, options: options("r"))
    #expect(result.report.items.isEmpty)
  }
}
