import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ImportPlanCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Import an action plan saved as CSV, tab-separated text or an .xlsx workbook.",
    discussion: """
      Columns like Merseyside's: Ref. No., HMI Page, Area for improvement, Required outcomes, \
      Action to achieve required outcomes, Responsible function, Timescale, Notes, BRAG (names \
      matched without case, spaces or punctuation; --map names others). HTML in cells (<p>, \
      <ul><li>, <ol>) becomes text and bullets. Several actions with several timescales in one \
      row become one action each, in order; rows below holding only an action add it; rows \
      holding an update narrative ("April-June 2025 update") become the item's quarterly \
      update. Files saved by Excel (byte order mark, CRLF, Windows-1252) read correctly. \
      Lines that cannot be placed are listed with their line numbers.

      An .xlsx workbook is read as Excel shows it: the first sheet holding a plan's header \
      (--sheet names another), with titles above the header left out; dates stored as numbers \
      as the dates typed (30/09/2023, or September 2023 for a month-and-year format); merged \
      cells as their value (an area for improvement merged down over its actions stays one \
      item). Formulas are not evaluated: their last saved values are used, and a note says so. \
      Line numbers are then the sheet's row numbers.

      Fields for --map: \(PlanField.allCases.map(\.rawValue).joined(separator: ", ")).

      Examples:
        brag import plan plan.csv --report-id mfrs-action-plan-2023 --title "HMICFRS Report 2023 Action Plan"
        brag import plan plan.tsv --report-id x --title "Plan" --map "Lead officer=owner,Due by=timescale" --dry-run
        brag import plan plan.xlsx --sheet "AFI actions" --report-id x --title "Plan" --dry-run
      """)

  @OptionGroup var board: BoardOptions
  @OptionGroup var target: ImportTargetOptions
  @OptionGroup var author: AuthorOptions

  @Option(help: ArgumentHelp("Other header names: \"Header=field,…\".", valueName: "pairs"))
  var map: String?

  @Option(help: ArgumentHelp("The workbook's sheet holding the plan (.xlsx only).", valueName: "name"))
  var sheet: String?

  func validate() throws {
    if let map {
      do { _ = try PlanImport.parseMap(map) } catch { throw ValidationError("\(error)") }
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let data = try target.readFile()
    let isWorkbook =
      XLSXPlanImport.looksLikeWorkbook(data)
      || ["xlsx", "xlsm"].contains((target.file as NSString).pathExtension.lowercased())
    if sheet != nil && !isWorkbook {
      throw BragFailure("\(target.file): --sheet is for .xlsx workbooks; this file is text (CSV or TSV)")
    }
    let result: ImportResult
    do {
      let columns = try map.map(PlanImport.parseMap) ?? [:]
      if isWorkbook {
        result = try XLSXPlanImport.parse(
          data, sheet: sheet, options: target.options(kind: nil), map: columns)
      } else {
        result = try PlanImport.parse(
          ImportText.decode(data), options: target.options(kind: nil), map: columns)
      }
    } catch {
      throw BragFailure("\(target.file): \(error)")
    }
    if result.report.items.isEmpty {
      Console.say(result.messages.map { $0.located(in: target.file) + "\n" }.joined())
      throw BragFailure("\(target.file): no rows found under the header; nothing imported")
    }
    try target.store(result, in: context)
  }
}
