import BragModel
import Foundation

/// A column of an action-plan table.
public enum PlanField: String, CaseIterable, Sendable {
  case ref, hmiPage, text, requiredOutcomes, actions, owner, timescale, notes, brag, status

  /// Header names as services write them, compared without case, spaces or punctuation.
  static let names: [String: PlanField] = [
    "refno": .ref, "ref": .ref, "reference": .ref, "refnumber": .ref, "no": .ref, "number": .ref,
    "afino": .ref, "afi": .ref, "item": .ref, "id": .ref,
    "hmipage": .hmiPage, "page": .hmiPage, "pageno": .hmiPage, "reportpage": .hmiPage,
    "areaforimprovement": .text, "areasforimprovement": .text, "recommendation": .text,
    "afitext": .text, "finding": .text, "areaforimprovementrecommendation": .text,
    "requiredoutcomes": .requiredOutcomes, "requiredoutcome": .requiredOutcomes,
    "outcomes": .requiredOutcomes, "outcome": .requiredOutcomes,
    "actiontoachieverequiredoutcomes": .actions, "actionstoachieverequiredoutcomes": .actions,
    "actions": .actions, "action": .actions, "actiontoachieveoutcomes": .actions,
    "responsiblefunction": .owner, "owner": .owner, "responsible": .owner, "lead": .owner,
    "responsibleofficer": .owner, "actionowner": .owner,
    "timescale": .timescale, "timescales": .timescale, "deadline": .timescale, "due": .timescale,
    "duedate": .timescale, "targetdate": .timescale,
    "notes": .notes, "note": .notes, "comments": .notes,
    "brag": .brag, "rag": .brag, "ragstatus": .brag, "bragstatus": .brag, "rating": .brag,
    "status": .status, "actionstatus": .status,
  ]

  static func key(_ header: String) -> String {
    header.lowercased().filter { $0.isLetter || $0.isNumber }
  }

  public init?(header: String) {
    guard let field = Self.names[Self.key(header)] else { return nil }
    self = field
  }
}

/// Reads an action plan saved as CSV or tab-separated text with columns like Merseyside's
/// (Ref. No., HMI Page, Area for improvement, Required outcomes, Action to achieve required
/// outcomes, Responsible function, Timescale, Notes, BRAG). One row per area for improvement;
/// several actions with several timescales in one row are split in order; rows below that hold
/// only actions add actions, and rows that hold an update narrative ("April–June 2025 update")
/// become the item's quarterly update. Lines of a table copied out of a document (page headers,
/// continuation lines) are placed where they can be and reported where they cannot.
public enum PlanImport {
  public enum PlanError: Error, CustomStringConvertible, Equatable {
    case noHeader
    case badMap(String)
    case unreadable(String)

    public var description: String {
      switch self {
      case .noHeader:
        "no header row found (looked for columns like Ref. No., Area for improvement, Action, Timescale); "
          + "use --map \"Your header=field\""
      case .badMap(let text):
        "--map: '\(text)' is not Header=field (fields: \(PlanField.allCases.map(\.rawValue).joined(separator: ", ")))"
      case .unreadable(let why): "cannot read the table: \(why)"
      }
    }
  }

  /// "Lead officer=owner,Due by=timescale".
  public static func parseMap(_ text: String) throws(PlanError) -> [String: PlanField] {
    var map: [String: PlanField] = [:]
    for pair in text.split(separator: ",") where !pair.trimmingCharacters(in: .whitespaces).isEmpty {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty,
        let field = PlanField(rawValue: parts[1]) ?? PlanField(header: parts[1])
      else { throw .badMap(String(pair)) }
      map[PlanField.key(parts[0])] = field
    }
    return map
  }

  /// A row of the table, from a CSV or TSV line or a worksheet row.
  public struct Row: Sendable {
    /// The line (or the sheet's row number) it starts on.
    public var line: Int
    public var cells: [String]
    /// Columns whose text a merged range carries over from another cell: item-level cells
    /// (reference, text, page, outcomes) there continue the item above rather than start one.
    public var merged: Set<Int>

    public init(line: Int, cells: [String], merged: Set<Int> = []) {
      self.line = line
      self.cells = cells
      self.merged = merged
    }
  }

  /// The table's rows with the line each starts on.
  static func rows(of text: String) throws(PlanError) -> [Row] {
    // Only the first 200 lines decide, so only they are split here.
    let tabbed = text.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: false).prefix(200)
      .contains { $0.utf8.count { $0 == 9 } >= 2 }
    if tabbed {
      let lines = text.components(separatedBy: "\n")
      // A table copied out of a document: one record a line, no quoting across lines.
      return lines.enumerated().map { index, line in
        Row(line: index + 1, cells: line.components(separatedBy: "\t").map(unquote))
      }
    }
    var rows: [Row] = []
    var line = 1
    for record in CSVRecords.read(text) {
      rows.append(Row(line: line, cells: record.cells))
      // A record spans as many lines as its cells hold line feeds.
      line += 1 + record.lineFeeds
    }
    return rows
  }

  /// A cell wrapped in straight quotes ("…" with "" inside) loses them.
  static func unquote(_ cell: String) -> String {
    let trimmed = cell.trimmed(newlines: false)
    guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return cell }
    return String(trimmed.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
  }

  static let updateHeading = try! NSRegularExpression(
    pattern: #"^((?:[a-z]+\s*(?:-|–|—|to)\s*)?[a-z]+\s+\d{4})\s+update\s*:?\s*(.*)$"#,
    options: [.caseInsensitive])

  /// "April-June 2025 update" → the period; any words after it on the line.
  static func update(in line: String) -> (period: String, rest: String)? {
    let range = NSRange(line.startIndex..., in: line)
    guard let match = updateHeading.firstMatch(in: line, range: range),
      let first = line.split(whereSeparator: { !$0.isLetter }).first, PageImport.month(first) != nil
    else { return nil }
    return (
      PageImport.normalisePeriod((line as NSString).substring(with: match.range(at: 1))),
      (line as NSString).substring(with: match.range(at: 2))
    )
  }

  static func cleanItemText(_ text: String) -> String {
    var out = text.trimmed()
    for (open, close) in [("\"", "\""), ("“", "”")]
    where out.hasPrefix(open) && out.hasSuffix(close) && out.count >= 2 {
      out = String(out.dropFirst().dropLast())
    }
    return out
  }

  static let statusWords = [
    "complete", "closed", "on track", "in progress", "not started", "ongoing", "overdue", "delayed",
  ]

  /// Reads a plan from its text (already decoded; see `ImportText.decode`).
  public static func parse(
    _ text: String, options: ImportOptions, map: [String: PlanField] = [:]
  ) throws(PlanError) -> ImportResult {
    try parse(rows: rows(of: text), options: options, map: map)
  }

  /// The header: the first row where three cells name known columns; its index, columns and
  /// the kind of item they hold.
  static func header(in rows: [Row], map: [String: PlanField]) -> (
    index: Int, columns: [PlanField: Int], kind: ItemKind
  )? {
    for (index, row) in rows.enumerated() {
      var found: [PlanField: Int] = [:]
      var kind = ItemKind.areaForImprovement
      for (column, cell) in row.cells.enumerated() {
        let key = PlanField.key(cell)
        guard let field = map[key] ?? PlanField.names[key], found[field] == nil else { continue }
        found[field] = column
        if field == .text && key.hasPrefix("recommendation") { kind = .recommendation }
      }
      if found.count >= 3 && (found[.text] != nil || found[.actions] != nil) { return (index, found, kind) }
    }
    return nil
  }

  /// Whether the rows hold a plan's header (how a workbook's plan sheet is found).
  public static func hasHeader(_ rows: [Row], map: [String: PlanField] = [:]) -> Bool {
    header(in: rows, map: map) != nil
  }

  /// Reads a plan from its rows (from ``rows(of:)`` for CSV and TSV, or a worksheet's).
  public static func parse(
    rows: [Row], options: ImportOptions, map: [String: PlanField] = [:]
  ) throws(PlanError) -> ImportResult {
    var messages: [ImportMessage] = []
    guard let (headerIndex, columns, kind) = header(in: rows, map: map) else { throw .noHeader }
    let header = rows[headerIndex].cells
    for (column, cell) in header.enumerated() where !cell.isEmpty && !columns.values.contains(column) {
      messages.append(
        ImportMessage(kind: .note, line: rows[headerIndex].line, text: "column '\(cell)' is not imported"))
    }
    let before = rows[..<headerIndex].flatMap { row in
      row.cells.enumerated().filter { !row.merged.contains($0.offset) }.map(\.element)
    }.map { $0.trimmed(newlines: false) }.filter { !$0.isEmpty }

    // Lines outside the table that repeat are page headers or footers.
    var counts: [String: Int] = [:]
    for row in rows where row.cells.count == 1 {
      counts[row.cells[0].trimmed(newlines: false), default: 0] += 1
    }
    let repeated = Set(counts.filter { $0.value > 1 && !$0.key.isEmpty }.keys).union(before)

    for header in repeated.subtracting(before).sorted() {
      let lines = rows.filter {
        $0.cells.count == 1 && $0.cells[0].trimmed(newlines: false) == header
      }
      messages.append(
        ImportMessage(
          kind: .note, line: lines.first?.line,
          text: "'\(shorten(header))' repeats \(lines.count) times (a page header or footer); left out"))
    }
    let context = TimescaleContext(publication: options.published)
    var drafts: [Draft] = []
    var openUpdate = false
    let fieldColumns = FieldColumns(columns)
    for row in rows[(headerIndex + 1)...] {
      func cell(_ field: PlanField) -> String {
        guard let column = fieldColumns[field], column < row.cells.count else { return "" }
        // An item's own cells merged down over its action rows belong to that item.
        if row.merged.contains(column) && [.ref, .text, .hmiPage, .requiredOutcomes].contains(field) {
          return ""
        }
        return row.cells[column].trimmed()
      }
      let filled = row.cells.enumerated().filter {
        !$0.element.trimmed(newlines: false).isEmpty && !row.merged.contains($0.offset)
      }
      if filled.isEmpty { continue }
      let ref = cell(.ref)
      let itemText = cell(.text)
      if !ref.isEmpty
        && !(filled.count == 1 && filled[0].offset == fieldColumns[.ref] && HTMLCellText.containsHTML(ref))
        && (!itemText.isEmpty || !cell(.actions).isEmpty) || ref.isEmpty && !itemText.isEmpty
      {
        openUpdate = false
        var draft = Draft(line: row.line, ref: ref, text: cleanItemText(HTMLCellText.text(itemText)))
        draft.hmiPage = cell(.hmiPage).isEmpty ? nil : cell(.hmiPage)
        let outcomes = HTMLCellText.text(cell(.requiredOutcomes))
        draft.outcomes = outcomes.isEmpty ? nil : outcomes
        draft.owner = cell(.owner).isEmpty ? nil : HTMLCellText.text(cell(.owner))
        let timescales = HTMLCellText.paragraphs(cell(.timescale))
        draft.timescales = timescales
        let actionCell = cell(.actions)
        if !actionCell.isEmpty {
          if timescales.count > 1 {
            draft.actions = HTMLCellText.paragraphs(actionCell).map {
              PlannedAction(text: $0, line: row.line)
            }
          } else {
            draft.actions = [PlannedAction(text: HTMLCellText.text(actionCell), line: row.line)]
          }
          for index in draft.actions.indices {
            draft.actions[index].owner = draft.owner
            draft.actions[index].notes = cell(.notes).isEmpty ? nil : HTMLCellText.text(cell(.notes))
            draft.actions[index].brag = cell(.brag)
            draft.actions[index].status = cell(.status).isEmpty ? nil : cell(.status)
          }
        }
        drafts.append(draft)
        continue
      }
      // A row holding one text: an update narrative, its continuation, or a page header.
      let only = filled.count == 1 ? filled[0].element : nil
      if let only, filled[0].offset != fieldColumns[.actions] {
        let lines = HTMLCellText.lines(only)
        let trimmed = only.trimmed(newlines: false)
        if repeated.contains(trimmed) { continue }
        if let first = lines.first, let heading = update(in: first), !drafts.isEmpty {
          var body = Array(lines.dropFirst())
          if !heading.rest.isEmpty { body.insert(heading.rest, at: 0) }
          drafts[drafts.count - 1].updates.append((heading.period, body))
          openUpdate = true
          continue
        }
        if openUpdate, !drafts.isEmpty {
          let last = drafts.count - 1
          drafts[last].updates[drafts[last].updates.count - 1].lines.append(contentsOf: lines)
          continue
        }
        messages.append(ImportMessage(kind: .unplaced, line: row.line, text: shorten(trimmed)))
        continue
      }
      // A row of actions only: more actions for the item above.
      if !cell(.actions).isEmpty, !drafts.isEmpty {
        openUpdate = false
        let last = drafts.count - 1
        var action = PlannedAction(text: HTMLCellText.text(cell(.actions)), line: row.line)
        action.owner = cell(.owner).isEmpty ? drafts[last].owner : HTMLCellText.text(cell(.owner))
        action.ownTimescale = cell(.timescale).isEmpty ? nil : cell(.timescale)
        action.notes = cell(.notes).isEmpty ? nil : HTMLCellText.text(cell(.notes))
        action.brag = cell(.brag)
        action.status = cell(.status).isEmpty ? nil : cell(.status)
        drafts[last].actions.append(action)
        continue
      }
      let words = filled.map { $0.element.trimmed(newlines: false) }.joined(separator: " | ")
      messages.append(ImportMessage(kind: .unplaced, line: row.line, text: shorten(words)))
    }

    // Plans repeat the same few timescales: each is resolved once.
    var resolutions: [String: Timescale] = [:]
    func resolved(_ written: String) -> Timescale {
      if let known = resolutions[written] { return known }
      let timescale = TimescaleResolver.resolve(written, context: context)
      resolutions[written] = timescale
      return timescale
    }
    var items: [Item] = []
    var lines: [String: Int] = [:]
    var usedIDs: Set<String> = []
    for (position, draft) in drafts.enumerated() {
      let digits = draft.ref.filter(\.isNumber)
      let n = Int(digits).map { $0 } ?? position + 1
      if Int(digits) == nil {
        messages.append(
          ImportMessage(kind: .note, line: draft.line, text: "no reference number; numbered \(n) by position")
        )
      }
      let (id, label) = ImportIdentity.newItem(kind: kind, number: n, used: &usedIDs)
      lines[id] = draft.line
      for (k, planned) in draft.actions.enumerated() { lines["\(id)/a\(k + 1)"] = planned.line }
      // Timescales in order: one per action that has none of its own.
      var timescales = draft.timescales
      let needing = draft.actions.filter { $0.ownTimescale == nil }.count
      if timescales.count > 1 && timescales.count != needing {
        messages.append(
          ImportMessage(
            kind: .note, line: draft.line,
            text: "\(id): \(needing) actions but \(timescales.count) timescales; matched in order"))
      }
      var actions: [Action] = []
      for (k, planned) in draft.actions.enumerated() {
        var written: String?
        if let own = planned.ownTimescale {
          written = HTMLCellText.text(own)
        } else if draft.timescales.count <= 1 {
          written = draft.timescales.first
        } else if !timescales.isEmpty {
          written = timescales.removeFirst()
        }
        let notes = planned.notes
        let status =
          planned.status
          ?? notes.flatMap { note in
            let lower = note.lowercased()
            return statusWords.contains { ImportScan.contains(lower, $0) } && note.count <= 40 ? note : nil
          }
        // Read once: the rating and whether it was understood.
        let readBRAG = BRAG(userText: planned.brag)
        var brag = readBRAG ?? .unrated
        if planned.brag.isEmpty == false && readBRAG == nil {
          messages.append(
            ImportMessage(
              kind: .note, line: planned.line, text: "\(id): BRAG '\(planned.brag)' not understood"))
        }
        if brag == .unrated && status != nil && planned.brag.isEmpty { brag = .unrated }
        actions.append(
          Action(
            id: "a\(k + 1)", text: planned.text, owner: planned.owner,
            timescale: written.map { resolved($0) } ?? .none,
            status: status, brag: brag, notes: notes))
      }
      if !timescales.isEmpty && draft.timescales.count > 1 {
        messages.append(
          ImportMessage(
            kind: .note, line: draft.line,
            text: "\(id): timescales left over without an action: \(timescales.joined(separator: "; "))"))
      }
      let updates = draft.updates.map { update in
        QuarterlyUpdate(
          period: update.period, date: PageImport.periodEnd(update.period),
          text: update.lines.joined(separator: "\n"))
      }
      items.append(
        Item(
          id: id, kind: kind, number: kind == .recommendation ? Int(digits) : nil,
          label: label, text: draft.text, audience: PageImport.audience(of: draft.text),
          hmiPage: draft.hmiPage, requiredOutcomes: draft.outcomes, actions: actions, updates: updates))
    }
    let sourceName = before.first { !$0.isEmpty && !$0.lowercased().hasPrefix("areas for") }
    let report = Report(
      id: options.reportID, title: options.title, kind: options.kind ?? .actionPlan,
      publisher: options.service, service: options.service, published: options.published,
      source: options.source ?? sourceName,
      summary: before.isEmpty ? nil : before.joined(separator: " — "), items: items)
    return ImportResult(
      report: report, messages: messages.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, lines: lines)
  }

  static func shorten(_ text: String) -> String {
    let line = text.replacingOccurrences(of: "\n", with: " ")
    return line.count > 100 ? String(line.prefix(97)) + "…" : line
  }

  /// The header's column for each field, found by the field's case: a dictionary hashed the
  /// field's raw value for every cell of every row.
  struct FieldColumns {
    private let slots: [Int?]

    init(_ columns: [PlanField: Int]) { slots = PlanField.allCases.map { columns[$0] } }

    subscript(field: PlanField) -> Int? {
      switch field {
      case .ref: slots[0]
      case .hmiPage: slots[1]
      case .text: slots[2]
      case .requiredOutcomes: slots[3]
      case .actions: slots[4]
      case .owner: slots[5]
      case .timescale: slots[6]
      case .notes: slots[7]
      case .brag: slots[8]
      case .status: slots[9]
      }
    }
  }

  struct PlannedAction {
    var text: String
    var line: Int
    var owner: String?
    var ownTimescale: String?
    var notes: String?
    var brag = ""
    var status: String?
  }

  struct Draft {
    var line: Int
    var ref: String
    var text: String
    var hmiPage: String?
    var outcomes: String?
    var owner: String?
    var timescales: [String] = []
    var actions: [PlannedAction] = []
    var updates: [(period: String, lines: [String])] = []
  }
}
