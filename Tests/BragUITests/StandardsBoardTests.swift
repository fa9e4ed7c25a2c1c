import BragModel
import Foundation
import Testing

@testable import BragUI

@Suite("Fire Standards on the board")
struct StandardsBoardTests {
  @Test("explore")
  func explore() throws {
    let h = try BoardHarness(extra: [StandardsFixtures.protectionReport(), StandardsFixtures.peerReview()])
    print(h.text)
    h.press(.character("G"))
    h.press(.escape)
    h.board.state.focus = .reports
    for _ in 0..<5 { h.press(.down) }
    print(h.text)
  }
}
