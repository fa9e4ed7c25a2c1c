import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("The HMICFRS return")
struct ReturnExportTests {
  static let bom = "\u{FEFF}"
  static let header = "Recommendation,Text,Deadline,Self-assessment,Narrative\r\n"

  func csvText(_ report: Report) throws -> String {
    String(decoding: try ReturnExport.csv(report), as: UTF8.self)
  }

  @Test("values and culture: BOM, header, then one exact row per recommendation in order")
  func valuesCultureCSV() throws {
    let report = Samples.report("staffs-values-culture-2023")
    let bytes = try ReturnExport.csv(report)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix(Self.bom + Self.header))
    #expect(text.hasSuffix("\"\r\n"))
    let first =
      "1,\"By 1 October 2023, chief fire officers should make sure their services provide a confidential way "
      + "for staff to raise concerns and that staff are aware of whistleblowing processes.\",2023-10-01,"
      + "not assessed,\"The service has implemented 'Say So,' a confidential and independent process for staff "
      + "to raise concerns. Awareness has been promoted through various staff platforms. A whistleblowing "
      + "policy is also in place and accessible via the intranet.\"\r\n"
    #expect(text.hasPrefix(Self.bom + Self.header + first))
    // "With immediate effect" resolves to the publication date.
    let immediate =
      "\r\n17,\"With immediate effect, chief fire officers should notify HMICFRS of any allegations that have the "
      + "potential to constitute staff gross misconduct that: Involve allegations of a criminal nature that "
      + "have the potential to affect public confidence in FRSs; Are of a serious nature; or relate to "
      + "assistant chief fire officers or those at equivalent or higher grades.\",2023-03-31,not assessed,"
      + "\"In line with the original recommendation, an update was submitted to HMICFRS. Details of future "
      + "allegations will be submitted on a case by case basis.\"\r\n"
    #expect(text.contains(immediate))
    let rows = try CSVReading.parse(text)
    #expect(rows.count == 20)
    #expect(
      rows.dropFirst().map { $0[0] } == [
        "1", "3", "4", "5", "9", "12", "14", "17", "18", "20", "21", "22", "23", "24", "27", "28", "32", "33",
        "34",
      ])
    // Every cell is the data word for word.
    for (row, item) in zip(rows.dropFirst(), report.items) {
      #expect(
        row == [
          String(item.number!), item.text, item.timescale.due!.description, "not assessed", item.response!,
        ])
    }
  }

  @Test("misconduct: deadlines from the HMICFRS report, blanks where none, lists kept inside the cell")
  func misconductCSV() throws {
    let report = Samples.report("staffs-misconduct-2024")
    let text = try csvText(report)
    let rows = try CSVReading.parse(text)
    #expect(rows.count == 16)
    #expect(rows.dropFirst().map { $0[0] } == (1...15).map(String.init))
    #expect(
      rows.dropFirst().map { $0[2] } == [
        "2025-02-01", "2025-02-01", "2025-05-01", "2025-02-01", "", "", "", "", "2025-08-01", "", "", "",
        "2025-02-01", "", "",
      ])
    let six =
      "\r\n6,\"Chief Fire Officers should make sure a programme of training is in place for all supervisors and "
      + "managers on how to manage staff performance and welfare and how to raise an issue. It should be "
      + "supported by relevant policies and procedures. Training should include:\n"
      + "- Staff welfare and absence management;\n"
      + "- the process for managing individual staff performance, addressing poor performance and potential "
      + "misconduct issues;\n"
      + "- how to handle difficult conversations and resolve issues informally, if appropriate, when a concern "
      + "is identified; and\n"
      + "- clarifying the role of HR services in helping managers to deal with staff concerns and misconduct "
      + "issues. Chief fire officers should make sure all managers and supervisors attend the training "
      + "programme.\",,not assessed,\"A training schedule has been developed by the HR Department. Capability "
      + "Management, covering both absence and performance, will be addressed in training sessions. Training "
      + "will be conducted for each area once the relevant policies are completed. This is currently a work in "
      + "progress, and until the training program covering the specified topics begins to be delivered, we do "
      + "not consider it ready to be regarded as business as usual.\"\r\n7,"
    #expect(text.contains(six))
    for (row, item) in zip(rows.dropFirst(), report.items) {
      #expect(row[1] == item.text)
      #expect(row[4] == item.response)
    }
    // Outside quoted cells, every line ends CRLF; inside them a line break is a bare LF.
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
  }

  @Test("areas for improvement without official numbers use their label; no narrative is a blank cell")
  func labelsAndBlanks() throws {
    let report = Samples.report("mfrs-action-plan-2023")
    let rows = try CSVReading.parse(try csvText(report))
    #expect(rows.dropFirst().map { $0[0] } == ["AFI 1", "AFI 2", "AFI 3", "AFI 4", "AFI 5"])
    #expect(rows.dropFirst().allSatisfy { $0[2] == "" && $0[3] == "not assessed" && $0[4] == "" })
  }

  @Test("the narrative is returnNarrative, else the response; self-assessment in words; deadline as written")
  func narrativeAndDeadline() throws {
    let items = [
      Item(
        id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1", text: "Do it.",
        timescale: Timescale(written: "Spring 2025", due: nil, precision: .unresolved), response: "Response.",
        selfAssessment: .met, returnNarrative: "Narrative for HMICFRS."),
      Item(
        id: "rec-2", kind: .recommendation, number: 2, label: "Rec 2", text: "Do more.",
        timescale: Timescale(written: "  TBC ", due: nil, precision: .missing), response: "Response two.",
        selfAssessment: .notMet, returnNarrative: "   \n"),
      Item(
        id: "rec-3", kind: .recommendation, number: 3, label: "Rec 3", text: "And this.",
        timescale: Timescale(written: "Dec 2024", due: CalendarDate("2024-12-31"), precision: .month),
        revisedDue: DueRevision(due: CalendarDate("2025-06-30")!, reason: "board agreed")),
    ]
    let report = Report(id: "r", title: "T", kind: .thematic, items: items)
    let rows = try CSVReading.parse(try csvText(report))
    #expect(rows[1] == ["1", "Do it.", "Spring 2025", "met", "Narrative for HMICFRS."])
    #expect(rows[2] == ["2", "Do more.", "TBC", "not met", "Response two."])
    // HMICFRS's deadline, not the date the board revised it to.
    #expect(rows[3] == ["3", "And this.", "2024-12-31", "not assessed", ""])
    #expect(ReturnExport.rows(report).map(\.narrativeField) == [.returnNarrative, .response, nil])
  }

  @Test("formula injection: cells starting = + - @ tab or CR never reach a spreadsheet as formulas")
  func formulaInjection() throws {
    let hostile = [
      "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-3+4", "@SUM(1,2)", "\t=1+1", "\r=2+2",
      "\r\n@cmd", "\u{1B}[31m=red",
    ]
    let items = hostile.enumerated().map { index, text in
      Item(
        id: "i\(index)", kind: .areaForImprovement, label: text, text: text,
        timescale: Timescale(written: text, due: nil, precision: .unresolved), response: text)
    }
    let report = Report(id: "r", title: "T", kind: .inspection, items: items)
    let rows = try CSVReading.parse(try csvText(report))
    #expect(rows.count == hostile.count + 1)
    for (index, row) in rows.enumerated().dropFirst() {
      for cell in [row[0], row[1], row[2], row[4]] {
        let first = try #require(cell.unicodeScalars.first)
        #expect(!"=+-@\t\r\n".unicodeScalars.contains(first), "\(cell.debugDescription) is not neutralised")
        if index < 8 { #expect(first == "'", "\(cell.debugDescription) is not neutralised") }
        #expect(!cell.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" })
      }
    }
    #expect(rows[1][1] == "'=HYPERLINK(\"http://evil.example\",\"x\")")
    #expect(rows[5][1] == "'=1+1")  // the tab is trimmed, then the formula is neutralised
    #expect(rows[6][1] == "'=2+2")
    #expect(rows[7][1] == "'@cmd")
    #expect(rows[8][1] == "[31m=red")  // ESC removed; "[" starts no formula
    // A minus inside text, or a list line inside a cell, is left alone.
    #expect(ReturnExport.cell("Done - on time\n- next step") == "Done - on time\n- next step")
  }

  @Test("quoting: commas, quotes and line breaks (CRLF, CR and LF) survive a round trip")
  func quoting() throws {
    let narrative = "Line one, with \"quotes\"\r\nLine two\rLine three\nLine four;\ttab"
    let item = Item(
      id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1", text: "A, \"quoted\" text",
      response: narrative)
    let report = Report(id: "r", title: "T", kind: .thematic, items: [item])
    let text = try csvText(report)
    #expect(
      text == Self.bom + Self.header
        + "1,\"A, \"\"quoted\"\" text\",,not assessed,"
        + "\"Line one, with \"\"quotes\"\"\nLine two\nLine three\nLine four;\ttab\"\r\n")
    let rows = try CSVReading.parse(text)
    #expect(rows[1][4] == "Line one, with \"quotes\"\nLine two\nLine three\nLine four;\ttab")
  }

  @Test("the 300-word limit: 300 passes, 301 is a problem naming the item and its count")
  func wordLimit() {
    func report(_ words: Int, narrative: Bool) -> Report {
      let text = Array(repeating: "word", count: words).joined(separator: " ")
      let item = Item(
        id: "rec-4", kind: .recommendation, number: 4, label: "Rec 4", text: "t",
        response: narrative ? "short" : text, returnNarrative: narrative ? text : nil)
      let other = Item(
        id: "rec-5", kind: .recommendation, number: 5, label: "Rec 5", text: "t", response: "fine")
      return Report(id: "r", title: "T", kind: .thematic, items: [item, other])
    }
    let detector = SensitiveInformation()
    #expect(ReturnExport.problems(report(300, narrative: true), detector: detector).isEmpty)
    let over = ReturnExport.problems(report(301, narrative: true), detector: detector)
    #expect(over.count == 1)
    #expect(over.first?.kind == .tooLong(words: 301))
    #expect(
      over.first?.description
        == "r/rec-4 (Rec 4): the narrative (returnNarrative) is 301 words; HMICFRS allows no more than 300")
    // The response counts when it is the narrative.
    let response = ReturnExport.problems(report(350, narrative: false), detector: detector)
    #expect(response.map(\.field) == [.response])
  }

  @Test("sensitive information in a narrative it would export is a problem; in one it would not, is not")
  func sensitiveProblems() {
    let exported = Item(
      id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1", text: "t",
      response: "Call 07700 900123", returnNarrative: "Ask j.smith@example.org")
    let clean = Item(
      id: "rec-2", kind: .recommendation, number: 2, label: "Rec 2", text: "Email hr@example.org",
      response: "Fine")
    let report = Report(id: "r", title: "T", kind: .thematic, items: [exported, clean])
    let problems = ReturnExport.problems(report, detector: SensitiveInformation())
    #expect(problems.count == 1)
    #expect(
      problems.first?.description
        == "r/rec-1 (Rec 1): the narrative (returnNarrative) contains an email address at line 1, column 5")
  }

  @Test("Markdown: heading, details, one section per recommendation, exact for misconduct 6")
  func markdownMisconduct() {
    let report = Samples.report("staffs-misconduct-2024")
    let text = ReturnExport.markdown(report, asAt: Samples.today)
    #expect(
      text.hasPrefix(
        """
        # HMICFRS return: Standards of behaviour: the handling of misconduct in fire and rescue services

        - **Service:** Staffordshire Fire and Rescue Service
        - **Report:** staffs-misconduct-2024, published 1 August 2024
        - **As at:** 27 November 2026

        ## Recommendation 1

        *The culture in fire and rescue services*

        Chief fire officers should, as a priority, make sure their staff are aware of, and follow the Core Code of Ethics. Services should build the code into all relevant policies and practices.

        **Deadline:** 1 February 2025\\
        **Self-assessment:** not assessed

        **Narrative** (50 words):

        The Core Code of Ethics (CCoE) is now embedded in all HR policies, with Principal Officers championing specific elements. A HIVE Survey (independent company) assesses employee understanding and sentiment, with plans for ongoing use. A Grievance/Disciplinary Tracker monitors trends to ensure alignment with CCoE. Daily conversations reinforce the expected values.

        ## Recommendation 2

        """))
    #expect(
      text.contains(
        """

        ## Recommendation 6

        *The extent to which services are identifying misconduct*

        Chief Fire Officers should make sure a programme of training is in place for all supervisors and managers on how to manage staff performance and welfare and how to raise an issue. It should be supported by relevant policies and procedures. Training should include:

        - Staff welfare and absence management;
        - the process for managing individual staff performance, addressing poor performance and potential misconduct issues;
        - how to handle difficult conversations and resolve issues informally, if appropriate, when a concern is identified; and
        - clarifying the role of HR services in helping managers to deal with staff concerns and misconduct issues. Chief fire officers should make sure all managers and supervisors attend the training programme.

        **Deadline:** none given\\
        **Self-assessment:** not assessed

        **Narrative** (69 words):

        A training schedule has been developed by the HR Department.
        """))
    #expect(text.components(separatedBy: "\n## ").count == 16)
    #expect(
      text.hasSuffix(
        "forum for sharing case learnings, with plans to make this an annual event. Sharing cases more frequently than annually may risk compromising confidentiality.\n"
      ))
  }

  @Test("Markdown: values and culture, immediate deadlines say so; each line of a narrative is kept")
  func markdownValuesCulture() {
    let report = Samples.report("staffs-values-culture-2023")
    let text = ReturnExport.markdown(report, asAt: nil)
    #expect(!text.contains("As at"))
    #expect(text.components(separatedBy: "\n## Recommendation ").count == 20)
    #expect(text.contains("## Recommendation 17\n\nWith immediate effect, chief fire officers"))
    #expect(text.contains("**Deadline:** 31 March 2023 (With immediate effect)\\\n"))
    #expect(text.contains("**Deadline:** 1 June 2023\\\n**Self-assessment:** not assessed\n"))
    // A response of two lines stays two paragraphs.
    let misconduct = ReturnExport.markdown(Samples.report("staffs-misconduct-2024"))
    #expect(
      misconduct.contains(
        "with consultant providing independence in the process.\n\nThe Board members have been selected"))
  }

  @Test("Markdown escapes what would be formatting, and keeps intended lists")
  func markdownEscaping() {
    let item = Item(
      id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1",
      text: "Use *stars*, _underscores_, `code`, [links](x) and <b>html</b> &amp; R&D",
      response:
        "# not a heading\n> not a quote\n+ not a list\n2024. not a list\n---\n- a list item\n1. numbered item\n-A dash",
      selfAssessment: .met)
    let report = Report(id: "r", title: "Title with # and *stars*", kind: .thematic, items: [item])
    let text = ReturnExport.markdown(report)
    #expect(text.hasPrefix("# HMICFRS return: Title with \\# and \\*stars\\*\n"))
    #expect(
      text.contains(
        "Use \\*stars\\*, \\_underscores\\_, \\`code\\`, \\[links\\](x) and \\<b>html\\</b> \\&amp; R&D\n"))
    #expect(
      text.hasSuffix(
        """
        **Narrative** (26 words):

        \\# not a heading

        \\> not a quote

        \\+ not a list

        2024\\. not a list

        \\---

        - a list item
        1. numbered item

        \\-A dash

        """))
    #expect(text.contains("**Self-assessment:** met\n"))
  }
}

/// An RFC 4180 reader, written apart from the exporter so the tests do not trust its quoting.
enum CSVReading {
  struct Malformed: Error {}

  /// Rows end CRLF, or LF when `lineFeedRows` (as `brag list --format csv` writes them).
  static func parse(_ text: String, lineFeedRows: Bool = false) throws -> [[String]] {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var index = scalars.startIndex
    var quoted = false
    var cellStarted = false
    func next() -> Unicode.Scalar? {
      guard index < scalars.endIndex else { return nil }
      defer { index = scalars.index(after: index) }
      return scalars[index]
    }
    while let scalar = next() {
      if quoted {
        if scalar == "\"" {
          if index < scalars.endIndex, scalars[index] == "\"" {
            cell.unicodeScalars.append("\"")
            index = scalars.index(after: index)
          } else {
            quoted = false
          }
        } else {
          cell.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard !cellStarted else { throw Malformed() }
        quoted = true
        cellStarted = true
      case ",":
        row.append(cell)
        cell = ""
        cellStarted = false
      case "\r":
        guard next() == "\n" else { throw Malformed() }
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
        cellStarted = false
      case "\n":
        guard lineFeedRows else { throw Malformed() }  // rows end CRLF
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
        cellStarted = false
      default:
        cell.unicodeScalars.append(scalar)
        cellStarted = true
      }
    }
    guard !quoted, row.isEmpty, cell.isEmpty else { throw Malformed() }
    return rows
  }
}
