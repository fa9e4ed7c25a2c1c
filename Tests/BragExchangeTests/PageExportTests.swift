import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

/// Expected outputs kept as files in `Golden` (copied into the test bundle).
/// `BRAG_RECORD_GOLDEN=1 swift test --filter …` rewrites them in the source tree.
enum Golden {
  static let sourceFolder = Repository.root.appendingPathComponent("Tests/BragExchangeTests/Golden")

  static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    if ProcessInfo.processInfo.environment["BRAG_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
      try actual.write(to: sourceFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
      return
    }
    let url = try #require(
      Bundle.module.url(forResource: "Golden/\(name)", withExtension: nil),
      "no golden file \(name); record it with BRAG_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    let expected = try String(contentsOf: url, encoding: .utf8)
    guard actual != expected else { return }
    let a = actual.components(separatedBy: "\n")
    let e = expected.components(separatedBy: "\n")
    let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
    Issue.record(
      """
      \(name) differs from the golden file at line \(line + 1):
        expected: \(line < e.count ? e[line] : "(end of file)")
        actual:   \(line < a.count ? a[line] : "(end of file)")
      """, sourceLocation: sourceLocation)
  }
}

/// The HTML checker, when installed (`apt-get install tidy`).
enum Tidy {
  static let path: String? = ["/usr/bin/tidy", "/usr/local/bin/tidy", "/opt/homebrew/bin/tidy"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// What `tidy -errors -q` reports for `html` (empty when it finds no errors).
  static func errors(in html: String) throws -> String {
    let folder = TemporaryFolder()
    let file = folder.file("page.html")
    try html.write(toFile: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path!)
    process.arguments = ["-errors", "-q", file]
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
  }
}

/// Undoes Markdown backslash escapes, to compare a page with the words it was made from.
func unescapeMarkdown(_ text: String) -> String {
  let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
  var out = ""
  var escaping = false
  for character in text {
    if escaping {
      if !punctuation.contains(character) { out.append("\\") }
      out.append(character)
      escaping = false
    } else if character == "\\" {
      escaping = true
    } else {
      out.append(character)
    }
  }
  if escaping { out.append("\\") }
  return out
}

/// A report with markup, entities and quotes in every field it has.
func hostileReport(_ payload: String) -> Report {
  Report(
    id: "hostile", title: "Title \(payload)", kind: .inspection, publisher: "Publisher \(payload)",
    service: "Service \(payload)", published: CalendarDate("2024-09-01"), source: "Source \(payload)",
    summary: "Summary \(payload)\n- bullet \(payload)\n\(payload)",
    judgements: [JudgementArea(name: "Judgement \(payload)", grade: "Grade \(payload)")],
    promisingPractice: ["Practice \(payload)"],
    items: [
      Item(
        id: "x\" onclick=\"alert(1)", kind: .areaForImprovement, label: "AFI \(payload)",
        section: "Section \(payload)", text: "Text \(payload)\n- item bullet \(payload)",
        audience: "Audience \(payload)",
        timescale: Timescale(
          written: "Timescale \(payload)", due: CalendarDate("2025-01-31"), precision: .month),
        status: "Status \(payload)", requiredOutcomes: "Outcomes \(payload)", response: "Response \(payload)",
        actions: [
          Action(
            id: "a1", text: "Action \(payload)", owner: "Owner \(payload)",
            timescale: Timescale(written: "When \(payload)", due: nil, precision: .unresolved),
            status: "Action status \(payload)", notes: "Notes \(payload)")
        ],
        updates: [
          QuarterlyUpdate(
            period: "Period \(payload)", date: CalendarDate("2025-06-30"), author: "Author \(payload)",
            text: "Update \(payload)\n- update bullet \(payload)")
        ]),
      Item(id: "rec-2", kind: .recommendation, number: 2, label: "Rec 2", text: payload),
    ])
}

@Suite("Public progress page")
struct PageExportTests {
  static let asAt = CalendarDate("2026-11-27")!
  static let reportIDs = [
    "staffs-values-culture-2023", "staffs-misconduct-2024", "staffs-round3-2024", "mfrs-action-plan-2023",
  ]

  func page(_ id: String, _ format: PageFormat) throws -> String {
    try PageExport.render(Samples.report(id), format: format, asAt: Self.asAt)
  }

  @Test("golden pages of the sample data, in HTML and Markdown", arguments: reportIDs, PageFormat.allCases)
  func golden(id: String, format: PageFormat) throws {
    try Golden.check(try page(id, format), name: "page-\(id).\(format == .html ? "html" : "md")")
  }

  /// The seed pages' lines (text, "Action we have taken", response, "Status", status), in order.
  @Test(
    "the Markdown page follows the service's own page line for line",
    arguments: [
      ("000", "staffs-values-culture-2023"), ("001", "staffs-misconduct-2024"), ("003", "staffs-round3-2024"),
    ])
  func followsSeed(seed: String, id: String) throws {
    let seedLines = Samples.seed(seed).components(separatedBy: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let itemHeadings: Set<String> = ["Recommendation", "Area for improvement"]
    let start = try #require(seedLines.firstIndex { itemHeadings.contains($0) })
    let pageLines = unescapeMarkdown(try page(id, .markdown)).components(separatedBy: "\n").map {
      $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
    }
    var position = 0
    for line in seedLines[start...] where !line.isEmpty && !itemHeadings.contains(line) {
      guard let found = pageLines[position...].firstIndex(of: line) else {
        Issue.record("not found in order on the page: \(line)")
        return
      }
      position = found + 1
    }
  }

  @Test("Markdown keeps every text, response and update word for word", arguments: reportIDs)
  func markdownWordForWord(id: String) throws {
    let report = Samples.report(id)
    let lines = Set(unescapeMarkdown(try page(id, .markdown)).components(separatedBy: "\n"))
    var texts = [report.summary ?? ""]
    for item in report.items {
      texts += [item.text, item.response ?? "", item.requiredOutcomes ?? "", item.latestUpdate?.text ?? ""]
      texts += item.actions.map(\.text)
    }
    for text in texts {
      for line in text.components(separatedBy: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty
      {
        #expect(lines.contains(line.trimmingCharacters(in: .whitespaces)), "\(id): \(line)")
      }
    }
  }

  @Test("sections head their items, as on the misconduct page; statuses as written")
  func sectionsAndStatus() throws {
    let html = try page("staffs-misconduct-2024", .html)
    let headings = html.components(separatedBy: "\n").filter { $0.hasPrefix("<h2>") }
    #expect(
      headings == [
        "<h2>The culture in fire and rescue services</h2>",
        "<h2>The extent to which services are identifying misconduct</h2>",
        "<h2>The effectiveness of misconduct processes</h2>",
        "<h2>Understanding misconduct and sharing lessons learned</h2>",
      ])
    #expect(html.components(separatedBy: "status-open\">On track</span>").count == 4)
    #expect(html.contains("<li>how to handle difficult conversations and resolve issues informally"))
    // Merseyside gives no status: the page says so rather than inventing one.
    let mfrs = try page("mfrs-action-plan-2023", .html)
    #expect(mfrs.components(separatedBy: "status-not-reported\">Not yet reported</span>").count == 6)
    #expect(mfrs.contains("<h4>Latest update: April–June 2025</h4>"))
  }

  @Test("an inspection page lists its judgement areas and promising practice")
  func inspection() throws {
    let markdown = try page("staffs-round3-2024", .markdown)
    #expect(markdown.contains("## Judgement areas\n\n- Responding to major incidents\n"))
    #expect(
      markdown.contains("## Promising practice\n\n- our collaboration with the Civil Contingencies Unit"))
    #expect(markdown.contains("## Areas for improvement\n\n### Area for improvement 1\n"))
    let values = try page("staffs-values-culture-2023", .markdown)
    #expect(!values.contains("Judgement areas"))
    #expect(values.contains("## Recommendations\n\n### Recommendation 1\n"))
    #expect(values.contains("### Recommendation 34\n"))
  }

  @Test("the HTML is one file for phones and print: lang, viewport, inline CSS, no external assets")
  func htmlShape() throws {
    for id in Self.reportIDs {
      let html = try page(id, .html)
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
      #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
      #expect(html.contains("max-width: 46rem"))
      #expect(html.contains("font-size: 1.125rem"))
      #expect(html.contains("@media print"))
      for external in ["<link", "<script", "src=", "href=", "@import", "url("] {
        #expect(!html.contains(external), "\(id): \(external)")
      }
    }
  }

  static let payloads = [
    "<script>alert(\"x&y\")</script> & 'single' \"double\" &amp; &#60;",
    "<img src=x onerror=alert(1)>",
  ]

  @Test("every field is escaped in HTML: markup shows as text", arguments: payloads)
  func htmlEscaping(payload: String) throws {
    let html = try PageExport.render(hostileReport(payload), format: .html, asAt: Self.asAt)
    let escaped = payload.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
      .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    #expect(!html.contains(payload))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("\" onclick="))
    #expect(html.contains("<article class=\"item\" id=\"x--onclick--alert-1-\">"))
    let fields = [
      "Title", "Service", "Summary", "bullet", "Judgement", "Grade", "Practice", "Section", "Text",
      "item bullet", "Outcomes", "Response", "Action", "Owner", "When", "Action status", "Notes",
      "Period", "Update", "update bullet", "Source",
    ]
    for field in fields {
      #expect(html.contains("\(field) \(escaped)"), "\(field)")
    }
    #expect(html.contains("<span class=\"status status-open\">Status \(escaped)</span>"))
    #expect(html.contains("<h3>AFI \(escaped)</h3>"))
  }

  @Test("every field is escaped in Markdown and still reads word for word", arguments: payloads)
  func markdownEscaping(payload: String) throws {
    let markdown = try PageExport.render(hostileReport(payload), format: .markdown, asAt: Self.asAt)
    // Every "<" is escaped, so no renderer reads HTML into the page.
    let characters = Array(markdown)
    for index in characters.indices where characters[index] == "<" {
      #expect(index > 0 && characters[index - 1] == "\\")
    }
    let plain = unescapeMarkdown(markdown)
    for field in [
      "Title", "Service", "Summary", "bullet", "Judgement", "Text", "Response", "Owner", "Update",
    ] {
      #expect(plain.contains("\(field) \(payload)"), "\(field)")
    }
  }

  @Test(
    "Markdown escapes what would start a heading, list, quote, code, rule or HTML at a line start",
    arguments: [
      ("# Not a heading", "\\# Not a heading"),
      ("- not a list", "\\- not a list"),
      ("+ not a list", "\\+ not a list"),
      ("* not a list", "\\* not a list"),
      ("1. not numbered", "1\\. not numbered"),
      ("2024) not numbered", "2024\\) not numbered"),
      ("> not a quote", "\\> not a quote"),
      ("```", "\\`\\`\\`"),
      ("===", "\\==="),
      ("---", "\\---"),
      ("<div>", "\\<div>"),
      ("| a | b |", "\\| a \\| b \\|"),
      ("    indented code", "indented code"),
      ("a *b* _c_ `d` [e](f) ~g~ \\", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\~g\\~ \\\\"),
      ("Q&A and &amp; and &#60;", "Q&A and \\&amp; and \\&#60;"),
      ("Closing hashes ##", "Closing hashes \\##"),
      ("line\nbreak", "line break"),
      ("2024 was a year. Fine.", "2024 was a year. Fine."),
      ("Hereford & Worcester – 50% of £1,000", "Hereford & Worcester – 50% of £1,000"),
    ])
  func markdownEscape(input: String, expected: String) {
    #expect(MarkdownText.escape(input) == expected)
  }

  @Test("text blocks: each line a paragraph, '- ' lines a list")
  func blocks() {
    #expect(
      TextBlock.parse("One.\n- a\n- b\nTwo.\n\n- c\u{1B}[31m") == [
        .paragraph("One."), .list(["a", "b"]), .paragraph("Two."), .list(["c[31m"]),
      ])
    #expect(TextBlock.parse("  \n") == [])
    #expect(TextBlock.parse("-not a bullet") == [.paragraph("-not a bullet")])
  }

  @Test("a house template replaces the built-in one and can use the block partial")
  func houseTemplate() throws {
    let template = """
      <h1>{{title}}</h1>
      {{#groups}}{{#items}}<h2>{{heading}} ({{label}})</h2>{{#response}}{{> block}}{{/response}}<b>{{status}}</b>
      {{/items}}{{/groups}}
      """
    let output = try PageExport.render(
      Samples.report("staffs-misconduct-2024"), format: .html, asAt: Self.asAt, template: template)
    #expect(
      output.hasPrefix(
        "<h1>Standards of behaviour: the handling of misconduct in fire and rescue services</h1>"))
    #expect(output.contains("<h2>Recommendation 2 (Rec 2)</h2><p>Ongoing dialogue between HR and unions."))
    #expect(output.contains("<li>Cases are reviewed weekly.</li>"))
    let hostile = try PageExport.render(
      hostileReport("<b>&"), format: .html, asAt: Self.asAt,
      template: "{{title}}|{{#groups}}{{heading}}{{/groups}}")
    #expect(hostile == "Title &lt;b&gt;&amp;|Section &lt;b&gt;&amp;Recommendations and areas for improvement")
  }

  @Test(
    "templates that could print data unescaped are refused, with where",
    arguments: [
      ("<p>{{{title}}}</p>", 1, 4), ("x\n  {{& title}}", 2, 3), ("{{=<% %>=}}<%title%>", 1, 1),
      ("{{% CONTENT_TYPE: TEXT}}{{title}}", 1, 1), ("ok {{ {title} }}", 1, 4),
    ])
  func refusedTemplates(template: String, line: Int, column: Int) throws {
    for format in PageFormat.allCases {
      let error = try #require(throws: PageTemplateError.self) {
        try PageExport.render(
          Samples.report("staffs-round3-2024"), format: format, asAt: Self.asAt, template: template,
          templateSource: "house.mustache")
      }
      #expect(error.line == line)
      #expect(error.column == column)
      #expect(error.description.hasPrefix("house.mustache:\(line):\(column): "))
    }
  }

  @Test("a template that does not parse says where")
  func brokenTemplate() throws {
    let error = try #require(
      throws: PageTemplateError.self,
      performing: {
        try PageExport.render(
          Samples.report("staffs-round3-2024"), format: .html, asAt: Self.asAt,
          template: "<h1>{{title}}</h1>\n{{#groups}}\n<p>", templateSource: "house.mustache")
      })
    #expect(error.description.hasPrefix("house.mustache:"))
    #expect(error.description.contains("does not parse"))
  }

  @Test(
    "tidy finds no errors in any page, hostile text included",
    .enabled(if: Tidy.path != nil, "tidy is not installed (apt-get install tidy); the HTML check is skipped"))
  func tidy() throws {
    var pages = try Self.reportIDs.map { ($0, try page($0, .html)) }
    for payload in Self.payloads {
      pages.append(("hostile", try PageExport.render(hostileReport(payload), format: .html, asAt: Self.asAt)))
    }
    pages.append(
      (
        "empty",
        try PageExport.render(Report(id: "e", title: "", kind: .other), format: .html, asAt: Self.asAt)
      ))
    for (id, html) in pages {
      let errors = try Tidy.errors(in: html)
      #expect(errors == "", "\(id): \(errors)")
    }
  }
}

@Suite("The public page never contradicts the rating")
struct PageStatusTests {
  @Test("an item rated Amber whose file still says On track reads At risk to the public; its own words stay")
  func statusFollowsRating() throws {
    var report = Samples.report("staffs-misconduct-2024")
    report.items[1].brag = .amber  // rated by hand in the file: the status still says "On track"
    report.items[2].brag = .red
    report.items[2].status = "Awaiting national guidance"
    let page = try PageExport.render(report, format: .markdown, asAt: Samples.today)
    let rec2 = try #require(page.range(of: "Recommendation 2"))
    let rec3 = try #require(page.range(of: "Recommendation 3"))
    let rec2Text = String(page[rec2.upperBound..<rec3.lowerBound])
    #expect(rec2Text.contains("At risk"))
    #expect(!rec2Text.contains("On track"))
    #expect(page.contains("Awaiting national guidance"))
    // The return carries no status words, only the self-assessment and the narrative.
    #expect(!ReturnExport.markdown(report, asAt: Samples.today).contains("On track"))
  }
}
