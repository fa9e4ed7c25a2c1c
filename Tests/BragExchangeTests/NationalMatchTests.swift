import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("NationalMatch")
struct NationalMatchTests {
  let matcher = NationalMatcher.shared
  let valuesCulture = NationalRecommendations.valuesCultureKey
  let misconduct = NationalRecommendations.misconductKey

  /// Official numbers of the recommendations on Staffordshire's values-and-culture page, by position.
  static let valuesCulturePositions = [
    1, 3, 4, 5, 9, 12, 14, 17, 18, 20, 21, 22, 23, 24, 27, 28, 32, 33, 34,
  ]

  /// Each seed text with its report and official number.
  static var seedCases: [(text: String, report: String, number: Int)] {
    let vc = zip(Samples.seedTexts("000"), valuesCulturePositions).map {
      ($0, NationalRecommendations.valuesCultureKey, $1)
    }
    let mc = Samples.seedTexts("001").enumerated().map {
      ($1, NationalRecommendations.misconductKey, $0 + 1)
    }
    return vc + mc
  }

  // MARK: - Variants a service's page makes of a text

  /// Line breaks every few words, as a narrow column or a PDF copy gives them.
  static func reflowed(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    return words.enumerated().map { $0.offset % 6 == 5 ? $0.element + "\n" : $0.element + " " }
      .joined()
  }

  /// Up to the end of the first sentence.
  static func firstSentence(_ text: String) -> String {
    guard let end = text.range(of: ". ") ?? text.range(of: ".\n") else { return text }
    return String(text[..<end.lowerBound]) + "."
  }

  /// Without the "By 1 June 2023, " or "With immediate effect, " clause in front.
  static func withoutDeadline(_ text: String) -> String {
    guard text.hasPrefix("By ") || text.hasPrefix("With immediate effect"),
      let comma = text.firstIndex(of: ",")
    else { return text }
    let rest = text[text.index(after: comma)...].drop(while: { $0 == " " })
    return rest.prefix(1).uppercased() + rest.dropFirst()
  }

  /// Straight quotes curled and curly ones straightened; hyphen bullets as real bullets.
  static func requoted(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "'": out.append("\u{2019}")
      case "\u{2019}", "\u{2018}": out.append("'")
      case "\"": out.append("\u{201C}")
      default: out.append(ch)
      }
    }
    return out.replacingOccurrences(of: "\n- ", with: "\n\u{2022} ")
  }

  /// Behind a local title and number, as services head their own items.
  static func titled(_ text: String) -> String {
    "Culture and people – Our action 7: " + text
  }

  // MARK: - Tests

  @Test("every seed recommendation text matches its official number")
  func seedTextsMatch() {
    let cases = Self.seedCases
    #expect(cases.count == 34)
    for (text, report, number) in cases {
      let match = matcher.match(text)
      #expect(match?.reportKey == report, "\(report) \(number)")
      #expect(match?.number == number, "\(report) \(number)")
      #expect((match?.score ?? 0) > 0.95, "\(report) \(number)")
    }
  }

  @Test("reflowed, requoted, titled, deadline-less and first-sentence variants match")
  func variantsMatch() {
    let variants: [(String, (String) -> String)] = [
      ("reflowed", Self.reflowed), ("first sentence", Self.firstSentence),
      ("no deadline", Self.withoutDeadline), ("requoted", Self.requoted), ("titled", Self.titled),
      ("all at once", { Self.titled(Self.requoted(Self.reflowed(Self.withoutDeadline($0)))) }),
      (
        "first sentence, no deadline, titled",
        {
          Self.titled(Self.firstSentence(Self.withoutDeadline($0)))
        }
      ),
    ]
    for (name, variant) in variants {
      for (text, report, number) in Self.seedCases {
        let match = matcher.match(variant(text))
        #expect(match?.reportKey == report, "\(name): \(report) \(number)")
        #expect(match?.number == number, "\(name): \(report) \(number)")
      }
    }
  }

  /// Our own light paraphrases, as a service might summarise a recommendation.
  static let paraphrases: [(String, String, Int)] = [
    (
      NationalRecommendations.valuesCultureKey,
      "Give staff a confidential way of raising concerns and make them aware of the whistleblowing process.",
      1
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Review what support is on offer to people who have raised concerns, and act so it is suitable.",
      3
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Review background check arrangements and submit DBS checks for existing and new staff and volunteers.",
      9
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Tell HMICFRS about allegations that could amount to gross misconduct by staff.", 17
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "360 degree feedback for senior leaders and managers (ACFO equivalent and above).", 21
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Put in place 360-degree feedback for all other leaders and managers, gathered from colleagues and direct reports.",
      22
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Monitor watch and team cultures using staff feedback, and take prompt remedial action.", 24
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Our equality impact assessments must be fit for purpose and meet the NFCC toolkit as a minimum.",
      27
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Succession planning to improve diversity at every level, with more direct entry opportunities.",
      32
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Promote progression paths for non-operational staff and reduce inequality of opportunity.", 33
    ),
    (
      NationalRecommendations.valuesCultureKey,
      "Review how the Core Code of Ethics has been implemented and check it is applied across the service.",
      34
    ),
    (
      NationalRecommendations.misconductKey,
      "Have a probation policy that lets the service dismiss probationers who fall short of the Code of Ethics.",
      2
    ),
    (
      NationalRecommendations.misconductKey,
      "Workforce plans should let us move wholetime staff to another watch or station when needed.", 3
    ),
    (
      NationalRecommendations.misconductKey,
      "Introduce a case management system producing data to oversee misconduct cases.", 9
    ),
    (
      NationalRecommendations.misconductKey,
      "Make sure there is enough capacity for misconduct investigations, using external investigators if required.",
      10
    ),
    (
      NationalRecommendations.misconductKey,
      "Everyone involved in misconduct processes should know about welfare and occupational health support and be encouraged to use it.",
      12
    ),
    (
      NationalRecommendations.misconductKey,
      "Complex or serious appeals heard by a panel, appeal hearers trained, one consistent approach to appeals.",
      13
    ),
    (
      NationalRecommendations.misconductKey,
      "Share learning from resolved misconduct cases while keeping everyone involved confidential.", 15
    ),
  ]

  @Test("recommendations held only by their label match a summary of them")
  func labelOnly() {
    let summaries = [
      (
        "As a step towards the College of Fire and Rescue, chief fire officers and the NFCC should work with the Home Office on better management and leadership development training and support, offered fairly to all staff groups and including authority members.",
        26
      ),
      (
        "An independent reporting line so staff can raise concerns confidentially outside their own service",
        2
      ),
    ]
    for (text, number) in summaries {
      #expect(matcher.match(text)?.number == number, "\(number)")
      #expect(matcher.match(text)?.reportKey == valuesCulture, "\(number)")
    }
  }

  @Test("light paraphrases match")
  func paraphrasesMatch() {
    for (report, text, number) in Self.paraphrases {
      let match = matcher.match(text)
      #expect(match?.reportKey == report, "\(number): \(text)")
      #expect(match?.number == number, "\(number): \(text)")
    }
  }

  /// Texts about other things, some sharing the recommendations' vocabulary.
  static let unrelated = [
    "The service should make sure it has an effective system for using mobile data terminals to give crews risk information.",
    "The service should assure itself that its use of enforcement powers prioritises the highest risks and includes proportionate activity to reduce risk.",
    "The service should make sure all staff understand and demonstrate its values.",
    "Replace the fleet of fire engines on time and keep vehicle downtime low.",
    "Install smoke alarms in high-rise residential buildings and check them yearly.",
    "Review the on-call availability model and recruit more on-call firefighters.",
    "Training",
    "Chief fire officers should make sure",
    "By 1 June 2023, chief fire officers should",
    "",
    "Status: Complete",
  ]

  @Test("seed 003's areas for improvement and unrelated texts match nothing")
  func unrelatedMatchNothing() {
    let afis = Samples.seedTexts("003", heading: "Area for improvement")
    #expect(afis.count == 5)
    for text in afis + Self.unrelated {
      let match = matcher.match(text)
      #expect(match == nil, "\(text) → \(match.map { "\($0.reportKey) \($0.number) \($0.score)" } ?? "")")
    }
    #expect(matcher.report(for: afis) == nil)
    #expect(matcher.assign(texts: afis) == [nil, nil, nil, nil, nil])
  }

  @Test("boilerplate two recommendations share matches neither, unless the page settles it")
  func sharedBoilerplate() {
    let boilerplate = [
      "By 1 March 2024, chief fire officers should provide assurances to HMICFRS that they have implemented the standard",
      "Chief fire officers should provide assurances to HMICFRS",
      "By 1 June 2023, chief fire officers should make sure there is a full, 360-degree feedback process in place",
      "Core Code of Ethics",
    ]
    for text in boilerplate {
      #expect(matcher.match(text) == nil, "\(text)")
    }
    let page = Samples.seedTexts("000")
    // 12 is on the page, so the boilerplate can only be 14; alone it is left unnumbered.
    #expect(matcher.assign(texts: [page[5], boilerplate[0]], report: valuesCulture) == [12, 14])
    #expect(matcher.assign(texts: [boilerplate[0]], report: valuesCulture) == [nil])
    #expect(matcher.assign(texts: [boilerplate[2], page[10]], report: valuesCulture) == [22, 21])
  }

  @Test("a page's report is found from its texts")
  func pageReport() {
    #expect(matcher.report(for: Samples.seedTexts("000")) == valuesCulture)
    #expect(matcher.report(for: Samples.seedTexts("001")) == misconduct)
    #expect(matcher.report(for: Samples.seedTexts("001").map(Self.firstSentence)) == misconduct)
    #expect(matcher.report(for: Samples.seedTexts("000").map(Self.withoutDeadline)) == valuesCulture)
    #expect(matcher.report(for: []) == nil)
  }

  @Test("assignment: one-to-one, right numbers, in page order or reversed")
  func assignment() {
    let page = Samples.seedTexts("000")
    #expect(matcher.assign(texts: page) == Self.valuesCulturePositions)
    #expect(
      matcher.assign(texts: page.reversed()) == Self.valuesCulturePositions.reversed().map { $0 })
    let thematic = Samples.seedTexts("001")
    #expect(matcher.assign(texts: thematic) == Array(1...15))
    #expect(matcher.assign(texts: thematic.reversed()) == Array((1...15).reversed()))
    // Any order: every seventh item in turn.
    let order = (0..<page.count).map { ($0 * 7) % page.count }
    #expect(
      matcher.assign(texts: order.map { page[$0] }) == order.map { Self.valuesCulturePositions[$0] })
    // Shortened and reworded together, still one-to-one and right.
    let mangled = page.map { Self.titled(Self.firstSentence(Self.withoutDeadline($0))) }
    #expect(matcher.assign(texts: mangled.reversed()) == Self.valuesCulturePositions.reversed())
    // The same text twice: the number is given once only.
    let twice = matcher.assign(texts: [page[0], page[0], page[1]])
    #expect(twice == [1, nil, 3])
    // Unrelated texts on the page get nothing, the rest keep their numbers.
    let afis = Samples.seedTexts("003", heading: "Area for improvement")
    let mixed = [afis[0], page[10], afis[3], page[11]]
    #expect(matcher.assign(texts: mixed) == [nil, 21, nil, 22])
    // The other report's items on the same page are left unnumbered, not given a sibling here.
    #expect(
      matcher.assign(texts: page + [thematic[3], thematic[0]])
        == Self.valuesCulturePositions + [nil, nil])
    #expect(matcher.assign(texts: thematic + [page[2]]) == Array(1...15) + [nil])
    let assigned = matcher.assign(texts: page + page).compactMap { $0 }
    #expect(assigned.count == Set(assigned).count)
  }

  @Test("a printed number stands in where the page gives no text")
  func printedNumbers() {
    #expect(NationalMatcher.printedNumber("Recommendation 21") == 21)
    #expect(NationalMatcher.printedNumber("Rec 3:") == 3)
    #expect(NationalMatcher.printedNumber("R12") == 12)
    #expect(NationalMatcher.printedNumber("01: Confidential reporting") == 1)
    #expect(NationalMatcher.printedNumber("Recommendation") == nil)
    #expect(
      NationalMatcher.recommendation(printed: "Recommendation 26", report: valuesCulture)?.number
        == 26)
    #expect(NationalMatcher.recommendation(printed: "Rec 40", report: valuesCulture) == nil)
    let page = Samples.seedTexts("000")
    let matches = matcher.assignMatches(
      texts: [page[0], "", page[2], "  "], printedNumbers: [nil, 3, 4, 26], report: valuesCulture)
    #expect(matches.map { $0?.number } == [1, 3, 4, 26])
    #expect(matches.map { $0?.basis } == [.text, .printedNumber, .text, .printedNumber])
    // A printed number never takes one a text already matched.
    let clash = matcher.assignMatches(
      texts: [page[0], ""], printedNumbers: [nil, 1], report: valuesCulture)
    #expect(clash.map { $0?.number } == [1, nil])
  }
}
