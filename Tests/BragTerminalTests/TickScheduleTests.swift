import Testing

@testable import BragTerminal

@Suite("TickSchedule")
struct TickScheduleTests {
  @Test("a tick falls due every interval, whether or not keys keep arriving")
  func typingDoesNotStarveTheTick() {
    var ticks = TickSchedule(interval: 1000, now: 0)
    #expect(ticks.wait(now: 0) == 1000)
    // A key every 300 ms: the waits shrink, and the tick is due after a second regardless.
    var given: [Int] = []
    for now in stride(from: 300, through: 3000, by: 300) {
      #expect(ticks.wait(now: now) == max(0, ticks.lastTick + 1000 - now))
      if ticks.isDue(now: now) {
        given.append(now)
        ticks.ticked(now: now)
      }
    }
    #expect(given == [1200, 2400])
    #expect(ticks.wait(now: 9999) == 0)
  }
}
