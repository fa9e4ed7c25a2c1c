import ArgumentParser
import BragExchange
import BragModel

struct ExportStandardsCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "standards",
    abstract: "The annual Fire Standards update for the fire authority.",
    discussion: """
      Per standard tracked: its self-assessed rating and % implemented (fully met counts 1, \
      partly met a half, always shown with the counts), then each gap — a requirement not fully \
      met, or marked for reassessment after a revision — with its evidence and the actions \
      answering it (including actions held under other reports and linked with `brag link`), \
      their owners, dates and ratings; then the standards not yet tracked.

      Examples:
        brag export standards -o fire-standards-update.md
        brag export standards --format html -o fire-standards-update.html
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: "md or html.")
  var format: MinutesFormat = .md

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let tracker = try context.dataFolder().load()
    let update = StandardsUpdate.build(reports: tracker.reports.map(\.report), asAt: today)
    try output.write(Array((format == .html ? update.html : update.markdown).utf8))
    if !tracker.failures.isEmpty {
      throw BragFailure(
        messages: tracker.failures.map { "\($0) (this report was left out; the file is left untouched)" },
        exitCode: BragFailure.brokenFile)
    }
  }
}
