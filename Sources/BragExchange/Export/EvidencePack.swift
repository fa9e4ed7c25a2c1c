import BragModel
import Foundation

/// The bundle an inspector asks for: for one item or a whole report, its text, the service's
/// narrative, every update, the evidence and the closure decision, extensions and holds, and the
/// full history — in Markdown or as one HTML page with no external assets.
public struct EvidencePack: Sendable {
  /// One part of an item's pack: a heading and its paragraphs or list lines.
  public struct Part: Sendable, Equatable {
    public var heading: String
    public var paragraphs: [String]
    public var list: [String]

    init(_ heading: String, paragraphs: [String] = [], list: [String] = []) {
      self.heading = heading
      self.paragraphs = paragraphs
      self.list = list
    }
  }

  public struct Entry: Sendable, Equatable {
    /// "Recommendation 2 (Rec 2)".
    public var heading: String
    public var id: String
    public var parts: [Part]
  }

  public var title: String
  public var reportTitle: String
  public var service: String?
  public var asAt: CalendarDate
  public var entries: [Entry]

  /// The pack for `itemIDs` of `report` (every item when nil), in the report's order.
  /// `linked` gives the actions held under other items that also answer these
  /// (``StandardsUpdate/linkedActions(in:)``).
  public static func build(
    _ report: Report, itemIDs: [String]? = nil, asAt: CalendarDate,
    linked: [String: [StandardsUpdate.ActionLine]] = [:]
  ) -> EvidencePack {
    let items = report.items.filter { itemIDs?.contains($0.id) ?? true }
    let title =
      items.count == 1 && itemIDs != nil
      ? "Evidence pack: \(items[0].label)" : "Evidence pack: \(report.title)"
    return EvidencePack(
      title: SafeText.singleLine(title), reportTitle: SafeText.singleLine(report.title),
      service: report.service.map(SafeText.singleLine), asAt: asAt,
      entries: items.map {
        entry(for: $0, report: report, asAt: asAt, linked: linked["\(report.id)/\($0.id)"] ?? [])
      })
  }

  static func entry(
    for item: Item, report: Report, asAt: CalendarDate, linked: [StandardsUpdate.ActionLine] = []
  ) -> Entry {
    let line = SafeText.singleLine
    let paragraphs = { (text: String?) -> [String] in
      (text ?? "").split(separator: "\n").map { line(String($0)) }.filter { !$0.isEmpty }
    }
    var parts: [Part] = []
    let isRequirement = item.kind == .requirement
    parts.append(
      Part(
        isRequirement ? "What the standard requires" : "What HMICFRS asked",
        paragraphs: paragraphs(item.shownText)))
    var facts: [String] = []
    if let owner = item.owner { facts.append("Owner: \(line(owner))") }
    facts.append("Deadline: \(deadline(item))")
    if item.isOverdue(on: asAt), let days = item.daysOverdue(on: asAt) {
      facts.append("Overdue by \(days) days")
    }
    facts.append(
      "Rating: \(item.brag.displayName)"
        + (item.status.map { " · status “\(line($0))”" } ?? ""))
    if isRequirement {
      facts.append("Self-assessment against the standard: \(StandardsUpdate.assessmentWords(item))")
      if let reassess = item.assessment?.reassess { facts.append("To reassess: \(line(reassess))") }
      if let retired = item.requirement?.retiredIn {
        facts.append(
          "Removed from the standard in \(line(retired)): kept with its history, no longer counted")
      }
    } else {
      facts.append("Self-assessment for the return: \(item.selfAssessment.words)")
    }
    if let hold = item.hold { facts.append(line(hold.sentence)) }
    parts.append(Part("Where it stands (as at \(asAt.longDescription))", list: facts))
    if let evidence = item.assessment?.evidence, !evidence.isEmpty {
      parts.append(Part("Evidence for the self-assessment", list: evidence.map { line($0.summary) }))
    }
    if item.response != nil {
      parts.append(Part("The service's response", paragraphs: paragraphs(item.response)))
    }
    if let narrative = item.returnNarrative {
      parts.append(
        Part(
          "Narrative for the HMICFRS return (\(ReturnNarrative.words(narrative)) words)",
          paragraphs: paragraphs(narrative)))
    }
    if !item.actions.isEmpty {
      parts.append(
        Part(
          "Actions",
          list: item.actions.enumerated().map { position, action in
            var words = "\(item.actionLabel(at: position)): \(line(action.text))"
            if let owner = action.owner { words += " — \(line(owner))" }
            words += " — due \(deadline(action))"
            words += " — \(action.brag.displayName)" + (action.status.map { ", “\(line($0))”" } ?? "")
            if let hold = action.hold { words += " — \(line(hold.sentence))" }
            return words
          }))
    }
    if !linked.isEmpty {
      parts.append(
        Part(
          "Actions held elsewhere that also answer it",
          list: linked.map { StandardsUpdate.actionWords($0) { $0 } }))
    }
    let updates = item.updates.map { update in
      var head = line(update.period)
      if let date = update.date { head += " (\(date.longDescription))" }
      if let author = update.author { head += ", \(line(author))" }
      return "\(head): \(line(update.text))"
    }
    parts.append(Part("Quarterly updates", list: updates.isEmpty ? ["None recorded."] : updates))
    parts.append(Part("Closure on evidence", list: closure(item.closure)))
    if !item.extensions.isEmpty || !item.actions.allSatisfy({ $0.extensions.isEmpty }) {
      var lines = item.extensions.map { extensionLine($0, label: nil) }
      for (position, action) in item.actions.enumerated() {
        lines += action.extensions.map { extensionLine($0, label: item.actionLabel(at: position)) }
      }
      parts.append(Part("Extensions", list: lines))
    }
    // Oldest first across the item and its actions; same-time entries keep their recorded order.
    var timed: [(at: String, order: Int, text: String)] = item.history.enumerated().map { order, entry in
      (
        entry.at, order,
        "\(entry.shortTime) · \(line(entry.author)) · \(line(HistoryWording.plain.changeWithReason(entry, in: item)))"
      )
    }
    for (position, action) in item.actions.enumerated() {
      timed += action.history.enumerated().map { order, entry in
        (
          entry.at, timed.count + order,
          "\(entry.shortTime) · \(line(entry.author)) · \(item.actionLabel(at: position)): "
            + line(HistoryWording.plain.changeWithReason(entry, in: item))
        )
      }
    }
    let history = timed.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map(\.text)
    parts.append(
      Part("History", list: history.isEmpty ? ["No changes recorded through BRAG Board."] : history))
    let heading = PublicLabel.heading(kind: RowKind(item.kind), number: item.number, ref: line(item.label))
    return Entry(heading: heading, id: "\(report.id)/\(item.id)", parts: parts)
  }

  /// A moved deadline in the model's words, else the deadline as the return words it.
  static func deadline(_ subject: some Extendable) -> String {
    subject.movedDeadline ?? ReturnExport.markdownDeadline(subject.timescale)
  }

  static func closure(_ closure: Closure?) -> [String] {
    guard let closure else { return ["Not proposed."] }
    let line = SafeText.singleLine
    var lines = ["State: \(closure.state.words)"]
    if let by = closure.proposedBy {
      lines.append("Proposed by \(line(by))" + (closure.proposedAt.map { " at \(line($0))" } ?? ""))
    }
    for evidence in closure.evidence {
      let kind =
        switch evidence.kind {
        case .text: "Evidence"
        case .address: "Evidence (address)"
        case .file: "Evidence (file in the data folder)"
        }
      lines.append("\(kind): \(line(evidence.value))")
    }
    if let until = closure.monitorUntil { lines.append("Monitoring until \(until.longDescription)") }
    if let by = closure.decidedBy {
      lines.append("Decided by \(line(by))" + (closure.decidedAt.map { " at \(line($0))" } ?? ""))
    }
    if let reason = closure.reason { lines.append("Reason: \(line(reason))") }
    return lines
  }

  static func extensionLine(_ request: DateExtension, label: String?) -> String {
    let line = SafeText.singleLine
    var words =
      (label.map { "\($0): " } ?? "") + "to \(request.due.longDescription), \(request.state.rawValue)"
    words += " — \(line(request.reason))"
    if let by = request.requestedBy { words += "; asked by \(line(by))" }
    if let by = request.decidedBy { words += "; decided by \(line(by))" }
    if let refusal = request.refusal { words += "; refused because \(line(refusal))" }
    return words
  }

  public var markdown: String {
    let e = MarkdownText.escape
    var lines = ["# \(e(title))", "", "\(e(reportTitle))" + (service.map { " · \(e($0))" } ?? ""), ""]
    lines.append("As at \(asAt.longDescription).")
    if entries.isEmpty { lines += ["", "There are no items to report."] }
    for entry in entries {
      lines += [
        "", "## \(e(entry.heading))", "", "Id: `\(entry.id.replacingOccurrences(of: "`", with: "'"))`",
      ]
      for part in entry.parts {
        lines += ["", "### \(e(part.heading))", ""]
        lines += part.paragraphs.flatMap { [e($0), ""] }
        lines += part.list.map { "- \(e($0))" }
        if lines.last == "" { lines.removeLast() }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One HTML5 page, every text escaped, no external assets; prints on A4.
  public var html: String {
    let e = HTMLCellText.escape
    var out = HTMLPage.start(
      title: title,
      style:
        HTMLPage.readingStyle
        + "h2{border-bottom:1px solid #ccc}@media print{h2{break-before:page}h2:first-of-type{break-before:avoid}}"
    )
    out += """
      <h1>\(e(title))</h1>
      <p>\(e(reportTitle))\(service.map { " · \(e($0))" } ?? "")</p>
      <p>As at \(e(asAt.longDescription)).</p>

      """
    if entries.isEmpty { out += "<p>There are no items to report.</p>\n" }
    for entry in entries {
      out += "<section>\n<h2>\(e(entry.heading))</h2>\n<p>Id: <code>\(e(entry.id))</code></p>\n"
      for part in entry.parts {
        out += "<h3>\(e(part.heading))</h3>\n"
        for paragraph in part.paragraphs { out += "<p>\(e(paragraph))</p>\n" }
        if !part.list.isEmpty {
          out += "<ul>\n" + part.list.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
      }
      out += "</section>\n"
    }
    return out + HTMLPage.end
  }
}
