import BragModel
import BragUI
import Foundation
import Testing

@Suite("Meeting mode")
struct MeetingTests {
  func selectedLabel(_ h: BoardHarness) -> String? {
    guard let (slot, row) = h.board.state.selectedItem else { return nil }
    return h.board.store.slots[slot].rows[row].string(.ref)
  }

  @Test("the agenda: overdue, then Red, Amber, due soon, not rated; item k of n in the header")
  func agendaOrder() throws {
    let h = try BoardHarness()
    h.go("Rec 6")
    h.press(.character("A"), .enter)  // Amber, not overdue
    h.go("Rec 1")
    h.press(.character("R"), .enter)  // Red: its "Complete" follows the rating to "Off track", so overdue
    h.press(.character("m"))
    h.type("Chair, CFO")
    h.press(.enter)
    #expect(h.text.contains("Apologies"))
    h.press(.enter)
    let agenda = h.board.state.meeting!.agenda
    #expect(
      agenda.map(\.reason) == [
        .overdue, .overdue, .overdue, .overdue, .overdue, .overdue, .overdue, .amber, .notRated,
      ])
    #expect(
      agenda.map { $0.item.item } == [
        "afi-2", "afi-3", "afi-4", "afi-5", "rec-1", "rec-2", "rec-3", "rec-6", "afi-1",
      ])
    #expect(h.text.contains("MEETING · item 1 of 9"))
    #expect(h.text.contains("Overdue (7)"))
    #expect(selectedLabel(h) == "AFI 2")
  }

  @Test("Enter and → step forward, ← back; + adds everything else")
  func stepping() throws {
    let h = try BoardHarness()
    h.press(.character("m"), .enter, .enter, .enter, .right)
    #expect(selectedLabel(h) == "AFI 4")
    #expect(h.text.contains("item 3 of 7"))
    h.press(.left)
    #expect(selectedLabel(h) == "AFI 3")
    h.press(.character("+"))
    #expect(h.board.state.meeting!.agenda.count == 44)
    #expect(selectedLabel(h) == "AFI 3")
    h.press(.end)
    for _ in 0..<60 { h.press(.enter) }
    #expect(h.text.contains("That was the last item"))
  }

  @Test("edits and decisions during the meeting are saved; ending it writes the minutes")
  func minutes() throws {
    let h = try BoardHarness(storage: .disk())
    h.board.startMeeting(attendees: "Chair, CFO")
    h.press(.enter, .character("R"), .enter, .character("M"))
    h.type("Survey to be re-run in Q4")
    h.press(.enter)
    let item = try h.report("mfrs-action-plan-2023").items[2]
    #expect(item.brag == .red)
    #expect(item.history.last?.field == "note")
    #expect(item.history.last?.after == "Survey to be re-run in Q4")
    h.press(.character("m"))
    #expect(h.board.state.meeting == nil)
    #expect(h.text.contains("minutes written to"))
    let folder = h.file("minutes")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(files.count == 1)
    let minutes = try String(
      contentsOfFile: (folder as NSString).appendingPathComponent(files[0]), encoding: .utf8)
    #expect(minutes.contains("- Present: Chair, CFO"))
    #expect(minutes.contains("- Apologies: none recorded"))
    #expect(minutes.contains("- Time: 12:00–12:00"))
    #expect(minutes.contains("### AFI 3 — The service should assure itself that middle managers"))
    #expect(minutes.contains("- Overdue · not rated when reviewed"))
    #expect(minutes.contains("- BRAG Not rated → Red"))
    #expect(minutes.contains("**Decision:** Survey to be re-run in Q4"))
    #expect(minutes.contains("## Still overdue at the close"))
    #expect(
      minutes.contains(
        "Rec 2 — Chief Fire Officers should make sure a policy for probationary staff is in place."))
    // The data folder still loads: the minutes folder is not mistaken for a report.
    #expect(try DataFolder(path: h.folder).load().failures.isEmpty)
  }
}

@Suite("A meeting that survives any exit")
struct MeetingJournalBoardTests {
  func selectedLabel(_ h: BoardHarness) -> String? {
    guard let (slot, row) = h.board.state.selectedItem else { return nil }
    return h.board.store.slots[slot].rows[row].string(.ref)
  }

  @Test("the journal is saved from the first step: who, when, each item reviewed with its rating")
  func journalFromTheStart() throws {
    let h = try BoardHarness(storage: .disk())
    h.press(.character("m"))
    h.type("Chair, CFO")
    h.press(.enter)
    h.type("Head of Prevention")
    h.press(.enter)
    let journals = MeetingJournals(dataFolder: DataFolder(path: h.folder))
    var journal = try #require(try journals.find("open"))
    #expect(journal.attendees == "Chair, CFO")
    #expect(journal.apologies == "Head of Prevention")
    #expect(journal.reviewed.map(\.item) == ["mfrs-action-plan-2023/afi-2"])
    h.press(.enter, .character("R"), .enter)
    journal = try #require(try journals.find("open"))
    #expect(journal.reviewed.map(\.item) == ["mfrs-action-plan-2023/afi-2", "mfrs-action-plan-2023/afi-3"])
    #expect(journal.reviewed.map(\.brag) == [.unrated, .unrated])
  }

  @Test("q in a meeting asks: c stays, k keeps it open and quits, e ends it, writes the minutes and quits")
  func quitAsks() throws {
    let h = try BoardHarness()
    h.board.startMeeting(attendees: "Chair")
    h.press(.enter)
    #expect(h.press(.character("q")) == .redraw)
    #expect(
      h.text.contains(
        "Leaving the meeting:  e end it and write the minutes · k keep it open for later · c stay"))
    #expect(h.press(.character("c")) == .redraw)
    #expect(h.board.state.meeting != nil)
    h.press(.character("q"))
    #expect(h.press(.character("k")) == .quit)
    #expect(h.minutes.isEmpty)
    #expect(h.board.state.meeting?.journal.endedAt == nil)
    let other = try BoardHarness()
    other.board.startMeeting(attendees: "Chair")
    other.press(.character("q"))
    #expect(other.press(.character("e")) == .quit)
    #expect(other.minutes.count == 1)
    #expect(other.minutes.values.first?.contains("- Present: Chair") == true)
  }

  @Test("a meeting left open resumes at the last item reviewed, with its attendees")
  func resume() throws {
    let h = try BoardHarness(storage: .disk())
    h.board.startMeeting(attendees: "Chair, CFO")
    h.press(.enter, .enter)
    #expect(selectedLabel(h) == "AFI 4")
    // The program is killed here: only the files remain.
    let journal = try #require(try MeetingJournals(dataFolder: DataFolder(path: h.folder)).find("open"))
    let again = try BoardHarness(storage: .disk(folder: h.folder))
    again.board.resumeMeeting(journal)
    #expect(selectedLabel(again) == "AFI 4")
    #expect(again.text.contains("Meeting resumed: 3 items reviewed so far"))
    #expect(again.board.state.meeting?.journal.attendees == "Chair, CFO")
    again.press(.character("m"))
    let ended = try #require(try MeetingJournals(dataFolder: DataFolder(path: h.folder)).find("latest"))
    #expect(ended.endedAt != nil)
    #expect(ended.reviewed.count == 3)
  }
}
