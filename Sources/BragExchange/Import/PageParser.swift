import BragModel

/// The reading of one page, line by line: which item each line belongs to and in which field.
struct PageParser {
  enum Place {
    case intro, judgements, promising, text, outcomes, response, status, afterStatus, update, actions, footer
  }

  struct Draft {
    var kind: ItemKind
    var number: Int?
    var line: Int
    var section: String?
    /// Started by "The service should …" with no heading.
    var unlabelled = false
    /// Started by a bare "Recommendation" heading, with no number or words of its own.
    var bare = false
    /// "And" joined it to the next item: they share one response.
    var joinedToNext = false
    var sawResponseLabel = false
    var text: [String] = []
    var outcomes: [String] = []
    var response: [String] = []
    var status: String?
    var writtenDeadline: String?
    var updates: [(period: String, lines: [String])] = []
    var lines: [PageImport.Line] = []

    var hasAnswer: Bool { !response.isEmpty || status != nil || !updates.isEmpty || !outcomes.isEmpty }
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
  /// What the items under the latest list heading are ("Cause for concern" → its recommendations).
  var listKind: ItemKind?
  var table: PageTable?
  var messages: [ImportMessage] = []
  var furniture = 0
  var sawTitle = false

  init(options: ImportOptions) { self.options = options }

  mutating func read(_ lines: [PageImport.Line]) {
    for line in lines {
      if line.text.isEmpty
        || line.text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
      {
        continue
      }
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
    if PageFurniture.isFurniture(line) {
      furniture += 1
      return
    }
    if line.text.utf8.contains(9), takeTableLine(line) { return }
    table = nil
    let label = PageImport.classify(line)
    if !sawTitle {
      sawTitle = true
      if case .item = label {
      } else {
        source = line.text
        if Self.namesCauseOfConcern(line.text) { listKind = .causeOfConcern }
        return
      }
    }
    if drafts.isEmpty, Self.namesCauseOfConcern(line.text), label == nil {
      listKind = .causeOfConcern
    }
    if line.text.hasPrefix("Progress as at ") && drafts.isEmpty && place == .intro { return }
    if drafts.isEmpty, place == .intro, let service = options.service, line.text == service { return }
    if Placeholder.isPlaceholder(line.text) {
      messages.append(ImportMessage(kind: .placeholder, line: line.number, text: line.text))
      if !drafts.isEmpty, place == .response, drafts[drafts.count - 1].response.isEmpty {
        place = .afterStatus
      }
      return
    }
    switch label {
    case .item(let kind, let number, let rest):
      startItem(kind: kind, number: number, rest: rest, line: line)
      return
    case .unlabelledItem:
      if let last = drafts.last, place == .text, !last.unlabelled || last.text.isEmpty {
        break
      }
      guard listKind != nil || !drafts.isEmpty else { break }
      flushLoose(beforeItem: true)
      var draft = Draft(kind: listKind ?? .areaForImprovement, line: line.number, section: section)
      draft.unlabelled = true
      draft.text = [line.text]
      drafts.append(draft)
      place = .text
      return
    case .listHeading(let kind):
      listKind = kind
      if drafts.isEmpty || place == .intro || place == .judgements || place == .promising {
        place = .intro
        return
      }
      if kind != nil {
        furniture += 1
        place = .afterStatus
        return
      }
    case .judgements:
      place = .judgements
      return
    case .promisingPractice:
      place = .promising
      return
    case .join:
      if let last = drafts.last, place == .text, !last.text.isEmpty {
        drafts[drafts.count - 1].joinedToNext = true
        furniture += 1
        return
      }
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
    // Moved out and back, not copied: a copy would make every append copy the item's lines.
    var draft = drafts.removeLast()
    defer { drafts.append(draft) }
    draft.lines.append(line)
    switch label {
    case .response(let rest):
      if place == .status && draft.status == nil { break }
      place = .response
      draft.sawResponseLabel = true
      if !rest.isEmpty { draft.response.append(rest) }
      return
    case .action(let rest):
      // A bare "Action:" after a labelled response, or after dated entries, is the status.
      if draft.sawResponseLabel || !draft.updates.isEmpty || (!draft.response.isEmpty && place != .response) {
        if rest.isEmpty {
          place = .status
        } else {
          draft.status = rest
          place = .afterStatus
        }
      } else {
        place = .response
        draft.sawResponseLabel = true
        if !rest.isEmpty { draft.response.append(rest) }
      }
      return
    case .status(let rest):
      place = .status
      if !rest.isEmpty {
        draft.status = rest
        place = .afterStatus
      }
      return
    case .bareStatus:
      if draft.status == nil, place == .text || place == .response || place == .update || place == .status {
        draft.status = line.text.trimmingCharacters(in: .whitespaces)
        place = .afterStatus
        return
      }
    case .requiredOutcomes:
      place = .outcomes
      return
    case .actions:
      place = .actions
      return
    case .update(let period, let rest, let marked):
      if place != .text && (marked || place == .response || place == .update || place == .afterStatus) {
        draft.updates.append((period, rest.isEmpty ? [] : [rest]))
        place = .update
        return
      }
    default: break
    }
    switch place {
    case .text:
      // Recommendations never speak in the first person: "We …", "Our …" begins the answer.
      if !draft.text.isEmpty, Self.speaksForTheService(line.text) {
        draft.response.append(line.text)
        place = .response
      } else {
        draft.text.append(line.text)
      }
    case .outcomes: draft.outcomes.append(line.text)
    case .response: draft.response.append(line.text)
    case .update: draft.updates[draft.updates.count - 1].lines.append(line.text)
    case .status:
      draft.status = line.text
      place = .afterStatus
    case .actions:
      draft.lines.removeLast()
      messages.append(
        ImportMessage(
          kind: .unplaced, line: line.number,
          text: "\(line.text) (actions on a page are not imported; use brag import plan)"))
    case .afterStatus where draft.response.isEmpty && !draft.sawResponseLabel && draft.updates.isEmpty:
      // An unlabelled answer under a status of its own line (London's pages).
      draft.response.append(line.text)
    default:
      draft.lines.removeLast()
      loose.append(line)
    }
  }

  /// A title or opening that says the recommendations below answer a cause of concern.
  static func namesCauseOfConcern(_ text: String) -> Bool {
    let lower = text.prefix(200).lowercased()
    return lower.contains("cause of concern") || lower.contains("cause for concern")
      || lower.hasPrefix("the concern was")
  }

  static func speaksForTheService(_ text: String) -> Bool {
    let head = text.prefix(8)
    return head.hasPrefix("We ") || head.hasPrefix("Our ") || head.hasPrefix("We’") || head.hasPrefix("We'")
  }

  mutating func startItem(kind: ItemKind, number: Int?, rest: String, line: PageImport.Line) {
    let kind = kind == .recommendation && listKind == .causeOfConcern ? .causeOfConcern : kind
    // The same heading again before any answer ("Recommendation 4", a breadcrumb,
    // "Recommendation 4:"): one item; the lines between are the page's, not the item's.
    if let last = drafts.last, last.kind == kind, last.number == number, number != nil, !last.hasAnswer,
      last.text.count <= 2, loose.isEmpty
    {
      for between in last.lines {
        messages.append(
          ImportMessage(
            kind: .unplaced, line: between.number, text: "\(between.text) (between two headings of one item)")
        )
      }
      drafts[drafts.count - 1].text = rest.isEmpty ? [] : [rest]
      drafts[drafts.count - 1].lines = []
      place = .text
      return
    }
    flushLoose(beforeItem: true)
    var draft = Draft(kind: kind, number: number, line: line.number, section: section)
    draft.bare = number == nil && rest.isEmpty
    if !rest.isEmpty { draft.text.append(rest) }
    drafts.append(draft)
    place = .text
  }

  /// A line with tabs: a table's header, or one of its rows; false when it is neither.
  mutating func takeTableLine(_ line: PageImport.Line) -> Bool {
    if let header = PageTable(header: line.text) {
      flushLoose(beforeItem: false)
      table = header
      furniture += 1
      return true
    }
    guard let table, let row = table.row(line.text) else { return false }
    let heading = PageImport.itemHeading(row.item)
    var draft = Draft(
      kind: heading?.kind ?? listKind ?? .recommendation, number: heading?.number, line: line.number,
      section: section)
    if draft.kind == .recommendation && listKind == .causeOfConcern { draft.kind = .causeOfConcern }
    draft.text = [heading?.rest ?? row.item]
    draft.writtenDeadline = row.deadline
    draft.status = row.status
    if let response = row.response { draft.response = [response] }
    drafts.append(draft)
    place = .afterStatus
    return true
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

  /// Drafts that are not items: a bare "Recommendation" heading over words that ask nothing
  /// (a committee's decision, "Members are asked to note …"). Their lines are reported.
  mutating func dropNonItems() {
    drafts.removeAll { draft in
      guard draft.bare else { return false }
      let text = draft.text.joined(separator: " ").lowercased()
      guard !ImportScan.contains(text, "should"), !ImportScan.contains(text, " must ") else { return false }
      for line in draft.lines {
        messages.append(ImportMessage(kind: .unplaced, line: line.number, text: line.text))
      }
      messages.append(
        ImportMessage(
          kind: .unplaced, line: draft.line,
          text: "Recommendation: \(draft.text.first ?? "") (a heading over words that ask nothing of anyone)")
      )
      return true
    }
  }

  /// Items joined by "And" share the answer written after the last of them.
  mutating func shareJoinedAnswers() {
    guard drafts.count > 1 else { return }
    for index in stride(from: drafts.count - 2, through: 0, by: -1) where drafts[index].joinedToNext {
      let next = drafts[index + 1]
      if drafts[index].response.isEmpty { drafts[index].response = next.response }
      if drafts[index].status == nil { drafts[index].status = next.status }
      if drafts[index].updates.isEmpty { drafts[index].updates = next.updates }
    }
  }

  mutating func finish() -> ImportResult {
    dropNonItems()
    shareJoinedAnswers()
    let context = TimescaleContext(publication: options.published)
    var items: [Item] = []
    var lines: [String: Int] = [:]
    var usedIDs: Set<String> = []
    var positions: [ItemKind: Int] = [:]
    var unnumbered = 0
    let matches = NationalNumbers.assign(drafts: drafts, options: options)
    for (index, draft) in drafts.enumerated() {
      positions[draft.kind, default: 0] += 1
      let position = positions[draft.kind]!
      let given =
        draft.kind == .recommendation
        ? options.officialNumbers.flatMap { $0.indices.contains(position - 1) ? $0[position - 1] : nil } : nil
      let national = matches[index]
      let number = given ?? national?.number ?? draft.number
      let shown = draft.number ?? given ?? national?.number
      if shown == nil { unnumbered += 1 }
      let (id, label) = ImportIdentity.newItem(kind: draft.kind, number: shown ?? position, used: &usedIDs)
      lines[id] = draft.line
      let text = draft.text.joined(separator: "\n")
      if draft.text.isEmpty {
        messages.append(ImportMessage(kind: .note, line: draft.line, text: "\(id) has no text"))
      }
      let status = draft.status == PageExport.notYetReported ? nil : draft.status
      let written = PageImport.deadline(in: text)
      // The page's own words first; then the report's deadline; then a table's date column.
      var timescale = Timescale.none
      if let written {
        timescale = TimescaleResolver.resolve(written, context: context)
      } else if let deadline = national?.reportDeadline {
        timescale = deadline
      } else if let cell = draft.writtenDeadline {
        timescale = TimescaleResolver.resolve(cell, context: context)
      }
      let updates = draft.updates.map { update in
        QuarterlyUpdate(
          period: update.period, date: PageImport.periodEnd(update.period),
          text: update.lines.joined(separator: "\n"))
      }
      let isRecommendation = draft.kind != .areaForImprovement
      items.append(
        Item(
          id: id, kind: draft.kind, number: isRecommendation ? number : nil,
          label: label, section: draft.section, text: text,
          audience: PageImport.audience(of: text) ?? national?.audience,
          timescale: timescale,
          status: status, brag: ImportedBRAG.from(status: status),
          requiredOutcomes: draft.outcomes.isEmpty ? nil : draft.outcomes.joined(separator: "\n"),
          response: draft.response.isEmpty ? nil : draft.response.joined(separator: "\n"),
          updates: updates))
      var missing: [String] = []
      if draft.status == nil { missing.append("status") }
      if draft.response.isEmpty && draft.updates.isEmpty { missing.append("response") }
      if timescale.due == nil && timescale.written == nil { missing.append("deadline") }
      if !missing.isEmpty {
        messages.append(
          ImportMessage(kind: .note, line: draft.line, text: "\(id) has no \(Self.list(missing)) on the page")
        )
      }
    }
    if furniture > 0 {
      messages.append(
        ImportMessage(
          kind: .note, line: nil,
          text:
            "left out \(furniture) line\(furniture == 1 ? "" : "s") of page furniture (navigation, prompts, "
            + "table headers, breadcrumbs)"))
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
    let matched = matches.compactMap { $0 }
    if let report = matched.first?.reportTitle {
      messages.append(
        ImportMessage(
          kind: .note, line: nil,
          text: "\(matched.count) recommendation\(matched.count == 1 ? "" : "s") recognised from \(report); "
            + "official numbers and deadlines taken from it"))
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
      options.kind ?? (items.contains { $0.kind != .recommendation } ? .inspection : .other)
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

  static func list(_ words: [String]) -> String {
    words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
  }
}
