import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ImportStandardCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "standard",
    abstract: "Bring in a Fire Standard's wording from its page, saved from firestandards.org.",
    discussion: """
      FILE is the standard's page as the service saved it (HTML, or the text copied from the \
      browser). Its requirements are checked against the bundled catalogue's numbering. A \
      standard not yet tracked becomes a report of its requirements, none assessed. For one \
      already tracked, the wording comes in; and when the page is a revised version, the \
      requirements added, changed, renumbered and removed are listed: assessments of unchanged \
      requirements are kept, changed ones are marked for reassessment, removed ones are retired \
      with their history.

      Examples:
        brag import standard protection.html --dry-run
        brag import standard protection-fsd-pro02.html
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: ArgumentHelp("The saved page.", valueName: "file"), completion: .file())
  var file: String
  @Option(help: "The fire and rescue service (default: the service the other reports name).")
  var service: String?
  @Flag(help: "Import even when the page's numbering differs from the catalogue's, or is an older version.")
  var force = false
  @Flag(name: .customLong("dry-run"), help: "Print what would be created or changed; write nothing.")
  var dryRun = false
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw BragFailure("cannot read '\(file)' (check that it exists and its permissions)")
    }
    let page = try StandardPageReader.read(data, file: file)
    let tracked = try TrackedStandards.load(context)
    let folder = try context.dataFolder()
    let firstCheck = StandardPageCheck.check(page)
    let existingID = firstCheck.standard.flatMap { tracked.reports[$0.key]?.id }
    let existing = firstCheck.standard.flatMap { tracked.reports[$0.key]?.report }
    let plan = try StandardImport.plan(page, file: file, existing: existing, checked: firstCheck)
    Console.say(plan.check.lines.enumerated().map { $0 == 0 ? "page: \($1)\n" : "  \($1)\n" }.joined())
    if plan.check.titleDiffers && !force {
      throw BragFailure(
        "\(file): the page's code is \(plan.standard.title)'s but its title is not (above); "
          + "check that it is that standard's page, or import it anyway with --force")
    }
    if plan.check.codeUnknown && existing != nil && !force {
      throw BragFailure(
        "\(file): the page's reference \(plan.version ?? "") is not a version the catalogue knows of "
          + "\(plan.standard.title); if it is a revision newer than the catalogue, import it with --force")
    }
    if plan.differsFromCatalogue && !force {
      throw BragFailure(
        "\(file): the page's requirements differ from the catalogue's numbering (listed above); "
          + "check that it is the standard's own page, or import it anyway with --force")
    }
    if let existing, let older = olderVersion(plan, than: existing.standard?.version), !force {
      throw BragFailure(
        "\(file) is \(older), older than the \(existing.standard?.version ?? "") tracked; "
          + "import the current page, or use --force to go back")
    }
    if plan.requirements.isEmpty {
      throw BragFailure("\(file): no requirements found on the page; nothing to import")
    }
    let name = context.author
    let timestamp = context.timestamp()
    guard let existingID else {
      return try create(plan, folder: folder, tracked: tracked)
    }
    var revision: StandardRevision?
    if dryRun {
      var copy = existing!
      revision = copy.revise(to: plan.version, requirements: plan.requirements, author: name, at: timestamp)
    } else {
      try EditSession.checkWritable(folder)
      revision = try EditSession.edit(folder, reportID: existingID) { report in
        let outcome = report.revise(
          to: plan.version, requirements: plan.requirements, author: name, at: timestamp)
        if let source = plan.source { report.source = source }
        return outcome
      }
    }
    Console.say(Self.describe(revision!, reportID: existingID, dryRun: dryRun))
  }

  private func create(_ plan: StandardImportPlan, folder: DataFolder, tracked: TrackedStandards) throws {
    let report = plan.standard.newReport(
      version: plan.version, source: plan.source,
      service: service ?? tracked.board.reports.compactMap(\.service).first,
      requirements: plan.requirements)
    let musts = report.items.filter { $0.requirement?.obligation == .must }.count
    let counts =
      "\(report.items.count) requirements (\(musts) must, \(report.items.count - musts) should), none assessed"
    if dryRun { return Console.say("would create \(report.id): \(counts)\n") }
    try EditSession.checkWritable(folder)
    let path = folder.filePath(for: report.id)
    guard !FileManager.default.fileExists(atPath: path) else {
      throw BragFailure(
        "\(path) already exists and does not track \(plan.standard.title); move it aside first")
    }
    try folder.save(report, expecting: nil)
    Console.say("created \(report.id): \(counts)\n")
  }

  /// The page's version when the catalogue places it before `tracked`.
  private func olderVersion(_ plan: StandardImportPlan, than tracked: String?) -> String? {
    let versions = plan.standard.versions.map(\.reference)
    guard let page = plan.version, let tracked, let pageIndex = versions.firstIndex(of: page),
      let trackedIndex = versions.firstIndex(of: tracked), pageIndex < trackedIndex
    else { return nil }
    return page
  }

  static func describe(_ revision: StandardRevision, reportID: String, dryRun: Bool) -> String {
    var lines = ["\(dryRun ? "would update" : "updated") \(reportID): \(revision.summary)"]
    for entry in revision.entries where entry.outcome != .unchanged {
      let what: String
      switch entry.outcome {
      case .added: what = "added: not assessed"
      case .changed:
        let moved =
          entry.previousClause.flatMap { $0 == entry.clause ? nil : "renumbered (was \($0)) and " } ?? ""
        what = "\(moved)wording changed: assessment kept, marked for reassessment"
      case .renumbered: what = "renumbered (was \(entry.previousClause ?? "?")): assessment kept"
      case .removed: what = "removed: retired, kept with its history, no longer counted"
      case .worded: what = "wording brought in"
      case .unchanged: what = "unchanged"
      }
      lines.append("  \(entry.name): \(what)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
