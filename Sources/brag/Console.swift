import BragModel
import Foundation

/// The program's only way to print: bytes to stdout in one write, notes and errors to stderr.
///
/// What goes to stderr is made safe first (``SafeText``): a file name or a value from a data
/// file holding escape sequences never reaches the terminal raw. So is what goes to stdout when
/// stdout is a terminal (a CSV, a page, a plan printed for a person); into a pipe or a file it
/// goes as it is, since machine formats escape their own control characters.
enum Console {
  /// True when stdout is a terminal: what is printed there is for a person's eyes.
  static let stdoutIsTerminal = isatty(1) == 1

  static func write(_ bytes: [UInt8]) {
    if stdoutIsTerminal {
      rawWrite(Array(SafeText.multiLine(String(decoding: bytes, as: UTF8.self)).utf8))
    } else {
      rawWrite(bytes)
    }
  }

  private static func rawWrite(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          return  // stdout closed (a pipe into `head`): nothing more to say
        }
        offset += n
      }
    }
  }

  static func write(_ text: String) { write(Array(text.utf8)) }

  /// Text for a person (a table, a history, an import's report): made safe wherever it goes,
  /// since it quotes the data and a pipe often ends in a terminal too.
  static func say(_ text: String) { rawWrite(Array(SafeText.multiLine(text).utf8)) }

  /// `brag: <message>` on stderr, on one line.
  static func note(_ message: String) {
    standardError("brag: \(SafeText.singleLine(message))\n")
  }

  /// `brag: error: <message>` on stderr, on one line.
  static func error(_ message: String) {
    standardError("brag: error: \(SafeText.singleLine(message))\n")
  }

  /// A failure: each of its messages as an error line, then its hint.
  static func report(_ failure: BragFailure) {
    for message in failure.messages { error(message) }
    if let hint = failure.hint { note(hint) }
  }

  /// ArgumentParser's text for a usage mistake (several lines: the error, the usage, a pointer
  /// to the help), with its line breaks kept and everything else made safe.
  static func usageMistake(_ text: String) {
    standardError(SafeText.multiLine(text) + "\n")
  }

  private static func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
