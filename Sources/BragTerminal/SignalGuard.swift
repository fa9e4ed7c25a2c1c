import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts the terminal back when the process is interrupted or crashes while curses is active.
///
/// SIGINT, SIGTERM and SIGHUP end the program (exit 130, 143, 129). SIGSEGV, SIGBUS, SIGABRT,
/// SIGILL and SIGTRAP (Swift's traps) first go to the handler that was there before, if any
/// (Swift's backtracer prints its crash report on the restored terminal), then are raised again
/// with the default action, so a crash still ends the process with its signal. Either way
/// `endwin` runs first. SIGTSTP and SIGWINCH are left to curses, which suspends, resumes and
/// resizes cleanly.
///
/// While curses is active, anything written to standard error (a Swift `fatalError` message, a
/// library's warning) would land on the board's screen and vanish with it, so it goes to a
/// temporary file instead and is copied to the real standard error once the terminal is back.
enum SignalGuard {
  static let quitting: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  static let crashing: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGTRAP]
  static var all: [Int32] { quitting + crashing }

  /// Saves the current handlers: call before `newterm`, which installs its own for some.
  static func save() {
    for signal in all { sigaction(signal, nil, &savedActions[Int(signal)]) }
  }

  /// Installs the handlers: call after `newterm`. A signal that was ignored stays ignored.
  static func install() {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_sigaction = signalHandler
    #else
      action.__sigaction_u.__sa_sigaction = signalHandler
    #endif
    // Block the quitting signals while a handler runs, but never the crash signals: a crash
    // inside the handler, or in Swift's backtracer (whose memory-reading thread inherits this
    // mask and catches its own SIGSEGV), must still be delivered.
    sigemptyset(&action.sa_mask)
    for signal in quitting { sigaddset(&action.sa_mask, signal) }
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | Int32(SA_NODEFER)
    for signal in all where !isIgnored(savedActions[Int(signal)]) { sigaction(signal, &action, nil) }
    cursesActive = true
    captureStandardError()
  }

  /// Marks curses as gone, puts back the handlers saved by `save`, and writes out what was sent
  /// to standard error meanwhile. Call after `endwin`.
  static func restore() {
    cursesActive = false
    for signal in all { sigaction(signal, &savedActions[Int(signal)], nil) }
    releaseStandardError()
  }

  /// Sends standard error to an unlinked temporary file, when it is the terminal.
  static func captureStandardError() {
    guard captureFile < 0, isatty(2) == 1, let file = tmpfile() else { return }
    let fd = dup(fileno(file))
    fclose(file)
    guard fd >= 0 else { return }
    realStandardError = dup(2)
    guard realStandardError >= 0, dup2(fd, 2) >= 0 else {
      close(fd)
      if realStandardError >= 0 { close(realStandardError) }
      realStandardError = -1
      return
    }
    captureFile = fd
  }
}

// Read by the handler: fixed memory, no allocation, no locks.
nonisolated(unsafe) private var cursesActive = false
nonisolated(unsafe) private var captureFile: Int32 = -1
nonisolated(unsafe) private var realStandardError: Int32 = -1
nonisolated(unsafe) private let copyBuffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
  let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
  actions.initialize(repeating: sigaction(), count: 65)
  return actions
}()

/// Puts standard error back and copies out what was captured: only async-signal-safe calls.
private func releaseStandardError() {
  guard captureFile >= 0 else { return }
  let file = captureFile
  captureFile = -1
  dup2(realStandardError, 2)
  close(realStandardError)
  realStandardError = -1
  lseek(file, 0, SEEK_SET)
  while true {
    let count = read(file, copyBuffer, 4096)
    if count <= 0 { break }
    var written = 0
    while written < count {
      let n = write(2, copyBuffer + written, count - written)
      if n <= 0 { break }
      written += n
    }
    if written < count { break }
  }
  close(file)
}

/// The plain handler of an action: nil for SIG_DFL (0), 1 for SIG_IGN.
private func plainHandler(_ action: sigaction) -> Int {
  #if canImport(Glibc)
    return action.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
  #else
    return action.__sigaction_u.__sa_handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
  #endif
}

private func isIgnored(_ action: sigaction) -> Bool {
  action.sa_flags & SA_SIGINFO == 0 && plainHandler(action) == 1
}

private func signalHandler(
  _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
  if cursesActive {
    cursesActive = false
    endwin()  // not async-signal-safe, but the accepted compromise: the terminal must come back
  }
  releaseStandardError()
  if signal == SIGINT || signal == SIGTERM || signal == SIGHUP { _exit(128 + signal) }
  // A crash: let the handler that was there before report it (Swift's backtracer), then die of
  // the signal with the default action, even when the signal came from `kill`.
  let previous = savedActions[Int(signal)]
  if previous.sa_flags & SA_SIGINFO != 0 {
    #if canImport(Glibc)
      previous.__sigaction_handler.sa_sigaction?(signal, info, context)
    #else
      previous.__sigaction_u.__sa_sigaction?(signal, info, context)
    #endif
  } else if plainHandler(previous) > 1 {
    #if canImport(Glibc)
      previous.__sigaction_handler.sa_handler?(signal)
    #else
      previous.__sigaction_u.__sa_handler?(signal)
    #endif
  }
  var defaultAction = sigaction()
  sigemptyset(&defaultAction.sa_mask)
  sigaction(signal, &defaultAction, nil)
  raise(signal)
}
