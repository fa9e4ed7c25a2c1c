import BragExchange
import BragModel
import Foundation
import Testing

@Suite("StandardPageReader")
struct StandardPageReaderTests {
  static let names = [
    "erd-fsd-rsp01.html", "erd-fsd-rsp01.txt", "protection-fsd-pro01.html",
    "protection-fsd-pro02.html", "fire-investigation-2022.html", "fire-investigation-fsd-pro03.html",
    "safeguarding-fsd-pre02.html", "code-of-ethics-fsc-eth01.txt",
  ]

  static func url(_ name: String) -> URL {
    Bundle.module.url(forResource: "Standards/\(name)", withExtension: nil)!
  }

  static func page(_ name: String) throws -> StandardPage {
    try StandardPageReader.read(Data(contentsOf: url(name)), file: name)
  }

  /// "must 1", "should 1.2": the clauses a page was read into, in order.
  static func clauses(_ page: StandardPage) -> [String] {
    page.requirements.map { "\($0.obligation.rawValue) \($0.clause)" }
  }

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
    CalendarDate(year: year, month: month, day: day)
  }

  static let erdClauses = [
    "must 1", "must 2", "must 3", "must 4", "must 5", "should 1", "should 1.1", "should 1.2",
    "should 1.3",
  ]

  @Test("each test page names the address it imitates first")
  func pagesNameTheirSource() throws {
    for name in Self.names {
      let text = try String(contentsOf: Self.url(name), encoding: .utf8)
      let first = text.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.contains("firestandards.org") || first.contains("<!--"), "\(name)")
      #expect(text.prefix(600).contains("firestandards.org"), "\(name)")
    }
  }

  @Test("Emergency Response Driving, saved HTML: must and should, dates, code, entities")
  func erdHTML() throws {
    let page = try Self.page("erd-fsd-rsp01.html")
    #expect(page.title == "Emergency Response Driving")
    #expect(page.code == "FSD-RSP01")
    #expect(page.approved == Self.date(2021, 2, 15))
    #expect(page.issued == Self.date(2021, 2, 16))
    #expect(page.review == Self.date(2024, 2, 28))
    #expect(Self.clauses(page) == Self.erdClauses)
    #expect(page.requirements.allSatisfy { $0.heading == nil })
    #expect(page.desiredOutcome?.hasPrefix("Placeholder outcome: people who drive") == true)
    #expect(page.desiredOutcome?.contains("\n") == true)
    // Entities decoded; the escape sequence gone whole; no control character anywhere.
    #expect(page.requirements[0].text.contains("statutes & codes for blue\u{2011}light"))
    #expect(page.requirements[2].text.hasSuffix("national framework."))
    #expect(page.requirements[3].text.contains("driver’s competence"))
    #expect(page.requirements[4].text.hasSuffix("now and then red."))
    #expect(page.requirements[4].line > 1)
    for requirement in page.requirements {
      #expect(!requirement.text.unicodeScalars.contains { SafeText.isControl($0) })
      #expect(!requirement.text.contains("[31m") && !requirement.text.contains("<"))
    }
    // Expected benefits, the footer and the script are not requirements.
    #expect(
      !page.requirements.contains { $0.text.contains("benefit") || $0.text.contains("Not a requirement") })
  }

  @Test(
    "Emergency Response Driving, copied text: wrapped lines, lettered sub-items, labels on their own lines")
  func erdText() throws {
    let page = try Self.page("erd-fsd-rsp01.txt")
    #expect(page.title == "Emergency Response Driving")
    #expect(page.code == "FSD-RSP01")
    #expect(page.approved == Self.date(2021, 2, 15))
    #expect(page.issued == Self.date(2021, 2, 16))
    #expect(page.review == Self.date(2024, 2, 28))
    #expect(Self.clauses(page) == Self.erdClauses)
    #expect(
      page.requirements[0].text
        == "Placeholder one: stay within the statutes and codes for blue-light journeys.")
    #expect(page.requirements[3].text.hasSuffix("competence and refresher courses."))
    #expect(page.requirements[5].text.hasSuffix("sharing what they learn, through:"))
    #expect(page.requirements[6].text == "Placeholder six (a): the national online forum")
    #expect(page.desiredOutcome?.hasPrefix("Placeholder outcome") == true)
    // The HTML and the text copy of one page read the same.
    let html = try Self.page("erd-fsd-rsp01.html")
    #expect(page.requirements.map(\.obligation) == html.requirements.map(\.obligation))
  }

  @Test("both copies of Emergency Response Driving check clean against the catalogue")
  func erdClean() throws {
    for name in ["erd-fsd-rsp01.html", "erd-fsd-rsp01.txt"] {
      let check = StandardPageCheck.check(try Self.page(name))
      #expect(check.standard?.key == "emergency-response-driving")
      #expect(check.version?.code == "FSD-RSP01")
      #expect(check.matchedBy == .code)
      #expect(check.compared)
      #expect(check.isClean, "\(name): \(check.lines)")
    }
  }

  @Test("Protection before its review: the old layout, headings, nested items, code from the address")
  func protectionOld() throws {
    let page = try Self.page("protection-fsd-pro01.html")
    #expect(page.title == "Protection")
    #expect(page.code == "FSD-PRO01")
    #expect(page.approved == nil && page.issued == nil && page.review == nil)
    #expect(Self.clauses(page) == ["must 1", "must 1.1", "must 1.2", "must 2", "must 3", "must 4", "must 5"])
    #expect(
      page.requirements.prefix(6).allSatisfy { $0.heading == "Identifying risk and gathering evidence" })
    #expect(page.requirements[6].heading == "Placeholder group heading")
    #expect(page.requirements[0].text == "placeholder one, through the risk management plan:")
    #expect(page.desiredOutcome?.hasSuffix("those who keep them safe.") == true)
    let check = StandardPageCheck.check(page)
    #expect(check.standard?.key == "protection")
    #expect(check.version?.code == "FSD-PRO01")
    #expect(!check.compared && !check.isClean)
    #expect(check.missing.isEmpty && check.extra.isEmpty)
    #expect(check.lines.contains { $0.contains("does not hold this version's numbering") })
  }

  @Test("Protection after its review: 'To achieve' sentence, headings, nested items, labels then values")
  func protectionRevised() throws {
    let page = try Self.page("protection-fsd-pro02.html")
    #expect(page.title == "Protection")
    #expect(page.code == "FSD-PRO02")
    // "Previous Reviews 03 Mar 2025" is not the review date.
    #expect(page.approved == nil && page.issued == nil && page.review == nil)
    #expect(
      Self.clauses(page) == ["must 1", "must 1.1", "must 1.2", "must 2", "must 2.1", "must 2.2", "must 3"])
    #expect(page.requirements.first?.heading == "Identify risk and gather evidence")
    #expect(page.requirements.last?.heading == "Placeholder group heading")
    #expect(!page.requirements.contains { $0.text.contains("not a requirement") })
    let check = StandardPageCheck.check(page)
    #expect(check.version?.code == "FSD-PRO02")
    #expect(check.matchedBy == .code)
    #expect(check.missing.isEmpty && check.extra.isEmpty && check.obligationMismatches.isEmpty)
  }

  @Test("Fire Investigation before and after August 2025: the new first requirement")
  func fireInvestigation() throws {
    let before = try Self.page("fire-investigation-2022.html")
    let after = try Self.page("fire-investigation-fsd-pro03.html")
    #expect(before.code == "FSD-PRO02")
    #expect(after.code == "FSD-PRO03")
    #expect(Self.clauses(before) == ["must 1", "must 2", "must 3"])
    #expect(Self.clauses(after) == ["must 1", "must 2", "must 3", "must 4"])
    #expect(after.requirements[0].text.contains("strategy"))
    #expect(after.requirements[1].text == before.requirements[0].text)
    #expect(
      after.requirements[1].text
        == "Placeholder one: have enough trained investigators, alone or with neighbours.")
    #expect(after.requirements[0].text.contains("service's wider aims"))
    // FSD-PRO02 is also Protection's revision: the title says which standard this page is.
    #expect(before.code == "FSD-PRO02")
    #expect(before.approved == CalendarDate(year: 2022, month: 3, day: 17))
    let old = StandardPageCheck.check(before)
    #expect(old.standard?.key == "fire-investigation")
    #expect(old.matchedBy == .code)
    #expect(old.version == FireStandards.standard(named: "fire-investigation")?.versions.first)
    let new = StandardPageCheck.check(after)
    #expect(new.version?.code == "FSD-PRO03" && new.matchedBy == .code)
  }

  @Test("Safeguarding: nested 1.1 and 1.2 under the first requirement")
  func safeguarding() throws {
    let page = try Self.page("safeguarding-fsd-pre02.html")
    #expect(page.code == "FSD-PRE02")
    #expect(Self.clauses(page) == ["must 1", "must 1.1", "must 1.2", "must 2", "must 3", "must 4", "must 5"])
    #expect(page.requirements[0].text.hasSuffix("makes sure that:"))
    #expect(StandardPageCheck.check(page).version?.code == "FSD-PRE02")
  }

  @Test("Code of Ethics, copied text: groups under who must meet them, lettered items")
  func codeOfEthics() throws {
    let page = try Self.page("code-of-ethics-fsc-eth01.txt")
    #expect(page.title == "Code of Ethics")
    #expect(page.code == "FSC-ETH01")
    #expect(
      Self.clauses(page) == [
        "must 1", "must 2", "must 3", "must 4", "must 1", "must 2", "must 1", "must 2", "must 3",
      ])
    #expect(page.requirements.prefix(4).allSatisfy { $0.heading == nil })
    #expect(page.requirements[4].heading == "Those who lead the service and those who work for it must")
    #expect(page.requirements[8].heading?.hasPrefix("Those who govern the service") == true)
    #expect(page.requirements[8].text.hasPrefix("placeholder nine"))
    #expect(StandardPageCheck.check(page).standard?.key == "code-of-ethics")
  }

  @Test("every page, HTML or text, comes through with no control character or tag")
  func plainTextEverywhere() throws {
    for name in Self.names {
      let page = try Self.page(name)
      #expect(!page.requirements.isEmpty, "\(name)")
      let outcome = (page.desiredOutcome ?? "").split(separator: "\n").map(String.init)
      for text in page.requirements.map(\.text) + [page.title] + outcome {
        #expect(!text.unicodeScalars.contains { SafeText.isControl($0) }, "\(name): \(text)")
        #expect(!text.contains("<") && !text.contains("&amp;") && !text.contains("&#"), "\(name): \(text)")
        #expect(!text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.contains("  "), "\(name): \(text)")
      }
    }
  }

  @Test("the catalogue's labels are not the test pages' sentences")
  func labelsAreNotPageSentences() throws {
    let labels = FireStandards.all.flatMap { $0.versions.flatMap { $0.requirements ?? [] } }.map {
      $0.label.lowercased()
    }
    for name in Self.names {
      for requirement in try Self.page(name).requirements {
        let text = requirement.text.lowercased()
        #expect(!labels.contains(text), "\(name) \(requirement.clause)")
        for label in labels { #expect(!text.contains(label), "\(label) is in \(name)") }
      }
    }
  }

  @Test("letters run straight through a list: each sub-item is numbered under its own parent")
  func lettersThroughTheList() throws {
    // The shape of Operational Learning FSD-RSP02c (a) to d) under 2, e) to i) under 4), in
    // placeholder words.
    let text = """
      Operational Learning
      Reference number: FSD-RSP02c
      To achieve this Fire Standard, a fire and rescue service must:
      1. First placeholder.
      2. Second placeholder, with someone who:
      a) does one thing
      b) does another
      3. Third placeholder.
      4. Fourth placeholder, capturing learning:
      e) in one place
      f) in another
      5. Fifth placeholder.
      """
    let page = try StandardPageReader.read(text, file: "learning.txt")
    #expect(
      Self.clauses(page) == [
        "must 1", "must 2", "must 2.1", "must 2.2", "must 3", "must 4", "must 4.1", "must 4.2", "must 5",
      ])
    #expect(page.requirements[6].text == "in one place")
    #expect(StandardPageCheck.check(page).version?.code == "FSD-RSP02c")
  }

  @Test("nested numbers copied without their indent: a child list ends at its full stop")
  func nestedWithoutIndent() throws {
    // How Protection FSD-PRO02's first group reads when the browser drops the indent: each
    // nested list restarts at 1 after a line ending ":", its last item ends with a full stop.
    let text = """
      Protection
      To achieve this Fire Standard, a fire and rescue service must:
      Identify risk and gather evidence
      1. Placeholder one, through its plan:
      1. first part; and
      2. second part.
      2. Placeholder two, with a process to:
      1. first part;
      2. second part.
      3. Placeholder three.
      Expected benefits
      1. Not a requirement.
      """
    let page = try StandardPageReader.read(text, file: "flat.txt")
    #expect(
      Self.clauses(page) == ["must 1", "must 1.1", "must 1.2", "must 2", "must 2.1", "must 2.2", "must 3"])
    #expect(page.requirements.allSatisfy { $0.heading == "Identify risk and gather evidence" })
  }

  @Test("HTML with its closing tags left out, and paragraphs inside items")
  func looseHTML() throws {
    let html = """
      <h1>Safeguarding</h1>
      <p>A fire and rescue service must:
      <ol><li>One<li><p>Two,</p><p>and more of two</p><ol><li>two (a)<li>two (b)</ol><li>Three</ol>
      <p>Glossary</p><ol><li>Not a requirement</ol>
      """
    let page = try StandardPageReader.read(html, file: "loose.html")
    #expect(Self.clauses(page) == ["must 1", "must 2", "must 2.1", "must 2.2", "must 3"])
    #expect(page.requirements[1].text == "Two, and more of two")
  }

  @Test("a large page reads in one pass: 3,000 requirements and a 100 KB paragraph")
  func largePage() throws {
    let items = (1...3000).map { "<li>Placeholder requirement \($0) &amp; more words.</li>" }.joined()
    let paragraph = String(repeating: "word ", count: 20000)
    let html =
      "<h1>Protection</h1><h2>Desired outcome</h2><p>\(paragraph)</p>"
      + "<p>A fire and rescue service must:</p><ol>\(items)</ol>"
    let clock = ContinuousClock()
    var page: StandardPage? = nil
    let elapsed = try clock.measure { page = try StandardPageReader.read(html, file: "big.html") }
    #expect(page?.requirements.count == 3000)
    #expect(page?.requirements.last?.text == "Placeholder requirement 3000 & more words.")
    #expect(elapsed < .seconds(10))
  }

  // MARK: Differences from the catalogue

  static func erdText(dropping drop: String? = nil, adding add: String? = nil, shouldToMust: Bool = false)
    throws -> String
  {
    var text = try String(contentsOf: url("erd-fsd-rsp01.txt"), encoding: .utf8)
    if let drop { text = text.replacingOccurrences(of: drop, with: "") }
    if let add {
      text = text.replacingOccurrences(
        of: "A fire and rescue service should:", with: add + "\nA fire and rescue service should:")
    }
    if shouldToMust {
      text = text.replacingOccurrences(
        of: "A fire and rescue service should:", with: "A fire and rescue service must:")
    }
    return text
  }

  @Test("a page without a requirement gives a check naming the clause")
  func missingRequirement() throws {
    let text = try Self.erdText(
      dropping: "4. Placeholder four: keep a record of each driver's competence\nand refresher courses.\n")
    let check = StandardPageCheck.check(try StandardPageReader.read(text, file: "short.txt"))
    #expect(!check.isClean)
    #expect(check.missing.map(\.clause) == ["4"])
    #expect(check.missing.first?.key.hasPrefix("emergency-response-driving.") == true)
    #expect(check.lines.contains { $0.hasPrefix("missing from the page: must") })
  }

  @Test("a page with a requirement more gives a check naming the clause and line")
  func extraRequirement() throws {
    let text = try Self.erdText(adding: "6. Placeholder extra: a requirement the catalogue lacks.\n")
    let check = StandardPageCheck.check(try StandardPageReader.read(text, file: "long.txt"))
    #expect(!check.isClean)
    #expect(check.extra.map(\.clause) == ["6"])
    #expect(check.missing.isEmpty)
    #expect(check.lines.contains { $0.contains("not in the catalogue: must 6 (line") })
  }

  @Test("a should read as a must is named as a mismatch, not a gap")
  func obligationMismatch() throws {
    let text = try Self.erdText(
      dropping: "5. Placeholder five: have someone independent look at the driver training now and then.\n"
    )
    .replacingOccurrences(
      of: "A fire and rescue service should:\n\n1. ", with: "A fire and rescue service should:\n\n5. ")
    var page = try StandardPageReader.read(text, file: "mixed.txt")
    // Clause 5 moved under "should": must 5 is gone, should 5 is new.
    page.requirements = page.requirements.filter { !$0.clause.hasPrefix("5.") }
    let check = StandardPageCheck.check(page)
    #expect(check.obligationMismatches.map(\.clause) == ["5"])
    #expect(check.obligationMismatches.first?.catalogue == .must)
    #expect(check.obligationMismatches.first?.page == .should)
    #expect(check.lines.contains { $0.contains("clause 5 is 'should' on the page, 'must' in the catalogue") })
  }

  @Test("a page the catalogue does not know is matched to nothing")
  func unknownStandard() throws {
    let page = StandardPage(title: "Something Else", code: "FSX-ABC01", requirements: [])
    let check = StandardPageCheck.check(page)
    #expect(check.standard == nil && !check.isClean)
    #expect(check.lines.last?.contains("FSX-ABC01") == true)
  }

  // MARK: Errors

  @Test("a page with no 'To achieve' list is refused, naming the file and what to do")
  func noRequirements() throws {
    let html = "<html><body><h1>News</h1><p>The board met on Tuesday.</p></body></html>"
    let error = #expect(throws: StandardPageError.self) {
      try StandardPageReader.read(html, file: "standard.html")
    }
    #expect(
      error?.description
        == "standard.html: no requirements found: the page has no 'To achieve this Fire Standard, a fire and rescue service must:' list; save the standard's own page from firestandards.org"
    )
  }

  @Test("a 'To achieve' sentence with no list after it names its line")
  func listMissing() throws {
    let text =
      "Protection\n\nDesired outcome\nSafer buildings.\n\nTo achieve this Fire Standard, a fire and rescue service must:\n\nExpected benefits\nFewer fires."
    let error = #expect(throws: StandardPageError.self) {
      try StandardPageReader.read(text, file: "cut.txt")
    }
    #expect(error?.line == 6)
    #expect(
      error?.description.hasPrefix(
        "cut.txt line 6: no numbered requirements after 'To achieve this Fire Standard") == true)
  }

  @Test("a date that is not one names the file and its line")
  func badDate() throws {
    let text =
      "Protection\nDate approved: 31 Febtember 2023\nTo achieve this Fire Standard, a fire and rescue service must:\n1. One.\n"
    let error = #expect(throws: StandardPageError.self) {
      try StandardPageReader.read(text, file: "dates.txt")
    }
    #expect(error?.line == 2)
    #expect(
      error?.description.hasPrefix("dates.txt line 2: the approval date '31 Febtember 2023' is not a date")
        == true)
  }

  @Test("an empty file and a binary file are refused")
  func emptyAndBinary() throws {
    let empty = #expect(throws: StandardPageError.self) {
      try StandardPageReader.read("  \n", file: "empty.html")
    }
    #expect(empty?.description.hasPrefix("empty.html: the file is empty") == true)
    let binary = #expect(throws: StandardPageError.self) {
      try StandardPageReader.read(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]), file: "page.docx")
    }
    #expect(binary?.description.hasPrefix("page.docx: not a web page or text") == true)
  }

  @Test("escape sequences and control characters in a file never reach the page or an error")
  func hostileText() throws {
    let text =
      "Protection\u{1B}]0;pwned\u{07}\nReference number: FSD-PRO02\nA fire and rescue service must:\n1. One \u{1B}[2J\u{9B}1mwith\u{0} noise\u{202E}.\n"
    let page = try StandardPageReader.read(text, file: "hostile.txt")
    #expect(page.title == "Protection")
    #expect(page.requirements.map(\.text) == ["One with noise."])
    let error = #expect(throws: StandardPageError.self) {
      try StandardPageReader.read(
        "Approved: \u{1B}[31mnever\nA fire and rescue service must:\n1. One.", file: "x\u{1B}[2J.txt")
    }
    #expect(error.map { !$0.description.unicodeScalars.contains { SafeText.isControl($0) } } == true)
  }
}
