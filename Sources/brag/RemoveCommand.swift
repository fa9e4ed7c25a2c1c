import ArgumentParser
import BragModel

struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove something added by mistake.",
    subcommands: [RemoveUpdateCommand.self])
}

struct RemoveUpdateCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Remove a mistaken quarterly update from an item.",
    discussion: """
      The update is the item's one for --period (case, spacing and the kind of dash do not \
      matter); when it has two for that period, the one recorded last. The removal is recorded \
      in the item's history, which keeps the text, so it can be put back by hand.

      --redact also takes the update's text out of the history: every entry that carried it \
      keeps who and when, but its text becomes "[redacted]". That cannot be undone, by the board \
      or by brag.

      Examples:
        brag remove update staffs-misconduct-2024/rec-2 --period "October–December 2026"
        brag remove update staffs-misconduct-2024/rec-2 --period "July-September 2026" --redact
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: "The item: report/item.") var id: String
  @Option(help: ArgumentHelp("The update's period, as \"October–December 2026\".", valueName: "period"))
  var period: String
  @Flag(help: "Also take the update's text out of the history (cannot be undone).")
  var redact = false
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func validate() throws {
    guard let target = RowID(id), target.action == nil else {
      throw ValidationError("'\(id)' is not an item id; use report/item (only items have updates)")
    }
  }

  func run(in context: CommandContext) throws {
    let target = RowID(id)!
    let update = try EditSession.edit(try context.dataFolder(), reportID: target.report) {
      report -> QuarterlyUpdate in
      guard let item = report.item(target) else { throw EditError.noSuchItem(target) }
      guard let update = item.updates.last(where: { UpdatePeriod.sameName($0.period, period) }) else {
        let periods = item.updates.map { "'\($0.period)'" }
        throw BragFailure(
          item.updates.isEmpty
            ? "\(target) has no updates; nothing to remove"
            : "\(target) has no update for '\(period)'; its updates are for \(periods.joined(separator: ", "))"
        )
      }
      try report.apply(
        .removeUpdate(update, redact: redact), to: target, author: context.author, at: context.timestamp())
      return update
    }
    Console.note(
      redact
        ? "removed the \(update.period) update of \(target); its text is redacted from the history (this cannot be undone)"
        : "removed the \(update.period) update of \(target); the removal is in its history")
  }
}
