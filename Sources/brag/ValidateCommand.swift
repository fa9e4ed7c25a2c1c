import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ValidateCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check every data file: format, ids, dates, word limits, sensitive information.",
    discussion: """
      Prints one line per problem, 'file: id: error: message' or 'file: id: warning: message' \
      ('file:line:column: error: message' for a file that does not load), then a count.

      Errors: a file that does not load; an id used twice (reports in the folder, items in a \
      report, actions under an item, official numbers in a report); a stored due date or \
      precision that disagrees with the timescale's words (unless basis explains it); a link \
      to an item that does not exist.
      Warnings: an open item or action with no date (timescale missing or unresolved); a return \
      narrative over 300 words; personal or sensitive information in a narrative, response or \
      update (email addresses, UK phone numbers, National Insurance numbers, names listed in the \
      data folder's .brag-watchlist.txt).

      Exits 1 when there are errors; warnings alone exit 0.
      """)

  @OptionGroup var board: BoardOptions

  @Option(
    help: ArgumentHelp(
      "Only report problems in these reports: comma-separated report ids "
        + "(links are still checked against the whole folder).",
      valueName: "id"))
  var report: String?

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let folder = try context.dataFolder()
    let tracker = try folder.load()
    var only: Set<String>?
    if let report {
      let ids = Set(
        report.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
      let known = try folder.reportIDs()
      for id in ids.sorted() where !known.contains(id) {
        throw DataFolder.FolderError.unknownReport(id, known: known)
      }
      only = ids
    }
    var findings: [Finding] = []
    var watchList = WatchList.empty
    do {
      watchList = try WatchList.load(from: folder)
    } catch {
      findings.append(
        Finding(
          severity: .warning, file: error.file,
          message: "cannot be read (\(error.reason)), so names on the watch list were not checked"))
    }
    findings += Validator(watchList: watchList).validate(tracker, reportIDs: only)
    let files = only.map { $0.count } ?? (tracker.reports.count + tracker.failures.count)
    var text = findings.map { $0.description + "\n" }.joined()
    text += Validator.countLine(findings, files: files) + "\n"
    Console.say(text)
    // The findings above say why.
    if findings.contains(where: { $0.severity == .error }) { throw BragFailure(messages: []) }
  }
}
