import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportRequestsCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "requests",
    abstract:
      "The owners' update requests for the quarter's round: what each owner needs to update, with room to reply.",
    discussion: """
      Per owner (owners matched as brag list --owner matches), every open item and action they \
      hold: id, ref, a short text, due date (and the original one if it moved), rating, status, \
      whether it is held, and the last update; then room to reply: the update, and optional \
      fields to propose closure (evidence, items only) or ask for an extension (new date and \
      reason). Complete items and actions are left out; open ones with no owner are counted in \
      a note. --format md is a form for emailing or printing; --format csv is for a spreadsheet \
      (UTF-8 with a byte order mark and CRLF; no cell can start a formula). brag import updates \
      reads either back.

      Written to a file (-o FILE), the round is recorded in the data folder (requests/<id>.json: \
      when it was sent, the --by date, the owners and the ids asked about), which brag list \
      --awaiting-update reads; --chase asks again about only what is still awaited, as a new \
      round. Printed to standard output it is not recorded, unless --record \
      (for piping into mail); --dry-run records nothing and writes no file.

      Examples:
        brag export requests --by 2026-12-11 --format md -o requests.md
        brag export requests --by 2026-12-11 --owner "people and org" --format csv -o pod.csv
        brag export requests --by 2026-12-11 --report mfrs-action-plan-2023 --dry-run
        brag export requests --by 2026-12-18 --chase -o reminder.md
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The date replies are asked for, YYYY-MM-DD.", valueName: "date"))
  var by: String

  @Option(
    help: ArgumentHelp(
      "Only owners whose name contains this (any case), as brag list --owner.", valueName: "text"))
  var owner: String?

  @Option(help: ArgumentHelp("Only these reports: comma-separated report ids.", valueName: "id"))
  var report: String?

  @Option(help: "md (a form to email or print) or csv (a spreadsheet to fill in).")
  var format: RequestFormat = .md

  @Flag(
    help:
      "Chase: only what the latest round asked about and has had no reply since (brag list --awaiting-update)."
  )
  var chase = false

  @Flag(help: "Record the round even when printing to standard output.")
  var record = false

  @Flag(
    name: .customLong("dry-run"),
    help: "Print the requests to standard output; record nothing, write no file.")
  var dryRun = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func validate() throws {
    guard UpdateReplyPlan.parseDate(by) != nil else {
      throw ValidationError("--by: '\(by)' is not a date; write YYYY-MM-DD")
    }
    if let owner, OwnerRule.value(owner) == nil {
      throw ValidationError("--owner: give a name (any part of it)")
    }
    if dryRun && record { throw ValidationError("--dry-run records nothing; leave out --record") }
  }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let replyBy = UpdateReplyPlan.parseDate(by)!
    guard replyBy >= today else {
      throw BragFailure("--by \(replyBy) is before today (\(today)); give the date replies are due")
    }
    let folder = try context.dataFolder()
    let reports = try UpdateRoundScope.load(folder, report: report, doing: "no requests were made")
    var groups = UpdateRound.requestLines(in: reports, owner: owner.flatMap(OwnerRule.value), today: today)
    if chase {
      guard let latest = try UpdateRounds(dataFolder: folder).latest() else {
        throw BragFailure(
          "--chase: no update requests have been recorded, so there is nothing to chase",
          hint: "brag export requests --by DATE -o FILE sends a round and records it")
      }
      let awaited = Set(latest.awaiting(in: reports).map(\.id))
      groups = groups.map { ($0.owner, $0.lines.filter { awaited.contains($0.id) }) }.filter {
        !$0.lines.isEmpty
      }
      guard !groups.isEmpty else {
        Console.note(
          "every owner the latest round asked\(owner.map { " matching '\($0)'" } ?? "") has replied; nothing to chase"
        )
        return
      }
    }
    guard !groups.isEmpty else {
      if let owner {
        throw BragFailure(
          "no open item or action has an owner matching '\(owner)'; nothing to request",
          hint: "brag list --owner \"\(owner)\" shows what an owner holds")
      }
      throw BragFailure(
        "no open item or action has an owner; nothing to request",
        hint: "give them owners with brag set ID --owner NAME")
    }
    let period = UpdatePeriod.containing(today).name
    let requests = groups.map { UpdateRequestExport.OwnerRequest(owner: $0.owner, lines: $0.lines) }
    let text = UpdateRequestExport.render(
      requests, replyBy: replyBy, period: period, today: today, format: format == .csv ? .csv : .md)
    let summary =
      "\(groups.count == 1 ? "1 owner" : "\(groups.count) owners"), "
      + UpdateRequestExport.counted(groups.flatMap(\.lines))
    if dryRun {
      Console.write(text)
      Console.note("dry run: \(summary); nothing recorded")
    } else {
      try output.write(Array(text.utf8)) { "wrote the update requests to \($0) (\(summary))" }
    }
    if owner == nil && !chase {
      let unowned = UpdateRound.unowned(in: reports).count
      if unowned > 0 {
        Console.note(
          "\(unowned == 1 ? "1 open item or action has" : "\(unowned) open items and actions have") no owner, "
            + "so nobody was asked about \(unowned == 1 ? "it" : "them"); brag set ID --owner NAME gives one")
      }
    }
    guard !dryRun, output.output != nil || record else {
      if !dryRun {
        Console.note(
          "not recorded as sent (printed to standard output); -o FILE or --record records the round")
      }
      return
    }
    try EditSession.checkWritable(folder)
    let sentAt = context.timestamp()
    let rounds = UpdateRounds(dataFolder: folder)
    var id = UpdateRound.id(for: sentAt)
    var suffix = 1
    while FileManager.default.fileExists(atPath: rounds.path(of: id)) {
      suffix += 1
      id = UpdateRound.id(for: sentAt) + "-\(suffix)"
    }
    let round = UpdateRound(
      id: id, sentAt: sentAt, sentOn: today, replyBy: replyBy, sentBy: context.author,
      period: period, reports: report.map { _ in reports.map(\.id) },
      requests: groups.map { UpdateRound.Request(owner: $0.owner, ids: $0.lines.map(\.id.description)) })
    let path = try rounds.save(round)
    Console.note("recorded the round in \(path); brag list --awaiting-update shows who has not replied")
  }
}

enum RequestFormat: String, ExpressibleByArgument, CaseIterable {
  case md, csv
}

/// The reports a round covers, loaded whole (the rule needs their histories).
enum UpdateRoundScope {
  /// The reports `report` names (comma-separated), or every report; a report that does not load
  /// is refused (its owners would go unasked, or its replies unseen), saying what was not done.
  static func load(_ folder: DataFolder, report: String?, doing: String) throws -> [Report] {
    if let report {
      let ids = report.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      return try ids.map { try folder.loadReport(id: $0).report }
    }
    let tracker = try folder.load()
    guard tracker.failures.isEmpty else {
      throw BragFailure(
        messages: tracker.failures.map(\.description) + [
          "\(doing): a report that does not load cannot be read; fix it, or name the others with --report"
        ], exitCode: BragFailure.brokenFile)
    }
    return tracker.reports.map(\.report)
  }

  /// The latest round and what in it still waits for a reply, for `brag list --awaiting-update`.
  static func awaiting(_ context: CommandContext) throws -> (round: UpdateRound, awaited: [AwaitedUpdate]) {
    let folder = try context.dataFolder()
    guard let round = try UpdateRounds(dataFolder: folder).latest() else {
      throw BragFailure(
        "no update requests have been recorded in \(folder.path)",
        hint: "brag export requests --by DATE -o FILE sends a round and records it")
    }
    let tracker = try folder.load()
    for failure in tracker.failures {
      Console.note("\(failure) (skipped: its items are not counted as awaiting)")
    }
    return (round, round.awaiting(in: tracker.reports.map(\.report)))
  }

  /// The awaited rows as a table for a person: a line about the round, then by owner.
  static func table(_ round: UpdateRound, _ awaited: [AwaitedUpdate], rows: [Row], today: CalendarDate)
    -> String
  {
    let asked = round.asked.count
    var out =
      "Update round \(round.id): sent \(round.sentOn.longDescription), replies by \(round.replyBy.longDescription)"
      + "; \(rows.count) of \(asked) awaiting a reply\n"
    let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var owners: [String] = []
    for entry in awaited where !owners.contains(entry.owner) { owners.append(entry.owner) }
    for owner in owners {
      let mine = awaited.filter { $0.owner == owner }.compactMap { byID[$0.id.description] }
      guard !mine.isEmpty else { continue }
      out += "\n\(SafeText.singleLine(owner)) (\(mine.count))\n"
      for row in mine {
        let due = row.due?.description ?? row.precision.dueWord
        let late = row.daysOverdue(on: today).map { " +\($0)d" } ?? ""
        let held = row.isWaiting ? " held" : ""
        let text = DisplayWidth.truncate(SafeText.singleLine(row.text), to: 40)
        out +=
          "  \(SafeText.singleLine(row.id))  \(SafeText.singleLine(row.ref))  \(row.brag.letter)  \(due)\(late)\(held)  \(text)\n"
      }
    }
    if rows.isEmpty { out += "Every owner asked has replied.\n" }
    return out
  }
}
