import BragModel
import Foundation
import Testing

/// The year's workflow driven on the real `brag` dashboard inside tmux, one test per workflow,
/// checking the screen and the data files (``TmuxBoardTests/Tmux`` runs tmux).
@Suite("The workflow in a real terminal (tmux)", .serialized)
struct TmuxWorkflowTests {
  typealias Tmux = TmuxBoardTests.Tmux
  let scratch = Scratch()

  /// A fresh data folder holding the sample data.
  func sampleData() throws -> String {
    let data = scratch.file("data")
    _ = try BragProcess.run(["init", data], home: scratch.path)
    return data
  }

  func start(_ tmux: Tmux, data: String, extraEnvironment: String = "") throws {
    let command =
      "env HOME=\(scratch.path) XDG_CACHE_HOME=\(scratch.path)/cache LANG=C.UTF-8 TERM=xterm-256color \(extraEnvironment) "
      + "\(BragProcess.binary.path) --data \(data) --today 2026-11-27 --as Tester; echo EXIT=$?; sleep 30"
    try tmux.run(["new-session", "-d", "-s", "board", "-x", "120", "-y", "40", command])
    #expect(try tmux.waitFor("BRAG Board · as at 27 November 2026"))
  }

  func report(_ data: String, _ id: String) throws -> Report {
    try ReportCoding.decode(
      Data(contentsOf: URL(fileURLWithPath: (data as NSString).appendingPathComponent("\(id).json"))),
      file: "\(id).json")
  }

  @Test("propose closure with evidence, accept it: the row shows Blue, the file holds the closure")
  func proposeAndAccept() throws {
    let data = try sampleData()
    let tmux = try Tmux()
    try start(tmux, data: data)
    try tmux.keys(":", "Rec 2", "Enter")
    try tmux.keys("c")
    #expect(
      try tmux.waitFor("Closure of Rec 2:  p propose (evidence) · a accept · r reject · o reopen · n cancel"))
    try tmux.keys("p")
    #expect(try tmux.waitFor("Evidence that Rec 2 is done"))
    try tmux.keys("Probation policy approved", "Enter")
    #expect(try tmux.waitFor("Rec 2 proposed for closure · saved"))
    #expect(try tmux.screen().contains("Rec 2   G  ⚑ Chief Fire Officers"))
    #expect(try tmux.screen().contains("evidence: Probation policy approved"))
    try tmux.keys("c", "a")
    #expect(try tmux.waitFor("monitor until (a date; Enter closes it now)"))
    try tmux.keys("Enter")
    #expect(try tmux.waitFor("Rec 2 closed on evidence, rated Blue · saved"))
    #expect(try tmux.screen().contains("Rec 2   B  Chief Fire Officers"))
    #expect(try tmux.screen().contains("Closure: closed on evidence"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    let item = try report(data, "staffs-misconduct-2024").items[1]
    #expect(item.closure?.state == .accepted)
    #expect(item.closure?.evidence.map(\.value) == ["Probation policy approved"])
    #expect(item.brag == .blue)
    #expect(item.history.contains { $0.field == .closure && $0.author == "Tester" })
  }

  @Test("request an extension, grant it: the new date and the original are both shown, with the count")
  func extensionRequestAndGrant() throws {
    let data = try sampleData()
    let tmux = try Tmux()
    try start(tmux, data: data)
    try tmux.keys(":", "Rec 3", "Enter")
    try tmux.keys("t", "r")
    #expect(try tmux.waitFor("new date asked for"))
    try tmux.keys("2027-06-30", "Enter")
    #expect(try tmux.waitFor("Why should Rec 3 move to 30 June 2027?"))
    try tmux.keys("legislation delayed", "Enter")
    #expect(try tmux.waitFor("Rec 3 asked for an extension to 30 Jun 2027 · saved"))
    #expect(try tmux.screen().contains("Rec 3   G  » Chief Fire Officers"))
    #expect(try tmux.screen().contains("Extension asked: to 30 Jun 2027 by Tester"))
    try tmux.keys("t", "g")
    #expect(try tmux.waitFor("Rec 3 extension granted: now due 30 Jun 2027 · saved"))
    let screen = try tmux.screen()
    #expect(screen.contains("Extended: due 30 June 2027 (originally 1 May 2025; 1 extension granted)"))
    #expect(screen.contains("Due: 1 May 2025  ·  revised to 30 June 2027"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    let item = try report(data, "staffs-misconduct-2024").items[2]
    #expect(item.extensions.map(\.state) == [.granted])
    #expect(item.due == CalendarDate("2027-06-30"))
    #expect(item.originalDue == CalendarDate("2025-05-01"))
  }

  @Test("hold an overdue item: ⏸ on its row, no longer late, counted as waiting in the status bar")
  func hold() throws {
    let data = try sampleData()
    let tmux = try Tmux()
    try start(tmux, data: data)
    #expect(try tmux.screen().contains("late: 2 items, 19 actions"))
    try tmux.keys(":", "Rec 2", "Enter")
    try tmux.keys("h")
    #expect(try tmux.waitFor("Why is Rec 2 on hold?"))
    try tmux.keys("national guidance not yet published", "Enter")
    #expect(try tmux.waitFor("Waiting on whom"))
    try tmux.keys("NFCC", "Enter")
    #expect(try tmux.waitFor("Rec 2 on hold, waiting on NFCC · saved"))
    #expect(try tmux.screen().contains("ON HOLD, waiting on NFCC: national guidance not yet published"))
    // The next key clears the message, and the counts show in full.
    try tmux.keys("Tab")
    #expect(try tmux.waitFor("late: 1 item, 19 actions · waiting 1"))
    let row = try tmux.screen().split(separator: "\n").first {
      $0.contains("Rec 2   G  ⏸ Chief Fire Officers")
    }
    #expect(row != nil)
    #expect(row?.contains("+664d") == false)
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    let item = try report(data, "staffs-misconduct-2024").items[1]
    #expect(item.hold?.waitingOn == "NFCC")
    let list = try BragProcess.run(
      ["list", "--overdue", "--data", data, "--today", "2026-11-27", "--format", "json"], home: scratch.path)
    #expect(list.stdout.contains("staffs-misconduct-2024/rec-3\""))
    #expect(!list.stdout.contains("staffs-misconduct-2024/rec-2\""))
  }

  @Test("mark two rows with Space and rate them Red in one step; u undoes both")
  func bulkRate() throws {
    let data = try sampleData()
    let tmux = try Tmux()
    try start(tmux, data: data)
    try tmux.keys("Home", "Space", "Space")
    #expect(try tmux.waitFor("2 marked"))
    #expect(try tmux.screen().contains("*AFI 1  -"))
    #expect(try tmux.screen().contains("*AFI 2  -"))
    try tmux.keys("R")
    #expect(try tmux.waitFor("Why are the 2 marked items Red?"))
    try tmux.keys("no evidence of progress", "Enter")
    #expect(try tmux.waitFor("2 items rated Red · saved"))
    #expect(try tmux.screen().contains("*AFI 1  R"))
    #expect(try tmux.screen().contains("*AFI 2  R"))
    var plan = try report(data, "mfrs-action-plan-2023")
    #expect(plan.items[0].brag == .red && plan.items[1].brag == .red && plan.items[2].brag == .unrated)
    try tmux.keys("u")
    #expect(try tmux.waitFor("Undone: 2 items rated Red · saved"))
    #expect(try tmux.screen().contains("*AFI 1  -"))
    plan = try report(data, "mfrs-action-plan-2023")
    #expect(plan.items[0].brag == .unrated && plan.items[1].brag == .unrated)
    try tmux.keys("Escape")
    #expect(try tmux.waitFor("Marks cleared"))
    #expect(try !tmux.screen().contains("*AFI 1"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
  }

  @Test("save a view, quit, start again: the view is still there and switches back to it")
  func savedViewAfterRestart() throws {
    let data = try sampleData()
    let tmux = try Tmux()
    try start(tmux, data: data)
    try tmux.keys("o")
    #expect(try tmux.waitFor("overdue only"))
    try tmux.keys("v")
    #expect(try tmux.waitFor("No saved views yet:  s save the current view · n cancel"))
    try tmux.keys("s")
    #expect(try tmux.waitFor("Save the current view as:"))
    try tmux.keys("Late work", "Enter")
    #expect(try tmux.waitFor("View 'Late work' saved"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
    try tmux.run(["kill-server"])
    #expect(
      FileManager.default.fileExists(atPath: (data as NSString).appendingPathComponent(".brag-views.json")))

    let again = try Tmux()
    try start(again, data: data)
    #expect(try again.screen().contains("44/44 items"))
    try again.keys("v")
    #expect(
      try again.waitFor(
        "Views:  1 Late work · s save the current view · d delete one · r rename one · n cancel"))
    try again.keys("1")
    #expect(try again.waitFor("View 'Late work': 6 items"))
    #expect(try again.screen().contains("overdue only"))
    try again.keys("q")
    #expect(try again.waitFor("EXIT=0"))
  }

  @Test(
    "the update round: requests sent from the command line, the board keeps to what awaits a reply, a reply leaves it"
  )
  func updateRound() throws {
    let data = try sampleData()
    let requests = scratch.file("requests.csv")
    let sent = try BragProcess.run(
      [
        "export", "requests", "--by", "2026-12-11", "--format", "csv", "-o", requests, "--data", data,
        "--today", "2026-11-27",
      ],
      home: scratch.path)
    #expect(sent.status == 0, "\(sent.stderr)")
    let tmux = try Tmux()
    try start(tmux, data: data)
    try tmux.keys("f", "n")
    #expect(try tmux.waitFor("No reply to the update round"))
    try tmux.keys("Escape")
    #expect(try tmux.waitFor("awaiting an update"))
    let screen = try tmux.screen()
    #expect(screen.contains("AFI 2   -"))
    #expect(!screen.contains("Rec 1   B"))
    try tmux.keys("q")
    #expect(try tmux.waitFor("EXIT=0"))
  }
}
