import ArgumentParser
import BragExchange
import BragModel

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Produce what the board, HMICFRS and the public need from the tracker.",
    subcommands: [
      ExportReturnCommand.self, ExportPageCommand.self, ExportDeadlinesCommand.self,
      ExportMinutesCommand.self, ExportPlanCommand.self,
    ])
}

extension ExportCommand {
  /// Loads the report an export is for: an unknown id lists the known ones (exit 1); a file that
  /// does not load is named with its line and column (exit 2), like the other commands that read.
  static func loadReport(_ id: String, from folder: DataFolder) throws -> LoadedReport {
    do {
      return try folder.loadReport(id: id)
    } catch let error as DataFileError {
      Console.error("\(error)")
      throw ExitCode(2)
    }
  }

  /// The sensitive-information detector for `folder`; an unreadable watch list refuses the
  /// export, since without it the check would be silently weaker.
  static func detector(for folder: DataFolder) throws -> SensitiveInformation {
    do {
      return try SensitiveInformation.forFolder(folder)
    } catch {
      throw CommandFailure(error.refusal)
    }
  }
}
