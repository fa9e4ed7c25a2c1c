import ArgumentParser
import BragModel
import Foundation

struct SetCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Change an item or action from a script, with the same history as the dashboard.",
    discussion: """
      ID is report/item or report/item/action, as `brag list --format json` shows it.

      Examples:
        brag set staffs-misconduct-2024/rec-2 --brag red --reason "policy consultation slipped"
        brag set mfrs-action-plan-2023/afi-2/a1 --status "Complete" --brag blue
        brag set staffs-misconduct-2024/rec-3 --due 2027-03-31 --reason "awaiting legislation"
        brag set staffs-misconduct-2024/rec-3 --note "Board asked for a costed plan by January"
      """)

  @OptionGroup var board: BoardOptions

  @Argument(help: "The item or action: report/item or report/item/action.")
  var id: String

  @Option(
    help:
      "The rating: blue, red, amber, green or unrated (or B, R, A, G, U). Status words that are a verdict the rating contradicts (\"On track\" for red) follow it unless --status is given."
  )
  var brag: String?

  @Option(help: "The status words, exactly as the board wants them written (empty clears them).")
  var status: String?

  @Option(
    help: ArgumentHelp(
      "A revised due date: YYYY-MM-DD or as written (Mar 2027, Q4 2026/27); needs --reason.",
      valueName: "date"))
  var due: String?

  @Option(help: "Why: required with --due, recorded with --brag.")
  var reason: String?

  @Option(help: "Record a decision or minute line in the history.")
  var note: String?

  @Option(
    help: ArgumentHelp(
      "The self-assessment for the HMICFRS return: met, not-met or not-assessed.", valueName: "answer"))
  var assessment: String?

  @Option(
    help: ArgumentHelp(
      "The narrative for the HMICFRS return (at most 300 words; empty falls back on the response).",
      valueName: "text"))
  var narrative: String?

  @OptionGroup var author: AuthorOptions

  func validate() throws {
    guard RowID(id) != nil else {
      throw ValidationError(
        "'\(id)' is not an id; use report/item or report/item/action (see brag list --format json)")
    }
    if let brag, BRAG(userText: brag) == nil {
      throw ValidationError("--brag: '\(brag)' is not a rating; use blue, red, amber, green or unrated")
    }
    if due != nil && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(
        "--due needs --reason: a revised deadline keeps the original and says why it moved")
    }
    if let assessment, SelfAssessment(rawValue: assessment) == nil {
      throw ValidationError("--assessment: use met, not-met or not-assessed")
    }
    if brag == nil && status == nil && due == nil && note == nil && assessment == nil && narrative == nil {
      throw ValidationError(
        "nothing to change: give --brag, --status, --due (with --reason), --note, --assessment or --narrative"
      )
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let target = RowID(id)!
    var session = try EditSession(folder: try context.dataFolder(), reportID: target.report)
    var changes: [Change] = []
    if let brag {
      let rating = BRAG(userText: brag)!
      if status == nil {
        // Verdict words that the new rating contradicts follow it (StatusFollowsRating).
        let current =
          target.action == nil ? session.report.item(target)?.status : session.report.action(target)?.status
        changes += StatusFollowsRating.changes(rating: rating, reason: reason, currentStatus: current)
      } else {
        changes.append(.brag(rating, reason: reason))
      }
    }
    if let status { changes.append(.status(status.isEmpty ? nil : status)) }
    if let due {
      let timescales = TimescaleContext(publication: session.report.published, reference: today)
      guard let date = CalendarDate(due) ?? TimescaleResolver.resolve(due, context: timescales).due else {
        throw ValidationError("--due: '\(due)' is not a date; use YYYY-MM-DD or a month such as Mar 2027")
      }
      changes.append(.revisedDue(date, reason: reason ?? ""))
    }
    if let note { changes.append(.note(note)) }
    if let assessment { changes.append(.selfAssessment(SelfAssessment(rawValue: assessment)!)) }
    if let narrative {
      let words = ReturnNarrative.words(narrative)
      if ReturnNarrative.isTooLong(words: words) {
        Console.note(
          "warning: the narrative is \(words) words; HMICFRS allows no more than \(ReturnNarrative.wordLimit)"
        )
      }
      changes.append(.returnNarrative(narrative.isEmpty ? nil : narrative))
    }
    let name = context.author
    let timestamp = context.timestamp()
    for change in changes {
      try session.report.apply(change, to: target, author: name, at: timestamp)
    }
    try session.save()
    Console.note(
      "saved \(target): \(changes.count == 1 ? "1 change" : "\(changes.count) changes") recorded in its history"
    )
  }
}
