import Foundation
import Testing

@Suite("brag export page and brag export deadlines")
struct PageAndDeadlinesTests: CLISuite {
  let scratch = Scratch()

  static let tidy: String? = ["/usr/bin/tidy", "/usr/local/bin/tidy", "/opt/homebrew/bin/tidy"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test("page --format html --output: one valid HTML5 file, written atomically, nothing on stdout")
  func htmlPage() throws {
    let data = try initialised()
    let output = scratch.file("misconduct.html")
    let result = try brag([
      "export", "page", "--data", data, "--today", "2026-11-27", "--report", "staffs-misconduct-2024",
      "--format", "html", "--output", output,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "brag: wrote \(output)\n")
    let html = try String(contentsOfFile: output, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(html.contains("<h2>The culture in fire and rescue services</h2>"))
    #expect(html.contains("Progress as at <time datetime=\"2026-11-27\">27 November 2026</time>"))
    // The default format is HTML, and stdout gets the same page.
    let stdout = try brag([
      "export", "page", "--data", data, "--today", "2026-11-27", "--report", "staffs-misconduct-2024",
    ])
    #expect(stdout.stdout == html)
  }

  @Test(
    "tidy reports no errors in the HTML of every sample report",
    .enabled(if: tidy != nil, "tidy is not installed (apt-get install tidy); the HTML check is skipped"))
  func tidyCheck() throws {
    let data = try initialised()
    for report in [
      "staffs-values-culture-2023", "staffs-misconduct-2024", "staffs-round3-2024", "mfrs-action-plan-2023",
    ] {
      let output = scratch.file("\(report).html")
      let result = try brag(["export", "page", "--data", data, "--report", report, "--output", output])
      #expect(result.status == 0)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.tidy!)
      process.arguments = ["-errors", "-q", output]
      let err = Pipe()
      process.standardError = err
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(report): \(errors)")
      #expect(errors.isEmpty, "\(report): \(errors)")
    }
  }

  @Test("page --format md prints Markdown to stdout; --today and BRAG_TODAY set the as-at day")
  func markdownPage() throws {
    let data = try initialised()
    let result = try brag(
      ["export", "page", "--data", data, "--report", "staffs-round3-2024", "--format", "md"],
      environment: ["BRAG_TODAY": "2025-01-31"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("# Round 3 inspection of Staffordshire Fire and Rescue Service\n"))
    #expect(result.stdout.contains("Progress as at 31 January 2025: 1 of 5 areas for improvement complete."))
    #expect(result.stdout.contains("## Judgement areas\n"))
    #expect(result.stdout.contains("#### Action we have taken\n"))
  }

  @Test("--template replaces the built-in template; a template printing unescaped text is refused")
  func templates() throws {
    let data = try initialised()
    let house = scratch.file("house.mustache")
    try
      "<h1 class=\"house\">{{title}}</h1>\n{{#groups}}{{#items}}<p>{{heading}}: {{status}}</p>\n{{/items}}{{/groups}}"
      .write(toFile: house, atomically: true, encoding: .utf8)
    let result = try brag([
      "export", "page", "--data", data, "--report", "staffs-misconduct-2024", "--template", house,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<h1 class=\"house\">Standards of behaviour"))
    #expect(result.stdout.contains("<p>Recommendation 2: On track</p>"))

    try "<h1>{{{title}}}</h1>".write(toFile: house, atomically: true, encoding: .utf8)
    let refused = try brag([
      "export", "page", "--data", data, "--report", "staffs-misconduct-2024", "--template", house,
    ])
    #expect(refused.status != 0)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("\(house):1:5: '{{{…}}}' and '{{&…}}' print text without escaping it"))

    let missing = try brag([
      "export", "page", "--data", data, "--report", "staffs-misconduct-2024", "--template",
      scratch.file("nope"),
    ])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("--template: cannot read"))
  }

  @Test("page: an unknown report lists the known ones; --report is required")
  func pageErrors() throws {
    let data = try initialised()
    let unknown = try brag(["export", "page", "--data", data, "--report", "nope"])
    #expect(unknown.status != 0)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("no report with id 'nope'; known reports: mfrs-action-plan-2023"))
    let missing = try brag(["export", "page", "--data", data])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("--report"))
    let badFormat = try brag([
      "export", "page", "--data", data, "--report", "staffs-round3-2024", "--format", "pdf",
    ])
    #expect(badFormat.status != 0)
  }

  @Test("deadlines as at 26 June 2023, six weeks: Annex A of the letter, in 80 columns")
  func annexA() throws {
    let data = try initialised()
    let result = try brag([
      "export", "deadlines", "--data", data, "--today", "2023-06-26", "--weeks", "6", "--report",
      "staffs-values-culture-2023",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.components(separatedBy: "\n")
    let headings = lines.filter { $0.hasPrefix("Recommendation ") }
    #expect(
      headings
        == [3, 4, 5, 17, 20, 21, 23, 27, 28, 32, 34, 18, 33].map { "Recommendation \($0)" })
    let passedAt = try #require(lines.firstIndex(of: "The following deadlines have now passed:"))
    let upcomingAt = try #require(lines.firstIndex(of: "Due within the next 6 weeks:"))
    let rec18 = try #require(lines.firstIndex(of: "Recommendation 18"))
    #expect(passedAt < upcomingAt && upcomingAt < rec18)
    #expect(result.stdout.contains("  Due 1 August 2023 · Complete\n"))
    for line in lines { #expect(line.count <= 80, "\(line)") }

    let open = try brag([
      "export", "deadlines", "--data", data, "--today", "2023-06-26", "--report",
      "staffs-values-culture-2023",
      "--open",
    ])
    #expect(open.stdout.components(separatedBy: "  None.").count == 3)
  }

  @Test("deadlines --format json: asAt, passed and upcoming rows with the list fields; BRAG_TODAY")
  func json() throws {
    let data = try initialised()
    let result = try brag(
      ["export", "deadlines", "--data", data, "--report", "staffs-values-culture-2023", "--format", "json"],
      environment: ["BRAG_TODAY": "2023-06-26"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["asAt"] as? String == "2023-06-26")
    let passed = try #require(object["passed"] as? [[String: Any]])
    let upcoming = try #require(object["upcoming"] as? [[String: Any]])
    #expect(passed.compactMap { $0["number"] as? Int } == [3, 4, 5, 17, 20, 21, 23, 27, 28, 32, 34])
    #expect(upcoming.compactMap { $0["number"] as? Int } == [18, 33])
    let list = try brag([
      "list", "--data", data, "--today", "2023-06-26", "--report", "staffs-values-culture-2023", "--format",
      "json",
    ])
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    // The list's fields, but for where a linked action is shown (a list places rows; these are dates).
    #expect(Set(passed[0].keys) == Set(rows[0].keys).subtracting(["shownUnder"]))

    // Every report, open only, as at 30 June 2025: Merseyside's late actions, none complete.
    let all = try brag([
      "export", "deadlines", "--data", data, "--today", "2025-06-30", "--open", "--format", "json",
    ])
    let allObject = try #require(
      try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
    let late = try #require(allObject["passed"] as? [[String: Any]])
    #expect(!late.isEmpty)
    #expect(late.contains { $0["kind"] as? String == "action" })
    #expect(late.allSatisfy { $0["overdue"] as? Bool == true })
  }

  @Test("deadlines: bad input gets one clear line and a non-zero exit")
  func deadlineErrors() throws {
    let data = try initialised()
    let negative = try brag(["export", "deadlines", "--data", data, "--weeks=-1"])
    #expect(negative.status != 0)
    #expect(negative.stderr.contains("--weeks must be 0 or more"))
    let unknown = try brag(["export", "deadlines", "--data", data, "--report", "nope"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no report with id 'nope'"))
    let badDay = try brag(["export", "deadlines", "--data", data, "--today", "26/06/2023"])
    #expect(badDay.status != 0)
    #expect(badDay.stderr.contains("--today '26/06/2023' is not a date"))
    for result in [negative, unknown, badDay] { #expect(result.stdout.isEmpty) }
  }
}
