import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportDeadlinesCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "deadlines",
    abstract: "Deadlines passed and falling due soon, as in Annex A of HMICFRS's letter.",
    discussion: """
      As at today (--today, else $BRAG_TODAY, else the local date): every item and action whose \
      deadline has passed, then those due within the next N weeks, whatever their status (shown \
      beside each), in document order with official numbers and full texts. --open keeps only \
      what is not complete. Rows with no date (ongoing, not given) have no deadline to list.

      JSON: {"asAt": "YYYY-MM-DD", "passed": [rows], "upcoming": [rows]}, each row with the \
      fields of brag list --format json.

      Examples:
        brag export deadlines --today 2023-06-26 --report staffs-values-culture-2023
        brag export deadlines --weeks 2 --open --format json
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("How many weeks ahead count as due soon.", valueName: "n"))
  var weeks: Int = 6

  @Option(
    help: ArgumentHelp("Only these reports: comma-separated report ids (see brag summary).", valueName: "id"))
  var report: String?

  @Flag(help: "Only items and actions that are not complete.")
  var open = false

  @Option(help: "Output format: text (80 columns) or json.")
  var format: DeadlinesFormat = .text

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if weeks < 0 { throw ValidationError("--weeks must be 0 or more") }
    if weeks > 520 { throw ValidationError("--weeks must be at most 520 (ten years)") }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let loaded = try LoadedBoard.load(context)
    var reportIDs: Set<String>?
    if let report {
      let ids = Set(
        report.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
      try loaded.checkReportIDs(ids)
      reportIDs = ids
    }
    let rows = loaded.rows.filter { reportIDs?.contains($0.report) ?? true }
    let deadlines = Deadlines(rows: rows, asAt: today, weeks: weeks, openOnly: open)
    switch format {
    case .json:
      try output.write(DeadlineExport.json(deadlines))
    case .text:
      try output.write(
        DeadlineExport.text(deadlines.map(\.row), reports: loaded.reports.map { ($0.id, $0.title) }))
    }
    try loaded.finish()
  }
}

enum DeadlinesFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
