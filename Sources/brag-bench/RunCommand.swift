import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Measure load, list, summary and save at several sizes; compare with taskwarrior.",
    discussion: """
      In-process figures are medians of --repeats runs of the model code. Whole-process figures \
      run the release `brag` binary that sits beside brag-bench (so build both with -c release) \
      and report its median wall time and peak resident memory.
      """)

  @Option(help: "Item counts to measure, comma-separated.")
  var sizes: String = "1000,10000,100000"

  @Option(help: "Runs per measurement (the median is reported).")
  var repeats: Int = 9

  @Option(help: "Where generated data is kept between runs (default: a folder under the system temp folder).")
  var work: String?

  @Flag(help: "Also time taskwarrior's `task +OVERDUE export` on the same number of tasks (needs `task`).")
  var taskwarrior = false

  func run() throws {
    let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !counts.isEmpty else { throw ValidationError("--sizes needs numbers, e.g. 1000,10000") }
    let workFolder = work ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("brag-bench")
    let brag = try Self.bragBinary()
    let today = SyntheticTracker.referenceToday
    print("brag-bench: medians of \(repeats) runs; as at \(today); data in \(workFolder)")
    print("")
    print(
      "| items | rows | data | full load | index load | list overdue | summary | save one edit | brag list --overdue --format json (process) | peak memory |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var results: [Result] = []
    for count in counts {
      let result = try measure(items: count, in: workFolder, brag: brag, today: today)
      print(result.markdownRow)
      results.append(result)
    }
    print("")
    print("Where one edit's time goes (one report file):")
    print("")
    print("| items | file | read and parse | encode | atomic write with fsync |")
    print("|---:|---:|---:|---:|---:|")
    for result in results { print(result.breakdownRow) }
    if taskwarrior {
      print("")
      for count in counts where count <= 10000 {
        try TaskwarriorComparison.run(tasks: count, in: workFolder, brag: brag, repeats: repeats)
      }
    }
  }

  struct Result {
    var items: Int
    var rows: Int
    var megabytes: Double
    var fullLoad: Double
    var indexLoad: Double
    var listOverdue: Double
    var summary: Double
    var save: Double
    var process: Double
    var processRSS: Int?
    var editParse: Double
    var editEncode: Double
    var editWrite: Double
    var editFileBytes: Int

    var breakdownRow: String {
      let ms = Measure.milliseconds
      return
        "| \(items) | \(editFileBytes / 1024) KiB | \(ms(editParse)) ms | \(ms(editEncode)) ms | \(ms(editWrite)) ms |"
    }

    var markdownRow: String {
      let ms = Measure.milliseconds
      return
        "| \(items) | \(rows) | \(String(format1: megabytes, digits: 1)) MB | \(ms(fullLoad)) ms | \(ms(indexLoad)) ms "
        + "| \(ms(listOverdue)) ms | \(ms(summary)) ms | \(ms(save)) ms | \(ms(process)) ms "
        + "| \(processRSS.map { "\($0 / 1024) MB" } ?? "n/a") |"
    }
  }

  func measure(items: Int, in workFolder: String, brag: String, today: CalendarDate) throws -> Result {

    let folder = try Self.dataset(items: items, in: workFolder)
    let cache = (workFolder as NSString).appendingPathComponent("cache-\(items).bin")
    let megabytes = Double(try folder.reportFiles().reduce(0) { $0 + (FileIdentity.of($1)?.size ?? 0) }) / 1e6

    // Full parse of every file: what the first run after a change to everything costs.
    let fullRepeats = items >= 100_000 ? min(3, repeats) : repeats
    var rowCount = 0
    let fullLoad = try Measure.median(repeats: fullRepeats) {
      let tracker = try folder.load()
      rowCount = tracker.reports.reduce(0) { $0 + $1.report.rows.count }
    }
    _ = try RowIndex.load(folder, cachePath: cache)  // warm the cache
    let indexLoad = try Measure.median(repeats: repeats) { _ = try RowIndex.load(folder, cachePath: cache) }
    let loaded = try RowIndex.load(folder, cachePath: cache)
    var filter = RowFilter()
    filter.overdueOnly = true
    var outputBytes = 0
    let listOverdue = Measure.median(repeats: repeats) {
      outputBytes = 0
      RowExport.json(RowFilter.select(loaded.reports, filter, today: today), today: today) {
        outputBytes += $0.count
      }
    }
    let summary = Measure.median(repeats: repeats) {
      _ = Summary(indexed: loaded.reports, today: today)
    }
    // One edit as `brag set` makes it: under the folder lock, read the report file as it is now,
    // change a rating, save it atomically with a history entry.
    let target = loaded.reports[loaded.reports.count / 2]
    var flip = false
    let save = try Measure.median(repeats: repeats) {
      flip.toggle()
      let rating: BRAG = flip ? .amber : .green
      _ = try folder.update(reportID: target.id) { report in
        try report.apply(
          .brag(rating, reason: nil), to: RowID(report: target.id, item: report.items[0].id), author: "bench",
          at: "2026-11-27T10:00:00Z")
      }
    }
    // The whole program, as a user runs it (its own cache in the usual place, warmed first).
    let arguments = [
      brag, "list", "--overdue", "--format", "json", "--data", folder.path, "--today", today.description,
    ]
    _ = try ChildProcess.run(arguments)
    var samples: [Double] = []
    for _ in 0..<repeats {
      let run = try ChildProcess.run(arguments)
      guard run.exitStatus == 0 else { throw ValidationErrorText("brag exited with \(run.exitStatus)") }
      samples.append(run.seconds)
    }
    let peak = try ChildProcess.peakMemory(arguments)
    // Where an edit's time goes: reading, encoding, and the durable write (temp file, fsync, rename, fsync folder).
    let path = folder.filePath(for: target.id)
    let parse = Measure.median(repeats: repeats) { _ = DataFolder.loadFile(path) }
    guard case .success(let sample) = DataFolder.loadFile(path) else {
      throw ValidationErrorText("cannot read \(path)")
    }
    let encode = try Measure.median(repeats: repeats) { _ = try ReportCoding.encode(sample.report) }
    let encoded = try ReportCoding.encode(sample.report)
    let scratch = (workFolder as NSString).appendingPathComponent("scratch-\(items).json")
    let write = try Measure.median(repeats: repeats) { try AtomicFile.write(encoded, to: scratch) }
    return Result(
      items: items, rows: rowCount, megabytes: megabytes, fullLoad: fullLoad, indexLoad: indexLoad,
      listOverdue: listOverdue, summary: summary, save: save, process: Measure.median(samples),
      processRSS: peak,
      editParse: parse, editEncode: encode, editWrite: write, editFileBytes: encoded.count)
  }

  /// A generated data folder for `items`, made once and reused.
  static func dataset(items: Int, in workFolder: String) throws -> DataFolder {
    let path = (workFolder as NSString).appendingPathComponent("items-\(items)")
    let marker = (path as NSString).appendingPathComponent(".complete")
    if !FileManager.default.fileExists(atPath: marker) {
      try? FileManager.default.removeItem(atPath: path)
      _ = try Generator.write(items: items, reports: 200, seed: 1, to: DataFolder(path: path))
      _ = FileManager.default.createFile(atPath: marker, contents: Data())
    }
    return DataFolder(path: path)
  }

  /// The `brag` executable built beside this one.
  static func bragBinary() throws -> String {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let candidate = me.deletingLastPathComponent().appendingPathComponent("brag").path
    guard FileManager.default.isExecutableFile(atPath: candidate) else {
      throw ValidationErrorText(
        "no brag binary beside brag-bench at \(candidate); run swift build -c release first")
    }
    return candidate
  }
}
