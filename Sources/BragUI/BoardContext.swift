import BragModel
import Foundation

/// What the board needs from outside: the day it is "as at", who is editing, the clock for
/// history timestamps, and how to name the data folder in the header.
public struct BoardContext: Sendable {
  public var today: CalendarDate
  public var author: String
  public var now: @Sendable () -> Date
  public var dataLabel: String

  public init(
    today: CalendarDate, author: String, dataLabel: String, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.today = today
    self.author = author
    self.dataLabel = dataLabel
    self.now = now
  }
}
