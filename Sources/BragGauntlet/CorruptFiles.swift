import BragModel
import BragSampleData
import Foundation

extension Gauntlet {
  /// A sweep of corrupt files: a sample file truncated, bytes flipped, garbage inserted. `brag
  /// list` and `brag validate` must end normally (never a crash), name the file with a line and
  /// column, and an edit of another report in the folder must leave the broken file untouched.
  public func corruptFiles(trials: Int, seed: UInt64 = 2) throws -> Report {
    var report = Report(name: "corrupt files")
    var random = SeededRandom(seed: seed)
    let original = Array(SampleData.files.first { $0.name == "staffs-round3-2024.json" }!.bytes)
    var rejected = 0
    for trial in 0..<trials {
      let folder = try sampleFolder("corrupt")
      let file = (folder as NSString).appendingPathComponent("staffs-round3-2024.json")
      var bytes = original
      switch random.next() % 4 {
      case 0: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
      case 1:
        for _ in 0..<(1 + random.next() % 4) {
          bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(random.next() & 0xFF)
        }
      case 2:
        let at = Int(random.next() % UInt64(bytes.count))
        bytes.insert(contentsOf: Array("\u{0}{]\"\\\u{FF}".utf8), at: at)
      default:
        bytes = bytes.map { $0 == UInt8(ascii: ",") && random.next() % 50 == 0 ? UInt8(ascii: ";") : $0 }
      }
      try Data(bytes).write(to: URL(fileURLWithPath: file))
      report.trials += 1
      let broken = DataFolder.loadFile(file)
      if case .failure = broken { rejected += 1 }
      for command in [["list"], ["validate"], ["summary"]] {
        let output = (work as NSString).appendingPathComponent("corrupt-output.txt")
        let ending = try Spawned.run(
          [binary] + command + ["--data", folder], environment: environment(), output: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        if case .signalled(let signal) = ending {
          report.failures.append("trial \(trial): brag \(command[0]) died of signal \(signal)")
        }
        if case .failure = broken, command[0] == "list", !text.contains("staffs-round3-2024.json:") {
          report.failures.append(
            "trial \(trial): brag list did not name the broken file: \(text.prefix(200))")
        }
      }
      let edit = try Spawned.run(
        [binary, "set", "staffs-misconduct-2024/rec-2", "--status", "edited", "--data", folder],
        environment: environment())
      if edit != .exited(0) {
        report.failures.append("trial \(trial): editing another report failed: \(edit)")
      }
      if (try? Data(contentsOf: URL(fileURLWithPath: file))) != Data(bytes) {
        report.failures.append("trial \(trial): the corrupt file was written over")
      }
    }
    report.facts.append("\(rejected) of \(report.trials) variants rejected as broken; the rest still parsed")
    return report
  }
}
