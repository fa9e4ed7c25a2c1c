import Foundation

/// How `TerminalSession.run` drives the terminal.
public struct TerminalOptions: Sendable {
  /// Milliseconds without input before the program gets a `.tick` event.
  public var tickInterval: Int
  /// The environment to read `TERM` and `NO_COLOR` from.
  public var environment: [String: String]
  /// Draw ASCII only (borders as + - |), even when the locale can show UTF-8.
  public var asciiOnly: Bool

  public init(
    tickInterval: Int = 1000, environment: [String: String] = ProcessInfo.processInfo.environment,
    asciiOnly: Bool = false
  ) {
    self.tickInterval = tickInterval
    self.environment = environment
    self.asciiOnly = asciiOnly
  }
}
