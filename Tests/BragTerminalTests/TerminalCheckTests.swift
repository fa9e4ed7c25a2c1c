import BragUI
import Testing

@testable import BragTerminal

@Suite("TerminalCheck")
struct TerminalCheckTests {
  let xterm = ["TERM": "xterm-256color"]

  @Test("a TTY on both ends with a real TERM may start")
  func ok() {
    #expect(TerminalCheck.problem(environment: xterm, stdinIsTTY: true, stdoutIsTTY: true) == nil)
  }

  @Test("no TTY on stdin, stdout or both is refused, naming which and the alternatives")
  func noTTY() throws {
    let input = try #require(TerminalCheck.problem(environment: xterm, stdinIsTTY: false, stdoutIsTTY: true))
    #expect(input.contains("standard input is not a terminal"))
    let output = try #require(TerminalCheck.problem(environment: xterm, stdinIsTTY: true, stdoutIsTTY: false))
    #expect(output.contains("standard output is not a terminal"))
    let both = try #require(TerminalCheck.problem(environment: xterm, stdinIsTTY: false, stdoutIsTTY: false))
    #expect(both.contains("standard input and output are not a terminal"))
    for message in [input, output, both] {
      #expect(message.hasPrefix("brag: the dashboard needs an interactive terminal ("))
      #expect(message.hasSuffix("use 'brag list' or 'brag summary' instead"))
      #expect(!message.contains("\n"))
    }
  }

  @Test("TERM unset, empty or dumb is refused")
  func badTerm() {
    #expect(
      TerminalCheck.problem(environment: [:], stdinIsTTY: true, stdoutIsTTY: true)
        == "brag: the dashboard needs an interactive terminal (TERM is not set); use 'brag list' or 'brag summary' instead"
    )
    #expect(
      TerminalCheck.problem(environment: ["TERM": ""], stdinIsTTY: true, stdoutIsTTY: true)?.contains(
        "TERM is not set")
        == true)
    #expect(
      TerminalCheck.problem(environment: ["TERM": "dumb"], stdinIsTTY: true, stdoutIsTTY: true)
        == "brag: the dashboard needs an interactive terminal (TERM=dumb has no cursor addressing); use 'brag list' or 'brag summary' instead"
    )
  }

  @Test("the TTY check comes before the TERM check")
  func order() {
    #expect(
      TerminalCheck.problem(environment: ["TERM": "dumb"], stdinIsTTY: false, stdoutIsTTY: true)?.contains(
        "standard input")
        == true)
  }

  @Test("terminfo answers: known with cup, without cup, unknown, no database")
  func terminfo() {
    #expect(TerminalCheck.problem(term: "xterm", setuptermResult: 1, hasCursorAddressing: true) == nil)
    #expect(
      TerminalCheck.problem(term: "lpr", setuptermResult: 1, hasCursorAddressing: false)?.contains(
        "TERM=lpr has no cursor addressing") == true)
    let unknown = TerminalCheck.problem(term: "vt9000", setuptermResult: 0, hasCursorAddressing: false)
    #expect(unknown?.contains("TERM=vt9000 is not a terminal type this system knows") == true)
    #expect(unknown?.hasSuffix("use 'brag list' or 'brag summary' instead") == true)
    #expect(
      TerminalCheck.problem(term: "xterm", setuptermResult: -1, hasCursorAddressing: false)?.contains(
        "no terminfo database") == true)
  }

  @Test("the real terminfo probe knows xterm and sees that dumb cannot address the cursor")
  func probe() {
    #expect(TerminalSession.probe(term: "xterm-256color") == nil)
    #expect(TerminalSession.probe(term: "dumb")?.contains("TERM=dumb has no cursor addressing") == true)
    #expect(TerminalSession.probe(term: "no-such-terminal-xyz")?.contains("not a terminal type") == true)
  }

  @Test("the error carries the message as its description")
  func error() {
    let error = TerminalUnavailable("brag: nope")
    #expect(error.description == "brag: nope")
    #expect("\(error)" == "brag: nope")
  }

  @Test("run throws before touching the terminal when there is no TTY or TERM is dumb")
  func runThrows() {
    struct Nothing: TerminalProgram {
      mutating func handle(_ event: InputEvent) -> ProgramResponse { .quit }
      func render(into screen: inout ScreenBuffer) {}
    }
    var program = Nothing()
    // Under `swift test` stdin/stdout are rarely both TTYs; with TERM=dumb the run fails either way.
    #expect(throws: TerminalUnavailable.self) {
      try TerminalSession.run(&program, options: TerminalOptions(environment: ["TERM": "dumb"]))
    }
  }
}
