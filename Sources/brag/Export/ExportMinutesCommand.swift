import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportMinutesCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract:
      "Minutes of the changes made since a time: ratings, statuses, revised dates, updates, decisions.",
    discussion: """
      Every change recorded in the history since --since, grouped by report and item, then the \
      items still overdue. The dashboard's meeting mode writes these at the end of a meeting.

      Examples:
        brag export minutes --since 2026-11-27 --attendees "Chair, CFO, HR lead"
        brag export minutes --since 2026-11-27T10:00:00Z -o minutes.md
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The start of the period: YYYY-MM-DD or an ISO 8601 time.", valueName: "time"))
  var since: String

  @Option(help: "Who attended, as it should appear in the minutes.")
  var attendees: String?

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func validate() throws {
    guard MinutesExport.normaliseSince(since) != nil else {
      throw ValidationError(
        "--since '\(since)' is not a date or time; write 2026-11-27 or 2026-11-27T10:00:00Z")
    }
  }

  func run(in context: CommandContext) throws {
    let start = MinutesExport.normaliseSince(since)!
    let today = try context.today()
    let tracker = try context.dataFolder().load()
    let text = MinutesExport.markdown(
      tracker.reports.map(\.report), options: .init(since: start, today: today, attendees: attendees))
    try output.write(text)
    if !tracker.failures.isEmpty {
      throw BragFailure(
        messages: tracker.failures.map { "\($0) (not in the minutes)" }, exitCode: BragFailure.brokenFile)
    }
  }
}
