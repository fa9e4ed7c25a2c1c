import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bring in a published progress page, an action-plan spreadsheet, or owners' update replies.",
    discussion: """
      A new report id creates the report. Importing into an existing report from the same \
      source updates it in place: texts and statuses come from the source, and history, ratings \
      set by hand, quarterly updates, revised dates, return narratives, self-assessments and \
      actions added on the board are kept; every change is listed and recorded in the history \
      as "imported". A report from another source is never overwritten without --replace \
      (which also removes items the source no longer has). --dry-run prints what would be \
      created or changed and writes nothing.
      """,
    subcommands: [
      ImportPageCommand.self, ImportPlanCommand.self, ImportUpdatesCommand.self, ImportStandardCommand.self,
    ])
}

/// The options both imports share.
struct ImportTargetOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("The file to import.", valueName: "file"), completion: .file())
  var file: String

  @Option(
    name: .customLong("report-id"), help: "The report's id, also its file name (e.g. staffs-round4-2026).")
  var reportID: String

  @Option(help: "The report's title.") var title: String

  @Option(help: "The fire and rescue service.") var service: String?

  @Option(help: ArgumentHelp("Publication date of the HMICFRS report, YYYY-MM-DD.", valueName: "date"))
  var published: String?

  @Flag(help: "Import into an existing report even from a different source, removing items it no longer has.")
  var replace = false

  @Flag(name: .customLong("dry-run"), help: "Print what would be created or changed; write nothing.")
  var dryRun = false

  func validate() throws {
    guard IDRules.isValid(reportID) else { throw ValidationError("--report-id: \(IDRules.rule)") }
    if let published, CalendarDate(published) == nil {
      throw ValidationError("--published: '\(published)' is not a date; write YYYY-MM-DD")
    }
  }

  func readFile() throws -> Data {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw BragFailure("cannot read '\(file)' (check that it exists and its permissions)")
    }
    return data
  }

  func options(kind: ReportKind?) -> ImportOptions {
    ImportOptions(
      reportID: reportID, title: title, service: service, published: published.flatMap(CalendarDate.init),
      kind: kind, source: (file as NSString).lastPathComponent)
  }

  /// Prints what was read, then creates, updates or (with --dry-run) describes the report.
  /// `kindGiven`: the user named the report's kind; otherwise an existing report keeps its own.
  func store(_ result: ImportResult, in context: CommandContext, kindGiven: Bool = false) throws {
    let folder = try context.dataFolder()
    var out = ""
    for message in result.messages {
      out += message.located(in: file) + "\n"
    }
    let path = folder.filePath(for: reportID)
    let verb = dryRun ? "would " : ""
    if !FileManager.default.fileExists(atPath: path) {
      let report = result.report
      out += "\(verb)create \(reportID) with \(describe(report))\n"
      for item in report.items {
        out += "  \(item.id): \(item.label), \(item.status ?? "no status")"
        out += item.actions.isEmpty ? "" : ", " + count(item.actions.count, "action")
        out += item.updates.isEmpty ? "" : ", " + count(item.updates.count, "update")
        out += "\n"
      }
      Console.say(out)
      try refuseInvalid(result.problems(in: report))
      if !dryRun {
        try folder.save(report, expecting: nil)
        Console.note("created \(path)")
      }
      return
    }
    var session = try EditSession(folder: folder, reportID: reportID)
    let sameSource = session.report.source == result.report.source
    guard sameSource || replace else {
      Console.say(out)
      throw BragFailure(
        "\(reportID) already exists from another source (\(session.report.source ?? "none")); "
          + "nothing written; use --replace to import over it, or another --report-id")
    }
    var imported = result.report
    if !kindGiven { imported.kind = session.report.kind }
    let outcome = ImportMerge.merge(
      existing: session.report, imported: imported, author: context.author, at: context.timestamp(),
      dropMissing: replace)
    if outcome.changes.isEmpty {
      out += "\(reportID): nothing changed\n"
    } else {
      out += "\(verb)update \(reportID): " + count(outcome.changes.count, "change") + "\n"
      out += outcome.changes.map { "  \($0)\n" }.joined()
    }
    Console.say(out)
    if !outcome.changes.isEmpty { try refuseInvalid(result.problems(in: outcome.report)) }
    if !dryRun && !outcome.changes.isEmpty {
      session.report = outcome.report
      try session.save()
      Console.note("updated \(path)")
    }
  }

  /// Lists what would make the written report invalid, each at its source line, and fails:
  /// an import never writes what `brag validate` rejects (with --dry-run too, so a dry run shows it).
  func refuseInvalid(_ problems: [ImportMessage]) throws {
    guard !problems.isEmpty else { return }
    Console.write(problems.map { $0.located(in: file) + "\n" }.joined())
    throw BragFailure(
      "\(file): the imported report would not be valid (\(count(problems.count, "error"))); nothing written")
  }

  func describe(_ report: Report) -> String {
    let actions = report.items.reduce(0) { $0 + $1.actions.count }
    return count(report.items.count, "item") + (actions > 0 ? " and " + count(actions, "action") : "")
  }

  func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

struct ImportPageCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "page",
    abstract: "Import a progress page saved as plain text (or Markdown from brag export page).",
    discussion: """
      Reads "Recommendation"/"Area for improvement" headings (numbered or not), the text, the \
      response ("Action we have taken", "Action:", "Progress:", "Our response"), "Status", dated \
      progress entries ("April 2023: …") as quarterly updates, and section headings between \
      items. Deadlines at the head of the text ("By 1 June 2023, chief fire officers should …") \
      become the timescale. Complete → Blue, On track → Green, else not rated. Items the page \
      does not number are numbered by position. Lines that cannot be placed are listed with \
      their line numbers.

      Examples:
        brag import page values.txt --report-id staffs-values-culture-2023 --title "Values and culture" --published 2023-03-31 --kind spotlight --numbers 1,3,4,5,9,12,14,17,18,20,21,22,23,24,27,28,32,33,34
        brag import page round3.md --report-id staffs-round3-2024 --title "Round 3" --dry-run
      """)

  @OptionGroup var board: BoardOptions
  @OptionGroup var target: ImportTargetOptions
  @OptionGroup var author: AuthorOptions

  @Option(
    help:
      "inspection, thematic, spotlight, action-plan or other (default: inspection for areas for improvement, else other)."
  )
  var kind: String?

  @Option(
    help: ArgumentHelp(
      "Official numbers of the page's recommendations in page order, when the page prints none (1,3,4,5,9,…).",
      valueName: "list"))
  var numbers: String?

  func validate() throws {
    if let kind, ReportKind(rawValue: kind) == nil {
      throw ValidationError(
        "--kind: use one of \(ReportKind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    if numbers != nil && parsedNumbers == nil {
      throw ValidationError("--numbers: give whole numbers separated by commas, e.g. 1,3,4,5,9")
    }
  }

  var parsedNumbers: [Int]? {
    guard let numbers else { return nil }
    let parts = numbers.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    return parts.contains(nil) || parts.isEmpty ? nil : parts.compactMap { $0 }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let text = ImportText.decode(try target.readFile())
    var options = target.options(kind: kind.flatMap(ReportKind.init))
    options.officialNumbers = parsedNumbers
    let result = PageImport.parse(text, options: options)
    if result.report.items.isEmpty {
      Console.say(result.messages.map { $0.located(in: target.file) + "\n" }.joined())
      throw BragFailure(
        "\(target.file): no recommendations or areas for improvement found; nothing imported")
    }
    try target.store(result, in: context, kindGiven: kind != nil)
  }
}
