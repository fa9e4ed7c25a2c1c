import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("brag validate's checks")
struct ValidatorTests {
  func validate(_ reports: [Report], watchList: WatchList = .empty) -> [Finding] {
    Validator(watchList: watchList).validate(reports: reports.map { ($0, "data/\($0.id).json") })
  }

  func errors(_ findings: [Finding]) -> [String] {
    findings.filter { $0.severity == .error }.map(\.description)
  }

  func warnings(_ findings: [Finding]) -> [String] {
    findings.filter { $0.severity == .warning }.map(\.description)
  }

  @Test("the sample data has no errors; its warnings are the open items with no date")
  func sampleData() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let tracker = try DataFolder(path: folder.path).load()
    let findings = Validator().validate(tracker)
    #expect(errors(findings).isEmpty)
    let file = folder.file("staffs-round3-2024.json")
    #expect(
      warnings(findings) == [
        "\(folder.file("staffs-misconduct-2024.json")): staffs-misconduct-2024/rec-6: warning: "
          + "the open recommendation has no timescale; a missing date is itself a finding",
        "\(file): staffs-round3-2024/afi-1: warning: the open area for improvement has no timescale; a missing date is itself a finding",
        "\(file): staffs-round3-2024/afi-2: warning: the open area for improvement has no timescale; a missing date is itself a finding",
        "\(file): staffs-round3-2024/afi-3: warning: the open area for improvement has no timescale; a missing date is itself a finding",
        "\(file): staffs-round3-2024/afi-5: warning: the open area for improvement has no timescale; a missing date is itself a finding",
      ])
    #expect(Validator.countLine(findings, files: 4) == "4 files checked: 0 errors, 5 warnings")
  }

  @Test("a file that does not load is an error with its line and column")
  func loadFailure() {
    let failure = DataFileError(
      file: "data/r.json", line: 8, column: 16, fieldPath: "report.items[0].brag",
      message: "String value purple is not allowed")
    let findings = Validator().validate(reports: [], failures: [failure])
    #expect(
      findings.map(\.description) == [
        "data/r.json:8:16: error: at report.items[0].brag: String value purple is not allowed"
      ])
  }

  @Test("ids used twice: reports in the folder, items, actions, official numbers")
  func duplicates() {
    let action = Action(id: "a1", text: "Do")
    let items = [
      Item(
        id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1", text: "t", actions: [action, action]),
      Item(id: "rec-1", kind: .recommendation, number: 2, label: "Rec 1 again", text: "t"),
      Item(id: "rec-1b", kind: .recommendation, number: 1, label: "Rec 1b", text: "t"),
      Item(id: "afi-1", kind: .areaForImprovement, number: 1, label: "AFI 1", text: "t"),
    ]
    let report = Report(id: "r", title: "T", kind: .thematic, items: items)
    let findings = Validator().validate(reports: [(report, "data/r.json"), (report, "data/copy/r.json")])
    let lines = errors(findings)
    #expect(
      lines.contains(
        "data/r.json: r/rec-1/a1: error: the action id 'a1' is used twice under item 'rec-1'; ids must be unique"
      ))
    #expect(
      lines.contains(
        "data/r.json: r/rec-1: error: the item id 'rec-1' is used twice in this report; ids must be unique"))
    #expect(
      lines.contains(
        "data/r.json: r/rec-1b: error: official number 1 is also used by rec-1; "
          + "a recommendation is identified by its report and official number"))
    #expect(
      lines.contains(
        "data/copy/r.json: r: error: the report id 'r' is also used by r.json; report ids must be unique in the folder"
      ))
    // An area for improvement numbered 1 is not a recommendation numbered 1.
    #expect(!lines.contains { $0.contains("r/afi-1") })
  }

  @Test("stored due and precision must be what the words resolve to, unless basis explains")
  func timescales() {
    let published = CalendarDate("2023-03-31")!
    func item(_ id: String, _ timescale: Timescale) -> Item {
      Item(id: id, kind: .recommendation, label: id, text: "t", timescale: timescale, status: "Complete")
    }
    let items = [
      item("good", Timescale(written: "By 1 June 2023", due: CalendarDate("2023-06-01"), precision: .day)),
      item(
        "wrong-day", Timescale(written: "By 1 June 2023", due: CalendarDate("2023-07-01"), precision: .day)),
      item(
        "wrong-precision", Timescale(written: "Dec 2024", due: CalendarDate("2024-12-31"), precision: .day)),
      item("immediate", Timescale(written: "With immediate effect", due: published, precision: .immediate)),
      item("no-words", Timescale(written: nil, due: CalendarDate("2025-02-01"), precision: .day)),
      item(
        "basis",
        Timescale(
          written: "Q4 2025", due: CalendarDate("2025-12-31"), precision: .quarter, basis: "calendar quarters"
        )),
      item("ongoing", Timescale(written: "Ongoing", due: nil, precision: .ongoing)),
    ]
    var withAction = item("with-action", .none)
    withAction.actions = [
      Action(
        id: "a1", text: "Do", timescale: Timescale(written: "In FDP 24/25", due: nil, precision: .unresolved))
    ]
    let report = Report(
      id: "r", title: "T", kind: .spotlight, published: published, items: items + [withAction])
    #expect(
      errors(validate([report])) == [
        "data/r.json: r/wrong-day: error: the timescale 'By 1 June 2023' resolves to 2023-06-01 (day), but the file "
          + "stores 2023-07-01 (day); correct due and precision, or say where the date comes from in basis",
        "data/r.json: r/wrong-precision: error: the timescale 'Dec 2024' resolves to 2024-12-31 (month), but the "
          + "file stores 2024-12-31 (day); correct due and precision, or say where the date comes from in basis",
        "data/r.json: r/no-words: error: the timescale with no written words resolves to no date (missing), but "
          + "the file stores 2025-02-01 (day); correct due and precision, or say where the date comes from in basis",
        "data/r.json: r/with-action/a1: error: the timescale 'In FDP 24/25' resolves to 2025-03-31 (financial-year), "
          + "but the file stores no date (unresolved); correct due and precision, or say where the date comes from in basis",
      ])
  }

  @Test("links must name an item that exists, here or in another report")
  func links() {
    let target = Report(
      id: "other", title: "O", kind: .thematic,
      items: [
        Item(
          id: "rec-4", kind: .recommendation, number: 4, label: "Rec 4", text: "t", status: "Complete",
          actions: [Action(id: "a1", text: "x")])
      ])
    let links = [
      Link(target: "rec-2", text: "As per Recommendation 2"),
      Link(target: "other/rec-4", text: "Linked to Rec 4"),
      Link(target: "other/rec-4/a1", text: "Its first action"),
      Link(target: nil, text: "AFI 19 Round 2 (not tracked here)"),
      Link(target: "rec-99", text: "Missing here"),
      Link(target: "gone/rec-4", text: "Missing report"),
      Link(target: "other/rec-5", text: "Missing there"),
      Link(target: "other/rec-4/a9", text: "Missing action"),
      Link(target: "a//b", text: "Malformed"),
    ]
    let report = Report(
      id: "r", title: "T", kind: .thematic,
      items: [
        Item(
          id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1", text: "t", status: "Complete",
          links: links),
        Item(id: "rec-2", kind: .recommendation, number: 2, label: "Rec 2", text: "t", status: "Complete"),
      ])
    #expect(
      errors(validate([report, target])) == [
        "data/r.json: r/rec-1: error: the link 'Missing here' names 'rec-99', but there is no item 'rec-99' in this report",
        "data/r.json: r/rec-1: error: the link 'Missing report' names 'gone/rec-4', but there is no report 'gone' in the folder",
        "data/r.json: r/rec-1: error: the link 'Missing there' names 'other/rec-5', but there is no item 'rec-5' in report 'other'",
        "data/r.json: r/rec-1: error: the link 'Missing action' names 'other/rec-4/a9', but item 'rec-4' has no action 'a9'",
        "data/r.json: r/rec-1: error: the link 'Malformed' has target 'a//b', which is not 'item' or 'report/item'",
      ])
    // A link into a report whose file did not load is not checked: that file's error is reported instead.
    let failure = DataFileError(file: "data/gone.json", line: 1, column: 1, message: "is not valid JSON")
    let findings = Validator().validate(
      reports: [(report, "data/r.json"), (target, "data/other.json")], failures: [failure])
    #expect(!findings.contains { $0.message.contains("Missing report") })
    #expect(findings.first?.description == "data/gone.json:1:1: error: is not valid JSON")
  }

  @Test(
    "warnings: unresolved or missing dates on open items and actions, long narratives, sensitive information")
  func warningsAll() {
    let long = Array(repeating: "word", count: 301).joined(separator: " ")
    let items = [
      Item(
        id: "open-unresolved", kind: .recommendation, label: "A", text: "t",
        timescale: Timescale(written: "Spring 2025", due: nil, precision: .unresolved), status: "On track"),
      Item(
        id: "done-missing", kind: .recommendation, label: "B", text: "t", status: "Complete"),
      Item(
        id: "revised", kind: .recommendation, label: "C", text: "t",
        revisedDue: DueRevision(due: CalendarDate("2025-01-01")!, reason: "agreed")),
      Item(
        id: "long", kind: .recommendation, label: "D", text: "t",
        timescale: Timescale(written: "Ongoing", due: nil, precision: .ongoing), response: long),
      Item(
        id: "actions", kind: .areaForImprovement, label: "E", text: "t",
        actions: [
          Action(id: "a1", text: "x", timescale: Timescale(written: "TBC", due: nil, precision: .missing)),
          Action(id: "a2", text: "x", status: "Action Complete"),
        ],
        updates: [QuarterlyUpdate(period: "Q1", date: nil, text: "Spoke to Jo Bloggs on 07700 900123")]),
    ]
    let report = Report(id: "r", title: "T", kind: .thematic, items: items)
    let findings = validate([report], watchList: WatchList(names: ["Jo Bloggs"]))
    #expect(errors(findings).isEmpty)
    #expect(
      warnings(findings) == [
        "data/r.json: r/open-unresolved: warning: the open recommendation's timescale 'Spring 2025' names no date brag can resolve; write a date, or set due and say why in basis",
        "data/r.json: r/long: warning: the return narrative (response) is 301 words; HMICFRS allows no more than 300",
        "data/r.json: r/actions/a1: warning: the open action has no timescale ('TBC'); a missing date is itself a finding",
        "data/r.json: r/actions: warning: updates[0] text (Q1) contains a name on the watch list at line 1, column 10; personal or sensitive information must not go in returns (tell the HMI directly)",
        "data/r.json: r/actions: warning: updates[0] text (Q1) contains a UK phone number at line 1, column 23; personal or sensitive information must not go in returns (tell the HMI directly)",
      ])
  }

  @Test("--report limits the findings to that report's file, but links still see the whole folder")
  func onlyOneReport() {
    let a = Report(
      id: "a", title: "A", kind: .thematic,
      items: [
        Item(
          id: "rec-1", kind: .recommendation, label: "1", text: "t",
          links: [Link(target: "b/rec-1", text: "b")])
      ])
    let b = Report(
      id: "b", title: "B", kind: .thematic,
      items: [Item(id: "rec-1", kind: .recommendation, label: "1", text: "t")])
    let failure = DataFileError(file: "data/c.json", message: "cannot be read")
    let findings = Validator().validate(
      reports: [(a, "data/a.json"), (b, "data/b.json")], failures: [failure], reportIDs: ["a"])
    #expect(
      findings.map(\.description) == [
        "data/a.json: a/rec-1: warning: the open recommendation has no timescale; a missing date is itself a finding"
      ])
  }
}
