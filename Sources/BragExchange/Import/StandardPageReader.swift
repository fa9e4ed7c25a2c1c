import BragModel
import Foundation

/// Reads a Fire Standard's page, saved from firestandards.org as HTML or copied from the
/// browser as text, into a ``StandardPage``.
///
/// The requirements are the list after "To achieve this Fire Standard, a fire and rescue service
/// must:" (or "A fire and rescue service must:", "To meet this Fire Standard…", or, on pages
/// without that sentence, the "What is required to meet the fire standard" heading), up to the
/// next section: guidance, expected benefits, legal requirements, supporting information or the
/// footer. A later "… should:" (or "Those who lead … must:") starts a group of its own. Nested
/// items take their parent's number in front ("1.2"); headings between items group them.
public enum StandardPageReader {
  /// Reads the file's bytes: UTF-8 (with or without a byte order mark), else Windows-1252, as
  /// the project's other importers do.
  public static func read(_ data: Data, file: String) throws -> StandardPage {
    guard !data.contains(0) else {
      throw StandardPageError(
        file: file, problem: "not a web page or text (the file holds NUL bytes)",
        advice:
          "save the standard's page from firestandards.org as a web page (.html), or copy its text into a .txt file"
      )
    }
    return try read(ImportText.decode(data), file: file)
  }

  /// Reads the page's text; HTML when it holds HTML's tags, else text copied from the browser.
  public static func read(_ text: String, file: String) throws -> StandardPage {
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    guard text.contains(where: { !$0.isWhitespace }) else {
      throw StandardPageError(file: file, problem: "the file is empty", advice: StandardPageError.savePage)
    }
    let blocks: [StandardPageBlock]
    var documentTitle: String? = nil
    var address: String? = nil
    if isHTML(text) {
      (blocks, documentTitle, address) = StandardPageHTML.blocks(of: ImportText.normaliseLineEnds(text))
    } else {
      blocks = StandardPageLines.blocks(of: text)
    }
    return try assemble(blocks, documentTitle: documentTitle, address: address, file: file)
  }

  static func isHTML(_ text: String) -> Bool {
    let head = text.prefix(4096).lowercased()
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
      || HTMLCellText.containsHTML(text) || head.contains("<h1") || head.contains("<h2")
  }

  // MARK: Recognising the page's parts

  private static func key(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "’", with: "'")
      .trimmingCharacters(in: CharacterSet(charactersIn: " :.").union(.whitespaces))
  }

  /// "To achieve this Fire Standard, a fire and rescue service must:" and its variants.
  static func isStart(_ text: String) -> Bool { startObligation(text) != nil }

  static func startObligation(_ text: String) -> Obligation? {
    let pattern =
      #"^(to (achieve|meet) (this|the) fire standard,? )?(an? )?(fire and rescue services?|fire & rescue services?|frs) (must|should)( also)?:?$"#
    let line = key(text)
    guard line.range(of: pattern, options: .regularExpression) != nil else { return nil }
    return line.hasSuffix("should") || line.hasSuffix("should also") ? .should : .must
  }

  /// The heading of the requirements on pages that have no "To achieve…" sentence.
  static func isRequiredHeading(_ text: String) -> Bool {
    let line = key(text)
    return line == "what is required to meet the fire standard"
      || line == "what is required to meet this fire standard" || line == "how to achieve"
      || line == "to achieve the fire standard"
  }

  /// A sentence ending in a colon that says who must or should: a group of requirements of its
  /// own ("Those who lead services … must:", "A fire and rescue service should:").
  static func isGroupIntro(_ text: String) -> Bool { groupObligation(text) != nil }

  static func groupObligation(_ text: String) -> Obligation? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasSuffix(":") else { return nil }
    let words = key(trimmed).split { !$0.isLetter }.map(String.init)
    // The obligation is the last "must" or "should" of the sentence.
    guard let last = words.lastIndex(where: { $0 == "must" || $0 == "should" }) else { return nil }
    guard last >= words.count - 4 else { return nil }
    return words[last] == "should" ? .should : .must
  }

  /// The headings that end the list of requirements.
  static func isSectionEnd(_ text: String) -> Bool {
    let line = key(text)
    let openings = [
      "expected benefits", "legal requirements", "supporting information", "guidance",
      "links to supporting", "supporting guidance", "glossary", "stay informed",
      "implementation tool", "fire standards implementation tool", "national guidance",
      "related fire standards", "other fire standards", "download", "back to top", "cookie",
      "privacy policy", "share this", "feedback",
    ]
    guard line.count <= 90 else { return false }
    return openings.contains { line == $0 || line.hasPrefix($0 + " ") || line.hasPrefix($0 + ":") }
  }

  private static func isDesiredOutcome(_ text: String) -> Bool { key(text) == "desired outcome" }

  /// The labels of the facts block, with what each names.
  private enum Fact { case approved, issued, review, code }

  private static let factLabels: [(pattern: String, fact: Fact)] = [
    (
      #"^(date (first )?approved|first approved|date of approval|approval date|approved on|approved)"#,
      .approved
    ),
    (#"^(date (last )?issued|last issued|date of issue|issue date|issued on|issued|published)"#, .issued),
    (#"^(review date|(date of )?next review( date)?|date of review|review due|review)"#, .review),
    (#"^(reference number|reference no\.?|reference|ref\.? no\.?|ref|code)"#, .code),
  ]

  /// The fact a line labels and what follows the label on the line ("" when the value is
  /// elsewhere), or nil for a line that is not a label.
  private static func fact(_ text: String) -> (Fact, String)? {
    let lower = text.lowercased()
    guard !lower.hasPrefix("previous review") else { return nil }
    for (pattern, fact) in factLabels {
      guard let range = lower.range(of: pattern + #"(\s*:\s*|\s+|$)"#, options: .regularExpression)
      else { continue }
      let rest = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
      // "Review of …" in a sentence is not a label: the label stands alone or has a value after.
      if !rest.isEmpty && !lower[range].contains(":") && parseDate(rest) == nil && code(in: rest) != rest {
        continue
      }
      return (fact, rest)
    }
    return nil
  }

  static let codePattern = #"\bFS[A-Z]-[A-Z]{2,4}\d{2}[a-z]?\b"#

  /// The first reference such as "FSD-PRO02" in the text.
  static func code(in text: String) -> String? {
    text.range(of: codePattern, options: .regularExpression).map { String(text[$0]) }
  }

  /// The reference at the end of a standard's address on firestandards.org
  /// (".../protection-fsd-pro01/" is FSD-PRO01), for a saved page that shows none.
  static func code(inAddress address: String) -> String? {
    let lower = address.lowercased()
    guard lower.contains("firestandards.org"),
      let range = lower.range(of: #"fs[a-z]-[a-z]{2,4}\d{2}[a-z]?/?$"#, options: .regularExpression)
    else { return nil }
    var slug = String(lower[range]).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    var suffix = ""
    if let last = slug.last, last.isLetter {
      suffix = String(last)
      slug.removeLast()
    }
    return slug.uppercased() + suffix
  }

  /// A day the project's timescale resolver reads as one day: "10 March 2023", "15/02/2021",
  /// "03 Mar 2025".
  static func parseDate(_ text: String) -> CalendarDate? {
    let resolved = TimescaleResolver.resolve(text)
    return resolved.precision == .day ? resolved.due : nil
  }

  private static let noValue: Set<String> = ["-", "–", "—", "tbc", "n/a", "none", "not set"]

  // MARK: Putting the page together

  static func assemble(
    _ blocks: [StandardPageBlock], documentTitle: String?, address: String? = nil, file: String
  ) throws
    -> StandardPage
  {
    var page = StandardPage(title: "", requirements: [])
    page.title = title(blocks, documentTitle: documentTitle)

    // Where the requirements start: the "To achieve…" sentence, else the "What is required"
    // heading.
    let startIndex =
      blocks.firstIndex { $0.kind != .end && !isItem($0) && isStart($0.text) }
      ?? blocks.firstIndex { !isItem($0) && isRequiredHeading($0.text) }
    guard let startIndex else {
      throw StandardPageError(
        file: file, problem: "no requirements found",
        advice:
          "the page has no 'To achieve this Fire Standard, a fire and rescue service must:' list; \(StandardPageError.savePage)"
      )
    }

    try readFacts(blocks[..<startIndex], into: &page, file: file)
    page.desiredOutcome = desiredOutcome(blocks[..<startIndex])

    var obligation = startObligation(blocks[startIndex].text) ?? .must
    var heading: String? = nil
    var requirements: [PageRequirement] = []
    var index = startIndex + 1
    while index < blocks.count {
      let block = blocks[index]
      defer { index += 1 }
      if block.kind == .end { break }
      if case .item(let path) = block.kind {
        let clause = path.map(String.init).joined(separator: ".")
        if let last = requirements.last, last.clause == clause, last.obligation == obligation,
          last.heading == heading
        {
          requirements[requirements.count - 1].text += " " + block.text
        } else {
          requirements.append(
            PageRequirement(
              clause: clause, heading: heading, obligation: obligation, text: block.text,
              line: block.line))
        }
        continue
      }
      if isSectionEnd(block.text) { break }
      if let start = startObligation(block.text) {
        obligation = start
        heading = nil
        continue
      }
      if let group = groupObligation(block.text) {
        obligation = group
        // Someone other than the service (those who lead it, those who govern it) is a heading.
        let names = key(block.text)
        let isService =
          names.hasPrefix("a fire and rescue service") || names.hasPrefix("fire and rescue services")
          || names.hasPrefix("the service")
        heading = isService ? nil : String(block.text.dropLast()).trimmingCharacters(in: .whitespaces)
        continue
      }
      let nextIsItem = index + 1 < blocks.count && isItem(blocks[index + 1])
      if block.kind == .heading || (nextIsItem && StandardPageLines.looksLikeHeading(block.text)) {
        if fact(block.text) == nil { heading = block.text }
        continue
      }
      // A paragraph between items (a note) belongs to no requirement.
    }
    guard !requirements.isEmpty else {
      throw StandardPageError(
        file: file, line: blocks[startIndex].line,
        problem:
          "no numbered requirements after '\(SafeText.singleLine(String(blocks[startIndex].text.prefix(80))))'",
        advice:
          "the list itself is missing (a copy of part of the page?); \(StandardPageError.savePage), or copy all of its text"
      )
    }
    page.requirements = requirements
    if page.code == nil {
      page.code = blocks[..<startIndex].lazy.compactMap { code(in: $0.text) }.first
    }
    if page.code == nil, let address { page.code = code(inAddress: address) }
    return page
  }

  private static func isItem(_ block: StandardPageBlock) -> Bool {
    if case .item = block.kind { return true }
    return false
  }

  private static func title(_ blocks: [StandardPageBlock], documentTitle: String?) -> String {
    if let h1 = blocks.first(where: \.isTitle) { return cleanTitle(h1.text) }
    let furniture = [
      "skip to page content", "fire standards board logo", "skip to main content", "menu", "search",
    ]
    if let documentTitle, !documentTitle.isEmpty {
      let first = documentTitle.components(separatedBy: " | ")[0].components(separatedBy: " – ")[0]
        .components(separatedBy: " - ")[0]
      return cleanTitle(first)
    }
    // Text: the first line that is neither an address nor the site's furniture, before the
    // desired outcome.
    for block in blocks {
      if isDesiredOutcome(block.text) || isStart(block.text) { break }
      let lower = block.text.lowercased()
      if lower.hasPrefix("http") || lower.hasPrefix("source:") || lower.hasPrefix("www.")
        || furniture.contains(where: { lower.hasPrefix($0) }) || fact(block.text) != nil
      {
        continue
      }
      return cleanTitle(block.text)
    }
    return ""
  }

  private static func cleanTitle(_ text: String) -> String {
    var title = text.trimmingCharacters(in: .whitespaces)
    for suffix in [" Fire Standard", " fire standard"] where title.hasSuffix(suffix) {
      title = String(title.dropLast(suffix.count))
    }
    return title
  }

  /// The dates and reference: "Label: value" on one line, a label with its value on the next
  /// block, or a run of labels followed by a run of values, paired in order.
  private static func readFacts(
    _ blocks: ArraySlice<StandardPageBlock>, into page: inout StandardPage, file: String
  ) throws {
    var pending: [(Fact, Int)] = []
    func set(_ fact: Fact, _ value: String, line: Int, strict: Bool) throws -> Bool {
      if noValue.contains(value.lowercased()) { return true }
      switch fact {
      case .code:
        guard let code = code(in: value) else { return false }
        if page.code == nil { page.code = code }
        return true
      case .approved, .issued, .review:
        guard let date = parseDate(value) else {
          guard strict else { return false }
          let name = fact == .approved ? "approval" : fact == .issued ? "issue" : "review"
          throw StandardPageError(
            file: file, line: line,
            problem: "the \(name) date '\(SafeText.singleLine(String(value.prefix(40))))' is not a date",
            advice: "write it as a day, month and year (10 March 2023 or 10/03/2023), or leave it out")
        }
        switch fact {
        case .approved: page.approved = page.approved ?? date
        case .issued: page.issued = page.issued ?? date
        default: page.review = page.review ?? date
        }
        return true
      }
    }
    for block in blocks where block.kind != .end {
      if let (fact, rest) = fact(block.text) {
        if rest.isEmpty {
          pending.append((fact, block.line))
        } else {
          _ = try set(fact, rest, line: block.line, strict: true)
        }
        continue
      }
      guard !pending.isEmpty else { continue }
      // A value for the labels waiting: the first label it fits.
      let value = block.text
      if let slot = pending.firstIndex(where: { fact, _ in
        fact == .code ? code(in: value) == value : parseDate(value) != nil
      }) {
        _ = try set(pending[slot].0, value, line: block.line, strict: false)
        pending.remove(at: slot)
        continue
      }
      if noValue.contains(value.lowercased()) {
        pending.removeFirst()
        continue
      }
      pending.removeAll()
    }
  }

  /// "Service Delivery", "Strategic, Cultural and Service Delivery", "Enabling": the activity a
  /// page names after its desired outcome, on pages that leave out the "Activity" heading.
  private static func isActivity(_ text: String) -> Bool {
    let words = key(text).split { !$0.isLetter }
    let activityWords: Set<Substring> = ["strategic", "cultural", "service", "delivery", "enabling", "and"]
    return !words.isEmpty && words.count <= 6 && words.allSatisfy(activityWords.contains)
  }

  /// The paragraphs under "Desired outcome", up to the next heading or the facts.
  private static func desiredOutcome(_ blocks: ArraySlice<StandardPageBlock>) -> String? {
    guard let start = blocks.firstIndex(where: { isDesiredOutcome($0.text) }) else { return nil }
    var lines: [String] = []
    for block in blocks[(start + 1)...] {
      if block.kind == .end || fact(block.text) != nil || isRequiredHeading(block.text) { break }
      if block.kind == .heading
        || ["activity", "business area(s)", "business area"].contains(key(block.text))
        || isActivity(block.text)
      {
        if !lines.isEmpty { break }
        continue
      }
      lines.append(isItem(block) ? "- " + block.text : block.text)
    }
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }
}
