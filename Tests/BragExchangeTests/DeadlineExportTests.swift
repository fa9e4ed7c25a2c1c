import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Deadline reminder")
struct DeadlineExportTests {
  static let letterDate = CalendarDate("2023-06-26")!
  static let values = Samples.report("staffs-values-culture-2023")

  static var allRows: [Row] {
    ["staffs-values-culture-2023", "staffs-misconduct-2024", "staffs-round3-2024", "mfrs-action-plan-2023"]
      .flatMap { Samples.report($0).rows }
  }

  static var titles: [(id: String, title: String)] { Samples.reports.values.map { ($0.id, $0.title) } }

  /// The recommendation numbers Annex A of the letter (seed 002) lists under each heading.
  func annexA() -> (passed: [Int], upcoming: [Int]) {
    let lines = Samples.seed("002").components(separatedBy: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let annex = lines.drop { $0 != "Annex A" }
    var passed: [Int] = []
    var upcoming: [Int] = []
    var inUpcoming: Bool?
    for line in annex {
      if line.hasPrefix("The following recommendation deadlines have now passed") { inUpcoming = false }
      if line.hasPrefix("The following recommendations are due within the next six weeks") {
        inUpcoming = true
      }
      guard let inUpcoming, line.hasPrefix("Recommendation "),
        let number = Int(line.dropFirst("Recommendation ".count))
      else { continue }
      if inUpcoming { upcoming.append(number) } else { passed.append(number) }
    }
    return (passed, upcoming)
  }

  @Test("as at 26 June 2023, six weeks: exactly Annex A of HMICFRS's letter")
  func annexAOfTheLetter() throws {
    let deadlines = Deadlines(rows: Self.values.rows, asAt: Self.letterDate, weeks: 6)
    let passed = deadlines.passed.compactMap(\.number)
    let upcoming = deadlines.upcoming.compactMap(\.number)
    #expect(passed == [3, 4, 5, 17, 20, 21, 23, 27, 28, 32, 34])
    #expect(upcoming == [18, 33])
    // The same numbers, in the same order, as the letter itself.
    let letter = annexA()
    #expect(letter.passed == passed)
    #expect(letter.upcoming == upcoming)
    // Whatever their status: every one of them is Complete on the service's later page.
    #expect((deadlines.passed + deadlines.upcoming).allSatisfy { $0.status == "Complete" })

    let text = DeadlineExport.text(deadlines, reports: Self.titles)
    let headings = text.components(separatedBy: "\n").filter { $0.hasPrefix("Recommendation ") }
    #expect(headings == (passed + upcoming).map { "Recommendation \($0)" })
    let passedPart = try #require(text.components(separatedBy: "Due within the next 6 weeks:").first)
    #expect(passedPart.contains("The following deadlines have now passed:"))
    #expect(!passedPart.contains("Recommendation 18"))
    #expect(
      text.contains("Recommendation 3\n  By 1 June 2023, chief fire officers should review the support"))
    #expect(text.contains("  Due 1 June 2023 · Complete\n"))
    #expect(text.contains("  Due 31 March 2023 (With immediate effect) · Complete\n"))
    try Golden.check(text, name: "deadlines-annex-a.txt")
    try Golden.check(
      String(decoding: DeadlineExport.json(deadlines), as: UTF8.self), name: "deadlines-annex-a.json")
  }

  @Test("--open keeps only what is not complete: nothing, for the values-and-culture report")
  func openOnly() {
    let deadlines = Deadlines(rows: Self.values.rows, asAt: Self.letterDate, weeks: 6, openOnly: true)
    #expect(deadlines.passed.isEmpty)
    #expect(deadlines.upcoming.isEmpty)
    let text = DeadlineExport.text(deadlines, reports: Self.titles)
    #expect(
      text == """
        Deadlines as at 26 June 2023, open items and actions only.

        The following deadlines have now passed:

          None.

        Due within the next 6 weeks:

          None.

        """)
  }

  @Test("every report as at 30 June 2025: items and actions, open and complete, with owners")
  func allReports() throws {
    let asAt = CalendarDate("2025-06-30")!
    let deadlines = Deadlines(rows: Self.allRows, asAt: asAt, weeks: 6)
    #expect(deadlines.passed.contains { $0.kind == .action })
    #expect(deadlines.passed.contains { $0.isComplete })
    #expect(deadlines.passed.contains { !$0.isComplete })
    #expect(deadlines.passed.allSatisfy { $0.due! < asAt })
    #expect(deadlines.upcoming.allSatisfy { $0.due! >= asAt && $0.due! <= asAt.adding(days: 42) })
    let text = DeadlineExport.text(deadlines, reports: Self.titles)
    #expect(text.contains("Action AFI 2.1\n  Carry out a cultural survey to help assess what the issues.\n"))
    #expect(text.contains("  Due 31 August 2024 (Aug 2024) · Not yet reported · 303 days overdue\n"))
    #expect(text.contains("  Owner: People and Organisational Development\n"))
    #expect(text.contains("HMICFRS Report 2023 Action Plan [mfrs-action-plan-2023]"))
    for line in text.components(separatedBy: "\n") {
      #expect(DisplayWidth.of(line) <= 80, "\(line)")
    }
    try Golden.check(text, name: "deadlines-2025-06-30.txt")
    let open = Deadlines(rows: Self.allRows, asAt: asAt, weeks: 6, openOnly: true)
    #expect(!open.passed.isEmpty)
    #expect((open.passed + open.upcoming).allSatisfy { !$0.isComplete })
    try Golden.check(
      String(decoding: DeadlineExport.json(open), as: UTF8.self), name: "deadlines-2025-06-30-open.json")
  }

  @Test("the window: due yesterday has passed, due today and in exactly N weeks is upcoming, no date never")
  func window() {
    let today = CalendarDate("2024-03-10")!
    func item(_ id: String, _ due: CalendarDate?, _ precision: DuePrecision = .day) -> Item {
      Item(
        id: id, kind: .recommendation, label: id, text: id,
        timescale: Timescale(written: nil, due: due, precision: due == nil ? precision : .day))
    }
    let report = Report(
      id: "r", title: "R", kind: .other,
      items: [
        item("yesterday", today.adding(days: -1)), item("today", today), item("edge", today.adding(days: 14)),
        item("beyond", today.adding(days: 15)), item("ongoing", nil, .ongoing),
        item("missing", nil, .missing),
      ])
    let two = Deadlines(rows: report.rows, asAt: today, weeks: 2)
    #expect(two.passed.map(\.ref) == ["yesterday"])
    #expect(two.upcoming.map(\.ref) == ["today", "edge"])
    let none = Deadlines(rows: report.rows, asAt: today, weeks: 0)
    #expect(none.upcoming.map(\.ref) == ["today"])
    #expect(DeadlineExport.text(none, reports: [("r", "R")]).contains("Due within the next 0 weeks:"))
    #expect(
      DeadlineExport.text(Deadlines(rows: report.rows, asAt: today, weeks: 1), reports: [("r", "R")])
        .contains("Due within the next week:"))
  }

  @Test("JSON: asAt, passed and upcoming, each row with the fields of brag list --format json")
  func json() throws {
    let deadlines = Deadlines(rows: Self.values.rows, asAt: Self.letterDate, weeks: 6)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(DeadlineExport.json(deadlines))) as? [String: Any])
    #expect(Set(object.keys) == ["asAt", "passed", "upcoming"])
    #expect(object["asAt"] as? String == "2023-06-26")
    let passed = try #require(object["passed"] as? [[String: Any]])
    let upcoming = try #require(object["upcoming"] as? [[String: Any]])
    #expect(passed.compactMap { $0["number"] as? Int } == [3, 4, 5, 17, 20, 21, 23, 27, 28, 32, 34])
    #expect(
      upcoming.compactMap { $0["id"] as? String } == [
        "staffs-values-culture-2023/rec-18", "staffs-values-culture-2023/rec-33",
      ])
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(RowExport.json(deadlines.passed, today: Self.letterDate)))
        as? [[String: Any]])
    #expect(passed.map { Set($0.keys) } == listed.map { Set($0.keys) })
    #expect(passed.map { $0["text"] as? String } == listed.map { $0["text"] as? String })
    let empty = Deadlines(rows: Self.values.rows, asAt: Self.letterDate, weeks: 6, openOnly: true)
    #expect(
      String(decoding: DeadlineExport.json(empty), as: UTF8.self)
        == "{\n  \"asAt\": \"2023-06-26\",\n  \"passed\": [],\n  \"upcoming\": []\n}\n")
  }

  @Test("texts wrap to 80 columns: wide characters, long words, lists and control characters")
  func wrapping() {
    let long = String(repeating: "x", count: 200)
    let report = Report(
      id: "w", title: "Wide \u{1B}[2J title", kind: .other,
      items: [
        Item(
          id: "rec-1", kind: .recommendation, number: 1, label: "Rec 1",
          text: "消防救助の勧告 " + String(repeating: "消防 ", count: 40) + "\n- a bullet " + long + "\nend",
          timescale: Timescale(written: "By 1 June 2023", due: CalendarDate("2023-06-01"), precision: .day),
          status: "On\u{7}track")
      ])
    let text = DeadlineExport.text(
      Deadlines(rows: report.rows, asAt: Self.letterDate, weeks: 6), reports: [("w", report.title)])
    for line in text.components(separatedBy: "\n") {
      #expect(DisplayWidth.of(line) <= 80, "\(line)")
      #expect(!line.unicodeScalars.contains { SafeText.isControl($0) })
    }
    #expect(text.contains("\n  - a bullet\n    xxxx"))
    #expect(text.contains("\n  end\n"))
    #expect(text.contains("Due 1 June 2023 · Ontrack · 25 days overdue"))
    // The long word is cut across lines, not lost.
    let cut = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && $0.allSatisfy { $0 == "x" } }
    #expect(cut.joined() == long)
  }
}
