import BragExchange
import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("Sensitive information")
struct SensitiveInformationTests {
  let detector = SensitiveInformation()

  func kinds(_ text: String, _ detector: SensitiveInformation? = nil) -> [SensitiveKind] {
    (detector ?? self.detector).scan(text).map(\.kind)
  }

  func matched(_ text: String) -> [String] { detector.scan(text).map(\.text) }

  @Test(
    "email addresses are found",
    arguments: [
      "roy.wilsher@hmicfrs.gov.uk", "hmicfrsfireteam@hmicfrs.gov.uk", "J.Smith+hr@staffordshirefire.gov.uk",
      "o'brien@example.org", "a@b.co",
    ])
  func emails(address: String) {
    let found = detector.scan("Please contact \(address). Thanks")
    #expect(found.map(\.kind) == [.emailAddress])
    #expect(found.first?.text == address)
    #expect(found.first?.column == 16)
  }

  @Test(
    "UK phone numbers are found",
    arguments: [
      "020 3513 0523", "07700 900123", "+44 20 7946 0958", "+44 (0)20 7946 0958", "07700900123",
      "+447700900123", "0044 20 7946 0958", "(020) 7946 0958", "0161 496 0000", "01632 960 001",
      "0800 123 4567", "020-7946-0958", "020\u{00A0}3513\u{00A0}0523",
    ])
  func phones(number: String) {
    let found = detector.scan("Direct line: \(number), any time.")
    #expect(found.map(\.kind) == [.phoneNumber], "\(number)")
    #expect(found.first?.text == number)
  }

  @Test(
    "National Insurance numbers are found",
    arguments: ["QQ 12 34 56 C", "AB123456D", "AB 123456 A", "JZ 98 76 54 B"])
  func nationalInsurance(number: String) {
    let found = detector.scan("NI number \(number) on file")
    #expect(found.map(\.kind) == [.nationalInsuranceNumber], "\(number)")
    #expect(found.first?.text == number)
  }

  @Test(
    "no false positives on what progress narratives are full of",
    arguments: [
      "By 1 June 2023", "7/3/24", "01/06/2023", "2024-03-07", "01.06.2023", "1st June 2023",
      "FP 2024/25", "In FDP 24/25", "Q4 2024/25", "Q2/Q3 of 2025", "2Q/3Q of 2025", "Dec 2024; June 2024",
      "£1,250,000", "£12.5m", "$20,000", "Recommendation 4.1", "Rec. 4", "AFI 19 Round 2", "(1.5-hrs)",
      "0.5-day course", "360-degree feedback", "360° appraisal", "CRMP 2024-27", "Office 365",
      "Level 2 Safeguarding", "every 2-years", "26/27", "Nov 24", "ISO 9001:2015", "FRS 102",
      "2023 to 2026", "on 12 12 24 a plan", "SI 2024/1234", "0800 1111", "01 06 2023", "ED&I",
      "HMI's", "@NFCC", "email us via the portal", "version 2.0.1", "ref 01234", "£0.5m",
      "20230601", "07:30-17:00", "11 June 2024, 1 July 2024", "1 Jan 2024 12:00",
      "AB123456", "ab123456c", "DA 12 34 56 A", "GB 12 34 56 A", "ZZ 12 34 56 A",
    ])
  func falsePositives(text: String) {
    #expect(detector.scan("The service acted on \(text) as agreed.").isEmpty, "\(text)")
  }

  @Test("the sample data's responses and updates hold nothing sensitive")
  func sampleData() {
    for report in Samples.reports.values {
      #expect(detector.scan(report).isEmpty, "\(report.id)")
    }
  }

  @Test("HMICFRS's letter: one phone number and two email addresses, nothing else")
  func letter() {
    let found = detector.scan(Samples.seed("002"))
    #expect(found.map(\.kind) == [.phoneNumber, .emailAddress, .emailAddress])
    #expect(
      found.map(\.text) == ["020 3513 0523", "roy.wilsher@hmicfrs.gov.uk", "hmicfrsfireteam@hmicfrs.gov.uk"])
  }

  @Test("findings say where: line and column in the text, item and field in a report")
  func locations() throws {
    let text = "First line.\nCall 07700 900123\nor mail x@example.org"
    let found = detector.scan(text)
    #expect(found.map(\.line) == [2, 3])
    #expect(found.map(\.column) == [6, 9])
    #expect(found.first?.description == "a UK phone number at line 2, column 6")

    let item = Item(
      id: "rec-2", kind: .recommendation, number: 2, label: "Rec 2",
      text: "x@example.org in the text is not checked",
      response: "r@example.org", returnNarrative: "QQ 12 34 56 C",
      updates: [
        QuarterlyUpdate(
          period: "April–June 2025", date: CalendarDate("2025-06-30"), text: "Ring 020 3513 0523")
      ])
    let report = Report(id: "r", title: "T", kind: .thematic, items: [item])
    let findings = detector.scan(report)
    #expect(
      findings.map(\.field) == [.returnNarrative, .response, .update(index: 0, period: "April–June 2025")])
    #expect(findings.map(\.match.kind) == [.nationalInsuranceNumber, .emailAddress, .phoneNumber])
    #expect(findings.allSatisfy { $0.globalID == "r/rec-2" })
    #expect(
      findings[2].description
        == "updates[0] text (April–June 2025) contains a UK phone number at line 1, column 6")
  }

  @Test("the watch list: one name a line, # comments, any case, whole words, any spacing and apostrophe")
  func watchList() {
    let list = WatchList.parse(
      """
      # People named in cases: never in a return
      Jo Bloggs
        Sean O'Brien   # complainant

      lee
      JO BLOGGS
      """)
    #expect(list.names == ["Jo Bloggs", "Sean O'Brien", "lee"])
    let detector = SensitiveInformation(watchList: list)
    #expect(kinds("Met jo bloggs on Monday", detector) == [.watchListName])
    #expect(kinds("Met Jo\n  Bloggs on Monday", detector) == [.watchListName])
    #expect(kinds("Sean O’Brien raised it", detector) == [.watchListName])
    #expect(kinds("LEE said so; Lee agreed", detector) == [.watchListName, .watchListName])
    #expect(kinds("Lee's view; Sean O’Brien's note", detector) == [.watchListName, .watchListName])
    #expect(kinds("Über-Lee and Lee_2", detector) == [.watchListName])
    // Whole words only.
    #expect(kinds("Leeds and Bleep and Jo Bloggsworth", detector).isEmpty)
    #expect(kinds("Nothing here", detector).isEmpty)
    #expect(SensitiveInformation(watchList: .empty).scan("Jo Bloggs").isEmpty)
    // Regular-expression characters in a name are taken literally.
    let odd = SensitiveInformation(watchList: WatchList(names: ["A. N. Other (Mr)", "J*"]))
    #expect(odd.scan("Spoke to A. N. Other (Mr) today").map(\.text) == ["A. N. Other (Mr)"])
    #expect(odd.scan("Spoke to A N Other today; J-son").isEmpty)
  }

  @Test("the watch list file in a data folder, a dot-file that is never read as a report")
  func watchListFile() throws {
    let folder = TemporaryFolder()
    folder.installSampleData()
    let data = DataFolder(path: folder.path)
    #expect(try WatchList.load(from: data) == .empty)
    try "# names\nJo Bloggs\n".write(
      toFile: folder.file(".brag-watchlist.txt"), atomically: true, encoding: .utf8)
    #expect(try WatchList.load(from: data).names == ["Jo Bloggs"])
    let tracker = try data.load()
    #expect(tracker.failures.isEmpty)
    #expect(tracker.reports.count == 4)
  }

  @Test("several kinds in one text come back in order")
  func several() {
    let text = "Jo (AB123456D, 07700 900123) wrote to jo@example.org"
    #expect(kinds(text) == [.nationalInsuranceNumber, .phoneNumber, .emailAddress])
    #expect(matched("Numbers: 0161 496 0000 2024") == ["0161 496 0000"])
  }
}
