import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportPlanCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "An action plan spreadsheet (CSV, TSV or .xlsx) in the shape brag import plan reads.",
    discussion: """
      One row per area for improvement or recommendation with its first action, a row for each \
      further action, and a row for each quarterly update. Columns: Ref. No., HMI Page, Area \
      for improvement, Required outcomes, Action to achieve required outcomes, Responsible \
      function, Timescale, Notes, BRAG. Several lines in a cell are written as HTML paragraphs \
      and lists. UTF-8 with a byte order mark and CRLF, for Excel.

      --format xlsx writes the same rows as a workbook (to -o FILE, or to standard output when \
      it is not a terminal): header frozen, columns sized to their text, text wrapped, every \
      text cell a string (never a formula).

      Examples:
        brag export plan --report mfrs-action-plan-2023 > plan.csv
        brag export plan --report mfrs-action-plan-2023 --format tsv --output plan.tsv
        brag export plan --report mfrs-action-plan-2023 --format xlsx -o plan.xlsx
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The report (see brag summary).", valueName: "id"))
  var report: String

  @Option(help: "csv, tsv or xlsx.")
  var format: PlanFileFormat = .csv

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    if format == .xlsx { try output.refuseBinaryToTerminal("an .xlsx workbook") }
    let loaded = try context.dataFolder().loadReport(id: report).report
    if let refusal = BragFailure.notForStandards(loaded, export: "HMICFRS action plan") { throw refusal }
    switch format {
    case .csv: try output.write(try PlanExport.render(loaded, format: .csv))
    case .tsv: try output.write(try PlanExport.render(loaded, format: .tsv))
    case .xlsx: try output.write(try PlanExport.xlsx(loaded))
    }
  }
}

/// The plan's file formats: the text ones ``PlanExport/Format`` renders, and the workbook.
enum PlanFileFormat: String, ExpressibleByArgument, CaseIterable {
  case csv, tsv, xlsx
}
