import ArgumentParser
import BragGauntlet
import Foundation

/// `brag-bench gauntlet`: the reliability gauntlet for as long as asked, round after round with
/// new seeds, then a summary of every trial kind.
struct GauntletCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gauntlet",
    abstract:
      "Throw faults at the brag binary: kill -9 during saves, corrupt files, a keystroke soak, a full disk.")

  @Option(help: "How long to keep going, in minutes.")
  var minutes: Double = 5

  @Option(help: "Where the gauntlet may work (default: a folder under the system temp folder).")
  var work: String?

  func run() throws {
    let folder =
      work ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("brag-gauntlet-\(getpid())")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let gauntlet = Gauntlet(binary: try RunCommand.bragBinary(), work: folder)
    let end = Date().addingTimeInterval(minutes * 60)
    var totals: [String: Gauntlet.Report] = [:]
    var round: UInt64 = 0
    repeat {
      round += 1
      for report in [
        try gauntlet.killDuringSaves(trials: 200, seed: round),
        try gauntlet.corruptFiles(trials: 50, seed: round),
        try gauntlet.keystrokeSoak(keys: 5000, seed: round), try gauntlet.diskFull(),
      ] {
        var total = totals[report.name] ?? Gauntlet.Report(name: report.name)
        total.trials += report.trials
        total.facts = report.facts
        total.failures += report.failures.map { "round \(round): \($0)" }
        total.skipped = report.skipped
        totals[report.name] = total
      }
      print("round \(round) done")
    } while Date() < end
    for report in totals.values.sorted(by: { $0.name < $1.name }) { print(report) }
    if totals.values.contains(where: { !$0.failures.isEmpty }) { throw ExitCode.failure }
  }
}
