import ArgumentParser
import BragExchange
import BragModel
import Foundation

/// Big synthetic inputs for both importers, timed at two sizes so the growth shows.
struct ImportBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Time brag import page and plan (parse and the import check) on generated input.",
    discussion: """
      Generates a progress page (areas for improvement with text, response, a dated update and \
      a status) and a CSV action plan (HTML cells, a row of further actions per item) of about \
      --megabytes each, and of half that, and prints the median time of each; linear importers \
      take about twice as long on the full size. --keep DIR also writes the inputs there, for \
      timing `brag import … --dry-run` by hand.
      """)

  @Option(help: "Size of the larger inputs, in megabytes.") var megabytes = 12.8
  @Option(help: "Runs per measurement.") var repeats = 3
  @Option(help: "Write the generated inputs into this folder.") var keep: String?

  func run() throws {
    for scale in [0.5, 1.0] {
      let bytes = Int(megabytes * scale * 1_000_000)
      let page = Self.page(bytes: bytes)
      let plan = Self.plan(bytes: bytes)
      if let keep, scale == 1.0 {
        try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
        try Data(page.utf8).write(to: URL(fileURLWithPath: keep + "/page.txt"))
        try Data(plan.utf8).write(to: URL(fileURLWithPath: keep + "/plan.csv"))
      }
      let options = ImportOptions(reportID: "bench", title: "Bench")
      var items = 0
      let pageTime = Measure.median(repeats: repeats) {
        let result = PageImport.parse(ImportText.decode(Data(page.utf8)), options: options)
        items = result.report.items.count
        precondition(result.problems(in: result.report).isEmpty)
      }
      print("page \(page.utf8.count / 1000) kB, \(items) items: \(Measure.milliseconds(pageTime)) ms")
      let planTime = try Measure.median(repeats: repeats) {
        let result = try PlanImport.parse(ImportText.decode(Data(plan.utf8)), options: options)
        items = result.report.items.count
        precondition(result.problems(in: result.report).isEmpty)
      }
      print("plan \(plan.utf8.count / 1000) kB, \(items) items: \(Measure.milliseconds(planTime)) ms")
    }
  }

  static let words = """
    the service should assure itself that its use of enforcement powers prioritises highest risks \
    and includes proportionate activity to reduce risk staff training
    """.split(separator: " ").map(String.init)

  /// `count` words from a fixed sequence, as a sentence.
  static func sentence(_ count: Int, seed: inout UInt64) -> String {
    var out: [String] = []
    for _ in 0..<count {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      out.append(words[Int(seed >> 33) % words.count])
    }
    let text = out.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  static func page(bytes: Int) -> String {
    var seed: UInt64 = 1
    var out = "Our progress on the inspection\n"
    while out.utf8.count < bytes {
      out += "Area for improvement\n\(sentence(40, seed: &seed))\nAction we have taken\n"
      out += "\(sentence(60, seed: &seed))\n\(sentence(30, seed: &seed))\n"
      out += "April 2025: \(sentence(20, seed: &seed))\nStatus: On track\n"
    }
    return out
  }

  static func plan(bytes: Int) -> String {
    var seed: UInt64 = 2
    var out =
      "Ref. No.,HMI Page,Area for improvement,Required outcomes,Action to achieve required outcomes,"
      + "Responsible function,Timescale,Notes,BRAG\r\n"
    var ref = 0
    while out.utf8.count < bytes {
      ref += 1
      out += "\(ref),12,<p>\(sentence(30, seed: &seed))</p>,<p>\(sentence(15, seed: &seed))</p>,"
      out += "<ul><li>\(sentence(12, seed: &seed))</li><li>\(sentence(10, seed: &seed))</li></ul>,"
      out += "Protection,March 2026,On track,Green\r\n"
      out += ",,,,<p>\(sentence(14, seed: &seed))</p>,Prevention,Q2 2026/27,,\r\n"
    }
    return out
  }
}
