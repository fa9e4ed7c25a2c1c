import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Owners")
struct OwnerChangeTests {
  let at = "2026-11-27T10:00:00Z"

  @Test("an item's owner is stored, read back, and optional: left out of the file when none")
  func itemOwnerRoundTrips() throws {
    var report = Samples.report("staffs-misconduct-2024")
    report.items[1].owner = "Head of People"
    let data = try ReportCoding.encode(report)
    #expect(String(decoding: data, as: UTF8.self).contains("\"owner\": \"Head of People\""))
    let decoded = try ReportCoding.decode(data, file: "staffs-misconduct-2024.json")
    #expect(decoded.items[1].owner == "Head of People")
    #expect(decoded.items[0].owner == nil)
    let plain = try ReportCoding.encode(Samples.report("staffs-misconduct-2024"))
    #expect(!String(decoding: plain, as: UTF8.self).contains("\"owner\""))
  }

  @Test("setting an owner records before, after and reason, and its inverse puts the old one back")
  func ownerChangeAndInverse() throws {
    var report = Samples.report("mfrs-action-plan-2023")
    let item = RowID(report: report.id, item: "afi-2")
    let action = RowID(report: report.id, item: "afi-2", action: "a1")
    let setItem = try report.apply(.owner("Pat Smith", reason: nil), to: item, author: "Chair", at: at)
    #expect(report.item(item)?.owner == "Pat Smith")
    #expect(setItem.entry.field == .owner)
    #expect(setItem.entry.before == nil && setItem.entry.after == "Pat Smith")
    #expect(setItem.inverse.unguarded == .owner(nil, reason: "undo"))
    let old = report.action(action)?.owner
    #expect(old == "People and Organisational Development")
    let setAction = try report.apply(
      .owner("Jo Bloggs", reason: "new structure"), to: action, author: "Chair", at: at)
    #expect(setAction.entry.before == old && setAction.entry.reason == "new structure")
    try report.apply(setAction.inverse, to: action, author: "Chair", at: at)
    #expect(report.action(action)?.owner == old)
    try report.apply(setItem.inverse, to: item, author: "Chair", at: at)
    #expect(report.item(item)?.owner == nil)
    #expect(report.item(item)?.history.map(\.field) == [.owner, .owner])
    #expect(report.action(action)?.history.last?.reason == "undo")
  }

  @Test("the owner history reads in words: set, changed, cleared")
  func ownerWording() {
    func entry(_ before: String?, _ after: String?, _ reason: String? = nil) -> HistoryEntry {
      HistoryEntry(at: at, author: "Chair", field: .owner, before: before, after: after, reason: reason)
    }
    let wording = HistoryWording.plain
    #expect(wording.change(entry(nil, "Pat")) == "owner set to “Pat”")
    #expect(wording.change(entry("Pat", nil)) == "owner “Pat” cleared")
    #expect(
      wording.changeWithReason(entry("Pat", "Jo", "handed over from Pat"))
        == "owner “Pat” → “Jo” (handed over from Pat)")
    #expect(HistoryField(rawValue: "owner") == .owner)
  }

  @Test("the owner filter matches items as well as actions, by the same rule")
  func filterMatchesItems() {
    var report = Samples.report("mfrs-action-plan-2023")
    report.items[1].owner = "Head of Protection"
    var filter = RowFilter()
    filter.owner = "PROTECTION"
    let refs = report.rows.filter { filter.matches($0, today: Samples.today) }.map(\.ref)
    #expect(refs == ["AFI 1.1", "AFI 2"])
    #expect(OwnerRule.matches("Protection and Prevention", "protéction"))
    #expect(!OwnerRule.matches(nil, "x"))
    #expect(OwnerRule.value("  Jo  ") == "Jo")
    #expect(OwnerRule.value("   ") == nil)
  }

  @Test("a hand-over changes every item and action the owner matches, skipping those already the new owner's")
  func handover() throws {
    var report = Samples.report("mfrs-action-plan-2023")
    report.items[0].owner = "People and Organisational Development"
    report.items[1].actions[1].owner = "Jo Bloggs"
    let handover = Handover(from: "people and organisational", to: "Jo Bloggs")
    let changes = handover.changes(in: report)
    let owned = report.rows.filter { OwnerRule.matches($0.owner, "people and organisational") }
    #expect(changes.count == owned.count)
    #expect(changes.first?.target == RowID(report: report.id, item: "afi-1"))
    #expect(!changes.contains { $0.target == RowID(report: report.id, item: "afi-2", action: "a2") })
    #expect(
      changes.allSatisfy {
        $0.change == .owner("Jo Bloggs", reason: "handed over from People and Organisational Development")
      })
    for (target, change) in changes { try report.apply(change, to: target, author: "Chair", at: at) }
    #expect(handover.changes(in: report).isEmpty)
    #expect(report.items[0].owner == "Jo Bloggs")
    #expect(report.items[0].history.last?.reason == "handed over from People and Organisational Development")
    #expect(Handover(from: "nobody at all", to: "Jo").changes(in: report).isEmpty)
  }
}

@Suite("Removing and redacting updates")
struct UpdateRemovalTests {
  let at = "2026-11-27T10:00:00Z"
  let id = RowID(report: "mfrs-action-plan-2023", item: "afi-2")

  func withTwoUpdates() throws -> (Report, QuarterlyUpdate, QuarterlyUpdate) {
    var report = Samples.report("mfrs-action-plan-2023")
    let first = QuarterlyUpdate(
      period: "July–September 2026", date: CalendarDate("2026-09-30"), author: "Chair",
      text: "Called Jane on 07700 900123 about it.")
    let second = QuarterlyUpdate(
      period: "October–December 2026", date: CalendarDate("2026-11-27"), author: "Chair", text: "On track.")
    try report.apply(.addUpdate(first), to: id, author: "Chair", at: at)
    try report.apply(.addUpdate(second), to: id, author: "Chair", at: at)
    return (report, first, second)
  }

  @Test("removing an update records it in the history, and its inverse puts it back where it was")
  func removeAndRestore() throws {
    var (report, first, second) = try withTwoUpdates()
    let before = report.item(id)!.updates
    let removed = try report.apply(.removeUpdate(first, redact: false), to: id, author: "Chair", at: at)
    #expect(report.item(id)!.updates == before.filter { $0 != first })
    #expect(removed.entry.field == .updates)
    #expect(removed.entry.before == "July–September 2026: Called Jane on 07700 900123 about it.")
    #expect(removed.entry.after == nil)
    #expect(removed.inverse.unguarded == .restoreUpdate(first, at: before.firstIndex(of: first)!))
    #expect(
      HistoryWording.plain.change(removed.entry)
        == "update withdrawn: July–September 2026: Called Jane on 07700 900123 about it.")
    let restored = try report.apply(removed.inverse, to: id, author: "Chair", at: at)
    #expect(report.item(id)!.updates == before)
    #expect(restored.inverse.unguarded == .removeUpdate(first, redact: false))
    #expect(restored.entry.reason == "undo")
    #expect(report.item(id)!.latestUpdate == second)
    #expect(Change.removeUpdate(first, redact: false).isUndoable)
  }

  @Test("a redacting removal takes the text out of every history entry that carried it, keeping who and when")
  func redact() throws {
    var (report, first, _) = try withTwoUpdates()
    let historyBefore = report.item(id)!.history
    let change = Change.removeUpdate(first, redact: true)
    #expect(!change.isUndoable)
    let applied = try report.apply(change, to: id, author: "Clerk", at: "2026-11-28T09:00:00Z")
    let item = report.item(id)!
    #expect(!item.updates.contains(first))
    let encoded = String(decoding: try ReportCoding.encode(report), as: UTF8.self)
    #expect(!encoded.contains("07700 900123"))
    #expect(encoded.contains("July–September 2026: [redacted]"))
    // The entry that added it keeps who and when; only its text is gone.
    let added = try #require(item.history.first { $0.after == "July–September 2026: [redacted]" })
    let original = try #require(historyBefore.first { $0.after?.contains("07700") == true })
    #expect(added.at == original.at && added.author == original.author)
    // The other update's entries are untouched.
    #expect(item.history.contains { $0.after == "October–December 2026: On track." })
    #expect(applied.entry.before == "July–September 2026: [redacted]")
    #expect(applied.entry.reason == "text redacted")
    #expect(applied.entry.author == "Clerk")
    // What is left to "undo" with holds no text.
    guard case .restoreUpdate(let stub, _) = applied.inverse.unguarded else {
      Issue.record("inverse \(applied.inverse)")
      return
    }
    #expect(stub.text == Redaction.marker)
  }

  @Test("a redaction also catches an importer's quoted excerpt of the text")
  func redactImportedExcerpt() {
    let long = String(repeating: "Sensitive words here. ", count: 5)
    let update = QuarterlyUpdate(period: "April–June 2025", date: nil, text: long)
    let flat = long.replacingOccurrences(of: "\n", with: " ")
    #expect(Redaction.carries("\"\(flat.prefix(57))…\"", update))
    #expect(Redaction.carries("\"\(long)\"", update))
    #expect(Redaction.carries("April–June 2025: \(long)", update))
    #expect(!Redaction.carries("April–June 2025", update))
    #expect(!Redaction.carries("\"Something else entirely, and long enough…\"", update))
  }

  @Test("removing an update that is not there, or from an action, is refused")
  func refusals() throws {
    var (report, first, _) = try withTwoUpdates()
    try report.apply(.removeUpdate(first, redact: false), to: id, author: "Chair", at: at)
    #expect(throws: EditError.nothingToRemove("update for July–September 2026")) {
      try report.apply(.removeUpdate(first, redact: false), to: id, author: "Chair", at: at)
    }
    let action = RowID(report: id.report, item: id.item, action: "a1")
    #expect(throws: EditError.notForActions("a quarterly update")) {
      try report.apply(.removeUpdate(first, redact: true), to: action, author: "Chair", at: at)
    }
  }
}

@Suite("Update periods")
struct UpdatePeriodTests {
  @Test("the quarter before and after, across a year's end")
  func previousAndNext() {
    let current = UpdatePeriod.containing(CalendarDate("2026-11-27")!)
    #expect(current.name == "October–December 2026")
    #expect(current.previous.name == "July–September 2026")
    #expect(current.next.name == "January–March 2027")
    let january = UpdatePeriod.containing(CalendarDate("2027-02-01")!)
    #expect(january.previous.name == "October–December 2026")
    #expect(january.previous.end == CalendarDate("2026-12-31"))
    #expect(
      current.andEarlier(4).map(\.name) == [
        "October–December 2026", "July–September 2026", "April–June 2026", "January–March 2026",
        "October–December 2025",
      ])
  }

  @Test("a period's name is read back whatever the dash, case or spacing; anything else is not a period")
  func named() {
    #expect(UpdatePeriod.named("October–December 2026")?.end == CalendarDate("2026-12-31"))
    #expect(UpdatePeriod.named("october-december 2026")?.name == "October–December 2026")
    #expect(UpdatePeriod.named("  July — September   2026 ")?.name == "July–September 2026")
    #expect(UpdatePeriod.named("October–November 2026") == nil)
    #expect(UpdatePeriod.named("Q3 2026") == nil)
    #expect(UpdatePeriod.named("October–December") == nil)
    #expect(UpdatePeriod.sameName("April–June 2025", "april - june 2025"))
    #expect(!UpdatePeriod.sameName("April–June 2025", "April–June 2026"))
  }

  @Test("an update is dated today in its own quarter, and an ended quarter's last day otherwise")
  func dates() {
    let today = CalendarDate("2026-11-27")!
    let current = UpdatePeriod.containing(today)
    #expect(current.updateDate(today: today) == today)
    #expect(current.previous.updateDate(today: today) == CalendarDate("2026-09-30"))
  }
}
