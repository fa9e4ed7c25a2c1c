import BragModel
import Foundation

/// Times taskwarrior's overdue export against `brag list --overdue` on the same number of tasks,
/// a third of them overdue, so the README's comparison comes from one run on one machine.
enum TaskwarriorComparison {
  static func run(tasks: Int, in workFolder: String, brag: String, repeats: Int) throws {
    guard let task = which("task") else {
      print("taskwarrior: `task` is not installed (apt-get install taskwarrior); skipped")
      return
    }
    let home = (workFolder as NSString).appendingPathComponent("taskwarrior-\(tasks)")
    let data = (home as NSString).appendingPathComponent("data")
    let rc = (home as NSString).appendingPathComponent("taskrc")
    let environment = ["TASKDATA": data, "TASKRC": rc]
    let marker = (home as NSString).appendingPathComponent(".complete")
    if !FileManager.default.fileExists(atPath: marker) {
      try? FileManager.default.removeItem(atPath: home)
      try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
      try "data.location=\(data)\nconfirmation=off\nverbose=nothing\n".write(
        toFile: rc, atomically: true, encoding: .utf8)
      let importFile = (home as NSString).appendingPathComponent("tasks.json")
      try importJSON(tasks: tasks).write(toFile: importFile, atomically: true, encoding: .utf8)
      let load = try ChildProcess.run([task, "rc.hooks=off", "import", importFile], environment: environment)
      guard load.exitStatus == 0 else { throw ValidationErrorText("task import failed (\(load.exitStatus))") }
      _ = FileManager.default.createFile(atPath: marker, contents: Data())
    }
    let taskArguments = [task, "rc.hooks=off", "rc.gc=off", "+OVERDUE", "export"]
    _ = try ChildProcess.run(taskArguments, environment: environment)
    let taskSamples = try (0..<repeats).map { _ in
      try ChildProcess.run(taskArguments, environment: environment).seconds
    }
    let taskPeak = try ChildProcess.peakMemory(taskArguments, environment: environment)
    let folder = try RunCommand.dataset(items: tasks, in: workFolder)
    let bragArguments = [
      brag, "list", "--overdue", "--format", "json", "--data", folder.path, "--today",
      SyntheticTracker.referenceToday.description,
    ]
    _ = try ChildProcess.run(bragArguments)
    let bragSamples = try (0..<repeats).map { _ in try ChildProcess.run(bragArguments).seconds }
    let bragPeak = try ChildProcess.peakMemory(bragArguments)
    let ms = Measure.milliseconds
    func mb(_ kb: Int?) -> String { kb.map { "\($0 / 1024) MB" } ?? "n/a" }
    print("| \(tasks) tasks/items | median time | peak memory |")
    print("|---|---:|---:|")
    print("| taskwarrior `task +OVERDUE export` | \(ms(Measure.median(taskSamples))) ms | \(mb(taskPeak)) |")
    print("| `brag list --overdue --format json` | \(ms(Measure.median(bragSamples))) ms | \(mb(bragPeak)) |")
  }

  /// Tasks with due dates around the reference day, a third of them overdue.
  static func importJSON(tasks: Int) -> String {
    var random = SplitMix64(seed: 7)
    let today = SyntheticTracker.referenceToday
    var lines: [String] = []
    for n in 0..<tasks {
      let overdue = random.below(3) == 0
      let due =
        overdue ? today.adding(days: -(1 + random.below(700))) : today.adding(days: 1 + random.below(500))
      let stamp = "\(due.year)\(zeroPadded(due.month, 2))\(zeroPadded(due.day, 2))T120000Z"
      lines.append(
        "{\"description\":\"Synthetic recommendation \(n) \(String(repeating: "words ", count: 10))\","
          + "\"status\":\"pending\",\"due\":\"\(stamp)\",\"entry\":\"20230331T120000Z\","
          + "\"project\":\"report\(n % 200)\",\"uuid\":\"\(uuid(&random))\"}")
    }
    return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
  }

  private static func uuid(_ random: inout SplitMix64) -> String {
    let hex = Array("0123456789abcdef")
    var text = ""
    for i in 0..<32 {
      if [8, 12, 16, 20].contains(i) { text.append("-") }
      text.append(hex[random.below(16)])
    }
    return text
  }

  private static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
