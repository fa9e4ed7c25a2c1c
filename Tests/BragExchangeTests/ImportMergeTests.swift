import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Re-importing into an existing report")
struct ImportMergeTests {
  let at = "2026-11-27T10:00:00Z"

  func page(_ id: String) -> Report {
    PageImport.parse(Samples.seed("001"), options: ImportOptions(reportID: id, title: "Misconduct")).report
  }

  @Test("the same source again changes nothing")
  func unchanged() {
    let report = page("m")
    let outcome = ImportMerge.merge(existing: report, imported: report, author: "ann", at: at)
    #expect(outcome.changes.isEmpty)
    #expect(outcome.report == report)
  }

  @Test("texts and statuses come from the source; what the board set by hand stays; history records it")
  func keepsBoardWork() throws {
    var existing = page("m")
    // The board's own work on rec-2 and rec-3.
    existing.items[1].brag = .red
    existing.items[1].history.append(
      HistoryEntry(at: "2026-01-01T00:00:00Z", author: "chair", field: "brag", before: "green", after: "red"))
    existing.items[1].updates.append(QuarterlyUpdate(period: "Q1 2026", date: nil, text: "Board note"))
    existing.items[1].revisedDue = DueRevision(due: CalendarDate("2027-03-31")!, reason: "legislation")
    existing.items[1].returnNarrative = "Narrative"
    existing.items[1].selfAssessment = .met
    existing.items[1].actions.append(Action(id: "a1", text: "Added on the board"))
    var source = existing
    source.items = page("m").items
    source.items[1].status = "Complete"
    source.items[1].brag = .blue
    source.items[2].status = "Complete"
    source.items[2].brag = .blue
    source.items[0].response = "A new response."
    let outcome = ImportMerge.merge(existing: existing, imported: source, author: "ann", at: at)
    let rec2 = outcome.report.items[1]
    #expect(rec2.status == "Complete")
    #expect(rec2.brag == .red)  // set by hand, kept
    #expect(rec2.updates.map(\.period) == ["Q1 2026"])
    #expect(rec2.revisedDue?.reason == "legislation")
    #expect(rec2.returnNarrative == "Narrative")
    #expect(rec2.selfAssessment == .met)
    #expect(rec2.actions.map(\.text) == ["Added on the board"])
    #expect(rec2.history.count == 2)
    #expect(rec2.history.last?.field == "status")
    #expect(rec2.history.last?.reason == "imported")
    let rec3 = outcome.report.items[2]
    #expect(rec3.brag == .blue)  // followed the status words, so follows them still
    #expect(rec3.history.map(\.field) == ["status", "brag"])
    #expect(outcome.report.items[0].response == "A new response.")
    #expect(outcome.changes.contains("rec-2: status: On track → Complete"))
    #expect(outcome.changes.count == 4)
  }

  @Test("new items are added, items the source lost are kept unless replacing")
  func addedAndMissing() {
    let existing = page("m")
    var source = existing
    source.items.removeLast()
    source.items.append(Item(id: "rec-16", kind: .recommendation, label: "Rec 16", text: "New."))
    let kept = ImportMerge.merge(existing: existing, imported: source, author: "ann", at: at)
    #expect(kept.report.items.count == 16)
    #expect(kept.changes.contains("rec-16: new recommendation"))
    #expect(kept.changes.contains("rec-15: kept (not in the source)"))
    let replaced = ImportMerge.merge(
      existing: existing, imported: source, author: "ann", at: at, dropMissing: true)
    #expect(replaced.report.items.count == 15)
    #expect(replaced.changes.contains("rec-15: removed (not in the source)"))
  }

  @Test("an item inserted on a page numbered by position is matched by its text, not its place")
  func matchByText() {
    let existing = page("m")
    var source = existing
    source.items.insert(Item(id: "rec-x", kind: .recommendation, label: "Rec x", text: "Inserted."), at: 0)
    let outcome = ImportMerge.merge(existing: existing, imported: source, author: "ann", at: at)
    #expect(outcome.changes == ["rec-x: new recommendation"])
  }
}
