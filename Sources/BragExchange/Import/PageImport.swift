import BragModel
import Foundation

/// Reads a progress page saved as plain text (or the Markdown `brag export page` writes) into a
/// report: each "Recommendation" or "Area for improvement" with its text, the service's response
/// ("Action we have taken", "Action:", "Progress:", "Our response"), its status, dated progress
/// entries as quarterly updates, and the themed section headings between items.
///
/// Official numbers come only from the page: items the page does not number are numbered by
/// position, and the result says so. Lines it cannot place are reported with their numbers.
public enum PageImport {
  struct Line {
    var number: Int
    var text: String
    var isHeading: Bool
  }

  /// Reads `text` as a progress page.
  public static func parse(_ text: String, options: ImportOptions) -> ImportResult {
    var parser = PageParser(options: options)
    parser.read(lines(of: text))
    return parser.finish()
  }

  /// The page's lines, numbered from 1, trimmed, with Markdown headings and escapes undone when
  /// the page is Markdown.
  static func lines(of text: String) -> [Line] {
    let raw = ImportText.normaliseLineEnds(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
      .utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    let isMarkdown =
      raw.contains { $0.hasPrefix("# ") } && raw.contains { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
    return raw.enumerated().map { index, line in
      var text = line.trimmed(newlines: false)
      var heading = false
      if isMarkdown {
        if text.hasPrefix("#") {
          let stripped = text.drop { $0 == "#" }
          if stripped.hasPrefix(" ") {
            text = String(stripped).trimmingCharacters(in: .whitespaces)
            heading = true
          }
        }
        text = unescapeMarkdown(text)
      }
      return Line(number: index + 1, text: text, isHeading: heading)
    }
  }

  /// Undoes `MarkdownText.escape`: a backslash before punctuation is dropped.
  static func unescapeMarkdown(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = ""
    var escaping = false
    for character in text {
      if escaping {
        if !(character.isPunctuation || character.isSymbol) { out.append("\\") }
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

  // MARK: - Recognising lines

  enum Label: Equatable {
    case item(ItemKind, number: Int?, rest: String)
    case listHeading
    case response(rest: String)
    case status(rest: String)
    case requiredOutcomes
    case actions
    case update(period: String, rest: String)
    case judgements
    case promisingPractice
  }

  private static let itemPattern = try! NSRegularExpression(
    pattern:
      #"^(recommendation|area for improvement|afi|rec)(?:\s+(?:no\.?\s*)?(\d{1,3}))?\s*(?:([:.)\-–—])\s*(.*))?$"#,
    options: [.caseInsensitive])

  private static let updatePattern = try! NSRegularExpression(
    pattern:
      #"^(?:latest update:\s*)?(q[1-4]\s+\d{4}(?:/\d{2,4})?|[a-z]+(?:\s*(?:-|–|—|to)\s*[a-z]+)?\s+\d{4})(?:\s+update)?(?:\s*[:\-–—]\s*(.*))?$"#,
    options: [.caseInsensitive])

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  static func month(_ word: Substring) -> Int? {
    let key = word.lowercased()
    guard key.count >= 3 else { return nil }
    if let index = months.firstIndex(where: { $0 == key || ($0.hasPrefix(key) && key.count <= 4) }) {
      return index + 1
    }
    return key == "sept" ? 9 : nil
  }

  private static let responseLabels: Set<String> = [
    "action we have taken", "actions we have taken", "action taken", "actions taken", "action",
    "progress", "our response", "response", "what we have done", "progress update", "our progress",
    "progress to date", "what we are doing", "service response", "update",
  ]
  private static let statusLabels: Set<String> = [
    "status", "current status", "progress status", "rag status",
  ]

  /// Lower case, without " \t:.-–" at either end, single spaces between words.
  static func key(_ text: String) -> String {
    let scalars = text.lowercased().unicodeScalars
    func trims(_ s: Unicode.Scalar) -> Bool {
      s == " " || s == "\t" || s == ":" || s == "." || s == "-" || s == "–"
    }
    guard let start = scalars.firstIndex(where: { !trims($0) }),
      let end = scalars.lastIndex(where: { !trims($0) })
    else { return "" }
    return String(scalars[start...end]).split(separator: " ").joined(separator: " ")
  }

  static func classify(_ line: Line) -> Label? {
    let text = line.text
    // Every label and heading this compares with is short: a long line is none of them.
    let whole = text.utf8.count <= 64 ? key(text) : ""
    if ["recommendations", "areas for improvement", "recommendations and areas for improvement"].contains(
      whole)
    {
      return .listHeading
    }
    if whole == "judgement areas" && line.isHeading { return .judgements }
    if whole == "promising practice" && line.isHeading { return .promisingPractice }
    if whole == "required outcomes" { return .requiredOutcomes }
    if whole == "actions" && line.isHeading { return .actions }
    let range = NSRange(text.startIndex..., in: text)
    // The item pattern starts with "rec", "area" or "afi": skip the expression on other lines.
    let initial = text.utf8.first.map { $0 | 0x20 }
    if initial == UInt8(ascii: "r") || initial == UInt8(ascii: "a"),
      let match = itemPattern.firstMatch(in: text, range: range)
    {
      let word = (text as NSString).substring(with: match.range(at: 1)).lowercased()
      let number =
        match.range(at: 2).location == NSNotFound
        ? nil : Int((text as NSString).substring(with: match.range(at: 2)))
      let rest =
        match.range(at: 4).location == NSNotFound
        ? "" : (text as NSString).substring(with: match.range(at: 4)).trimmingCharacters(in: .whitespaces)
      let separated = match.range(at: 3).location != NSNotFound
      let short = word == "afi" || word == "rec"
      // "AFI 1.1" names an action, not an item.
      let subNumber = separated && rest.first?.isNumber == true
      if !(short && number == nil) && (rest.isEmpty || separated) && !subNumber {
        let kind: ItemKind = word.hasPrefix("rec") ? .recommendation : .areaForImprovement
        return .item(kind, number: number, rest: rest)
      }
    }
    if let colon = text.firstIndex(of: ":") {
      let label = key(String(text[..<colon]))
      let rest = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
      if responseLabels.contains(label) { return .response(rest: rest) }
      if statusLabels.contains(label) { return .status(rest: rest) }
    } else {
      if responseLabels.contains(whole) { return .response(rest: "") }
      if statusLabels.contains(whole) { return .status(rest: "") }
    }
    // An update heading holds a year: skip the expression on lines with no digit.
    if text.utf8.contains(where: { (48...57).contains($0) }),
      let match = updatePattern.firstMatch(in: text, range: range)
    {
      let period = (text as NSString).substring(with: match.range(at: 1))
      let hasColon = match.range(at: 2).location != NSNotFound
      let isUpdate = text.lowercased().contains("update")
      let words = period.split(whereSeparator: { !$0.isLetter })
      let quarter = period.lowercased().hasPrefix("q")
      if let first = words.first, quarter || month(first) != nil, hasColon || isUpdate {
        let rest =
          hasColon
          ? (text as NSString).substring(with: match.range(at: 2)).trimmingCharacters(in: .whitespaces) : ""
        return .update(period: normalisePeriod(period), rest: rest)
      }
    }
    return nil
  }

  /// "April-June 2025" → "April–June 2025".
  static func normalisePeriod(_ period: String) -> String {
    var text = period.replacingOccurrences(of: #"\s*(?:-|—|–)\s*"#, with: "–", options: .regularExpression)
    text = text.replacingOccurrences(of: #"\s+to\s+"#, with: "–", options: .regularExpression)
    return text
  }

  /// The last day of the last month a period names ("April–June 2025" → 30 June 2025).
  static func periodEnd(_ period: String) -> CalendarDate? {
    let words = period.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let year = words.last.flatMap({ Int($0) }) else { return nil }
    if period.lowercased().hasPrefix("q") {
      // Financial-year quarters, as the timescale rules read them.
      return TimescaleResolver.resolve(period).due
    }
    guard let last = words.dropLast().last(where: { month($0) != nil }).flatMap({ month($0) }) else {
      return nil
    }
    return CalendarDate.endOf(month: last, year: year)
  }

  // MARK: - Deadlines and audiences in the text

  private static let deadlinePattern = try! NSRegularExpression(
    pattern: #"^(by \d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4}|with immediate effect)\s*,\s*(.*)$"#,
    options: [.caseInsensitive])

  /// The service's deadline written at the head of a paragraph ("By 1 June 2023, chief fire
  /// officers should …"); deadlines addressed to national bodies are not the service's.
  static func deadline(in text: String) -> String? {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      // The pattern starts with "by" or "with": skip the expression on other paragraphs.
      let initial = line.utf8.first.map { $0 | 0x20 }
      guard initial == UInt8(ascii: "b") || initial == UInt8(ascii: "w") else { continue }
      let paragraph = String(line)
      let range = NSRange(paragraph.startIndex..., in: paragraph)
      guard let match = deadlinePattern.firstMatch(in: paragraph, range: range) else { continue }
      let rest = (paragraph as NSString).substring(with: match.range(at: 2))
      if let subject = subject(of: rest)?.lowercased(),
        subject.contains("chief fire officer") || subject.contains("fire and rescue authorit")
          || subject.hasPrefix("the service") || subject == "services"
      {
        return (paragraph as NSString).substring(with: match.range(at: 1))
      }
    }
    return nil
  }

  static func subject(of sentence: String) -> String? {
    guard let range = sentence.range(of: " should") else { return nil }
    let subject = String(sentence[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
    return subject.isEmpty || subject.count > 80 ? nil : subject
  }

  /// Whom the first paragraph addresses: "Chief fire officers", "The service".
  static func audience(of text: String) -> String? {
    var first =
      text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    let range = NSRange(first.startIndex..., in: first)
    if let match = deadlinePattern.firstMatch(in: first, range: range) {
      first = (first as NSString).substring(with: match.range(at: 2))
    }
    guard let subject = subject(of: first) else { return nil }
    let lower = subject.lowercased()
    return lower.prefix(1).uppercased() + lower.dropFirst()
  }
}

/// The reading of one page, line by line.
private struct PageParser {
  enum Place {
    case intro, judgements, promising, text, outcomes, response, status, afterStatus, update, actions, footer
  }

  struct Draft {
    var kind: ItemKind
    var number: Int?
    var line: Int
    var section: String?
    var text: [String] = []
    var outcomes: [String] = []
    var response: [String] = []
    var status: String?
    var updates: [(period: String, lines: [String])] = []
  }

  let options: ImportOptions
  var place = Place.intro
  var source: String?
  var summary: [String] = []
  var judgements: [String] = []
  var promising: [String] = []
  var prosePractice: [String] = []
  var drafts: [Draft] = []
  var loose: [PageImport.Line] = []
  var section: String?
  var messages: [ImportMessage] = []
  var sawTitle = false

  init(options: ImportOptions) { self.options = options }

  mutating func read(_ lines: [PageImport.Line]) {
    for line in lines where !line.text.isEmpty {
      take(line)
    }
    flushLoose(beforeItem: false)
  }

  mutating func take(_ line: PageImport.Line) {
    if place == .footer { return }
    if line.text == "---" || line.text == "***" {
      place = .footer
      return
    }
    if !sawTitle {
      sawTitle = true
      source = line.text
      return
    }
    if line.text.hasPrefix("Progress as at ") && drafts.isEmpty && place == .intro { return }
    if drafts.isEmpty, place == .intro, let service = options.service, line.text == service { return }
    if Placeholder.isPlaceholder(line.text) {
      messages.append(ImportMessage(kind: .placeholder, line: line.number, text: line.text))
      return
    }
    let label = PageImport.classify(line)
    switch label {
    case .item(let kind, let number, let rest):
      flushLoose(beforeItem: true)
      drafts.append(Draft(kind: kind, number: number, line: line.number, section: section))
      place = .text
      if !rest.isEmpty { drafts[drafts.count - 1].text.append(rest) }
      return
    case .listHeading:
      if place == .intro || place == .judgements || place == .promising {
        place = .intro
        return
      }
    case .judgements:
      place = .judgements
      return
    case .promisingPractice:
      place = .promising
      return
    default: break
    }
    guard !drafts.isEmpty, place != .intro, place != .judgements, place != .promising else {
      intro(line)
      return
    }
    if place == .actions && !line.isHeading {
      messages.append(
        ImportMessage(
          kind: .unplaced, line: line.number,
          text: "\(line.text) (actions on a page are not imported; use brag import plan)"))
      return
    }
    var draft = drafts[drafts.count - 1]
    defer { drafts[drafts.count - 1] = draft }
    switch label {
    case .response(let rest):
      if place == .status && draft.status == nil {
        break
      }
      place = .response
      if !rest.isEmpty { draft.response.append(rest) }
      return
    case .status(let rest):
      place = .status
      if !rest.isEmpty {
        draft.status = rest
        place = .afterStatus
      }
      return
    case .requiredOutcomes:
      place = .outcomes
      return
    case .actions:
      place = .actions
      return
    case .update(let period, let rest):
      if place != .text {
        draft.updates.append((period, rest.isEmpty ? [] : [rest]))
        place = .update
        return
      }
    default: break
    }
    switch place {
    case .text: draft.text.append(line.text)
    case .outcomes: draft.outcomes.append(line.text)
    case .response: draft.response.append(line.text)
    case .update: draft.updates[draft.updates.count - 1].lines.append(line.text)
    case .status:
      draft.status = line.text
      place = .afterStatus
    case .actions:
      messages.append(
        ImportMessage(
          kind: .unplaced, line: line.number,
          text: "\(line.text) (actions on a page are not imported; use brag import plan)"))
    default:
      loose.append(line)
    }
  }

  mutating func intro(_ line: PageImport.Line) {
    switch place {
    case .judgements:
      if line.text.hasPrefix("- ") {
        judgements.append(String(line.text.dropFirst(2)))
        return
      }
      place = .intro
    case .promising:
      if line.text.hasPrefix("- ") {
        promising.append(String(line.text.dropFirst(2)))
        return
      }
      place = .intro
    default: break
    }
    if !drafts.isEmpty {
      loose.append(line)
      return
    }
    if line.text.hasPrefix("- "), let last = loose.last?.text,
      (last.lowercased().contains("judgement") || last.lowercased().contains("judgment"))
        && last.hasSuffix(":")
    {
      judgements.append(String(line.text.dropFirst(2)))
      return
    }
    loose.append(line)
  }

  /// Lines that belong to no item: the one just before an item heading is its section heading;
  /// before the first item the rest is the introduction; after an item they are reported.
  mutating func flushLoose(beforeItem: Bool) {
    guard !loose.isEmpty else { return }
    if beforeItem, let last = loose.last, Self.looksLikeHeading(last.text) {
      section = last.text
      loose.removeLast()
    }
    for line in loose {
      if drafts.isEmpty {
        summary.append(line.text)
        if let practice = Self.promisingPractice(in: line.text) { prosePractice.append(contentsOf: practice) }
      } else {
        messages.append(ImportMessage(kind: .unplaced, line: line.number, text: line.text))
      }
    }
    loose = []
  }

  static func looksLikeHeading(_ text: String) -> Bool {
    guard text.count <= 120, !text.hasPrefix("- ") else { return false }
    guard let last = text.last else { return false }
    return !".:;,!?".contains(last)
  }

  /// "… two areas of promising practice: A and B." → [A, B].
  static func promisingPractice(in text: String) -> [String]? {
    guard let range = text.range(of: "promising practice: ") else { return nil }
    var rest = text[range.upperBound...]
    if let stop = rest.firstIndex(of: ".") { rest = rest[..<stop] }
    guard let and = rest.range(of: " and ") else { return nil }
    return [String(rest[..<and.lowerBound]), String(rest[and.upperBound...])]
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  mutating func finish() -> ImportResult {
    let context = TimescaleContext(publication: options.published)
    var items: [Item] = []
    var lines: [String: Int] = [:]
    var usedIDs: Set<String> = []
    var positions: [ItemKind: Int] = [:]
    var unnumbered = 0
    for draft in drafts {
      positions[draft.kind, default: 0] += 1
      let position = positions[draft.kind]!
      let given =
        draft.kind == .recommendation
        ? options.officialNumbers.flatMap { $0.indices.contains(position - 1) ? $0[position - 1] : nil } : nil
      let number = draft.number ?? given
      if number == nil { unnumbered += 1 }
      let n = number ?? position
      let (id, label) = ImportIdentity.newItem(kind: draft.kind, number: n, used: &usedIDs)
      lines[id] = draft.line
      let text = draft.text.joined(separator: "\n")
      if draft.text.isEmpty {
        messages.append(ImportMessage(kind: .note, line: draft.line, text: "\(id) has no text"))
      }
      let status = draft.status == PageExport.notYetReported ? nil : draft.status
      let written = PageImport.deadline(in: text)
      let updates = draft.updates.map { update in
        QuarterlyUpdate(
          period: update.period, date: PageImport.periodEnd(update.period),
          text: update.lines.joined(separator: "\n"))
      }
      items.append(
        Item(
          id: id, kind: draft.kind, number: draft.kind == .recommendation ? number : nil,
          label: label, section: draft.section, text: text,
          audience: PageImport.audience(of: text),
          timescale: written.map { TimescaleResolver.resolve($0, context: context) } ?? .none,
          status: status, brag: ImportedBRAG.from(status: status),
          requiredOutcomes: draft.outcomes.isEmpty ? nil : draft.outcomes.joined(separator: "\n"),
          response: draft.response.isEmpty ? nil : draft.response.joined(separator: "\n"),
          updates: updates))
      if draft.status == nil {
        messages.append(ImportMessage(kind: .note, line: draft.line, text: "\(id) has no status"))
      }
    }
    let recommendations = drafts.filter { $0.kind == .recommendation }.count
    if let numbers = options.officialNumbers, numbers.count != recommendations {
      messages.append(
        ImportMessage(
          kind: .note, line: nil,
          text:
            "--numbers gives \(numbers.count) numbers for \(recommendations) recommendations; check the list")
      )
    }
    if unnumbered > 0 {
      messages.insert(
        ImportMessage(
          kind: .note, line: nil,
          text:
            "\(unnumbered) of \(drafts.count) items are numbered by their position on the page, which "
            + "prints no numbers for them; official numbers are not set"),
        at: 0)
    }
    if drafts.isEmpty {
      messages.append(
        ImportMessage(
          kind: .note, line: nil,
          text: "no \"Recommendation\" or \"Area for improvement\" headings found"))
    }
    let kind =
      options.kind ?? (items.contains { $0.kind == .areaForImprovement } ? .inspection : .other)
    let report = Report(
      id: options.reportID, title: options.title, kind: kind, publisher: "HMICFRS",
      service: options.service, published: options.published, source: source ?? options.source,
      summary: summary.isEmpty ? nil : summary.joined(separator: "\n"),
      judgements: judgements.map { JudgementArea(name: $0) },
      promisingPractice: promising.isEmpty ? prosePractice : promising,
      items: items)
    return ImportResult(
      report: report, messages: messages.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, lines: lines)
  }
}
