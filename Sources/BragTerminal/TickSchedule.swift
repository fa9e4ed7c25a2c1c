/// When the program gets its `.tick` (its chance to notice files changed elsewhere): every
/// `interval` milliseconds whether or not keys are arriving, so a board someone is typing into
/// still shows another board's or a script's change within about a second. Pure, so the timing
/// rules are tested without a terminal.
struct TickSchedule {
  let interval: Int
  /// Milliseconds since an arbitrary start when the last tick was given.
  private(set) var lastTick: Int

  init(interval: Int, now: Int) {
    self.interval = max(1, interval)
    lastTick = now
  }

  /// How long to wait for a key before the next tick is due (0: it is due now).
  func wait(now: Int) -> Int { max(0, lastTick + interval - now) }

  /// True when a tick is due: `interval` has passed since the last one.
  func isDue(now: Int) -> Bool { now - lastTick >= interval }

  /// Records a tick given at `now`.
  mutating func ticked(now: Int) { lastTick = now }
}
