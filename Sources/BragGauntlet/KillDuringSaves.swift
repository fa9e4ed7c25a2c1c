import BragModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Gauntlet {
  /// kill -9 during saves: `brag set` is killed at a random moment, again and again. After every
  /// kill each data file must still load, and the edited field must hold either its old value or
  /// the new one, never anything else.
  public func killDuringSaves(trials: Int, seed: UInt64 = 1) throws -> Report {
    var report = Report(name: "kill -9 during saves")
    var random = SeededRandom(seed: seed)
    let folder = try sampleFolder("kill")
    let reportID = "staffs-misconduct-2024"
    let file = DataFolder(path: folder).filePath(for: reportID)
    var killedWhileRunning = 0
    var finished = 0
    for trial in 0..<trials {
      let item = 1 + Int(random.next() % 15)
      guard case .success(let before) = DataFolder.loadFile(file),
        let old = before.report.items.first(where: { $0.id == "rec-\(item)" })?.status
      else {
        report.failures.append("trial \(trial): \(file) did not load before the edit")
        break
      }
      let new = "status \(trial)"
      let child = try Spawned(
        [binary, "set", "\(reportID)/rec-\(item)", "--status", new, "--data", folder],
        environment: environment())
      // From before the process starts reading to after it has saved (a debug build takes ~40 ms).
      usleep(UInt32(random.next() % 80_000))
      if child.isRunning {
        kill(child.pid, SIGKILL)
      }
      switch child.wait() {
      case .signalled: killedWhileRunning += 1
      case .exited: finished += 1
      }
      report.trials += 1
      report.failures += Self.unloadable(in: folder).map { "trial \(trial): \($0)" }
      if case .success(let after) = DataFolder.loadFile(file),
        let status = after.report.items.first(where: { $0.id == "rec-\(item)" })?.status,
        status != old && status != new
      {
        report.failures.append("trial \(trial): rec-\(item) holds “\(status)”, neither “\(old)” nor “\(new)”")
      }
    }
    report.facts.append("\(killedWhileRunning) killed while running, \(finished) finished before the kill")
    report.facts.append("\(Self.temporaryFiles(in: folder).count) temporary files left by kills")
    return report
  }
}
