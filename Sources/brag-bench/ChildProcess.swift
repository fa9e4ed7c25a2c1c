import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion with its output discarded and reports its wall time and peak
/// memory, straight from posix_spawn and wait4 so the measurement adds as little as possible.
enum ChildProcess {
  struct Measurement {
    var seconds: Double
    var exitStatus: Int32
  }

  /// The program's peak resident memory in kilobytes, measured through GNU time.
  ///
  /// wait4's own figure is wrong for a child of a large process: Linux carries the parent's
  /// high-water mark across posix_spawn's exec. GNU time is a small process whose child starts
  /// clean. Returns nil when /usr/bin/time is not installed.
  static func peakMemory(_ arguments: [String], environment: [String: String] = [:]) throws -> Int? {
    let time = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
    let output = NSTemporaryDirectory() + "brag-bench-time-\(getpid()).txt"
    defer { unlink(output) }
    let run = try self.run([time, "-f", "%M", "-o", output] + arguments, environment: environment)
    guard run.exitStatus == 0, let text = try? String(contentsOfFile: output, encoding: .utf8) else {
      return nil
    }
    return Int(text.split(separator: "\n").last.map(String.init) ?? "")
  }

  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Measurement {
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)

    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let result = posix_spawn(&pid, arguments[0], &fileActions, nil, argv, envp)
    guard result == 0 else {
      throw ValidationErrorText("cannot run \(arguments[0]): \(String(cString: strerror(result)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let end = DispatchTime.now().uptimeNanoseconds
    return Measurement(seconds: Double(end - start) / 1e9, exitStatus: (status >> 8) & 0xFF)
  }
}

struct ValidationErrorText: Error, CustomStringConvertible {
  var description: String
  init(_ text: String) { description = text }
}
