/// Why the dashboard cannot run here: one line for stderr, suggesting the plain-text commands.
///
/// `TerminalSession.run` throws it before touching the terminal; choosing the exit code is the
/// caller's job.
public struct TerminalUnavailable: Error, CustomStringConvertible, Equatable, Sendable {
  public let message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}

/// Decides whether a full-screen dashboard can run, with a clear message when it cannot.
public enum TerminalCheck {
  /// What every message ends with: the commands that work without a terminal.
  public static let alternatives = "use 'brag list' or 'brag summary' instead"

  static func message(_ reason: String) -> String {
    "brag: the dashboard needs an interactive terminal (\(reason)); \(alternatives)"
  }

  /// The checks that need no terminfo: both ends a TTY, and a `TERM` that can address the cursor.
  /// Returns nil when the dashboard may try to start.
  public static func problem(environment: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool) -> String? {
    switch (stdinIsTTY, stdoutIsTTY) {
    case (false, false): return message("standard input and output are not a terminal")
    case (false, true): return message("standard input is not a terminal")
    case (true, false): return message("standard output is not a terminal")
    case (true, true): break
    }
    guard let term = environment["TERM"], !term.isEmpty else { return message("TERM is not set") }
    if term == "dumb" { return message("TERM=dumb has no cursor addressing") }
    return nil
  }

  /// What terminfo said about `term`: `setupterm`'s result code (1 found, 0 not found or a
  /// hard-copy terminal, -1 no terminfo database) and whether it has `cup` (cursor addressing).
  public static func problem(term: String, setuptermResult: Int32, hasCursorAddressing: Bool) -> String? {
    switch setuptermResult {
    case 1:
      return hasCursorAddressing ? nil : message("TERM=\(term) has no cursor addressing")
    case -1:
      return message("no terminfo database to describe TERM=\(term)")
    default:
      return message("TERM=\(term) is not a terminal type this system knows; try TERM=xterm-256color")
    }
  }
}
