import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportMinutesCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract: "Minutes of a meeting, or of the changes made since a time.",
    discussion: """
      --meeting: the minutes of one board meeting, finished or not, from its journal: who met \
      and when (local time), each item reviewed in agenda order with its rating then, the net \
      change made and why, decisions and actions arising, and what is still overdue. ID is a \
      meeting's id (its file name in meetings/), latest, or open.

      --since: every change recorded in the history since a time, grouped by report and item, \
      then the items still overdue.

      Examples:
        brag export minutes --meeting latest -o minutes.md
        brag export minutes --meeting open --format html -o minutes.html
        brag export minutes --since 2026-11-27 --attendees "Chair, CFO, HR lead"
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The meeting: its id, latest, or open.", valueName: "id"))
  var meeting: String?

  @Option(help: ArgumentHelp("The start of the period: YYYY-MM-DD or an ISO 8601 time.", valueName: "time"))
  var since: String?

  @Option(help: "md or html (--meeting only).")
  var format: MinutesFormat = .md

  @Option(help: "Who attended, as it should appear in the minutes.")
  var attendees: String?

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func validate() throws {
    guard (meeting == nil) != (since == nil) else {
      throw ValidationError("give --meeting ID (or latest, open) or --since TIME")
    }
    if since != nil && format != .md { throw ValidationError("--format html goes with --meeting") }
    guard let since else { return }
    guard MinutesExport.normaliseSince(since) != nil else {
      throw ValidationError(
        "--since '\(since)' is not a date or time; write 2026-11-27 or 2026-11-27T10:00:00Z")
    }
  }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let folder = try context.dataFolder()
    let tracker = try folder.load()
    let reports = tracker.reports.map(\.report)
    let text: String
    if let meeting {
      let journals = MeetingJournals(dataFolder: folder)
      guard let journal = try journals.find(meeting) else {
        let known = try journals.all().journals.map(\.id)
        throw BragFailure(
          known.isEmpty
            ? "no meetings recorded yet in \(journals.folder); brag meeting starts one"
            : "no meeting '\(meeting)'; known: \(known.joined(separator: ", ")), latest, open")
      }
      let minutes = MeetingMinutes.build(journal, reports: reports, today: today, timeZone: context.timeZone)
      text = format == .html ? minutes.html : minutes.markdown
    } else {
      text = MinutesExport.markdown(
        reports,
        options: .init(since: MinutesExport.normaliseSince(since!)!, today: today, attendees: attendees))
    }
    try output.write(text)
    if !tracker.failures.isEmpty {
      throw BragFailure(
        messages: tracker.failures.map { "\($0) (not in the minutes)" }, exitCode: BragFailure.brokenFile)
    }
  }
}

enum MinutesFormat: String, ExpressibleByArgument, CaseIterable {
  case md, html
}
