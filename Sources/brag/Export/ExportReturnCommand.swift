import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportReturnCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "return",
    abstract: "The HMICFRS return for a report: one row per recommendation.",
    discussion: """
      One row per recommendation (and area for improvement) of the report, in order: the \
      official number (or the label when there is none), the text, the deadline, the \
      self-assessment (met, not met, not assessed) and the narrative (the item's returnNarrative, \
      else its response).

      HMICFRS allows no more than 300 words per narrative and no personal or sensitive \
      information (email addresses, phone numbers, National Insurance numbers, names on the \
      data folder's .brag-watchlist.txt). The export refuses, naming each item, unless --force.

      The CSV is UTF-8 with a byte-order mark and CRLF line ends, for Excel and LibreOffice; \
      cells that a spreadsheet would run as a formula are neutralised.

      --format xlsx writes a workbook (to -o FILE, or to standard output when it is not a \
      terminal): the same rows, plus a Words column counting each narrative's words; the \
      header frozen, columns sized to their text, text wrapped, the self-assessment a \
      drop-down (met, not met). No cell is a formula: text starting with = is a string.

      Examples:
        brag export return --report staffs-misconduct-2024 -o misconduct.csv
        brag export return --report staffs-values-culture-2023 --format md
        brag export return --report staffs-misconduct-2024 --format xlsx -o return.xlsx
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The report's id (see brag summary).", valueName: "id"))
  var report: String

  @Option(help: "Output format: csv (for the HMICFRS spreadsheet), xlsx (a workbook) or md (Markdown).")
  var format: ReturnFormat = .csv

  @Flag(help: "Export even when a narrative is over 300 words or holds sensitive information.")
  var force = false

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    if format == .xlsx { try output.refuseBinaryToTerminal("an .xlsx workbook") }
    let today = try context.today()
    let folder = try context.dataFolder()
    let loaded = try folder.loadReport(id: report)
    if let refusal = BragFailure.notForStandards(loaded.report, export: "return to HMICFRS") { throw refusal }
    let detector = try SensitiveInformation.forFolder(folder)
    let problems = ReturnExport.problems(loaded.report, detector: detector)
    if !problems.isEmpty {
      if force {
        for problem in problems { Console.note("warning: \(problem)") }
        Console.note(
          "exporting anyway (--force): check the narratives above before the return goes to HMICFRS")
      } else {
        throw BragFailure(
          messages: problems.map { "\($0)" } + [
            "the return was not written: shorten the narratives or take the information out "
              + "(it goes to the HMI directly), or use --force to export anyway"
          ])
      }
    }
    let bytes: [UInt8] =
      switch format {
      case .csv: try ReturnExport.csv(loaded.report)
      case .md: Array(ReturnExport.markdown(loaded.report, asAt: today).utf8)
      case .xlsx: try ReturnWorkbook.xlsx(loaded.report)
      }
    let count = loaded.report.items.count
    try output.write(bytes) { file in
      "wrote the return for \(loaded.report.id) (\(count) item\(count == 1 ? "" : "s")) to \(file)"
    }
  }

}

enum ReturnFormat: String, ExpressibleByArgument, CaseIterable {
  case csv, md, xlsx
}

extension OutputOptions {
  /// A binary file is never printed on a terminal: it needs -o, or standard output redirected.
  func refuseBinaryToTerminal(_ what: String) throws {
    guard output == nil, Console.stdoutIsTerminal else { return }
    throw BragFailure(
      "\(what) is binary and standard output is a terminal; nothing written: "
        + "use -o FILE (or redirect standard output to a file)")
  }
}
