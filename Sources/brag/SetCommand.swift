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
        brag set staffs-misconduct-2024/rec-3 --owner "Head of People"
        brag set staffs-misconduct-2024/rec-2 --propose-closure --evidence "Policy adopted 3 Feb 2025"
        brag set staffs-misconduct-2024/rec-2 --accept-closure
        brag set staffs-misconduct-2024/rec-3 --request-extension 2027-06-30 --reason "NFCC guidance late"
        brag set staffs-misconduct-2024/rec-3 --grant-extension
        brag set staffs-misconduct-2024/rec-5 --hold "National guidance awaited" --waiting-on "NFCC"
        brag set fire-standard-protection/req-3 --compliance partly --evidence "Audit 2026/07"
        brag set --owner-from "Pat Smith" --owner "Jo Bloggs"
        brag set --owner-from "protection" --owner "Head of Protection" --report staffs-round3-2024

      A hand-over (--owner-from OLD --owner NEW) gives NEW every item and action whose owner \
      contains OLD, whatever the case or accents: the same rule as `brag list --owner OLD`, which \
      shows beforehand exactly what it will change. Each change goes into its target's history \
      with the reason "handed over from <the owner it had>"; nothing matching is refused.
      """)

  @OptionGroup var board: BoardOptions

  @Argument(help: "The item or action: report/item or report/item/action (not with --owner-from).")
  var id: String?

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

  @Option(
    help:
      "Why: required with --due, --reject-closure, --reopen, --request-extension and --refuse-extension; recorded with --brag and --owner."
  )
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

  @Option(
    help: ArgumentHelp(
      "The owner of the item or action (empty clears it); with --owner-from, the new owner.",
      valueName: "text"))
  var owner: String?

  @Option(
    name: .customLong("owner-from"),
    help: ArgumentHelp(
      "Hand over everything whose owner contains this (any case) to --owner, instead of naming an ID.",
      valueName: "text"))
  var ownerFrom: String?

  @Option(
    help: ArgumentHelp(
      "With --owner-from: only in these reports (comma-separated ids; default: every report).",
      valueName: "id"))
  var report: String?

  @OptionGroup(title: "Closure, extensions and holds") var workflow: WorkflowOptions

  @Option(
    help: ArgumentHelp(
      "A Fire Standard requirement's self-assessment: met, partly, not-met or not-assessed (with --evidence).",
      valueName: "level"))
  var compliance: String?

  @OptionGroup var author: AuthorOptions

  func validate() throws {
    if ownerFrom != nil || report != nil { return try validateHandover() }
    guard let id else {
      throw ValidationError(
        "give the item or action to change (report/item or report/item/action), or --owner-from for a hand-over"
      )
    }
    guard RowID(id) != nil else {
      // "req-1.1": a requirement's number written into its id, which has '-' for '.'.
      let hint =
        id.contains(".") ? "; ids write a number's dots as '-' (req-1-2 for Req 1.2)" : ""
      throw ValidationError(
        "'\(id)' is not an id; use report/item or report/item/action (see brag list --format json)\(hint)")
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
    if let compliance, Compliance(words: compliance) == nil {
      throw ValidationError(
        "--compliance: '\(compliance)' is not a level; use met, partly, not-met or not-assessed")
    }
    try workflow.check(reason: reason, withCompliance: compliance != nil)
    if brag == nil && status == nil && due == nil && note == nil && assessment == nil && narrative == nil
      && owner == nil && compliance == nil && workflow.isEmpty
    {
      throw ValidationError(
        "nothing to change: give --brag, --status, --due (with --reason), --note, --assessment, --narrative, --owner, --compliance, or a closure, extension or hold option"
      )
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    if let ownerFrom { return try handOver(from: ownerFrom, to: owner ?? "", in: context) }
    let today = try context.today()
    let target = RowID(id ?? "")!
    let name = context.author
    let timestamp = context.timestamp()
    let folder = try context.dataFolder()
    let count = try EditSession.edit(folder, reportID: target.report) { report -> Int in
      let steps = try workflow.apply(
        to: &report, target, reason: reason, author: name, at: timestamp, today: today,
        evidenceFolder: folder.path)
      var changes: [Change] = []
      if let brag {
        let rating = BRAG(userText: brag)!
        if status == nil {
          // Verdict words that the new rating contradicts follow it (StatusFollowsRating).
          let current = target.action == nil ? report.item(target)?.status : report.action(target)?.status
          changes += StatusFollowsRating.changes(rating: rating, reason: reason, currentStatus: current)
        } else {
          changes.append(.brag(rating, reason: reason))
        }
      }
      if let status { changes.append(.status(status.isEmpty ? nil : status)) }
      if let due {
        let timescales = TimescaleContext(publication: report.published, reference: today)
        guard let date = CalendarDate(due) ?? TimescaleResolver.resolve(due, context: timescales).due else {
          throw BragFailure.notADate("--due", due, expected: "YYYY-MM-DD or a month such as Mar 2027")
        }
        changes.append(.revisedDue(date, reason: reason ?? ""))
      }
      if let note { changes.append(.note(note)) }
      if let owner { changes.append(.owner(OwnerRule.value(owner), reason: reason)) }
      if let assessment { changes.append(.selfAssessment(SelfAssessment(rawValue: assessment)!)) }
      if let compliance {
        let evidence = workflow.proposeClosure ? [] : workflow.evidenceGiven(in: folder.path)
        changes.append(report.assessmentStep(Compliance(words: compliance)!, evidence: evidence))
      }
      if let narrative {
        let words = ReturnNarrative.words(narrative)
        if ReturnNarrative.isTooLong(words: words) {
          Console.note(
            "warning: the narrative is \(words) words; HMICFRS allows no more than \(ReturnNarrative.wordLimit)"
          )
        }
        changes.append(.returnNarrative(narrative.isEmpty ? nil : narrative))
      }
      for change in changes {
        try report.apply(change, to: target, author: name, at: timestamp)
      }
      return steps + changes.count
    }
    Console.note(
      "saved \(target): \(count == 1 ? "1 change" : "\(count) changes") recorded in its history"
    )
  }
}
