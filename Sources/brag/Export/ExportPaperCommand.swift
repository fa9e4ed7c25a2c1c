import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportPaperCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "paper",
    abstract: "The members' paper: an exception report for the committee, in HTML or Markdown.",
    discussion: """
      The counts by rating and status now and at the last meeting (the most recent that ended \
      before today, from meetings/), or at the start of --since DATE, with the change; the items \
      and, apart, the actions completed since, each counted; what is overdue or Red, with its owner and latest update or decision; \
      closures proposed and accepted, extensions requested and granted (original and current \
      dates), what is on hold; and a chart of the ratings at the end of the last meetings.

      The HTML is one file with no external assets: the chart is inline SVG, each rating in its \
      colour, a pattern and its letter (B, R, A, G, U), so it reads printed in greyscale. Every \
      value is escaped.

      Examples:
        brag export paper -o paper.html
        brag export paper --since 2026-10-01 --format md -o paper.md
      """)

  @OptionGroup var board: BoardOptions

  @Option(
    help: ArgumentHelp(
      "Compare with the start of this day (default: the last meeting).", valueName: "yyyy-mm-dd"))
  var since: String?

  @Option(help: "Output format: html or md (Markdown).")
  var format: PageFormat = .html

  @Option(help: "How many of the last meetings to chart.")
  var meetings: Int = 6

  @OptionGroup var output: OutputOptions

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func validate() throws {
    if let since, CalendarDate(since) == nil {
      throw ValidationError("--since '\(since)' is not a date; write 2026-10-01")
    }
    guard meetings >= 0 else { throw ValidationError("--meetings must be 0 or more") }
  }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let folder = try context.dataFolder()
    let tracker = try folder.load()
    let journals = try MeetingJournals(dataFolder: folder).all()
    for broken in journals.broken { Console.note("warning: \(broken) is not a meeting journal; left out") }
    let baseline: (Moment, String)
    if let since = since.flatMap({ CalendarDate($0) }), since > today {
      throw BragFailure("--since \(since) is after today (\(today)); compare with a day that has passed")
    }
    if let since = since.flatMap({ CalendarDate($0) }) {
      baseline = (.startOf(since), since.longDescription)
    } else if let last = MeetingTrend.lastMeeting(before: today, in: journals.journals) {
      baseline = (last.moment, "the last meeting (\(last.moment.day.longDescription))")
    } else {
      throw BragFailure(
        "no meeting has ended before \(today.longDescription) to compare with; give --since DATE")
    }
    let paper = MembersPaper.build(
      tracker.reports.map(\.report), journals: journals.journals, since: baseline.0, baseline: baseline.1,
      today: today, meetings: meetings)
    try output.write(format == .html ? paper.html : paper.markdown)
    if !tracker.failures.isEmpty {
      throw BragFailure(
        messages: tracker.failures.map { "\($0) (not in the paper; the file is left untouched)" },
        exitCode: BragFailure.brokenFile)
    }
  }
}
