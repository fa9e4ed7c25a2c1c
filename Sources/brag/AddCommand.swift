import ArgumentParser
import BragModel
import Foundation

struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Create a report, an item or an action, or add an update.",
    subcommands: [AddReportCommand.self, AddItemCommand.self, AddActionCommand.self, AddUpdateCommand.self])
}

struct AddReportCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Create a new report file in the data folder.")

  @OptionGroup var board: BoardOptions
  @Option(help: "Its id, also its file name: lower-case letters, digits and '-' (e.g. staffs-round4-2026).")
  var id: String
  @Option(help: "Its title.") var title: String
  @Option(help: "inspection, thematic, spotlight, action-plan or other.") var kind: String = "inspection"
  @Option(help: "The fire and rescue service.") var service: String?
  @Option(help: "Who published it.") var publisher: String = "HMICFRS"
  @Option(help: ArgumentHelp("Publication date, YYYY-MM-DD.", valueName: "date")) var published: String?

  func validate() throws {
    guard IDRules.isValid(id) else { throw ValidationError("--id: \(IDRules.rule)") }
    guard ReportKind(rawValue: kind) != nil else {
      throw ValidationError(
        "--kind: use one of \(ReportKind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    if let published, CalendarDate(published) == nil {
      throw ValidationError("--published: '\(published)' is not a date; write YYYY-MM-DD")
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let folder = try context.dataFolder()
    try EditSession.checkWritable(folder)
    let path = folder.filePath(for: id)
    guard !FileManager.default.fileExists(atPath: path) else {
      throw BragFailure("\(path) already exists; choose another --id")
    }
    let report = Report(
      id: id, title: title, kind: ReportKind(rawValue: kind)!, publisher: publisher, service: service,
      published: published.flatMap(CalendarDate.init))
    try folder.save(report, expecting: nil)
    Console.note("created \(path)")
  }
}

struct AddItemCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "item", abstract: "Add a recommendation or area for improvement to a report.")

  @OptionGroup var board: BoardOptions
  @Option(help: "The report's id.") var report: String
  @Option(help: "recommendation or afi.") var kind: String = "recommendation"
  @Option(help: "Its full text as published.") var text: String
  @Option(help: "Its official number, if it has one.") var number: Int?
  @Option(help: "The label the service uses (default: Rec N or AFI N).") var label: String?
  @Option(help: "Its deadline as written (By 1 June 2027, Mar 2027, Ongoing…).") var timescale: String?
  @Option(help: "Its status words.") var status: String?
  @Option(help: "Whom it is addressed to.") var audience: String?
  @Option(help: "The themed section it sits under.") var section: String?
  @OptionGroup var author: AuthorOptions

  func validate() throws {
    guard ["recommendation", "rec", "afi", "area-for-improvement"].contains(kind) else {
      throw ValidationError("--kind: use recommendation or afi")
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let itemKind: ItemKind = kind.hasPrefix("rec") ? .recommendation : .areaForImprovement
    let item = try EditSession.edit(try context.dataFolder(), reportID: report) { current -> Item in
      if let number, let clash = current.items.first(where: { $0.number == number }) {
        throw BragFailure(
          "\(report) already has official number \(number) (\(clash.label)); a return names recommendations by number"
        )
      }
      let (id, nextLabel) = current.newItemIdentity(kind: itemKind, number: number)
      var item = Item(
        id: id, kind: itemKind, number: number, label: label ?? nextLabel,
        section: section,
        text: text, audience: audience,
        timescale: TimescaleResolver.resolve(timescale, context: current.timescaleContext),
        status: status)
      item.history.append(
        HistoryEntry(
          at: context.timestamp(), author: context.author, field: .created, before: nil,
          after: item.label))
      current.items.append(item)
      return item
    }
    Console.note(
      "added \(report)/\(item.id) (\(item.label)); due \(item.timescale.due?.longDescription ?? "no date")")
  }
}

struct AddActionCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "action", abstract: "Add an action under an item.")

  @OptionGroup var board: BoardOptions
  @Option(help: "The item: report/item.") var item: String
  @Option(help: "What will be done.") var text: String
  @Option(help: "The owner or responsible function.") var owner: String?
  @Option(help: "Its timescale as written (Mar 2027, Q4 2026/27, Ongoing…).") var timescale: String?
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func validate() throws {
    guard let target = RowID(item), target.action == nil else {
      throw ValidationError("--item: '\(item)' is not an item id; use report/item")
    }
  }

  func run(in context: CommandContext) throws {
    let target = RowID(item)!
    let today = try context.today()
    let action = try EditSession.edit(try context.dataFolder(), reportID: target.report) { report -> Action in
      guard let full = report.item(target) else { throw EditError.noSuchItem(target) }
      let action = Action(
        id: full.nextActionID, text: text, owner: owner,
        timescale: TimescaleResolver.resolve(
          timescale, context: TimescaleContext(publication: report.published, reference: today)))
      try report.apply(
        .addAction(action, at: nil), to: target, author: context.author, at: context.timestamp())
      return action
    }
    Console.note("added \(target)/\(action.id); due \(action.timescale.due?.longDescription ?? "no date")")
  }
}

struct AddUpdateCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Add a quarterly update to an item.",
    discussion: """
      Examples:
        brag add update staffs-misconduct-2024/rec-2 --text "Policy consultation closes in January."
        brag add update staffs-misconduct-2024/rec-2 --period "July–September 2026" --text "…" --date 2026-09-30
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: "The item: report/item.") var id: String
  @Option(
    help: ArgumentHelp(
      "The quarter, as \"October–December 2026\" (a hyphen will do; default: the quarter holding today).",
      valueName: "period"))
  var period: String?
  @Option(help: "The update's text: paragraphs separated by blank lines, list items by \"- \" lines.")
  var text: String
  @Option(
    help: ArgumentHelp(
      "The day it speaks as at, YYYY-MM-DD (default: today; for a quarter that has ended, its last day).",
      valueName: "date"))
  var date: String?
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func validate() throws {
    guard let target = RowID(id), target.action == nil else {
      throw ValidationError("'\(id)' is not an item id; use report/item (only items have updates)")
    }
    if let period, UpdatePeriod.named(period) == nil {
      throw ValidationError(
        "--period: '\(period)' is not a quarter; write it as the board does, e.g. \"October–December 2026\"")
    }
    if let date, CalendarDate(date) == nil {
      throw ValidationError("--date: '\(date)' is not a date; write YYYY-MM-DD")
    }
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError("--text: the update is empty")
    }
  }

  func run(in context: CommandContext) throws {
    let target = RowID(id)!
    let today = try context.today()
    let quarter = period.flatMap(UpdatePeriod.named) ?? UpdatePeriod.containing(today)
    let update = QuarterlyUpdate(
      period: quarter.name, date: date.flatMap(CalendarDate.init) ?? quarter.updateDate(today: today),
      author: context.author,
      text: text.trimmingCharacters(in: .whitespacesAndNewlines))
    try EditSession.edit(try context.dataFolder(), reportID: target.report) { report in
      try report.apply(.addUpdate(update), to: target, author: context.author, at: context.timestamp())
    }
    Console.note("added the \(quarter.name) update to \(target), dated \(update.date!.longDescription)")
  }
}
