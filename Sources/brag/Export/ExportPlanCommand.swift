import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportPlanCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "An action plan spreadsheet (CSV or TSV) in the shape brag import plan reads.",
    discussion: """
      One row per area for improvement or recommendation with its first action, a row for each \
      further action, and a row for each quarterly update. Columns: Ref. No., HMI Page, Area \
      for improvement, Required outcomes, Action to achieve required outcomes, Responsible \
      function, Timescale, Notes, BRAG. Several lines in a cell are written as HTML paragraphs \
      and lists. UTF-8 with a byte order mark and CRLF, for Excel.

      Examples:
        brag export plan --report mfrs-action-plan-2023 > plan.csv
        brag export plan --report mfrs-action-plan-2023 --format tsv --output plan.tsv
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The report (see brag summary).", valueName: "id"))
  var report: String

  @Option(help: "csv or tsv.")
  var format: PlanExport.Format = .csv

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let loaded = try context.dataFolder().loadReport(id: report).report
    let text = try PlanExport.render(loaded, format: format)
    try output.write(text)
  }
}

extension PlanExport.Format: ExpressibleByArgument {}
