import ArgumentParser
import BragModel
import Foundation

/// `--data` and `--today`: where the tracker is and what day it is, for every command that reads it.
struct BoardOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The data folder (default: $BRAG_DATA, else ~/.local/share/bragboard).", valueName: "dir"),
    completion: .directory)
  var data: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "View the tracker as at this day (default: $BRAG_TODAY, else the local date).", valueName: "yyyy-mm-dd")
  )
  var today: String?
}

/// `--as`: who is editing, for every command that records history.
struct AuthorOptions: ParsableArguments {
  @Option(
    name: .customLong("as"),
    help: ArgumentHelp("Your name for the history of every change (default: $USER).", valueName: "name"))
  var name: String?
}

/// `-o/--output`: where a command that produces a file writes it, for every export.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Write to this file (replaced atomically) instead of standard output.", valueName: "file"),
    completion: .file())
  var output: String?

  /// Writes `bytes` to the file, atomically, and says so with `note(file)`; or to stdout.
  func write(_ bytes: [UInt8], note: (String) -> String = { "wrote \($0)" }) throws {
    guard let output else { return Console.write(bytes) }
    try AtomicFile.write(Data(bytes), to: output)
    Console.note(note(output))
  }

  func write(_ text: String) throws { try write(Array(text.utf8)) }
}
