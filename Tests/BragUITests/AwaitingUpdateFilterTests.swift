import BragModel
import Foundation
import Testing

@testable import BragUI

@Suite("The board's filter for what the update round awaits")
struct AwaitingUpdateFilterTests {
  /// A data folder with the sample data and a round that asked about Rec 2, Rec 3 and an action.
  func harness() throws -> BoardHarness {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brag-ui-\(UUID().uuidString)")
      .path
    let seeded = try BoardHarness(storage: .disk())
    try FileManager.default.copyItem(atPath: seeded.folder, toPath: folder)
    let round = UpdateRound(
      id: "20261120T090000Z", sentAt: "2026-11-20T09:00:00Z", sentOn: CalendarDate("2026-11-20")!,
      replyBy: CalendarDate("2026-12-04")!, period: "October–December 2026",
      requests: [
        .init(
          owner: "Head of People", ids: ["staffs-misconduct-2024/rec-2", "staffs-misconduct-2024/rec-3"]),
        .init(owner: "People and Organisational Development", ids: ["mfrs-action-plan-2023/afi-2/a2"]),
      ])
    try UpdateRounds(dataFolder: DataFolder(path: folder)).save(round)
    return try BoardHarness(storage: .disk(folder: folder))
  }

  @Test("f n keeps to the rows the round still awaits; a reply takes a row out; n again or c clears it")
  func filter() throws {
    let h = try harness()
    h.press(.character("f"))
    #expect(h.text.contains("[ ] No reply to the update round  (n)"))
    h.press(.character("n"))
    #expect(h.text.contains("[x] 3 rows No reply to the update round"))
    h.press(.escape)
    #expect(h.text.contains("awaiting an update"))
    #expect(h.text.contains("3/44 items"))
    #expect(h.line(containing: "Rec 2   G") != nil)
    #expect(h.line(containing: "Rec 3   G") != nil)
    #expect(h.line(containing: "AFI 2   -") != nil)
    #expect(h.line(containing: "Rec 4   B") == nil)
    #expect(h.line(containing: "AFI 1   -") == nil)

    // Rec 2's owner replies (an update recorded after the round was sent): it leaves the list.
    h.go("Rec 2")
    h.press(.character("e"))
    h.type("Consultation closes in January")
    h.press(.control("s"))
    #expect(h.text.contains("Rec 2 gained an update for October–December 2026 · saved"))
    #expect(h.text.contains("2/44 items"))
    #expect(h.line(containing: "Rec 2   G") == nil)
    #expect(h.line(containing: "Rec 3   G") != nil)

    h.press(.character("f"))
    h.press(.character("c"))
    h.press(.escape)
    #expect(h.line(containing: "Rec 4   B") != nil)
  }

  @Test("with no round recorded, n says how to send one and filters nothing")
  func noRound() throws {
    let h = try BoardHarness()
    h.press(.character("f"))
    h.press(.character("n"))
    #expect(h.text.contains("No update round recorded yet: brag export requests --by DATE -o FILE sends one"))
    #expect(h.board.state.filter.awaitingUpdate == nil)
  }
}

@Suite("Items pane: an action's extension request shows on its item")
struct ActionExtensionMarkTests {
  @Test("AFI 2's action asks for more time: AFI 2's row carries » (and [E] in ASCII)")
  func markOnItem() throws {
    let h = try BoardHarness()
    #expect(h.line(containing: "AFI 2   -  »") == nil)
    let plan = "mfrs-action-plan-2023"
    try h.board.store.apply(
      [.requestExtension(CalendarDate("2027-06-30")!, reason: "survey supplier late")],
      to: RowID(report: plan, item: "afi-2", action: "a1"), author: "Owner", timestamp: "2026-11-27T10:00:00Z"
    )
    h.board.dataChanged()
    #expect(h.line(containing: "AFI 2   -  » The service should") != nil)
    var buffer = ScreenBuffer(width: h.board.state.width, height: h.board.state.height, asciiOnly: true)
    h.board.render(into: &buffer)
    #expect(buffer.text.contains("AFI 2   -  [E] The service should"))
  }
}
