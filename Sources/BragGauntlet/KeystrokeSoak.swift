import Foundation

extension Gauntlet {
  /// A keystroke soak: random keys (every board key, text, Esc, Enter, arrows) and resizes sent to
  /// the board in tmux. The board must stay up, keep answering, keep its memory bounded, and
  /// leave every data file loadable. `q` and Ctrl-C are left out so the board keeps running.
  public func keystrokeSoak(keys: Int, seed: UInt64 = 3) throws -> Report {
    var report = Report(name: "keystroke soak in tmux")
    guard
      let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile)
    else {
      report.skipped = "tmux is not installed"
      return report
    }
    var random = SeededRandom(seed: seed)
    let folder = try sampleFolder("soak")
    let socket = "brag-gauntlet-\(getpid())"
    func run(_ arguments: [String]) throws -> Spawned.Ending {
      try Spawned.run([tmux, "-L", socket] + arguments, environment: environment(["TERM": "xterm-256color"]))
    }
    let command =
      "exec env HOME=\(work) XDG_CACHE_HOME=\(work)/cache LANG=C.UTF-8 TERM=xterm-256color BRAG_TODAY=2026-11-27 "
      + "\(binary) --data \(folder) --as soak"
    _ = try run(["new-session", "-d", "-s", "soak", "-x", "120", "-y", "40", command])
    defer { _ = try? run(["kill-server"]) }
    usleep(500_000)
    let alphabet = Array("jkJKoOwfsneEDaxXBRAGUSmM:/ -+?hcgbry0123456789")
    let named = [
      "Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End",
      "BSpace", "C-s", "C-r", "C-p", "C-n", "C-u", "C-k", "F2",
    ]
    let sizes = [(120, 40), (80, 24), (40, 10), (200, 50), (60, 15), (30, 8)]
    var memory: [Int] = []
    let pid = try panePID(tmux: tmux, socket: socket)
    for index in 0..<keys {
      let key: String
      if random.next() % 3 == 0 {
        key = named[Int(random.next() % UInt64(named.count))]
      } else {
        key = String(alphabet[Int(random.next() % UInt64(alphabet.count))])
      }
      // Named keys go by name; characters literally, so tmux never reads "0" or ";" as its own.
      _ = try run(
        named.contains(key) ? ["send-keys", "-t", "soak", key] : ["send-keys", "-t", "soak", "-l", key])
      report.trials += 1
      if index % 200 == 199 {
        let (width, height) = sizes[Int(random.next() % UInt64(sizes.count))]
        _ = try run(["resize-window", "-t", "soak", "-x", "\(width)", "-y", "\(height)"])
        if let rss = pid.flatMap(Self.residentKilobytes) { memory.append(rss) }
      }
      if index % 500 == 499, pid.map({ kill($0, 0) != 0 }) ?? false {
        report.failures.append("the board died after \(index + 1) keys")
        break
      }
    }
    usleep(300_000)
    if let pid, kill(pid, 0) != 0, report.failures.isEmpty {
      report.failures.append("the board is no longer running after the soak")
    }
    if let first = memory.first, let last = memory.last {
      report.facts.append(
        "resident memory \(first / 1024)–\(memory.max()! / 1024) MB over the soak (last \(last / 1024) MB)")
      if last > first * 2 + 50_000 { report.failures.append("memory grew from \(first) kB to \(last) kB") }
    }
    report.failures += Self.unloadable(in: folder)
    return report
  }

  private func panePID(tmux: String, socket: String) throws -> pid_t? {
    let output = (work as NSString).appendingPathComponent("soak-pid.txt")
    _ = try Spawned.run(
      [tmux, "-L", socket, "list-panes", "-t", "soak", "-F", "#{pane_pid}"], environment: environment(),
      output: output)
    return (try? String(contentsOfFile: output, encoding: .utf8)).flatMap {
      pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  static func residentKilobytes(_ pid: pid_t) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
  }
}
