import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ImportPlanCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Import an action plan saved as CSV or tab-separated text.",
    discussion: """
      Columns like Merseyside's: Ref. No., HMI Page, Area for improvement, Required outcomes, \
      Action to achieve required outcomes, Responsible function, Timescale, Notes, BRAG (names \
      matched without case, spaces or punctuation; --map names others). HTML in cells (<p>, \
      <ul><li>, <ol>) becomes text and bullets. Several actions with several timescales in one \
      row become one action each, in order; rows below holding only an action add it; rows \
      holding an update narrative ("April-June 2025 update") become the item's quarterly \
      update. Files saved by Excel (byte order mark, CRLF, Windows-1252) read correctly. \
      Lines that cannot be placed are listed with their line numbers.

      Fields for --map: \(PlanField.allCases.map(\.rawValue).joined(separator: ", ")).

      Examples:
        brag import plan plan.csv --report-id mfrs-action-plan-2023 --title "HMICFRS Report 2023 Action Plan"
        brag import plan plan.tsv --report-id x --title "Plan" --map "Lead officer=owner,Due by=timescale" --dry-run
      """)

  @OptionGroup var board: BoardOptions
  @OptionGroup var target: ImportTargetOptions
  @OptionGroup var author: AuthorOptions

  @Option(help: ArgumentHelp("Other header names: \"Header=field,…\".", valueName: "pairs"))
  var map: String?

  func validate() throws {
    if let map {
      do { _ = try PlanImport.parseMap(map) } catch { throw ValidationError("\(error)") }
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let text = ImportText.decode(try target.readFile())
    let result: ImportResult
    do {
      let columns = try map.map(PlanImport.parseMap) ?? [:]
      result = try PlanImport.parse(text, options: target.options(kind: nil), map: columns)
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
