import BragModel
import Foundation
import Testing

@Suite("brag export return and brag validate")
struct ReturnAndValidateTests: CLISuite {
  let scratch = Scratch()

  /// Loads a report file, lets `change` edit it, and saves it back.
  func edit(_ data: String, _ id: String, _ change: (inout Report) -> Void) throws {
    let file = (data as NSString).appendingPathComponent("\(id).json")
    var report = try ReportCoding.decode(try Data(contentsOf: URL(fileURLWithPath: file)), file: file)
    change(&report)
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: file))
  }

  @Test("the misconduct return as CSV: BOM, CRLF rows, 15 recommendations, to stdout or a file")
  func misconductCSV() throws {
    let data = try initialised()
    let result = try brag(["export", "return", "--data", data, "--report", "staffs-misconduct-2024"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout.hasPrefix(
        "\u{FEFF}Recommendation,Text,Deadline,Self-assessment,Narrative\r\n1,\"Chief fire"))
    #expect(result.stdout.hasSuffix("\r\n"))
    #expect(result.stdout.components(separatedBy: "\r\n").count == 17)  // header, 15 rows, the empty tail

    let file = scratch.file("misconduct-return.csv")
    let written = try brag(
      ["export", "return", "--data", data, "--report", "staffs-misconduct-2024", "--output", file])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect(written.stderr == "brag: wrote the return for staffs-misconduct-2024 (15 items) to \(file)\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(result.stdout.utf8))
  }

  @Test("the values-and-culture return as Markdown, dated by --today")
  func valuesCultureMarkdown() throws {
    let data = try initialised()
    let result = try brag(
      [
        "export", "return", "--data", data, "--report", "staffs-values-culture-2023", "--format", "md",
        "--today", "2026-11-27",
      ])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        """
        # HMICFRS return: Values and culture in fire and rescue services

        - **Service:** Staffordshire Fire and Rescue Service
        - **Report:** staffs-values-culture-2023, published 31 March 2023
        - **As at:** 27 November 2026

        ## Recommendation 1

        By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.

        **Deadline:** 1 October 2023\\
        **Self-assessment:** not assessed

        **Narrative** (36 words):

        The service has implemented 'Say So,' a confidential and independent process for staff to raise concerns.
        """))
    #expect(result.stdout.components(separatedBy: "\n## Recommendation ").count == 20)
  }

  @Test("a narrative over 300 words is refused, naming the item and its count; --force exports it")
  func wordLimit() throws {
    let data = try initialised()
    try edit(data, "staffs-misconduct-2024") { report in
      report.items[10].returnNarrative = Array(repeating: "word", count: 301).joined(separator: " ")
      report.items[11].returnNarrative = Array(repeating: "word", count: 300).joined(separator: " ")
    }
    let arguments = ["export", "return", "--data", data, "--report", "staffs-misconduct-2024"]
    let refused = try brag(arguments)
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderr == """
        brag: error: staffs-misconduct-2024/rec-11 (Rec 11): the narrative (returnNarrative) is 301 words; HMICFRS allows no more than 300
        brag: error: the return was not written: shorten the narratives or take the information out (it goes to the HMI directly), or use --force to export anyway

        """)
    let file = scratch.file("refused.csv")
    _ = try brag(arguments + ["--output", file])
    #expect(!FileManager.default.fileExists(atPath: file))

    let forced = try brag(arguments + ["--force"])
    #expect(forced.status == 0)
    #expect(
      forced.stderr.contains(
        "brag: warning: staffs-misconduct-2024/rec-11 (Rec 11): the narrative (returnNarrative) is 301 words")
    )
    #expect(forced.stdout.contains("\r\n11,\"Chief Fire Officers should review the training"))
  }

  @Test("sensitive information in a narrative is refused, with kind and place; a watch-list name too")
  func sensitive() throws {
    let data = try initialised()
    try edit(data, "staffs-values-culture-2023") { report in
      report.items[0].response! += "\nContact jane.doe@example.org or 07700 900123."
      report.items[1].returnNarrative = "Support was offered to Sean O'Brien."
      // Not exported (a narrative is written), so not checked for the return.
      report.items[1].response = "NI QQ 12 34 56 C"
    }
    try "# people in cases\nSean O'Brien\n".write(
      toFile: (data as NSString).appendingPathComponent(".brag-watchlist.txt"), atomically: true,
      encoding: .utf8)
    let arguments = [
      "export", "return", "--data", data, "--report", "staffs-values-culture-2023", "--format", "md",
    ]
    let refused = try brag(arguments)
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderr.hasPrefix(
        """
        brag: error: staffs-values-culture-2023/rec-1 (Rec 1): the narrative (response) contains an email address at line 2, column 9
        brag: error: staffs-values-culture-2023/rec-1 (Rec 1): the narrative (response) contains a UK phone number at line 2, column 33
        brag: error: staffs-values-culture-2023/rec-3 (Rec 3): the narrative (returnNarrative) contains a name on the watch list at line 1, column 24

        """))
    let forced = try brag(arguments + ["--force"])
    #expect(forced.status == 0)
    #expect(forced.stdout.contains("Support was offered to Sean O'Brien."))

    // validate reports all of it, the unexported response too, as warnings: exit 0.
    let validate = try brag(["validate", "--data", data, "--report", "staffs-values-culture-2023"])
    #expect(validate.status == 0)
    let file = (data as NSString).appendingPathComponent("staffs-values-culture-2023.json")
    #expect(
      validate.stdout == """
        \(file): staffs-values-culture-2023/rec-1: warning: response contains an email address at line 2, column 9; personal or sensitive information must not go in returns (tell the HMI directly)
        \(file): staffs-values-culture-2023/rec-1: warning: response contains a UK phone number at line 2, column 33; personal or sensitive information must not go in returns (tell the HMI directly)
        \(file): staffs-values-culture-2023/rec-3: warning: returnNarrative contains a name on the watch list at line 1, column 24; personal or sensitive information must not go in returns (tell the HMI directly)
        \(file): staffs-values-culture-2023/rec-3: warning: response contains a National Insurance number at line 1, column 4; personal or sensitive information must not go in returns (tell the HMI directly)
        1 file checked: 0 errors, 4 warnings

        """)
  }

  @Test("an unreadable watch list refuses the return and the public page alike, naming the file")
  func unreadableWatchList() throws {
    let data = try initialised()
    let list = (data as NSString).appendingPathComponent(".brag-watchlist.txt")
    try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: list))
    let expected = "\(list): cannot be read: it is not UTF-8 text; fix it or remove it"
    for export in [["return"], ["page", "--format", "md"]] {
      let result = try brag(["export"] + export + ["--data", data, "--report", "staffs-misconduct-2024"])
      #expect(result.status == 1, "\(export)")
      #expect(result.stdout.isEmpty, "\(export)")
      #expect(result.stderr.contains(expected), "\(export): \(result.stderr)")
    }
  }

  @Test("unknown report, broken file and missing --report are clear errors")
  func badInput() throws {
    let data = try initialised()
    let unknown = try brag(["export", "return", "--data", data, "--report", "nope"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no report with id 'nope'; known reports: mfrs-action-plan-2023"))
    let missing = try brag(["export", "return", "--data", data])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("--report"))
    let file = (data as NSString).appendingPathComponent("staffs-round3-2024.json")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"brag\": \"green\",", with: "\"brag\": green,")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let broken = try brag(["export", "return", "--data", data, "--report", "staffs-round3-2024"])
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("\(file):9:17: is not valid JSON"))
    #expect(broken.stdout.isEmpty)
  }

  @Test("validate on the sample data: no errors, the honest warnings, exit 0")
  func validateSamples() throws {
    let data = try initialised()
    let result = try brag(["validate", "--data", data])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(!lines.contains { $0.contains(": error: ") })
    #expect(lines.filter { $0.contains(": warning: ") }.count == 5)
    #expect(lines.last == "4 files checked: 0 errors, 5 warnings")
    let round3 = (data as NSString).appendingPathComponent("staffs-round3-2024.json")
    #expect(
      lines.contains(
        "\(round3): staffs-round3-2024/afi-1: warning: the open area for improvement has no timescale; a missing date is itself a finding"
      ))
  }

  @Test("validate on broken data: each kind of error, then exit 1")
  func validateBroken() throws {
    let data = try initialised()
    try edit(data, "staffs-values-culture-2023") { report in
      report.items[1].timescale.due = CalendarDate("2023-07-01")  // "By 1 June 2023"
      report.items[2].number = 3  // the official number of the item before
      report.items[3].links = [Link(target: "rec-99", text: "As per Recommendation 99")]
      report.items[4].links = [Link(target: "staffs-misconduct-2024/rec-40", text: "Misconduct 40")]
    }
    let round3 = (data as NSString).appendingPathComponent("staffs-round3-2024.json")
    let text = try String(contentsOfFile: round3, encoding: .utf8)
    try text.replacingOccurrences(of: "\"brag\": \"green\",", with: "\"brag\": green,")
      .write(toFile: round3, atomically: true, encoding: .utf8)
    let mfrs = (data as NSString).appendingPathComponent("mfrs-action-plan-2023.json")
    let plan = try String(contentsOfFile: mfrs, encoding: .utf8)
    try plan.replacingOccurrences(of: "\"id\": \"a2\"", with: "\"id\": \"a1\"")
      .write(toFile: mfrs, atomically: true, encoding: .utf8)

    let result = try brag(["validate", "--data", data])
    #expect(result.status == 1)
    let values = (data as NSString).appendingPathComponent("staffs-values-culture-2023.json")
    let errors = result.stdout.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    #expect(
      errors == [
        "\(mfrs):68:19: error: at report.items[1].actions[1].id: the action id 'a1' is used twice under item 'afi-2'; ids must be unique",
        "\(round3):9:17: error: is not valid JSON: unexpected character: expected a value; fix the file by hand or restore it from a backup",
        "\(values): staffs-values-culture-2023/rec-3: error: the timescale 'By 1 June 2023' resolves to 2023-06-01 (day), but the file stores 2023-07-01 (day); correct due and precision, or say where the date comes from in basis",
        "\(values): staffs-values-culture-2023/rec-4: error: official number 3 is also used by rec-3; a recommendation is identified by its report and official number",
        "\(values): staffs-values-culture-2023/rec-5: error: the link 'As per Recommendation 99' names 'rec-99', but there is no item 'rec-99' in this report",
        "\(values): staffs-values-culture-2023/rec-9: error: the link 'Misconduct 40' names 'staffs-misconduct-2024/rec-40', but there is no item 'rec-40' in report 'staffs-misconduct-2024'",
      ])
    #expect(result.stdout.hasSuffix("4 files checked: 6 errors, 1 warning\n"))

    // Only one report: its problems, its exit code.
    let one = try brag(["validate", "--data", data, "--report", "staffs-misconduct-2024"])
    #expect(one.status == 0)
    #expect(one.stdout.hasSuffix("1 file checked: 0 errors, 1 warning\n"))
    let unknown = try brag(["validate", "--data", data, "--report", "nope"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no report with id 'nope'"))
  }
}
