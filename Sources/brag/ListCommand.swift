import ArgumentParser
import BragExchange
import BragModel

struct ListCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List items and actions, filtered.",
    discussion: """
      One row per recommendation or area for improvement and one per action under it. \
      Filters combine: every one given must match.

      Examples:
        brag list --overdue
        brag list --due-within 42 --brag red,amber
        brag list --held
        brag list --for-decision
        brag list --kind action --owner "people and organisational" --format csv
      """)

  @OptionGroup var board: BoardOptions

  @Flag(help: "Only rows past their due date and not complete.")
  var overdue = false

  @Flag(help: "Only open rows on hold (waiting on someone outside the service).")
  var held = false

  @Flag(
    name: .customLong("for-decision"),
    help:
      "Only rows the board must decide on: a closure proposed (or monitored to its end), an extension asked for."
  )
  var forDecision = false

  @Option(
    name: .customLong("due-within"),
    help: ArgumentHelp("Only open rows due within this many days (overdue included).", valueName: "days"))
  var dueWithin: Int?

  @Option(
    help: ArgumentHelp(
      "Only these ratings: a comma-separated list of blue, red, amber, green, unrated (or B,R,A,G,U).",
      valueName: "list"))
  var brag: String?

  @Option(
    help: ArgumentHelp("Only these reports: comma-separated report ids (see brag summary).", valueName: "id"))
  var report: String?

  @Option(
    help: ArgumentHelp(
      "Only rows of these kinds: recommendation, afi, action (comma-separated).", valueName: "kind"))
  var kind: String?

  @Option(
    help: ArgumentHelp(
      "Only items and actions whose owner contains this text (any case), as a hand-over matches.",
      valueName: "text"))
  var owner: String?

  @Option(
    help: ArgumentHelp(
      "Only rows whose words contain this (any case): text, ref, status, owner, timescale, response, updates, notes.",
      valueName: "text"))
  var search: String?

  @Flag(
    name: .customLong("awaiting-update"),
    help:
      "Only items and actions of the latest update round (brag export requests) not replied to since it was sent."
  )
  var awaitingUpdate = false

  @Option(help: "Output format: text (80 columns), json or csv.")
  var format: ListFormat = .text

  func validate() throws {
    if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within must be 0 or more days") }
    _ = try parsedBrags()
    _ = try parsedKinds()
  }

  func parsedBrags() throws -> Set<BRAG>? {
    guard let brag else { return nil }
    return try Set(
      commaList(brag).map { word in
        guard let value = BRAG(userText: word) else {
          throw ValidationError("--brag: '\(word)' is not a rating; use blue, red, amber, green or unrated")
        }
        return value
      })
  }

  func parsedKinds() throws -> Set<RowKind>? {
    guard let kind else { return nil }
    return try Set(
      commaList(kind).map { word in
        switch word.lowercased() {
        case "recommendation", "rec", "recommendations": return RowKind.recommendation
        case "afi", "area-for-improvement", "areas-for-improvement": return RowKind.areaForImprovement
        case "action", "actions": return RowKind.action
        default:
          throw ValidationError("--kind: '\(word)' is not a kind; use recommendation, afi or action")
        }
      })
  }

  private func commaList(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  func filter() throws -> RowFilter {
    var filter = RowFilter()
    filter.overdueOnly = overdue
    filter.heldOnly = held
    filter.forDecision = forDecision
    filter.dueWithinDays = dueWithin
    filter.brags = try parsedBrags()
    filter.kinds = try parsedKinds()
    filter.reportIDs = report.map { Set(commaList($0)) }
    filter.owner = owner
    filter.search = search
    return filter
  }

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let filter = try filter()
    let loaded = try LoadedBoard.load(context)
    if let ids = filter.reportIDs { try loaded.checkReportIDs(ids) }
    var rows = RowFilter.select(loaded.indexed, filter, today: today)
    if awaitingUpdate {
      let (round, awaited) = try UpdateRoundScope.awaiting(context)
      let ids = Set(awaited.map(\.id.description))
      rows = rows.filter { ids.contains($0.row.id) }
      if format == .text {
        Console.say(UpdateRoundScope.table(round, awaited, rows: rows.map(\.row), today: today))
        return try loaded.finish()
      }
    }
    // Listing reports, an action held elsewhere that also answers one of their items is listed
    // under that item too.
    var shown = rows.map { (row: $0, under: String?.none) }
    if let ids = filter.reportIDs {
      var others = filter
      others.reportIDs = nil
      shown = LinkedRows.placing(rows, from: loaded.indexed, shownReports: ids) {
        !ids.contains($0.report) && others.matches($0, today: today)
      }
    }
    switch format {
    case .json: RowExport.json(placed: shown, today: today) { Console.write($0) }
    case .csv: Console.write(try RowExport.csv(shown.map(\.row.row), today: today, under: shown.map(\.under)))
    case .text:
      Console.say(
        RowExport.table(
          shown.map { RowExport.shownUnder($0.row.row, item: $0.under) },
          reports: loaded.reports.map { ($0.id, $0.title) }, today: today))
    }
    try loaded.finish()
  }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, csv
}
