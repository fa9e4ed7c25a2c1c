import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Meeting journals and net changes")
struct MeetingJournalTests {
  @Test("an item is reviewed once, at its first visit; journals are saved and found by id, latest, open")
  func journals() throws {
    var journal = MeetingJournal(startedAt: "2026-11-27T10:05:00Z", attendees: "Chair", apologies: "CFO")
    #expect(journal.id == "20261127T100500Z")
    journal.review("r/rec-2", at: "2026-11-27T10:06:00Z", brag: .green, reason: "Overdue")
    journal.review("r/rec-2", at: "2026-11-27T10:20:00Z", brag: .red, reason: "Overdue")
    #expect(journal.reviewed.map(\.brag) == [.green])
    let folder = TemporaryFolder()
    let journals = MeetingJournals(dataFolder: DataFolder(path: folder.path))
    #expect(try journals.find("latest") == nil)
    var earlier = MeetingJournal(startedAt: "2026-08-27T10:00:00Z")
    earlier.endedAt = "2026-08-27T11:00:00Z"
    try journals.save(earlier)
    try journals.save(journal)
    #expect(try journals.find("latest") == journal)
    #expect(try journals.find("open") == journal)
    #expect(try journals.find(earlier.id) == earlier)
    try "{ not json".write(toFile: journals.path(of: "broken"), atomically: true, encoding: .utf8)
    let all = try journals.all()
    #expect(all.journals.count == 2)
    #expect(all.broken == [journals.path(of: "broken")])
    // The meetings folder is not a report.
    folder.installSampleData()
    #expect(try DataFolder(path: folder.path).load().failures.isEmpty)
  }

  func entry(_ field: HistoryField, _ before: String?, _ after: String?, _ reason: String? = nil)
    -> HistoryEntry
  {
    HistoryEntry(
      at: "2026-11-27T10:10:00Z", author: "Chair", field: field, before: before, after: after, reason: reason)
  }

  @Test("the net change: undo and redo steps cancel, the board's last reason stays, a confirmation stays")
  func netChange() {
    let rated = [
      entry(.brag, "green", "red", "consultation slipped"), entry(.brag, "red", "green", "undo"),
      entry(.brag, "green", "red", "redo"), entry(.brag, "red", "amber", "partly recovered"),
    ]
    #expect(NetChange.of(rated) == [entry(.brag, "green", "amber", "partly recovered")])
    #expect(NetChange.of([entry(.brag, "green", "red"), entry(.brag, "red", "green", "undo")]).isEmpty)
    #expect(NetChange.of([entry(.brag, "green", "green", "reviewed")]).count == 1)
    let listed = [
      entry(.note, nil, "Costed plan by January"), entry(.note, nil, "withdrawn: Costed plan by January"),
      entry(.note, nil, "Plan by March"), entry(.actions, nil, "a3: Draft it"),
      entry(.actions, "a3: Draft it", nil),
      entry(.updates, nil, "October–December 2026: done"),
    ]
    #expect(
      NetChange.of(listed).map(\.after) == ["Plan by March", "October–December 2026: done"])
  }
}
