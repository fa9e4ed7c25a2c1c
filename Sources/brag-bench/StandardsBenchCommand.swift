import ArgumentParser
import BragExchange
import BragModel
import Foundation

/// The Fire Standards' paths at sizes far past any real standard, so growth shows: reading a
/// standard's page, creating its report, counting % implemented, and revising it.
struct StandardsBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "standards",
    abstract: "Time reading a standard's page, creating, counting and revising its report.",
    discussion: """
      Generates a standard's page of --requirements numbered requirements (and half as many), \
      then times: the page reader with the catalogue check, the import plan and the report's \
      creation, counting % implemented over its rows, and a revision in which every tenth \
      requirement is reworded and one in twenty is new.
      """)

  @Option(help: "Requirements on the larger page.") var requirements = 10_000
  @Option(help: "Runs per measurement.") var repeats = 3

  func run() throws {
    for scale in [2, 1] {
      let count = requirements / scale
      let page = Self.page(count: count, revision: false)
      let revised = Self.page(count: count, revision: true)
      var read: StandardPage?
      let readTime = try Measure.median(repeats: repeats) {
        read = try StandardPageReader.read(Data(page.utf8), file: "bench.html")
      }
      guard let read else { return }
      var report: Report?
      let createTime = try Measure.median(repeats: repeats) {
        let plan = try StandardImport.plan(read, file: "bench.html", existing: nil)
        report = plan.standard.newReport(
          version: plan.version, source: plan.source, service: nil, requirements: plan.requirements)
      }
      guard var report else { return }
      for index in report.items.indices where index % 3 == 0 {
        report.items[index].assessment = Assessment(compliance: index % 2 == 0 ? .met : .partly)
      }
      let rows = report.rows
      var implementation = Implementation()
      let countTime = Measure.median(repeats: repeats) {
        implementation = Tally(rows: rows, today: CalendarDate(year: 2026, month: 12, day: 2)!).implementation
      }
      let next = try StandardPageReader.read(Data(revised.utf8), file: "bench-2.html")
      var summary = ""
      let reviseTime = try Measure.median(repeats: repeats) {
        var copy = report
        let plan = try StandardImport.plan(next, file: "bench-2.html", existing: copy)
        summary =
          copy.revise(to: plan.version, requirements: plan.requirements, author: "bench", at: "t").summary
      }
      print(
        "\(count) requirements, page \(page.utf8.count / 1000) kB: read \(Measure.milliseconds(readTime)) ms · "
          + "create \(Measure.milliseconds(createTime)) ms · count \(Measure.milliseconds(countTime)) ms "
          + "(\(implementation.percent ?? 0)%) · revise \(Measure.milliseconds(reviseTime)) ms (\(summary))")
    }
  }

  /// A page in the shape of the Fire Standards Board's, with our own placeholder wording.
  static func page(count: Int, revision: Bool) -> String {
    var out = """
      <html><head><title>Protection | Fire Standards Board</title></head><body>
      <h1>Protection</h1><p>Reference number: \(revision ? "FSD-PRO02" : "FSD-PRO01")</p>
      <h2>What is required to meet the fire standard</h2>
      <p>To achieve this Fire Standard, a fire and rescue service must:</p><ol>

      """
    var number = 0
    for index in 0..<count {
      if revision && index % 20 == 0 {
        number += 1
        out += "<li>Bench requirement added in the revision, number \(number).</li>\n"
      }
      number += 1
      let reworded = revision && index % 10 == 5 ? " now kept under review" : ""
      out += "<li>Bench requirement \(index): keep a record of premises risk\(reworded).</li>\n"
    }
    return out + "</ol><h2>Expected benefits</h2><p>None.</p></body></html>\n"
  }
}
