import ArgumentParser
import BragExchange
import BragModel

struct SummaryCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Count items per report: BRAG ratings, overdue and due soon.")

  @OptionGroup var board: BoardOptions

  @Option(help: "Output format: text or json.")
  var format: SummaryFormat = .text

  @Option(name: .customLong("due-soon"), help: "Days ahead that count as due soon.")
  var dueSoonDays: Int = Summary.defaultDueSoonDays

  func validate() throws {
    guard dueSoonDays >= 0 else { throw ValidationError("--due-soon must be 0 or more days") }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let loaded = try LoadedBoard.load(context)
    let summary = Summary(indexed: loaded.indexed, today: today, dueSoonDays: dueSoonDays)
    switch format {
    case .text: Console.say(SummaryExport.table(summary, today: today, dueSoonDays: dueSoonDays))
    case .json: Console.write(SummaryExport.json(summary, today: today, dueSoonDays: dueSoonDays))
    }
    try loaded.finish()
  }
}

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
