import BragModel
import Foundation
import Testing

@Suite("brag export minutes --meeting")
struct MinutesCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "scripter", "TZ": "Europe/London"]

  @Test("a recorded meeting's minutes by id, latest or open, in Markdown or HTML; unknown ids list the known")
  func byMeeting() throws {
    let data = scratch.file("data")
    _ = try brag(["init", data])
    let none = try brag(["export", "minutes", "--meeting", "latest", "--data", data])
    #expect(none.status == 1)
    #expect(none.stderr.contains("no meetings recorded yet"))
    var journal = MeetingJournal(startedAt: "2026-06-30T09:05:00Z", attendees: "Chair", apologies: "CFO")
    journal.review(
      "staffs-misconduct-2024/rec-2", at: "2026-06-30T09:06:00Z", brag: .green, reason: "Overdue")
    journal.endedAt = "2026-06-30T10:00:00Z"
    try MeetingJournals(dataFolder: DataFolder(path: data)).save(journal)
    let markdown = try brag([
      "export", "minutes", "--meeting", "latest", "--data", data, "--today", "2026-06-30",
    ])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("- Time: 10:05–11:00"))
    #expect(
      markdown.stdout.contains(
        "### Rec 2 — Chief Fire Officers should make sure a policy for probationary staff"))
    let html = try brag(["export", "minutes", "--meeting", journal.id, "--format", "html", "--data", data])
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(try brag(["export", "minutes", "--meeting", "open", "--data", data]).status == 1)
    let unknown = try brag(["export", "minutes", "--meeting", "nope", "--data", data])
    #expect(unknown.stderr.contains("no meeting 'nope'; known: \(journal.id), latest, open"))
    let both = try brag(["export", "minutes", "--meeting", "latest", "--since", "2026-01-01", "--data", data])
    #expect(both.status == 64)
    #expect(both.stderr.contains("give --meeting ID (or latest, open) or --since TIME"))
  }
}
