import BragModel
import Foundation
import Mustache

/// The formats of a public progress page.
public enum PageFormat: String, CaseIterable, Sendable {
  case markdown = "md"
  case html
}

/// A template that cannot be used for a public page, with where and why.
public struct PageTemplateError: Error, CustomStringConvertible, Equatable {
  /// Where the template came from: a file name, or "built-in".
  public var source: String
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(source: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.source = source
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var text = source
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text + ": " + message
  }
}

/// A public progress page for one report, in the shape of the service pages the seeds come from:
/// title, introduction, (for inspections) the judgement areas and promising practice, then each
/// recommendation or area for improvement with its text, "Action we have taken", "Status" and the
/// latest update.
///
/// The page is rendered through a Mustache template (``PageTemplates``), so a service can replace
/// the built-in one with its own house style. Every value reaches the output through `{{name}}`,
/// which escapes it for the format (HTML entities, or Markdown backslash escapes); templates that
/// could print data unescaped (`{{{name}}}`, `{{&name}}`, a delimiter change or a content-type
/// pragma) are refused. The keys a template can use are listed in ``PageTemplates``.
public enum PageExport {
  /// The name of the Markdown content type registered with swift-mustache.
  static let markdownContentType = "BRAG_MARKDOWN"

  /// Registers the Markdown escaping with swift-mustache, once.
  private static let registerContentTypes: Void = {
    MustacheContentTypes.register(MarkdownContentType(), named: markdownContentType)
  }()

  /// Renders `report` as a page as at `asAt`, with the built-in template or `template` (the text of
  /// a replacement template; `templateSource` names it in errors).
  public static func render(
    _ report: Report, format: PageFormat, asAt: CalendarDate, template: String? = nil,
    templateSource: String = "template"
  ) throws(PageTemplateError) -> String {
    let source = template == nil ? "built-in \(format.rawValue) template" : templateSource
    let text = template ?? PageTemplates.main(format)
    try check(text, source: source)
    let compiled = try compile(text, format: format, source: source)
    var library = MustacheLibrary()
    library.register(
      try compile(PageTemplates.block(format), format: format, source: "built-in block"), named: "block")
    let output = compiled.render(context(for: report, asAt: asAt), library: library)
    return format == .markdown ? tidyMarkdown(output) : output
  }

  /// Refuses a template that could print data without escaping it.
  public static func check(_ template: String, source: String) throws(PageTemplateError) {
    let lines = template.components(separatedBy: "\n")
    for (number, line) in lines.enumerated() {
      var rest = line[...]
      while let open = rest.range(of: "{{") {
        let after = rest[open.upperBound...].drop { $0 == " " || $0 == "\t" }
        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
        switch after.first {
        case "{", "&":
          throw PageTemplateError(
            source: source, line: number + 1, column: column,
            message:
              "'{{{…}}}' and '{{&…}}' print text without escaping it; use '{{name}}', which escapes every value"
          )
        case "=":
          throw PageTemplateError(
            source: source, line: number + 1, column: column,
            message: "changing the delimiters ('{{=…=}}') is not allowed in a page template")
        case "%":
          throw PageTemplateError(
            source: source, line: number + 1, column: column,
            message: "a '{{%…}}' pragma could turn escaping off; the format sets how values are escaped")
        default:
          break
        }
        rest = rest[open.upperBound...]
      }
    }
  }

  private static func compile(_ text: String, format: PageFormat, source: String) throws(PageTemplateError)
    -> MustacheTemplate
  {
    _ = registerContentTypes
    let full = format == .markdown ? "{{% CONTENT_TYPE: \(markdownContentType)}}\n" + text : text
    do {
      return try MustacheTemplate(string: full)
    } catch let error as MustacheTemplate.ParserError {
      let line = error.context.lineNumber - (format == .markdown ? 1 : 0)
      throw PageTemplateError(
        source: source, line: line, column: error.context.columnNumber,
        message: "the template does not parse (\(error.error)): \(error.context.line)")
    } catch {
      throw PageTemplateError(source: source, message: "the template does not parse (\(error))")
    }
  }

  /// At most one blank line in a row, no trailing spaces, one final newline.
  static func tidyMarkdown(_ text: String) -> String {
    var lines: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var trimmed = line
      while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
      if trimmed.isEmpty && (lines.isEmpty || lines.last!.isEmpty) { continue }
      lines.append(trimmed)
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - The context

  /// The values a page template sees; ``PageTemplates`` documents every key.
  ///
  /// Every object carries every one of its keys (empty text, `false` or `[]` when there is
  /// nothing), so a missing value never falls through to a key of the same name further out.
  public static func context(for report: Report, asAt: CalendarDate) -> [String: Any] {
    let kinds = Set(report.items.map(\.kind))
    let plural: String
    let singular: String
    switch (kinds.contains(.recommendation), kinds.contains(.areaForImprovement)) {
    case (false, true):
      (plural, singular) = ("Areas for improvement", "Area for improvement")
    case (true, true):
      (plural, singular) = ("Recommendations and areas for improvement", "Item")
    default:
      (plural, singular) = ("Recommendations", "Recommendation")
    }
    let introduction = report.summary.map(TextBlock.parse) ?? []
    let judgements: [[String: Any]] = report.judgements.map {
      let grade = $0.grade.map(SafeText.singleLine)?.trimmed ?? ""
      return ["name": SafeText.singleLine($0.name).trimmed, "grade": grade, "hasGrade": !grade.isEmpty]
    }
    let practice: [[String: Any]] = report.promisingPractice.map { ["text": SafeText.singleLine($0).trimmed] }
    let complete = report.items.filter(\.isComplete).count
    let line = { (text: String?) in text.map(SafeText.singleLine)?.trimmed ?? "" }
    return [
      "lang": "en-GB",
      "id": report.id,
      "title": line(report.title).isEmpty ? report.id : line(report.title),
      "kind": report.kind.rawValue,
      "isInspection": report.kind == .inspection,
      "service": line(report.service),
      "hasService": !line(report.service).isEmpty,
      "publisher": line(report.publisher),
      "hasPublisher": !line(report.publisher).isEmpty,
      "published": report.published?.longDescription ?? "",
      "publishedISO": report.published?.description ?? "",
      "hasPublished": report.published != nil,
      "source": line(report.source),
      "hasSource": !line(report.source).isEmpty,
      "asAt": asAt.longDescription,
      "asAtISO": asAt.description,
      "introduction": introduction.map(\.context),
      "hasIntroduction": !introduction.isEmpty,
      "judgements": judgements,
      "hasJudgements": !judgements.isEmpty,
      "promisingPractice": practice,
      "hasPromisingPractice": !practice.isEmpty,
      "itemsHeading": plural,
      "itemsNoun": report.items.count == 1 ? singular.lowercased() : plural.lowercased(),
      "itemCount": report.items.count,
      "completeCount": complete,
      "hasItems": !report.items.isEmpty,
      "groups": groups(report, heading: plural),
    ]
  }

  /// Runs of items under the same section heading, in document order; items with no section sit
  /// under the report's items heading ("Recommendations").
  private static func groups(_ report: Report, heading: String) -> [[String: Any]] {
    var groups: [(section: String?, items: [[String: Any]])] = []
    for item in report.items {
      let section = item.section.map(SafeText.singleLine)?.trimmed
      let key = section?.isEmpty == false ? section : nil
      if groups.isEmpty || groups[groups.count - 1].section != key {
        groups.append((key, []))
      }
      groups[groups.count - 1].items.append(context(for: item))
    }
    return groups.map {
      ["heading": $0.section ?? heading, "isSection": $0.section != nil, "items": $0.items]
    }
  }

  /// The "not yet reported" wording for an item whose source gives no status.
  public static let notYetReported = "Not yet reported"

  private static func context(for item: Item) -> [String: Any] {
    let line = { (text: String?) in text.map(SafeText.singleLine)?.trimmed ?? "" }
    let text = TextBlock.parse(item.text)
    let outcomes = item.requiredOutcomes.map(TextBlock.parse) ?? []
    let response = item.response.map(TextBlock.parse) ?? []
    // The public never reads a verdict the rating contradicts (StatusFollowsRating).
    let status = line(StatusFollowsRating.shown(item.status, rating: item.brag))
    let statusClass = status.isEmpty ? "not-reported" : item.isComplete ? "complete" : "open"
    let deadlineNote = item.movedDeadline ?? ""
    var update: [String: Any] = [:]
    if let latest = item.latestUpdate {
      let blocks = TextBlock.parse(latest.text)
      update = [
        "period": line(latest.period),
        "date": latest.date?.longDescription ?? "",
        "dateISO": latest.date?.description ?? "",
        "hasDate": latest.date != nil,
        "author": line(latest.author),
        "hasAuthor": !line(latest.author).isEmpty,
        "text": blocks.map(\.context),
      ]
    }
    let actions: [[String: Any]] = item.actions.enumerated().map { position, action in
      var facts: [[String: Any]] = []
      func fact(_ name: String, _ value: String?) {
        let value = line(value)
        if !value.isEmpty { facts.append(["name": name, "value": value]) }
      }
      fact("Responsible", action.owner)
      fact("Timescale", action.timescale.written)
      let actionStatus = StatusFollowsRating.shown(action.status, rating: action.brag)
      fact("Status", actionStatus)
      if line(action.notes) != line(actionStatus) { fact("Notes", action.notes) }
      fact("Deadline", action.movedDeadline)
      fact("Hold", action.hold?.sentence)
      return [
        "label": line(item.actionLabel(at: position)),
        "text": TextBlock.parse(action.text).map(\.context),
        "owner": line(action.owner),
        "hasOwner": !line(action.owner).isEmpty,
        "timescale": line(action.timescale.written),
        "hasTimescale": !line(action.timescale.written).isEmpty,
        "due": action.due?.longDescription ?? "",
        "dueISO": action.due?.description ?? "",
        "hasDue": action.due != nil,
        "status": line(actionStatus),
        "hasStatus": !line(actionStatus).isEmpty,
        "isComplete": action.isComplete,
        "facts": facts,
        "hasFacts": !facts.isEmpty,
      ]
    }
    return [
      "id": item.id,
      "anchor": String(
        item.id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" }),
      "label": line(item.label),
      "heading": PublicLabel.heading(kind: RowKind(item.kind), number: item.number, ref: line(item.label)),
      "kind": item.kind.rawValue,
      "kindName": PublicLabel.kindName(RowKind(item.kind)),
      "number": item.number.map(String.init) ?? "",
      "hasNumber": item.number != nil,
      "text": text.map(\.context),
      "audience": line(item.audience),
      "hasAudience": !line(item.audience).isEmpty,
      "timescale": line(item.timescale.written),
      "hasTimescale": !line(item.timescale.written).isEmpty,
      "due": item.due?.longDescription ?? "",
      "dueISO": item.due?.description ?? "",
      "hasDue": item.due != nil,
      "requiredOutcomes": outcomes.map(\.context),
      "hasRequiredOutcomes": !outcomes.isEmpty,
      "response": response.map(\.context),
      "hasResponse": !response.isEmpty,
      "status": status.isEmpty ? notYetReported : status,
      "statusReported": !status.isEmpty,
      "statusClass": statusClass,
      "isComplete": item.isComplete,
      "brag": item.brag.rawValue,
      "bragName": item.brag.displayName,
      "actions": actions,
      "hasActions": !actions.isEmpty,
      "latestUpdate": update,
      "hasLatestUpdate": item.latestUpdate != nil,
      "deadlineNote": deadlineNote,
      "hasDeadlineNote": !deadlineNote.isEmpty,
      "hold": line(item.hold?.sentence),
      "isHeld": item.isWaiting,
    ]
  }
}

/// How an item or action is named in words for the public and for HMICFRS.
public enum PublicLabel {
  /// "Recommendation", "Area for improvement", "Action".
  public static func kindName(_ kind: RowKind) -> String {
    switch kind {
    case .recommendation: "Recommendation"
    case .areaForImprovement: "Area for improvement"
    case .causeOfConcern: "Recommendation under a cause of concern"
    case .requirement: "Requirement"
    case .action: "Action"
    }
  }

  /// "Recommendation 3" (the official number), "Area for improvement 2" (from the label "AFI 2"),
  /// "Action AFI 2.1"; otherwise the label as the service wrote it.
  public static func heading(kind: RowKind, number: Int?, ref: String) -> String {
    let name = kindName(kind)
    if kind == .action { return "\(name) \(ref)" }
    if let number { return "\(name) \(number)" }
    let short =
      switch kind {
      case .recommendation: ItemKind.recommendation.shortName
      case .causeOfConcern: ItemKind.causeOfConcern.shortName
      case .requirement: ItemKind.requirement.shortName
      default: ItemKind.areaForImprovement.shortName
      }
    if ref.hasPrefix(short + " ") {
      let rest = ref.dropFirst(short.count + 1)
      if !rest.isEmpty, rest.allSatisfy(\.isNumber) { return "\(name) \(rest)" }
    }
    return ref.isEmpty ? name : ref
  }
}

/// A paragraph or a bulleted list, from text where each line is a paragraph and "- " lines are
/// list items (the data format's convention for responses and updates).
public enum TextBlock: Equatable, Sendable {
  case paragraph(String)
  case list([String])

  /// Splits text into paragraphs and lists; control characters are removed and each line trimmed.
  public static func parse(_ text: String) -> [TextBlock] {
    var blocks: [TextBlock] = []
    var list: [String] = []
    func endList() {
      if !list.isEmpty { blocks.append(.list(list)) }
      list = []
    }
    for raw in SafeText.multiLine(text).split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw).trimmed
      if line.isEmpty {
        endList()
      } else if line.hasPrefix("- ") || line.hasPrefix("-\t") {
        let entry = String(line.dropFirst(2)).trimmed
        if !entry.isEmpty { list.append(entry) }
      } else {
        endList()
        blocks.append(.paragraph(line))
      }
    }
    endList()
    return blocks
  }

  /// The block as a template sees it: `isParagraph`, `isList`, `text` and `items` (each `text`).
  var context: [String: Any] {
    switch self {
    case .paragraph(let text):
      ["isParagraph": true, "isList": false, "text": text, "items": [[String: Any]]()]
    case .list(let entries):
      ["isParagraph": false, "isList": true, "text": "", "items": entries.map { ["text": $0] }]
    }
  }
}

/// Escapes text for Markdown so it shows word for word: a character that would start a heading,
/// quote, list, code block, rule or table at the start of a line, and characters that would make
/// emphasis, code, links, entities, HTML or a table's cells (`|`) anywhere, get a backslash. Line
/// breaks become spaces.
public enum MarkdownText {
  private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "~", "|"]
  private static let lineStart: Set<Character> = ["#", ">", "-", "+", "=", "|", ":"]

  public static func escape(_ text: String) -> String {
    let characters = Array(
      text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 }.drop { $0 == " " || $0 == "\t" })
    var out = ""
    out.reserveCapacity(characters.count + 8)
    // An ordered-list marker: up to nine digits, then "." or ")".
    var digits = 0
    while digits < characters.count, digits < 10, characters[digits].isASCII, characters[digits].isNumber {
      digits += 1
    }
    let orderedMarker =
      digits > 0 && digits <= 9 && digits < characters.count
      && (characters[digits] == "." || characters[digits] == ")")
    for (index, character) in characters.enumerated() {
      if index == 0 && lineStart.contains(character) {
        out.append("\\")
      } else if orderedMarker && index == digits {
        out.append("\\")
      } else if inline.contains(character) {
        out.append("\\")
      } else if character == "#" && (index == 0 || characters[index - 1] == " ") {
        out.append("\\")
      } else if character == "&" && startsEntity(characters, at: index) {
        out.append("\\")
      }
      out.append(character)
    }
    return out
  }

  /// True when `&` at `index` begins something a Markdown renderer would read as an entity
  /// (`&amp;`, `&#38;`).
  private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
    var i = index + 1
    while i < characters.count, i - index <= 32, characters[i].isASCII,
      characters[i].isLetter || characters[i].isNumber || characters[i] == "#"
    {
      i += 1
    }
    return i > index + 1 && i < characters.count && characters[i] == ";"
  }
}

/// Markdown escaping for swift-mustache's `{{name}}`.
struct MarkdownContentType: MustacheContentType {
  func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
}

extension String {
  /// Without leading and trailing white space.
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
