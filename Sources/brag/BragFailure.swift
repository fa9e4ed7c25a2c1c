import ArgumentParser
import BragExchange
import BragModel
import BragTerminal

/// A command that cannot do what was asked, for a reason that is not a mistake in its arguments.
///
/// The one kind of run-time failure: ``Brag/main()`` alone prints it, one `brag: error: <message>`
/// line per message on stderr (made safe for a terminal, never with the usage text), then exits
/// with ``exitCode``. Mistakes in the arguments stay `ValidationError`s, which ArgumentParser
/// prints with the usage.
///
/// Exit statuses: 0 done; 1 refused or failed; 2 a data file that does not load (the commands
/// that read every report still show the others); 64 a usage mistake (a bad option or value, an
/// unknown command).
struct BragFailure: Error, Equatable {
  /// What went wrong, one line each.
  var messages: [String]
  var exitCode: Int32
  /// Where to look next, printed after the messages as `brag: <hint>`.
  var hint: String?

  /// Refused, or failed: the usual status.
  static let failed: Int32 = 1
  /// A data file that does not load.
  static let brokenFile: Int32 = 2
  /// A mistake in the arguments, as ArgumentParser exits for one (EX_USAGE).
  static let usage: Int32 = ExitCode.validationFailure.rawValue

  init(_ message: String, exitCode: Int32 = failed, hint: String? = nil) {
    self.init(messages: [message], exitCode: exitCode, hint: hint)
  }

  init(messages: [String], exitCode: Int32 = failed, hint: String? = nil) {
    // Messages from lower layers sometimes carry the program's name already.
    self.messages = messages.map { $0.hasPrefix("brag: ") ? String($0.dropFirst(6)) : $0 }
    self.exitCode = exitCode
    self.hint = hint
  }

  /// A value given to a date option that is not a date, found once the command runs (a month
  /// such as "Mar 2027" needs the report to resolve): one line naming the option, the value and
  /// the form expected, exit 64 like the usage mistakes ArgumentParser finds, without the usage.
  static func notADate(_ option: String, _ value: String, expected: String) -> BragFailure {
    BragFailure("\(option): '\(value)' is not a date; use \(expected)", exitCode: usage)
  }

  /// The one place errors from the layers below become failures: each known kind with its
  /// message and exit status. Nil for ArgumentParser's own errors (usage mistakes, help requests,
  /// an `ExitCode`), which ArgumentParser prints.
  static func from(_ error: any Error) -> BragFailure? {
    switch error {
    case let failure as BragFailure: failure
    case is ValidationError, is CleanExit, is ExitCode: nil
    case let error as DataFileError: BragFailure("\(error)", exitCode: brokenFile)
    case let error as DataFolder.FolderError: BragFailure(error.description)
    case let error as Today.InvalidDate: BragFailure(error.description)
    case let error as EditError: BragFailure(error.description)
    case let error as AtomicFile.WriteError: BragFailure(error.description)
    case let error as WatchList.ReadError: BragFailure(error.refusal)
    case let error as PageTemplateError: BragFailure(error.description)
    case let error as PlanImport.PlanError: BragFailure(error.description)
    case let error as TerminalUnavailable: BragFailure(error.message)
    default: BragFailure(String(describing: error))
    }
  }
}

extension BragFailure {
  /// The refusal of an export made for HMICFRS's recommendations (the return, the public page,
  /// the action plan) for a Fire Standard's report, pointing to the Fire Standards update.
  static func notForStandards(_ report: Report, export: String) -> BragFailure? {
    guard report.framework == .fireStandards else { return nil }
    return BragFailure(
      "'\(report.id)' is a Fire Standard, not an HMICFRS report, so it has no \(export); "
        + "the Fire Standards update is: brag export standards")
  }
}
