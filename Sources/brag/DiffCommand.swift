import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct DiffCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed between two dates: per report, per item and action, and the counts at each end.",
    discussion: """
      Every change recorded in the histories from --since to --until, net of undo and redo (a \
      rating set and set back comes to nothing): ratings, statuses, due dates, owners, updates, \
      decisions and the rest, worded as brag history words them. Each report's counts per rating, \
      open, complete and overdue are given at both ends ("G 7→5"), rebuilt from the histories.

      Dates are whole days in UTC: --since 2026-10-01 starts at its midnight, --until 2026-10-31 \
      takes in the whole of that day. A full ISO 8601 time is taken as it is. Without --until the \
      end is the data as it stands now.

      Examples:
        brag diff --since 2026-10-01
        brag diff --since 2026-10-01 --until 2026-10-31 --report staffs-misconduct-2024
        brag diff --since 2026-11-27T10:00:00Z --format json
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The start: YYYY-MM-DD or an ISO 8601 time.", valueName: "date"))
  var since: String

  @Option(help: ArgumentHelp("The end (default: now): YYYY-MM-DD or an ISO 8601 time.", valueName: "date"))
  var until: String?

  @Option(help: ArgumentHelp("Only this report (see brag summary).", valueName: "id"))
  var report: String?

  @Option(help: "Output format: text or json.")
  var format: SummaryFormat = .text

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func validate() throws {
    guard let start = Self.moment(since, end: false) else { throw Self.notAMoment("--since", since) }
    if let until {
      guard let end = Self.moment(until, end: true) else { throw Self.notAMoment("--until", until) }
      guard start.instant < end.instant else { throw ValidationError("--until must come after --since") }
    }
  }

  static func notAMoment(_ option: String, _ text: String) -> ValidationError {
    ValidationError(
      "\(option) '\(text)' is not a date or time; write YYYY-MM-DD (2026-11-27) or YYYY-MM-DDThh:mm:ss "
        + "with Z or an offset (2026-11-27T10:00:00Z, 2026-11-27T10:00:00+01:00)")
  }

  /// A day's start (or, for the end, its end), or an instant as given. Nil for anything that is
  /// not a real day or time: Foundation's parser rolls "25:00" or "30 February" over into the
  /// next day or month, so each field is checked first.
  static func moment(_ text: String, end: Bool) -> Moment? {
    if let day = CalendarDate(text) { return end ? .endOf(day) : .startOf(day) }
    guard isRealTime(text), let instant = Moment.parse(text) else { return nil }
    return Moment(instant: instant, inclusive: false, day: Moment.through(instant).day)
  }

  /// `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)` naming a day that exists and a time within it.
  static func isRealTime(_ text: String) -> Bool {
    let pattern = #/(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))/#
    guard let match = text.wholeMatch(of: pattern), CalendarDate(String(match.1)) != nil,
      let hour = Int(match.2), let minute = Int(match.3), let second = Int(match.4)
    else { return false }
    guard hour < 24, minute < 60, second < 60 else { return false }
    if let offsetHours = match.5.flatMap({ Int($0) }), let offsetMinutes = match.6.flatMap({ Int($0) }) {
      guard offsetHours <= 14, offsetMinutes < 60 else { return false }
    }
    return true
  }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    let folder = try context.dataFolder()
    let reports: [Report]
    var failures: [DataFileError] = []
    if let report {
      reports = [try folder.loadReport(id: report).report]
    } else {
      let tracker = try folder.load()
      reports = tracker.reports.map(\.report)
      failures = tracker.failures
    }
    if let start = Self.moment(since, end: false), start.day > today {
      throw BragFailure("--since \(since) is after today (\(today)); nothing can have changed yet")
    }
    let end = until.flatMap { Self.moment($0, end: true) } ?? .now(today)
    let diff = DiffExport.Diff(
      reports, from: Self.moment(since, end: false)!, to: end, endIsNow: until == nil)
    switch format {
    case .text: Console.say(DiffExport.text(diff))
    case .json: Console.write(DiffExport.json(diff))
    }
    if !failures.isEmpty {
      throw BragFailure(
        messages: failures.map { "\($0) (not in the diff; the file is left untouched)" },
        exitCode: BragFailure.brokenFile)
    }
  }
}
