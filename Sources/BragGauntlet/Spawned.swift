import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process started with posix_spawn, its output discarded or captured to a file, that
/// the gauntlet can wait for or kill at any moment.
struct Spawned {
  let pid: pid_t

  /// Starts `arguments` (an absolute path first) with `environment`; stdout and stderr go to
  /// `output` (a file path) or /dev/null.
  init(_ arguments: [String], environment: [String: String], output: String? = nil) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    let target = output ?? "/dev/null"
    posix_spawn_file_actions_addopen(&actions, 1, target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
    guard result == 0 else {
      throw GauntletError("cannot run \(arguments[0]): \(String(cString: strerror(result)))")
    }
    self.pid = pid
  }

  /// How the child ended.
  enum Ending: Equatable {
    case exited(Int32)
    case signalled(Int32)
  }

  /// Waits for the child to end.
  func wait() -> Ending {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
  }

  /// True while the child has not ended (it is not reaped).
  var isRunning: Bool { kill(pid, 0) == 0 }

  /// Runs `arguments` to the end.
  static func run(_ arguments: [String], environment: [String: String], output: String? = nil) throws
    -> Ending
  {
    try Spawned(arguments, environment: environment, output: output).wait()
  }
}

/// Why a gauntlet run could not go on (not a finding: a missing tool, a folder it cannot make).
public struct GauntletError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
