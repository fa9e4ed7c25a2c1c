import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportEvidenceCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "The evidence pack an inspector asks for: one item, or a whole report.",
    discussion: """
      For each item: what HMICFRS asked, where it stands (owner, deadline with the original \
      date and extensions, rating, status, self-assessment, hold), the response and the return \
      narrative, its actions, every quarterly update, the closure on evidence (proposal, \
      evidence, decision), extension requests and answers, and its whole history.

      Examples:
        brag export evidence staffs-misconduct-2024/rec-2 -o rec-2.md
        brag export evidence staffs-round3-2024 --format html -o round3-evidence.html
      """)

  @OptionGroup var board: BoardOptions

  @Argument(help: ArgumentHelp("An item (report/item) or a whole report (its id).", valueName: "id"))
  var id: String

  @Option(help: "md or html.")
  var format: MinutesFormat = .md

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func validate() throws {
    let parts = id.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
      throw ValidationError("'\(id)' is not a report or an item; use a report's id or report/item")
    }
  }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let folder = try context.dataFolder()
    let parts = id.split(separator: "/").map(String.init)
    let report = try folder.loadReport(id: parts[0]).report
    var itemIDs: [String]?
    if parts.count == 2 {
      guard report.items.contains(where: { $0.id == parts[1] }) else {
        throw BragFailure(
          "no item '\(parts[1])' in report '\(report.id)'; brag list --report \(report.id) shows its items")
      }
      itemIDs = [parts[1]]
    }
    // Actions held under other reports' items that answer these, found through the index.
    let prefix = report.id + "/"
    let referrers = try LoadedBoard.load(context).indexed.filter { other in
      other.id != report.id
        && other.rows.contains { $0.servesOthers && ($0.string(.serves)?.contains(prefix) ?? false) }
    }
    let others = try referrers.map { try folder.loadReport(id: $0.id).report }
    let pack = EvidencePack.build(
      report, itemIDs: itemIDs, asAt: today, linked: StandardsUpdate.linkedActions(in: [report] + others))
    try output.write(format == .html ? pack.html : pack.markdown)
  }
}
