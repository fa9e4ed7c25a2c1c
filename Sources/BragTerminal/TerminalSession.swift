import BragUI
import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a `TerminalProgram` full screen with ncurses: the only place that talks to the terminal.
public enum TerminalSession {
  /// Runs `program` until it answers `.quit`.
  ///
  /// Checks first that the dashboard can run (TTYs, a known `TERM` with cursor addressing) and
  /// throws `TerminalUnavailable` without touching the terminal when it cannot. Then: sets up the
  /// locale (UTF-8, else ASCII), starts curses, renders a first frame, and loops reading input
  /// (`.tick` every `tickInterval` ms, typing or not: ``TickSchedule``). `.redraw` renders and draws what changed; a resize
  /// always redraws everything. The terminal is restored on return, on a thrown error, on
  /// SIGINT/SIGTERM/SIGHUP (then exit 130/143/129) and on a crash. Call from one thread only.
  public static func run<P: TerminalProgram>(_ program: inout P, options: TerminalOptions = TerminalOptions())
    throws
  {
    let environment = options.environment
    if let problem = TerminalCheck.problem(
      environment: environment, stdinIsTTY: isatty(0) == 1, stdoutIsTTY: isatty(1) == 1)
    {
      throw TerminalUnavailable(problem)
    }
    let term = environment["TERM"] ?? ""
    // A parent that blocked SIGWINCH (some launchers and test runners do) would leave the board
    // deaf to resizes: make sure it is delivered.
    var resizeSignal = sigset_t()
    sigemptyset(&resizeSignal)
    sigaddset(&resizeSignal, SIGWINCH)
    pthread_sigmask(SIG_UNBLOCK, &resizeSignal, nil)
    let mode = configureLocale()
    if let problem = probe(term: term) { throw TerminalUnavailable(problem) }

    let curses = try Curses(term: term, ascii: options.asciiOnly || mode.isASCII, environment: environment)
    defer { curses.close() }

    var frame = curses.frame()
    // The program learns the real size before its first frame, so its layout matches the screen.
    _ = program.handle(.resize(width: frame.width, height: frame.height))
    program.render(into: &frame)
    curses.draw(frame)
    let clock = ContinuousClock()
    let start = clock.now
    func now() -> Int { Int((clock.now - start) / .milliseconds(1)) }
    var ticks = TickSchedule(interval: options.tickInterval, now: now())
    while true {
      var events = [try curses.nextEvent(tickInterval: ticks.wait(now: now()))]
      // Keys arriving without a pause must not starve the tick: give it when it is due.
      if case .tick = events[0] {
        ticks.ticked(now: now())
      } else if ticks.isDue(now: now()) {
        events.append(.tick)
        ticks.ticked(now: now())
      }
      var draw = false
      for event in events {
        let response = program.handle(event)
        if response == .quit { return }
        if case .resize = event { draw = true }  // the screen was cleared: always draw again
        if response == .redraw { draw = true }
      }
      if draw {
        frame = curses.frame()
        program.render(into: &frame)
        curses.draw(frame)
      }
    }
  }

  /// The text mode chosen by the last `run` (or `configureLocale`), for diagnostics.
  nonisolated(unsafe) public private(set) static var lastTextMode: TextMode?

  /// `setlocale(LC_ALL, "")`, then `C.UTF-8` for `LC_CTYPE` if the user's code set is not UTF-8.
  @discardableResult
  public static func configureLocale() -> TextMode {
    setlocale(LC_ALL, "")
    let mode = TextMode.decide(codeset: currentCodeset()) { locale in
      setlocale(LC_CTYPE, locale) == nil ? nil : currentCodeset()
    }
    if mode == .ascii { setlocale(LC_CTYPE, "") }
    lastTextMode = mode
    return mode
  }

  static func currentCodeset() -> String {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: codeset)
  }

  /// Asks terminfo about `term` without starting curses (so nothing is written to the terminal).
  static func probe(term: String) -> String? {
    var result: Int32 = 0
    _ = setupterm(term, 1, &result)
    var hasCup = false
    if result == 1, let cup = tigetstr("cup") {
      hasCup = Int(bitPattern: cup) != -1  // (char *)-1: not a string capability
    }
    if result == 1, let terminal = set_curterm(nil) { del_curterm(terminal) }
    return TerminalCheck.problem(term: term, setuptermResult: result, hasCursorAddressing: hasCup)
  }
}

/// The curses screen: set-up, drawing and input. Everything here runs on one thread.
final class Curses {
  let screen: OpaquePointer
  let window: UnsafeMutablePointer<WINDOW>
  let ascii: Bool
  let colors: ColorSupport
  /// attr_t and colour pair per StyleRole.rawValue.
  var looks: [(attributes: attr_t, pair: Int16)] = []
  var previous: ScreenBuffer?
  var cursorShown: Bool?
  var fastErrors = 0
  var closed = false

  /// Clears IXON on the terminal so Ctrl-S and Ctrl-Q reach the program as keys.
  static func disableFlowControl() {
    var settings = termios()
    guard tcgetattr(0, &settings) == 0 else { return }
    settings.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(0, TCSANOW, &settings)
    def_prog_mode()
  }

  init(term: String, ascii: Bool, environment: [String: String]) throws {
    SignalGuard.save()
    guard let screen = newterm(term, brag_stdout(), brag_stdin()) else {
      throw TerminalUnavailable(
        TerminalCheck.problem(term: term, setuptermResult: 0, hasCursorAddressing: false)
          ?? "brag: newterm failed")
    }
    SignalGuard.install()
    self.screen = screen
    set_term(screen)
    window = brag_stdscr()
    self.ascii = ascii
    cbreak()
    noecho()
    nonl()
    // Ctrl-S saves in the editors: without this the terminal would take it as XOFF and freeze
    // the screen until Ctrl-Q. ncurses restores the shell's own settings on the way out.
    Self.disableFlowControl()
    keypad(window, true)
    intrflush(window, false)
    set_escdelay(25)
    curs_set(0)
    cursorShown = false
    mousemask(mmask_t(KeyDecoder.mouseMask), nil)
    mouseinterval(0)
    colors = ColorSupport.decide(
      hasColors: has_colors(), colorCount: Int(tigetnum("colors")), environment: environment)
    if case .colors = colors {
      start_color()
      use_default_colors()
    }
    for role in StyleRole.allCases {
      let look = StyleTable.look(for: role, colors: colors)
      var attributes: attr_t = 0
      if look.attributes.contains(.bold) { attributes |= attr_t(BRAG_A_BOLD) }
      if look.attributes.contains(.dim) { attributes |= attr_t(BRAG_A_DIM) }
      if look.attributes.contains(.reverse) { attributes |= attr_t(BRAG_A_REVERSE) }
      if look.attributes.contains(.underline) { attributes |= attr_t(BRAG_A_UNDERLINE) }
      var pair: Int16 = 0
      if case .colors = colors {
        pair = StyleTable.pair(for: role)
        init_pair(pair, look.foreground, look.background)
      }
      looks.append((attributes, pair))
    }
  }

  func close() {
    guard !closed else { return }
    closed = true
    curs_set(1)
    endwin()
    SignalGuard.restore()
    delscreen(screen)
  }

  /// An empty buffer the size of the terminal.
  func frame() -> ScreenBuffer {
    ScreenBuffer(width: Int(getmaxx(window)), height: Int(getmaxy(window)), asciiOnly: ascii)
  }

  func draw(_ buffer: ScreenBuffer) {
    for (x, y) in FrameDiff.changedCells(previous: previous, current: buffer) {
      let cell = buffer[x, y]
      let first = cell.character.unicodeScalars.first.map { wchar_t(bitPattern: $0.value) } ?? 32
      let glyph = FrameDiff.glyph(
        for: cell, ascii: ascii, terminalWidth: Int(wcwidth(first)), room: buffer.width - x)
      let look = looks[Int(cell.style.rawValue)]
      switch glyph {
      case .narrow(let c), .wide(let c):
        put(c, x: x, y: y, look: look)
      case .padded(let c):
        put(c, x: x, y: y, look: look)
        put(" ", x: x + 1, y: y, look: look)
      }
    }
    if let cursor = buffer.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < buffer.width,
      cursor.y < buffer.height
    {
      if cursorShown != true { curs_set(1) }
      cursorShown = true
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      if cursorShown != false { curs_set(0) }
      cursorShown = false
    }
    wrefresh(window)
    previous = buffer
  }

  /// Writes one character with its combining marks; ERR in the bottom-right cell is expected.
  private func put(_ character: Character, x: Int, y: Int, look: (attributes: attr_t, pair: Int16)) {
    var wide: [wchar_t] = []
    for scalar in character.unicodeScalars {
      let c = wchar_t(bitPattern: scalar.value)
      if wide.isEmpty {
        wide.append(c)
      } else if wide.count < Int(CCHARW_MAX) - 1, wcwidth(c) == 0 {
        wide.append(c)
      } else {
        break
      }
    }
    wide.append(0)
    var cell = cchar_t()
    if setcchar(&cell, wide, look.attributes, look.pair, nil) != OK {
      setcchar(&cell, [wchar_t(63), 0], look.attributes, look.pair, nil)
    }
    _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
  }

  /// Waits for the next event; `.tick` after `tickInterval` ms without input.
  func nextEvent(tickInterval: Int) throws -> InputEvent {
    while true {
      wtimeout(window, Int32(clamping: max(0, tickInterval)))
      var code: wint_t = 0
      let started = ContinuousClock.now
      let status = wget_wch(window, &code)
      let raw: RawInput
      if status == OK {
        raw = .character(UInt32(code))
        fastErrors = 0
      } else if status == KEY_CODE_YES {
        let key = Int32(bitPattern: UInt32(code))
        let name = key > KEY_MAX ? keyname(key).map { String(cString: $0) } : nil
        raw = .keyCode(key, name: name)
        fastErrors = 0
      } else {
        // A closed terminal makes every read fail at once: stop rather than spin.
        if tickInterval >= 50 && ContinuousClock.now - started < .milliseconds(5) {
          fastErrors += 1
          if fastErrors > 100 { throw TerminalUnavailable("brag: lost the terminal (input closed)") }
        } else {
          fastErrors = 0
        }
        raw = .timeout
      }
      switch KeyDecoder.decode(raw) {
      case .event(let event): return event
      case .ignored: continue
      case .resize:
        previous = nil
        clearok(window, true)
        return .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
      case .mouse:
        var event = MEVENT()
        if getmouse(&event) == OK,
          let decoded = KeyDecoder.mouse(buttonState: UInt(event.bstate), x: Int(event.x), y: Int(event.y))
        {
          return decoded
        }
      case .escape:
        if let key = readEscapeSequence() { return .key(key) }
      }
    }
  }

  /// After Esc: an escape sequence curses did not know (decoded, or dropped when unknown), or the
  /// Esc key itself, with anything typed after it put back.
  private func readEscapeSequence() -> Key? {
    var body: [UInt32] = []
    while true {
      wtimeout(window, body.isEmpty ? 0 : 20)
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if status == KEY_CODE_YES {  // Esc, then a key curses knows (Alt-Up): Esc, then that key
        ungetch(Int32(bitPattern: UInt32(code)))  // curses reads back what was put back last first
        putBack(body)
        return .escape
      }
      guard status == OK else {
        putBack(body)
        return .escape
      }
      body.append(UInt32(code))
      switch KeyDecoder.progress(body) {
      case .notASequence:
        putBack(body)
        return .escape
      case .incomplete:
        continue
      case .complete:
        let text = String(String.UnicodeScalarView(body.compactMap(Unicode.Scalar.init)))
        return KeyDecoder.escapeSequence(text)
      }
    }
  }

  private func putBack(_ codes: [UInt32]) {
    for code in codes.reversed() { unget_wch(wchar_t(bitPattern: code)) }
  }
}
