import ArgumentParser
import Foundation

@main
struct Brag: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brag",
    abstract: "BRAG Board: track HMICFRS recommendations, areas for improvement and actions.",
    discussion: """
      Every recommendation and area for improvement a fire and rescue service owes, with its \
      actions, owners, deadlines and Blue/Red/Amber/Green rating, kept as one JSON file per \
      report in a data folder.

      The data folder is --data DIR, else $BRAG_DATA, else $XDG_DATA_HOME/bragboard \
      (~/.local/share/bragboard). The first run creates that default folder from the sample data.
      "Today" is --today YYYY-MM-DD, else $BRAG_TODAY, else the local date: set it to see the \
      tracker as at any day. These global options, and --as, may come before the command or \
      after it.

      Exit status: 0 done; 1 refused or failed (a 'brag: error:' line says why); 2 a data file \
      that does not load (named with its line and column; the other reports are still shown); \
      64 a mistake in the arguments (with the usage).

      Examples:
        brag                      the live dashboard
        brag --today 2025-06-30   the dashboard as it stood on 30 June 2025
        brag summary
        brag list --overdue
        brag list --report staffs-misconduct-2024 --brag red,amber --format csv > open.csv
        brag init ~/board-data
      """,
    version: "brag \(version)",
    subcommands: [
      BoardCommand.self, MeetingCommand.self, SummaryCommand.self, ListCommand.self, HistoryCommand.self,
      DiffCommand.self, StandardsCommand.self, LinkCommand.self,
      SetCommand.self,
      AddCommand.self, RemoveCommand.self, ExportCommand.self, ValidateCommand.self, InitCommand.self,
      ImportCommand.self,
    ],
    defaultSubcommand: BoardCommand.self
  )

  /// brag's version, as `brag --version` prints it.
  static let version = "0.1.0"

  // The global options, so that they may come before the subcommand too (`brag --data D list`).
  // ArgumentParser hands a command's option group to a subcommand that declares the same type,
  // so each command reads them from its own groups wherever they were written.
  @OptionGroup(title: "Global options") var board: BoardOptions
  @OptionGroup(title: "Global options") var author: AuthorOptions
}

extension Brag {
  /// Parses the arguments, runs the command, and is the one place that reports what went wrong:
  /// a ``BragFailure`` (or an error of the layers below, mapped by ``BragFailure/from(_:)``) as
  /// `brag: error:` lines with its exit status; an unknown command with the nearest known one,
  /// exit 64; another usage mistake as ArgumentParser words it, with the usage, exit 64; help,
  /// the version and completion scripts on stdout, exit 0.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let misspelt = CommandSpelling.unknownCommand(in: arguments, tree: .of(Brag.self)) {
      Console.report(misspelt)
      Foundation.exit(misspelt.exitCode)
    }
    var command: any ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      exit(with: error)
    }
    do {
      try command.run()
    } catch {
      // Only brag's own commands fail at run time; the others (help, a command group named
      // alone) throw ArgumentParser's requests and errors, which ArgumentParser words.
      if command is any BragCommand {
        if let mistake = error as? ValidationError { exit(with: mistake, in: type(of: command)) }
        if let failure = BragFailure.from(error) {
          Console.report(failure)
          Foundation.exit(failure.exitCode)
        }
      }
      exit(with: error)
    }
  }

  /// A mistake in the arguments that `command` could only see once it ran (a date that needs the
  /// report to resolve): worded as ArgumentParser words the ones it finds, with the usage of
  /// that command rather than of brag, exit 64.
  private static func exit(with mistake: ValidationError, in command: any ParsableCommand.Type) -> Never {
    let path = CommandTree.path(to: command, in: Brag.self)?.joined(separator: " ") ?? "brag"
    Console.usageMistake(
      """
      Error: \(mistake.message)
      Usage: \(usageString(for: command))
        See '\(path) --help' for more information.
      """)
    Foundation.exit(BragFailure.usage)
  }

  /// Exits as ArgumentParser would for `error`, with what goes to stderr made safe.
  private static func exit(with error: any Error) -> Never {
    let code = exitCode(for: error)
    let text = fullMessage(for: error)
    if code == .success {
      Console.say(text.isEmpty ? "" : text + "\n")
    } else if !text.isEmpty {
      Console.usageMistake(text)
    }
    Foundation.exit(code.rawValue)
  }
}
