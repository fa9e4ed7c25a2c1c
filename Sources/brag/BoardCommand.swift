import ArgumentParser
import BragExchange
import BragModel
import BragTerminal
import BragUI
import Foundation

struct BoardCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "board",
    abstract: "Open the live dashboard (what `brag` does with no subcommand).",
    discussion: """
      The reports, their items and the detail of the selected one, for the board's meeting. \
      Press ? for every key. Every edit is saved at once, with your name and the time in the \
      item's history; q quits.
      """)

  @OptionGroup var board: BoardOptions
  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    try Self.open(context) { _ in }
  }

  /// Opens the dashboard; `prepare` may adjust the board first (meeting mode starts a meeting).
  static func open(_ context: CommandContext, prepare: (inout Board) -> Void) throws {
    let environment = context.environment
    // Fail before loading anything, with the terminal untouched, when there is no usable terminal.
    if let problem = TerminalCheck.problem(
      environment: environment, stdinIsTTY: isatty(0) == 1, stdoutIsTTY: isatty(1) == 1)
    {
      throw BragFailure(problem)
    }
    let today = try context.today()
    let folder = try context.dataFolder()
    let store = try FolderBoardStore(folder: folder, cachePath: context.cachePath(for: folder))
    let boardContext = BoardContext.live(
      today: today, author: context.author,
      dataLabel: "data: \(Self.shortPath(folder.path, environment: environment))", folder: folder,
      now: context.now, timeZone: context.timeZone)
    var program = Board(store: store, context: boardContext)
    prepare(&program)
    try TerminalSession.run(&program, options: TerminalOptions(environment: environment))
  }

  /// The folder with the home folder written as ~, as people say it.
  static func shortPath(_ path: String, environment: [String: String]) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    if let home = environment["HOME"], !home.isEmpty, absolute.hasPrefix(home + "/") {
      return "~" + absolute.dropFirst(home.count)
    }
    return absolute
  }
}

struct MeetingCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting",
    abstract: "Open the dashboard in meeting mode: overdue, Red, Amber, due soon, then not rated.",
    discussion: """
      Walk the agenda with Enter or → (← goes back); rate, edit and record decisions (M) as on the \
      dashboard. m ends the meeting and writes its minutes into the data folder's minutes/ folder.

      The meeting keeps a journal in the data folder's meetings/ folder from the start, so no exit \
      loses it: q asks whether to end it, keep it open or stay; after Ctrl-C, a closed terminal or \
      a crash, --resume reopens it where it was. brag export minutes --meeting writes the minutes \
      of any meeting, finished or not.

      Examples:
        brag meeting --attendees "Chair, CFO, HR lead" --apologies "Head of Prevention"
        brag meeting --resume
        brag meeting --framework fire-standards --attendees "Chair, CFO"
      """)

  @OptionGroup var board: BoardOptions
  @OptionGroup var author: AuthorOptions

  @Option(help: "Who attends, for the minutes (asked for when not given).")
  var attendees: String?

  @Option(help: "Apologies, for the minutes.")
  var apologies: String?

  @Flag(help: "Reopen the meeting that was left open, at the last item reviewed.")
  var resume = false

  @Flag(help: "Put everything else on the agenda too, after what needs attention.")
  var all = false

  @Option(
    help: "Keep the agenda to one framework: hmicfrs, fire-standards or other (F on the board changes it).")
  var framework: String?

  func validate() throws {
    if let framework, Framework(words: framework) == nil {
      throw ValidationError("--framework must be hmicfrs, fire-standards or other, not '\(framework)'")
    }
  }

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    let framework = framework.flatMap(Framework.init(words:))
    let journals = MeetingJournals(dataFolder: try context.dataFolder())
    let open = try journals.find("open")
    if resume {
      guard let open else {
        throw BragFailure("no meeting is open to resume; brag meeting starts one")
      }
      try BoardCommand.open(context) { board in board.resumeMeeting(open, framework: framework) }
      return
    }
    if let open {
      throw BragFailure(
        "the meeting started \(open.startedAt) is still open: reopen it with brag meeting --resume "
          + "(m there ends it and writes its minutes)")
    }
    try BoardCommand.open(context) { board in
      if let attendees {
        board.startMeeting(attendees: attendees, apologies: apologies, includeRest: all, framework: framework)
      } else {
        board.askForAttendees(framework: framework)
      }
    }
  }
}

extension BoardContext {
  /// The board's context with the formats' services: the folder's sensitive-information detector
  /// (an unreadable watch list is said, not silently treated as empty), the minutes' Markdown,
  /// and the end of the last meeting for the reports pane (journals that do not parse are
  /// passed over: the trend is a guide, never a reason not to open).
  static func live(
    today: CalendarDate, author: String, dataLabel: String, folder: DataFolder,
    now: @escaping @Sendable () -> Date, timeZone: TimeZone
  ) -> BoardContext {
    let scanner: SensitiveInformation
    var problem: String?
    do {
      scanner = try SensitiveInformation.forFolder(folder)
    } catch {
      scanner = SensitiveInformation()
      problem = error.description
    }
    return BoardContext(
      today: today, author: author, dataLabel: dataLabel, now: now, scanner: scanner, scannerProblem: problem,
      minutesText: { reports, journal in
        MeetingMinutes.build(journal, reports: reports, today: today, timeZone: timeZone).markdown
      },
      lastMeeting: (try? MeetingJournals(dataFolder: folder).all().journals).flatMap {
        MeetingTrend.lastMeeting(before: today, in: $0)?.moment
      })
  }
}
