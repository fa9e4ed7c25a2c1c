import BragModel
import Foundation
import Testing

@testable import BragUI

/// Key handling returns effects as data; only the runner touches the store.
@Suite("Effects")
struct BoardEffectsTests {
  @Test("a rating key asks why; Enter asks for a save and changes nothing until the runner performs it")
  func ratingIsAnEffect() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    let before = try h.report("staffs-misconduct-2024")
    var (response, effects) = h.board.update(.key(.character("R")))
    #expect(response == .redraw)
    #expect(effects.isEmpty)
    #expect(h.text.contains("Why is Rec 2 Red; status becomes “Off track”? (Enter: no reason · Esc: cancel)"))
    for character in "slipped" { _ = h.board.update(.key(.character(character))) }
    (response, effects) = h.board.update(.key(.enter))
    let target = RowID(report: "staffs-misconduct-2024", item: "rec-2")
    #expect(
      effects == [
        .save(
          SaveRequest(
            target: target, changes: [.brag(.red, reason: "slipped"), .status("Off track")],
            description: "Rec 2 rated Red, status “Off track”", purpose: .edit, note: nil))
      ])
    #expect(try h.report("staffs-misconduct-2024") == before)
    #expect(h.board.state.undo.isEmpty)
    // Performed and received: saved, undoable in one step, said.
    let feedback = h.board.perform(effects[0])
    guard case .saved(_, let inverses) = feedback else {
      Issue.record("not saved: \(feedback)")
      return
    }
    #expect(inverses.map(\.unguarded) == [.status("On track"), .brag(.green, reason: "undo")])
    h.board.receive(feedback)
    #expect(try h.report("staffs-misconduct-2024").items[1].brag == .red)
    #expect(h.text.contains("Rec 2 rated Red, status “Off track” · saved"))
  }

  @Test("Esc at the reason prompt cancels the rating")
  func ratingCancelled() throws {
    let h = try BoardHarness()
    h.go("Rec 2")
    let before = try h.report("staffs-misconduct-2024")
    h.press(.character("R"), .escape)
    #expect(try h.report("staffs-misconduct-2024") == before)
    #expect(h.text.contains("Cancelled"))
  }

  @Test("a failed save says why and leaves nothing to undo")
  func failedSave() throws {
    let h = try BoardHarness()
    let request = SaveRequest(
      target: RowID(report: "staffs-misconduct-2024", item: "rec-99"), changes: [.status("x")],
      description: "Rec 99 status set", purpose: .edit, note: nil)
    let feedback = h.board.perform(.save(request))
    #expect(feedback == .saveFailed(request, reason: "no item 'rec-99' in report 'staffs-misconduct-2024'"))
    h.board.receive(feedback)
    #expect(h.text.contains("Not saved: no item 'rec-99'"))
    #expect(h.board.state.undo.isEmpty)
  }

  @Test("ending a meeting closes its journal and asks for its minutes; the memory store keeps them")
  func minutesAreAnEffect() throws {
    let h = try BoardHarness()
    h.board.startMeeting(attendees: "Chair")
    h.press(.enter, .character("A"), .enter)
    let (_, effects) = h.board.update(.key(.character("m")))
    #expect(effects.count == 2)
    guard case .saveJournal(let journal) = effects.first, case .writeMinutes(let record) = effects.last else {
      Issue.record("expected the journal, then the minutes; got \(effects)")
      return
    }
    #expect(journal == record)
    #expect(journal.endedAt != nil)
    #expect(journal.reviewed.map(\.item) == ["mfrs-action-plan-2023/afi-2", "mfrs-action-plan-2023/afi-3"])
    #expect(record.attendees == "Chair")
    #expect(h.minutes.isEmpty)
    for effect in effects { h.board.receive(h.board.perform(effect)) }
    #expect(h.minutes.count == 1)
    #expect(h.minutes.values.first?.contains("- Present: Chair") == true)
    #expect(h.text.contains("minutes written to minutes/"))
  }

  @Test("a tick asks to reload; a change made elsewhere shows, keeping the selection")
  func tickReloads() throws {
    let h = try BoardHarness()
    h.go("Rec 3")
    var copy = h.board
    #expect(copy.update(.tick).1 == [.reload])
    try h.rewrite("staffs-misconduct-2024") { $0.items[2].brag = .red }
    #expect(h.text.contains("Reloaded"))
    #expect(h.text.contains("[R] Red"))
    #expect(h.board.handle(.tick) == .unchanged)
  }
}
