import BragModel
import Foundation

/// One owner's reply about one item or action, as read from a filled-in request.
public struct UpdateReply: Sendable, Equatable {
  /// The line (or the sheet's row) it was read from.
  public var line: Int
  /// The id as written: `report/item` or `report/item/action`.
  public var id: String
  public var owner: String?
  public var update: String
  /// The reply's date as written (empty: the day it is imported).
  public var replyDate: String
  public var evidence: String
  public var extensionDate: String
  public var extensionReason: String

  public init(
    line: Int, id: String, owner: String? = nil, update: String = "", replyDate: String = "",
    evidence: String = "", extensionDate: String = "", extensionReason: String = ""
  ) {
    self.line = line
    self.id = id
    self.owner = owner
    self.update = update
    self.replyDate = replyDate
    self.evidence = evidence
    self.extensionDate = extensionDate
    self.extensionReason = extensionReason
  }

  /// Nothing filled in: no update, no evidence, no extension.
  public var isEmpty: Bool {
    update.isEmpty && evidence.isEmpty && extensionDate.isEmpty && extensionReason.isEmpty
  }
}

/// A reply file that cannot be read as one, or a field in it that cannot be used: where (the
/// line or row, the field) and what to do. Nothing is written while there is one.
public struct ReplyProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int?
  public var field: String?
  public var message: String

  public init(line: Int? = nil, field: String? = nil, _ message: String) {
    self.line = line
    self.field = field
    self.message = message
  }

  /// "replies.csv: line 7, Extension date: …".
  public func located(in file: String) -> String {
    var place = file
    if let line { place += ": line \(line)" }
    if let field { place += (line == nil ? ": " : ", ") + field }
    return "\(place): \(message)"
  }

  public var description: String { located(in: "replies") }
}

/// Reads filled-in update requests back: the CSV `brag export requests` writes (or a
/// spreadsheet with such columns, under any title rows, saved as CSV, tab-separated text or
/// `.xlsx`), and the Markdown form. Columns are found by their header names, compared without
/// case, spaces or punctuation, with the names committee trackers use as well as brag's own.
public enum UpdateReplyImport {
  /// The reply fields.
  public enum Field: String, CaseIterable, Sendable {
    case id, owner, update, replyDate, evidence, extensionDate, extensionReason

    /// The column's name in brag's own CSV, for messages.
    public var header: String {
      switch self {
      case .id: "ID"
      case .owner: "Owner"
      case .update: "Your update"
      case .replyDate: "Reply date"
      case .evidence: "Closure evidence"
      case .extensionDate: "Extension date"
      case .extensionReason: "Extension reason"
      }
    }
  }

  /// Header names (``key(_:)``) and the field each means. "Last update" is not among them: it is
  /// what the owner was shown, not their reply.
  static let names: [String: Field] = [
    "id": .id, "bragid": .id, "trackerid": .id, "itemid": .id, "trackerref": .id,
    "owner": .owner, "responsibleofficer": .owner, "actionowner": .owner, "lead": .owner,
    "leadofficer": .owner, "responsiblefunction": .owner,
    "yourupdate": .update, "update": .update, "newupdate": .update, "progressupdate": .update,
    "managementresponse": .update, "updatedmanagementresponse": .update, "progress": .update,
    "commentsprogress": .update, "ownerupdate": .update,
    "replydate": .replyDate, "dateofupdate": .replyDate, "updatedate": .replyDate, "dateupdated": .replyDate,
    "closureevidence": .evidence, "evidence": .evidence, "evidenceofcompletion": .evidence,
    "proposeclosureevidence": .evidence, "evidenceforclosure": .evidence,
    "extensiondate": .extensionDate, "newdate": .extensionDate, "revisedtargetdate": .extensionDate,
    "requestedrevisedtargetdate": .extensionDate, "revisedcompletiondate": .extensionDate,
    "requestednewdate": .extensionDate,
    "extensionreason": .extensionReason, "reasonforextension": .extensionReason,
    "reasonforrevision": .extensionReason, "reasonforrevisedtargetdate": .extensionReason,
    "reasonforrevisedtarget": .extensionReason,
  ]

  static func key(_ header: String) -> String { header.lowercased().filter { $0.isLetter || $0.isNumber } }

  /// The replies in a file: by its name (`.md`, `.csv`, `.tsv`, `.xlsx`) or, failing that, its
  /// content. Throws the problems that stop it being read (nothing is imported then).
  public static func parse(_ data: Data, fileName: String) throws(ReplyProblems) -> [UpdateReply] {
    let suffix = (fileName as NSString).pathExtension.lowercased()
    if XLSXPlanImport.looksLikeWorkbook(data) || suffix == "xlsx" || suffix == "xlsm" {
      return try workbook(data)
    }
    let text = ImportText.decode(data)
    if ["md", "markdown"].contains(suffix) || (!["csv", "tsv", "txt"].contains(suffix) && isMarkdown(text)) {
      return try markdown(text)
    }
    if suffix == "txt" && isMarkdown(text) { return try markdown(text) }
    let rows: [PlanImport.Row]
    do {
      rows = try PlanImport.rows(of: text)
    } catch {
      throw ReplyProblems([ReplyProblem("\(error)")])
    }
    return try table(rows)
  }

  /// Whether the text is the Markdown form (its marker, or a heading naming an id with a
  /// "Your update:" label).
  static func isMarkdown(_ text: String) -> Bool {
    text.contains(UpdateRequestExport.markdownMarker)
      || (text.contains("\n### ") && text.contains(UpdateRequestExport.Label.update))
  }

  // MARK: - Tables

  static func workbook(_ data: Data) throws(ReplyProblems) -> [UpdateReply] {
    let reader: XLSXReader
    do {
      reader = try XLSXReader(data: data)
    } catch {
      throw ReplyProblems([ReplyProblem("\(error)")])
    }
    var firstProblems: ReplyProblems?
    for entry in reader.sheets where !entry.hidden && entry.path != nil {
      let sheet: XLSXSheet
      do { sheet = try reader.read(entry) } catch { throw ReplyProblems([ReplyProblem("\(error)")]) }
      let rows = sheet.rows.map { PlanImport.Row(line: $0.number, cells: $0.cells) }
      guard header(in: rows) != nil else { continue }
      do { return try table(rows) } catch { firstProblems = firstProblems ?? error }
    }
    throw firstProblems
      ?? ReplyProblems([
        ReplyProblem(
          "no sheet has a header with an ID column and a reply column (Your update, Closure evidence, Extension date); "
            + "the sheets are: \(reader.sheetNames.map { "'\($0)'" }.joined(separator: ", "))")
      ])
  }

  /// The header: the first row (of the first 30) naming an ID column and at least one reply
  /// column. Returns its index and the column of each field.
  static func header(in rows: [PlanImport.Row]) -> (index: Int, columns: [Field: Int])? {
    for (index, row) in rows.prefix(30).enumerated() {
      var columns: [Field: Int] = [:]
      for (column, cell) in row.cells.enumerated() {
        if let field = names[key(PlanImport.unquote(cell))], columns[field] == nil { columns[field] = column }
      }
      let replies: [Field] = [.update, .evidence, .extensionDate, .extensionReason]
      if columns[.id] != nil && replies.contains(where: { columns[$0] != nil }) { return (index, columns) }
    }
    return nil
  }

  static func table(_ rows: [PlanImport.Row]) throws(ReplyProblems) -> [UpdateReply] {
    guard let (headerIndex, columns) = header(in: rows) else {
      throw ReplyProblems([
        ReplyProblem(
          "no header row found: it needs an ID column and a reply column (Your update, Closure evidence, "
            + "Extension date, Extension reason); export the form again with brag export requests --format csv"
        )
      ])
    }
    var replies: [UpdateReply] = []
    var problems: [ReplyProblem] = []
    for row in rows[(headerIndex + 1)...] {
      func cell(_ field: Field) -> String {
        guard let column = columns[field], column < row.cells.count else { return "" }
        return row.cells[column].trimmingCharacters(in: .whitespacesAndNewlines)
      }
      let reply = UpdateReply(
        line: row.line, id: cell(.id), owner: columns[.owner] == nil ? nil : cell(.owner),
        update: cell(.update),
        replyDate: cell(.replyDate), evidence: cell(.evidence), extensionDate: cell(.extensionDate),
        extensionReason: cell(.extensionReason))
      if reply.id.isEmpty {
        if !reply.isEmpty {
          problems.append(
            ReplyProblem(
              line: row.line, field: Field.id.header,
              "a reply with no id; put back the id the request gave (report/item or report/item/action)"))
        }
        continue
      }
      replies.append(reply)
    }
    guard problems.isEmpty else { throw ReplyProblems(problems) }
    return replies
  }

  // MARK: - Markdown

  /// The Markdown form: `## Owner` sections, each `### report/item[/action] — Ref` block with
  /// its reply fields, each a label line followed by the reply (quote markers `>` removed) up to
  /// the next label or heading. A reply date under an owner's heading applies to their section.
  static func markdown(_ text: String) throws(ReplyProblems) -> [UpdateReply] {
    typealias L = UpdateRequestExport.Label
    let labels: [(String, Field)] = [
      (L.update, .update), (L.replyDate, .replyDate), (L.evidence, .evidence),
      (L.extensionDate, .extensionDate), (L.extensionReason, .extensionReason),
    ]
    let labelKeys = labels.map { (key($0.0), $0.1) }
    var replies: [UpdateReply] = []
    var problems: [ReplyProblem] = []
    var owner: String?
    var sectionDate = ""
    var current: UpdateReply?
    var field: Field?
    var buffer: [String] = []

    func flushField() {
      defer {
        field = nil
        buffer = []
      }
      guard let field else { return }
      let value = trimmedLines(buffer)
      if current == nil {
        if field == .replyDate { sectionDate = value }
        return
      }
      switch field {
      case .update: current!.update = value
      case .replyDate: current!.replyDate = value
      case .evidence: current!.evidence = value
      case .extensionDate: current!.extensionDate = value
      case .extensionReason: current!.extensionReason = value
      case .id, .owner: break
      }
    }
    func flushReply() {
      flushField()
      if var reply = current {
        if reply.replyDate.isEmpty { reply.replyDate = sectionDate }
        replies.append(reply)
      }
      current = nil
    }

    var lines = text.components(separatedBy: "\n")
    // The form quoted whole in an emailed reply ("> ### …"), with the owner's lines typed in
    // among it: one level of quoting comes off every quoted line.
    let isHeading = { (line: String) in line.trimmingCharacters(in: .whitespaces).hasPrefix("### ") }
    if !lines.contains(where: isHeading), lines.contains(where: { isHeading(unquotedOnce($0)) }) {
      lines = lines.map(unquotedOnce)
    }
    for (index, raw) in lines.enumerated() {
      let number = index + 1
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("### ") {
        flushReply()
        let heading = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
        let id = heading.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        guard RowID(id) != nil else {
          problems.append(
            ReplyProblem(
              line: number, field: "heading",
              "'\(SafeText.singleLine(heading))' does not start with an id (report/item or report/item/action); "
                + "keep the headings as the request wrote them"))
          continue
        }
        current = UpdateReply(line: number, id: id, owner: owner)
        continue
      }
      if line.hasPrefix("## ") || line.hasPrefix("# ") {
        flushReply()
        if line.hasPrefix("## ") {
          // Written escaped (UpdateRequestExport.inline): read back as the owner's own words.
          owner = PageImport.unescapeMarkdown(line.dropFirst(3).trimmingCharacters(in: .whitespaces))
          sectionDate = ""
        }
        continue
      }
      let bare = line.replacingOccurrences(of: "*", with: "")
      if let (_, found) = labelKeys.first(where: { $0.0 == key(bare) && bare.hasSuffix(":") }) {
        flushField()
        field = found
        continue
      }
      // A reply written on the label's own line: "Your update: Survey closed."
      if let (label, found) = labels.first(where: { bare.lowercased().hasPrefix($0.0.lowercased()) }) {
        flushField()
        field = found
        buffer.append(unquoted(String(bare.dropFirst(label.count))))
        continue
      }
      if field != nil {
        buffer.append(unquoted(raw))
      } else if current != nil, !line.isEmpty, !line.hasPrefix("- "), !line.hasPrefix(">") {
        problems.append(
          ReplyProblem(
            line: number,
            "text outside a reply field: '\(SafeText.singleLine(String(line.prefix(60))))'; write replies on the "
              + "lines under \"Your update:\" and the other labels"))
      }
    }
    flushReply()
    guard problems.isEmpty else { throw ReplyProblems(problems) }
    if replies.isEmpty {
      throw ReplyProblems([
        ReplyProblem(
          "no replies found: expected '### report/item — Ref' headings, each with \"Your update:\"")
      ])
    }
    return replies
  }

  /// A line with one level of email quoting (`>` and the space after it) taken off.
  static func unquotedOnce(_ line: String) -> String {
    let rest = Substring(line).drop { $0 == " " }
    guard rest.hasPrefix(">") else { return line }
    let after = rest.dropFirst()
    return String(after.hasPrefix(" ") ? after.dropFirst() : after)
  }

  /// A reply line without its quote markers (`>`, `> >`) and the one space after them.
  static func unquoted(_ line: String) -> String {
    var rest = Substring(line).drop { $0 == " " }
    while rest.hasPrefix(">") {
      rest = rest.dropFirst()
      if rest.hasPrefix(" ") { rest = rest.dropFirst() }
    }
    return String(rest)
  }

  /// Lines with blank ones at the start and end dropped, trailing spaces trimmed, joined.
  static func trimmedLines(_ lines: [String]) -> String {
    var lines = lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}

/// Every problem that stops a reply file being imported.
public struct ReplyProblems: Error, Sendable, Equatable {
  public var problems: [ReplyProblem]
  public init(_ problems: [ReplyProblem]) { self.problems = problems }
}
