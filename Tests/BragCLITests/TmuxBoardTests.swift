import BragModel
import Foundation
import Testing

/// Drives the real `brag` dashboard inside tmux, as a person at the keyboard would, and checks
/// both what the screen shows and what ends up in the data files.
@Suite("The dashboard in a real terminal (tmux)", .serialized)
struct TmuxBoardTests {
  let scratch = Scratch()

  /// A tmux server of our own, so nothing else running tmux is touched.
  final class Tmux {
    let socket = "brag-test-\(UUID().uuidString.prefix(8))"
    let binary: String

    init() throws {
      guard
        let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(
          where: FileManager.default.isExecutableFile)
      else {
        throw TmuxMissing()
      }
      binary = found
    }

    struct TmuxMissing: Error, CustomStringConvertible {
      var description: String { "tmux is not installed (.ci/run installs it: apt-get install tmux)" }
    }

    /// Runs tmux and returns what it printed. posix_spawn and waitpid rather than Foundation's
    /// Process: Process never notices the client exit when the command starts tmux's server.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
      let output = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tmux-\(UUID().uuidString).out"
      ).path
      defer { try? FileManager.default.removeItem(atPath: output) }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      let argv = ([binary, "-L", socket] + arguments).map { strdup($0) } + [nil]
      defer { for pointer in argv { free(pointer) } }
      // The test runner's threads may block signals; tmux and the board must start with none
      // blocked, or the board would never hear SIGWINCH.
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var empty = sigset_t()
      sigemptyset(&empty)
      posix_spawnattr_setsigmask(&attributes, &empty)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
      var pid: pid_t = 0
      guard posix_spawn(&pid, binary, &actions, &attributes, argv, environ) == 0 else { throw TmuxMissing() }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      lastStatus = (status >> 8) & 0xFF
      return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    private(set) var lastStatus: Int32 = 0

    /// The visible screen, with lines that wrapped joined back together.
    func screen() throws -> String { try run(["capture-pane", "-p", "-J", "-t", "board"]) }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "board"] + keys) }

    /// Waits (up to a few seconds) until the screen contains `text`.
    func waitFor(_ text: String, seconds: Double = 10) throws -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if try screen().contains(text) { return true }
        Thread.sleep(forTimeInterval: 0.05)
      }
      return false
    }

    private func sessionAlive() -> Bool {
      _ = try? run(["has-session", "-t", "board"])
      return lastStatus == 0
    }

    func waitForExit(seconds: Double = 10) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if !sessionAlive() { return true }
        Thread.sleep(forTimeInterval: 0.05)
      }
      return false
    }

    deinit { _ = try? run(["kill-server"]) }
  }

  func start(_ tmux: Tmux, data: String, extraEnvironment: String = "", width: Int = 120, height: Int = 40)
    throws
  {
    let command =
      "env HOME=\(scratch.path) XDG_CACHE_HOME=\(scratch.path)/cache LANG=C.UTF-8 TERM=xterm-256color \(extraEnvironment) "
      + "\(BragProcess.binary.path) --data \(data) --today 2026-11-27 --as Tester; echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "\(width)", "-y", "\(height)", command])
  }

  @Test(
    "overdue, rate, undo, rate again, quit: the file on disk has the rating and every step in its history")
  func meetingRoundTrip() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    try start(tmux, data: data)
    #expect(try tmux.waitFor("BRAG Board · as at 27 November 2026"))
    #expect(try tmux.screen().contains("Rec 2   G  Chief Fire Officers"))

    try tmux.keys("o")
    #expect(try tmux.waitFor("overdue only"))
    #expect(try !tmux.screen().contains("Rec 1 "))
    // Late actions are rows of their own, and the counts say items and actions apart.
    #expect(try tmux.screen().contains("Overdue only: 2 items and 19 actions overdue, under 6 items"))
    #expect(try tmux.screen().contains("AFI 2.1 -  ↳"))
    try tmux.keys(":", "2", "Enter")
    try tmux.keys("R")
    #expect(try tmux.waitFor("Why is Rec 2 Red; status becomes “Off track”?"))
    try tmux.keys("consultation slipped", "Enter")
    #expect(try tmux.waitFor("Rec 2 rated Red, status “Off track” · saved"))
    try tmux.keys("u")
    #expect(try tmux.waitFor("Undone: Rec 2 rated Red"))
    try tmux.keys("A")
    try tmux.keys("Escape")
    #expect(try tmux.waitFor("Cancelled"))
    try tmux.keys("A", "Enter")
    #expect(try tmux.waitFor("Rec 2 rated Amber, status “At risk” · saved"))
    #expect(try tmux.screen().contains("Rec 2   A  Chief Fire Officers"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))

    let report = try ReportCoding.decode(
      Data(
        contentsOf: URL(
          fileURLWithPath: (data as NSString).appendingPathComponent("staffs-misconduct-2024.json"))),
      file: "staffs-misconduct-2024.json")
    let item = report.items[1]
    #expect(item.brag == .amber)
    #expect(item.status == "At risk")
    let ratings = item.history.filter { $0.field == .brag }
    #expect(
      ratings.map { "\($0.before ?? "")→\($0.after ?? "")" } == ["green→red", "red→green", "green→amber"])
    #expect(ratings.map(\.reason) == ["consultation slipped", "undo", nil])
    #expect(item.history.allSatisfy { $0.author == "Tester" && ($0.field == .brag || $0.field == .status) })
  }

  @Test("a meeting walked end to end: agenda, rating, a decision, minutes written when it ends")
  func meeting() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    let command =
      "env HOME=\(scratch.path) XDG_CACHE_HOME=\(scratch.path)/cache LANG=C.UTF-8 TERM=xterm-256color "
      + "\(BragProcess.binary.path) meeting --data \(data) --today 2026-11-27 --as Tester --attendees 'Chair, CFO'; "
      + "echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", command])
    #expect(try tmux.waitFor("MEETING · item 1 of 7"))
    try tmux.keys("Enter")
    #expect(try tmux.waitFor("MEETING · item 2 of 7"))
    try tmux.keys("R", "Enter")
    #expect(try tmux.waitFor("AFI 3 rated Red, status “Off track” · saved"))
    try tmux.keys("M")
    try tmux.keys("Survey to be re-run in Q4", "Enter")
    #expect(try tmux.waitFor("AFI 3 decision recorded · saved"))
    try tmux.keys("m")
    #expect(try tmux.waitFor("minutes written to"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    let folder = (data as NSString).appendingPathComponent("minutes")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(files.count == 1)
    let minutes = try String(
      contentsOfFile: (folder as NSString).appendingPathComponent(files[0]), encoding: .utf8)
    #expect(minutes.contains("- Present: Chair, CFO"))
    #expect(minutes.contains("- BRAG Not rated → Red"))
    #expect(minutes.contains("**Decision:** Survey to be re-run in Q4"))
  }

  @Test(
    "a meeting left with q half-way keeps its record: minutes of the open meeting, resumed, ended with q then e"
  )
  func meetingLeftHalfWay() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    let environment =
      "env HOME=\(scratch.path) XDG_CACHE_HOME=\(scratch.path)/cache LANG=C.UTF-8 TERM=xterm-256color TZ=Europe/London "
    let start =
      environment + "\(BragProcess.binary.path) meeting --data \(data) --today 2026-11-27 --as Secretary; "
      + "echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", start])
    #expect(try tmux.waitFor("Who is present"))
    try tmux.keys("Chair, CFO", "Enter")
    #expect(try tmux.waitFor("Apologies"))
    try tmux.keys("Head of Prevention", "Enter")
    #expect(try tmux.waitFor("MEETING · item 1 of 7"))
    try tmux.keys("Enter")
    try tmux.keys("R", "Enter")
    #expect(try tmux.waitFor("AFI 3 rated Red, status “Off track” · saved"))
    try tmux.keys("M")
    try tmux.keys("Survey to be re-run in Q4", "Enter")
    #expect(try tmux.waitFor("AFI 3 decision recorded · saved"))
    try tmux.keys("q")
    #expect(
      try tmux.waitFor(
        "Leaving the meeting:  e end it and write the minutes · k keep it open for later · c stay"))
    try tmux.keys("k")
    #expect(try tmux.waitFor("EXIT=0"))
    try tmux.run(["kill-server"])

    // The open meeting's minutes, from the command line.
    let open = try BragProcess.run(
      ["export", "minutes", "--meeting", "open", "--data", data, "--today", "2026-11-27"], home: scratch.path)
    #expect(open.status == 0)
    #expect(open.stdout.contains("- Present: Chair, CFO"))
    #expect(open.stdout.contains("- Apologies: Head of Prevention"))
    #expect(open.stdout.contains("(the meeting has not ended)"))
    #expect(open.stdout.contains("- BRAG Not rated → Red"))
    #expect(open.stdout.contains("- **Decision:** Survey to be re-run in Q4"))

    // Resumed where it was left; q then e ends it and writes the minutes.
    let again = try Tmux()
    let resume =
      environment
      + "\(BragProcess.binary.path) meeting --resume --data \(data) --today 2026-11-27 --as Secretary; "
      + "echo EXIT=$?; sleep 30"
    try again.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", resume])
    #expect(try again.waitFor("Meeting resumed: 2 items reviewed so far"))
    #expect(try again.waitFor("MEETING · item 2 of 7"))
    try again.keys("Enter")
    try again.keys("q")
    #expect(try again.waitFor("keep it open for later"))
    try again.keys("e")
    #expect(try again.waitFor("EXIT=0"))
    let folder = (data as NSString).appendingPathComponent("minutes")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(files.count == 1)
    let minutes = try String(
      contentsOfFile: (folder as NSString).appendingPathComponent(files[0]), encoding: .utf8)
    #expect(minutes.contains("- Present: Chair, CFO"))
    #expect(!minutes.contains("has not ended"))
    #expect(minutes.contains("### AFI 4"))
    #expect(minutes.contains("- **Decision:** Survey to be re-run in Q4"))
    let resumedAgain = try BragProcess.run(["meeting", "--resume", "--data", data], home: scratch.path)
    #expect(resumedAgain.status == 1)
    #expect(resumedAgain.stderr.contains("no meeting is open to resume"))
  }

  @Test(
    "undo refuses when a script changed the rating since, saying who and when; the script's change stands")
  func undoAfterAScript() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    try start(tmux, data: data)
    #expect(try tmux.waitFor("BRAG Board · as at 27 November 2026"))
    try tmux.keys(":", "6", "Enter")
    try tmux.keys("R", "Enter")
    #expect(try tmux.waitFor("Rec 6 rated Red, status “Off track” · saved"))
    let script = try BragProcess.run(
      [
        "set", "staffs-misconduct-2024/rec-6", "--brag", "blue", "--reason", "evidence seen", "--data", data,
        "--as",
        "Script",
      ], home: scratch.path)
    #expect(script.status == 0)
    #expect(try tmux.waitFor("Reloaded"))
    try tmux.keys("u")
    #expect(try tmux.waitFor("Could not undo Rec 6 rated Red"))
    #expect(try tmux.screen().contains("by Script at"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    let report = try ReportCoding.decode(
      Data(
        contentsOf: URL(
          fileURLWithPath: (data as NSString).appendingPathComponent("staffs-misconduct-2024.json"))),
      file: "staffs-misconduct-2024.json")
    #expect(report.items[5].brag == .blue)
    #expect(!report.items[5].history.contains { $0.reason == "undo" })
  }

  @Test("the board shows a script's change within about a second while someone keeps pressing keys")
  func liveWhileTyping() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    try start(tmux, data: data)
    #expect(try tmux.waitFor("BRAG Board · as at 27 November 2026"))
    #expect(try tmux.screen().contains("Rec 2   G  Chief Fire Officers"))
    let script = try BragProcess.run(
      ["set", "staffs-misconduct-2024/rec-2", "--brag", "red", "--data", data, "--as", "Script"],
      home: scratch.path)
    #expect(script.status == 0)
    // A key every 0.2 s, never a second's pause: the change must still show within ~1.5 s.
    var shown = false
    for _ in 0..<15 {
      try tmux.keys("j")
      usleep(200_000)
      if try tmux.screen().contains("Rec 2   R  Chief Fire Officers") {
        shown = true
        break
      }
    }
    #expect(shown)
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
  }

  @Test("a resize redraws at once; a tiny window asks to be enlarged; growing it back restores the board")
  func resize() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    try start(tmux, data: data)
    #expect(try tmux.waitFor("Items · All reports"))
    try tmux.run(["resize-window", "-t", "board", "-x", "40", "-y", "10"])
    let enlarged = try tmux.waitFor("Enlarge the window")
    let tinyScreen = try tmux.screen()
    let windows = try tmux.run(["list-windows"])
    #expect(enlarged, "\(tinyScreen)\n\(windows) status \(tmux.lastStatus)")
    try tmux.run(["resize-window", "-t", "board", "-x", "80", "-y", "24"])
    #expect(try tmux.waitFor("Items · All reports"))
    for line in try tmux.screen().split(separator: "\n") { #expect(line.count <= 80) }
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
  }

  @Test("NO_COLOR and LANG=C still give a readable board with BRAG letters")
  func noColourAndPlainLocale() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    try start(tmux, data: data, extraEnvironment: "NO_COLOR=1 LANG=C LC_ALL=C")
    #expect(try tmux.waitFor("Items · All reports"))
    let coloured = try tmux.run(["capture-pane", "-p", "-e", "-t", "board"])
    // No colour escapes (38;5 / 3x foreground), but the letters and overdue markers are there.
    #expect(!coloured.contains("\u{1B}[31m") && !coloured.contains("38;5;"))
    #expect(try tmux.screen().contains("+664d"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
  }

  @Test("TERM=dumb: a clear error naming the alternatives, non-zero exit")
  func dumbTerminal() throws {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    let tmux = try Tmux()
    let command =
      "env HOME=\(scratch.path) TERM=dumb \(BragProcess.binary.path) --data \(data); echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", command])
    #expect(try tmux.waitFor("EXIT=1"))
    #expect(try tmux.screen().contains("use 'brag list' or 'brag summary' instead"))
  }
}
