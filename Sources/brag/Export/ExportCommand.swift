import ArgumentParser
import BragExchange
import BragModel

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Produce what the board, HMICFRS and the public need from the tracker.",
    subcommands: [
      ExportReturnCommand.self, ExportPageCommand.self, ExportDeadlinesCommand.self,
      ExportMinutesCommand.self, ExportPlanCommand.self, ExportPaperCommand.self, ExportEvidenceCommand.self,
      ExportRequestsCommand.self, ExportStandardsCommand.self,
    ])
}
