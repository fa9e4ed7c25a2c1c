import ArgumentParser
import BragModel

struct HistoryCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Print the history of an item (with its actions) or of an action.")

  @OptionGroup var board: BoardOptions

  @Argument(help: "The item or action: report/item or report/item/action.")
  var id: String

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func validate() throws {
    guard RowID(id) != nil else {
      throw ValidationError(
        "'\(id)' is not an id; use report/item or report/item/action (see brag list --format json)")
    }
  }

  func run(in context: CommandContext) throws {
    let target = RowID(id)!
    let session = try EditSession(folder: try context.dataFolder(), reportID: target.report)
    guard let item = session.report.item(target) else { throw EditError.noSuchItem(target) }
    var entries: [(label: String, entry: HistoryEntry)] = []
    if target.action != nil {
      guard let action = session.report.action(target) else { throw EditError.noSuchAction(target) }
      entries = action.history.map { (item.actionLabel(of: action.id) ?? action.id, $0) }
    } else {
      entries = item.history.map { (item.label, $0) }
      for (index, action) in item.actions.enumerated() {
        entries += action.history.map { (item.actionLabel(at: index), $0) }
      }
    }
    entries.sort { $0.entry.at < $1.entry.at }
    if entries.isEmpty {
      Console.say("No changes recorded for \(target) yet.\n")
      return
    }
    var lines: [String] = []
    for (label, entry) in entries {
      let change = HistoryWording.plain.changeWithReason(entry, in: item)
      lines.append(SafeText.singleLine("\(entry.at)  \(entry.author)  \(label)  \(change)"))
    }
    Console.say(lines.joined(separator: "\n") + "\n")
  }
}
