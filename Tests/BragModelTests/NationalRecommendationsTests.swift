import BragModel
import BragTestSupport
import Testing

@Suite("NationalRecommendations")
struct NationalRecommendationsTests {
  let valuesCulture = NationalRecommendations.valuesCultureKey
  let misconduct = NationalRecommendations.misconductKey

  @Test("both reports, every official number present once, in order")
  func everyNumberOnce() {
    #expect(NationalRecommendations.reports.map(\.key) == [valuesCulture, misconduct])
    #expect(
      NationalRecommendations.recommendations(report: valuesCulture).map(\.number)
        == Array(1...35))
    #expect(
      NationalRecommendations.recommendations(report: misconduct).map(\.number) == Array(1...15))
    #expect(NationalRecommendations.all.count == 50)
    #expect(Set(NationalRecommendations.all.map(\.id)).count == 50)
    for report in NationalRecommendations.reports {
      #expect(
        NationalRecommendations.recommendations(report: report.key).count
          == report.recommendationCount)
      #expect(report.publisher == "HMICFRS")
      #expect(report.source.hasPrefix("https://hmicfrs.justiceinspectorates.gov.uk/"))
    }
    #expect(NationalRecommendations.report("nope") == nil)
    #expect(NationalRecommendations.recommendation(report: valuesCulture, number: 36) == nil)
    #expect(NationalRecommendations.recommendation(report: misconduct, number: 0) == nil)
    #expect(NationalRecommendations.recommendation(report: "nope", number: 1) == nil)
  }

  @Test("reports: keys, titles and publication dates")
  func reports() {
    let vc = NationalRecommendations.report(valuesCulture)!
    #expect(vc.title == "Values and culture in fire and rescue services")
    #expect(vc.published == CalendarDate("2023-03-31"))
    let mc = NationalRecommendations.report(misconduct)!
    #expect(mc.title.hasPrefix("Standards of behaviour"))
    #expect(mc.published == CalendarDate("2024-08-01"))
  }

  /// Official number → (deadline as written, resolved date), from the domain notes.
  static let valuesCultureDeadlines: [Int: (String, String)] = [
    1: ("By 1 October 2023", "2023-10-01"), 3: ("By 1 June 2023", "2023-06-01"),
    4: ("By 1 June 2023", "2023-06-01"), 5: ("By 1 June 2023", "2023-06-01"),
    9: ("By 1 January 2024", "2024-01-01"), 12: ("By 1 March 2024", "2024-03-01"),
    14: ("By 1 March 2024", "2024-03-01"), 17: ("With immediate effect", "2023-03-31"),
    18: ("By 1 August 2023", "2023-08-01"), 20: ("By 1 June 2023", "2023-06-01"),
    21: ("By 1 June 2023", "2023-06-01"), 22: ("By 1 September 2023", "2023-09-01"),
    23: ("By 1 June 2023", "2023-06-01"), 24: ("By 1 October 2023", "2023-10-01"),
    27: ("By 1 June 2023", "2023-06-01"), 28: ("By 1 June 2023", "2023-06-01"),
    32: ("By 1 June 2023", "2023-06-01"), 33: ("By 1 August 2023", "2023-08-01"),
    34: ("With immediate effect", "2023-03-31"),
  ]

  @Test("values and culture: the 19 on Staffordshire's page resolve to the domain notes' dates")
  func valuesCultureDeadlines() {
    for (number, (written, due)) in Self.valuesCultureDeadlines {
      let rec = NationalRecommendations.recommendation(report: valuesCulture, number: number)!
      #expect(rec.deadline == written, "\(number)")
      #expect(rec.due == CalendarDate(due), "\(number)")
      #expect(rec.audience == "Chief fire officers", "\(number)")
      #expect(rec.isForServices, "\(number)")
      #expect(rec.label != nil, "\(number)")
      #expect(rec.text != nil, "\(number)")
      let precision: DuePrecision = written.hasPrefix("With") ? .immediate : .day
      #expect(rec.timescale.precision == precision, "\(number)")
    }
    let rec21 = NationalRecommendations.recommendation(report: valuesCulture, number: 21)!
    #expect(rec21.reportTimescale.due == rec21.due)
    #expect(rec21.reportTimescale.written == "By 1 June 2023")
    #expect(
      rec21.reportTimescale.basis
        == "Values and culture in fire and rescue services, recommendation 21")
    // 26, shared with the NFCC, and 2, for national bodies.
    let shared = NationalRecommendations.recommendation(report: valuesCulture, number: 26)!
    #expect(shared.deadline == "By 1 October 2023")
    #expect(shared.due == CalendarDate("2023-10-01"))
    #expect(shared.isForServices)
    #expect(shared.text == nil)
    let national = NationalRecommendations.recommendation(report: valuesCulture, number: 2)!
    #expect(national.due == CalendarDate("2023-10-01"))
    #expect(!national.isForServices)
  }

  @Test("values and culture: the 20 to chief fire officers, the rest left unknown, not guessed")
  func valuesCultureAudiences() {
    let forServices = NationalRecommendations.recommendations(report: valuesCulture)
      .filter(\.isForServices).map(\.number)
    #expect(forServices == [1, 3, 4, 5, 9, 12, 14, 17, 18, 20, 21, 22, 23, 24, 26, 27, 28, 32, 33, 34])
    for number in [6, 7, 8, 10, 11, 13, 15, 16, 19, 25, 29, 30, 31, 35] {
      let rec = NationalRecommendations.recommendation(report: valuesCulture, number: number)!
      #expect(rec.deadline == nil && rec.due == nil, "\(number)")
      #expect(rec.timescale.precision == .missing, "\(number)")
      #expect(rec.audience == nil && rec.text == nil && rec.label == nil, "\(number)")
    }
  }

  @Test("misconduct: the service deadlines the domain notes give, none for national bodies' parts")
  func misconductDeadlines() {
    let expected: [Int: String] = [
      1: "2025-02-01", 2: "2025-02-01", 3: "2025-05-01", 4: "2025-02-01", 9: "2025-08-01",
      13: "2025-02-01",
    ]
    for rec in NationalRecommendations.recommendations(report: misconduct) {
      if let due = expected[rec.number] {
        #expect(rec.due == CalendarDate(due), "\(rec.number)")
        #expect(rec.deadline == "By \(CalendarDate(due)!.longDescription)", "\(rec.number)")
      } else {
        // 7 and 15 carry dates addressed to national bodies: not the service's deadline.
        #expect(rec.deadline == nil && rec.due == nil, "\(rec.number)")
      }
      #expect(rec.isForServices, "\(rec.number)")
      #expect(rec.label != nil && rec.text != nil, "\(rec.number)")
    }
    #expect(
      NationalRecommendations.recommendation(report: misconduct, number: 13)!.audience
        == "Fire and rescue authorities and chief fire officers")
    #expect(
      NationalRecommendations.recommendation(report: misconduct, number: 6)!.audience
        == "Chief fire officers")
  }

  @Test("texts are the seeds' words, verbatim, in official order")
  func seedTextsVerbatim() {
    let page = Samples.seedTexts("000")
    let positions = [1, 3, 4, 5, 9, 12, 14, 17, 18, 20, 21, 22, 23, 24, 27, 28, 32, 33, 34]
    #expect(page.count == 19)
    for (text, number) in zip(page, positions) {
      #expect(
        NationalRecommendations.recommendation(report: valuesCulture, number: number)?.text == text,
        "\(number)")
    }
    let thematic = Samples.seedTexts("001")
    #expect(thematic.count == 15)
    for (index, text) in thematic.enumerated() {
      #expect(
        NationalRecommendations.recommendation(report: misconduct, number: index + 1)?.text == text,
        "\(index + 1)")
    }
    // Every text held is one of those two pages'.
    let held = NationalRecommendations.all.compactMap(\.text)
    #expect(held.count == 34)
    #expect(Set(held) == Set(page + thematic))
  }

  @Test("counts: texts, deadlines, audiences, labels")
  func counts() {
    let all = NationalRecommendations.all
    #expect(all.filter { $0.text != nil }.count == 34)
    #expect(all.filter { $0.deadline != nil }.count == 27)
    #expect(all.filter { $0.due != nil }.count == 27)
    #expect(all.filter { $0.audience != nil }.count == 36)
    #expect(all.filter { $0.label != nil }.count == 36)
  }
}
