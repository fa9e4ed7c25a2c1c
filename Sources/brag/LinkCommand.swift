import ArgumentParser
import BragModel

struct LinkCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "link",
    abstract: "Let one action answer further items (an AFI, a Fire Standard requirement…).",
    discussion: """
      The action stays under its own item, where its rating and updates are held once; it is \
      also listed under each linked item (`brag list --report R` shows it under every report it \
      serves), and no count takes it twice.

      Examples:
        brag link mfrs-action-plan-2023/afi-2/a1 fire-standard-protection/req-3
        brag link mfrs-action-plan-2023/afi-2/a1 fire-standard-protection/req-3 --remove
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: "The action: report/item/action.") var action: String
  @Argument(help: "The items it also answers: report/item, one or more.") var items: [String]
  @Flag(help: "Take the links away instead.") var remove = false
  @OptionGroup var author: AuthorOptions

  func validate() throws {
    guard let id = RowID(action), id.action != nil else {
      throw ValidationError(
        "'\(action)' is not an action; use report/item/action (see brag list --format json)")
    }
    guard !items.isEmpty else { throw ValidationError("name at least one item to link: report/item") }
    for item in items {
      guard let target = RowID(item), target.action == nil else {
        throw ValidationError("'\(item)' is not an item; use report/item (an action cannot be linked to)")
      }
      if target.report == id.report && target.item == id.item {
        throw ValidationError("'\(item)' is the action's own item; it is listed there already")
      }
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let id = RowID(action)!
    let targets = items.map { RowID($0)! }
    let folder = try context.dataFolder()
    if !remove {
      // Every item linked to must exist; the reports are only read here.
      for target in targets {
        let loaded = try folder.loadReport(id: target.report)
        guard let item = loaded.report.item(target) else { throw EditError.noSuchItem(target) }
        if let refusal = LinkRule.refusal(label: item.label, isRetired: item.requirement?.retiredIn != nil) {
          throw BragFailure("\(target): \(refusal)")
        }
      }
    }
    let name = context.author
    let timestamp = context.timestamp()
    let changes = targets.map { remove ? Change.unlink($0.description) : Change.link($0.description) }
    try EditSession.edit(folder, reportID: id.report) { report in
      try report.apply(changes, to: id, author: name, at: timestamp)
    }
    let list = targets.map(\.description).joined(separator: ", ")
    Console.note(remove ? "\(id) no longer answers \(list)" : "\(id) now also answers \(list)")
  }
}
