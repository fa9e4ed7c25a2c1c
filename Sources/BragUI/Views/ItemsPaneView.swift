import BragModel

/// The items pane: one line per recommendation or area for improvement, with its rating letter,
/// first line of text, status, due date and how late it is.
struct ItemsPaneView {
  let board: Board

  /// Column widths for a pane this wide; narrow panes drop the status, then the due date.
  struct Columns {
    var ref = 7
    var status: Int
    var due: Int
    var late = 7
    var text: Int
    /// The compliance letter's column, shown when a Fire Standard's requirements are in view.
    var compliance: Int

    init(width: Int, compliance: Bool = false) {
      // Requirements number deeper ("Req S1.2", "Req 10.3"): their labels need the room.
      if compliance { ref = 9 }
      status = width >= 90 ? 12 : (width >= 70 ? 10 : 0)
      due = width >= 48 ? 11 : 0
      self.compliance = compliance ? 1 : 0
      text = max(
        8,
        width - ref - 4 - (status > 0 ? status + 1 : 0) - (due > 0 ? due + 1 : 0) - late - 1
          - (compliance ? 2 : 0))
    }
  }

  func render(_ rect: Rect, into screen: inout ScreenBuffer) {
    let state = board.state
    let scope =
      state.meeting != nil
      ? "Meeting agenda"
      : state.selectedReport == 0
        ? "All reports"
        : board.slotsInView.first.map { board.store.slots[$0].title }
          ?? board.selectedFailure.map { $0.file.split(separator: "/").last.map(String.init) ?? $0.file }
          ?? "Items"
    screen.box(rect, title: "Items · \(scope)", focused: state.focus == .items)
    let inner = rect.inset(1)
    guard inner.height > 0 else { return }
    let standards = board.slotsInView.filter { board.store.slots[$0].framework == .fireStandards }
    let columns = Columns(width: inner.width, compliance: !standards.isEmpty)
    // In a meeting the agenda mixes reports: each item is tagged with its report (a standard's
    // by its name alone), leaving at least 16 columns for the item's words.
    let tags =
      state.meeting == nil
      ? []
      : Self.reportTags(
        board.store.slots.map { Self.tagName($0.id) }, width: max(12, columns.text - 16),
        ellipsis: screen.ellipsis)
    // Column header.
    var x = inner.x
    func header(_ text: String, _ width: Int) {
      guard width > 0 else { return }
      screen.write(text, x: x, y: inner.y, width: width, style: .dim)
      x += width + 1
    }
    header("Ref", columns.ref)
    header("B", 2)  // the rating letter and the warning mark
    header("C", columns.compliance)  // a requirement's compliance: M, P, N, ·
    let onlyStandards = standards.count == board.slotsInView.count && state.meeting == nil
    header(onlyStandards ? "Requirement" : "Recommendation / area for improvement", columns.text)
    header("Status", columns.status)
    header("Due", columns.due)
    header("Late", columns.late)

    if state.entries.isEmpty {
      let message =
        board.selectedFailure != nil
        ? "This file failed to load; see the detail pane."
        : state.filter.window != .none && !state.filter.overdueOnly
          ? Strings.nothingFallsDue(state.filter.window.span) + " (w changes the window, Esc clears it)."
          : (state.filter.isActive
            ? "No items match the filter (Esc clears it)." : "No items in this report.")
      screen.write(message, x: inner.x + 1, y: inner.y + 1, width: inner.width - 1, style: .dim)
      return
    }
    for line in 0..<(inner.height - 1) {
      let index = state.itemsScroll + line
      guard index < state.entries.count else { break }
      let y = inner.y + 1 + line
      switch state.entries[index] {
      case .section(let title):
        screen.write(
          "\(screen.asciiOnly ? "==" : "══") \(title) ", x: inner.x, y: y, width: inner.width, style: .title)
      case .heading(let slot):
        let title = board.store.slots[slot].title
        screen.write(
          "\(screen.asciiOnly ? "--" : "──") \(title) ", x: inner.x, y: y, width: inner.width, style: .title)
      case .item(let slot, let row):
        drawItem(
          slot: slot, row: row, y: y, x: inner.x, columns: columns,
          tag: tags.indices.contains(slot) ? tags[slot] : nil,
          into: &screen)
        if index == state.selectedEntry {
          screen.restyle(
            Rect(x: inner.x, y: y, width: inner.width, height: 1),
            style: state.focus == .items ? .selected : .selectedInactive)
        }
      case .action(let slot, let row):
        drawAction(slot: slot, row: row, y: y, x: inner.x, columns: columns, into: &screen)
      }
    }
    // The counter: which item is selected, of how many; and whether the list goes on below.
    var counter: [String] = []
    if let position = state.itemEntryIndices.firstIndex(of: state.selectedEntry) {
      counter.append(Strings.itemPosition(position + 1, of: state.itemEntryIndices.count))
    }
    if state.entries.count > inner.height - 1 {
      let more = state.itemsScroll + inner.height - 1 < state.entries.count
      counter.append(more ? (screen.asciiOnly ? "more v" : "more ↓") : "end")
    }
    if !counter.isEmpty {
      let text = counter.joined(separator: " · ")
      screen.write(" \(text) ", x: rect.maxX - DisplayWidth.of(text) - 4, y: rect.maxY - 1, style: .dim)
    }
  }

  /// A report's id without the "fire-standard-" every standard's report starts with.
  static func tagName(_ id: String) -> String {
    let prefix = "fire-standard-"
    return id.hasPrefix(prefix) && id.count > prefix.count ? String(id.dropFirst(prefix.count)) : id
  }

  /// Tags that tell reports apart in a meeting's agenda: each report's id (no two reports share
  /// one), cut to `width` columns when the cut ones still differ, else only as far as they do.
  static func reportTags(_ ids: [String], width: Int, ellipsis: String = "…") -> [String] {
    let longest = ids.map { DisplayWidth.of($0) }.max() ?? 0
    var cut = max(1, width)
    while cut < longest {
      let tags = ids.map { DisplayWidth.truncate($0, to: cut, ellipsis: ellipsis) }
      if Set(tags).count == Set(ids).count { return tags }
      cut += 1
    }
    return ids
  }

  private func drawItem(
    slot: Int, row: Int, y: Int, x: Int, columns: Columns, tag: String?, into screen: inout ScreenBuffer
  ) {
    let slotData = board.store.slots[slot]
    let item = slotData.rows[row]
    let today = board.context.today
    var column = x
    func cell(_ text: String, _ width: Int, _ style: StyleRole = .normal) {
      guard width > 0 else { return }
      screen.write(text, x: column, y: y, width: width, style: style)
      column += width + 1
    }
    // A marked row (Space) starts with "*": marks never rest on colour alone.
    let marked = board.isMarked(slot: slot, row: row)
    cell((marked ? "*" : "") + (item.string(.ref) ?? ""), columns.ref, marked ? .title : .normal)
    // The rating letter, and a warning mark on words that must not reach a return.
    let flagged = board.sensitive.isFlagged(item, identity: slotData.identity)
    screen.write(String(item.brag.letter), x: column, y: y, style: item.brag.role)
    screen.write(flagged ? "!" : " ", x: column + 1, y: y, style: flagged ? .error : .normal)
    column += 3
    if columns.compliance > 0 {
      // A requirement's compliance, a letter so it reads without colour.
      if let compliance = item.workflow.compliance {
        let letter = compliance.letter(asciiOnly: screen.asciiOnly)
        screen.write(letter, x: column, y: y, style: compliance.role)
      }
      column += columns.compliance + 1
    }
    let isSearchMatch =
      board.state.search.map { search in
        item.searchableFields.contains { $0.map { TextMatch.contains($0, search) } ?? false }
      } ?? false
    let prefix = tag.map { "[\($0)] " } ?? ""
    // An extension asked for on one of its actions shows on the item too: the actions' own rows
    // are on screen only in the timed views.
    let actionAsks = slotData.rows[slotData.actionRows(of: row)].contains { $0.extensionAwaitsDecision }
    let marks =
      Self.workflowMarks(item, ascii: screen.asciiOnly, extensionBelow: actionAsks)
      + StandardsLines.marks(item.workflow, ascii: screen.asciiOnly)
    cell(
      prefix + marks + firstLine(item.string(.text) ?? ""), columns.text, isSearchMatch ? .highlight : .normal
    )
    cell(item.string(.status) ?? "", columns.status, .dim)
    let dueText: String
    if let due = item.due {
      dueText = due.shortDescription
    } else {
      dueText = item.precision.dueWord
    }
    cell(dueText, columns.due, item.due == nil ? .dim : .normal)
    let actions = slotData.rows[slotData.actionRows(of: row)]
    if let days = item.daysOverdue(on: today) {
      cell("+\(days)d", columns.late, .overdue)
    } else {
      let lateActions = actions.filter { $0.isOverdue(on: today) }.count
      if lateActions > 0 {
        cell("\(lateActions) late", columns.late, .overdue)
      } else if item.isDueSoon(
        on: today, within: board.state.filter.window.days ?? Summary.defaultDueSoonDays)
      {
        cell("soon", columns.late, .dueSoon)
      } else {
        cell("", columns.late)
      }
    }
  }

  /// An action late or falling due, under its item: its label, rating, text and owner, due date
  /// and how late.
  private func drawAction(
    slot: Int, row: Int, y: Int, x: Int, columns: Columns, into screen: inout ScreenBuffer
  ) {
    let action = board.store.slots[slot].rows[row]
    let today = board.context.today
    var column = x
    func cell(_ text: String, _ width: Int, _ style: StyleRole = .dim) {
      guard width > 0 else { return }
      screen.write(text, x: column, y: y, width: width, style: style)
      column += width + 1
    }
    cell(action.string(.ref) ?? "", columns.ref)
    screen.write(String(action.brag.letter), x: column, y: y, style: action.brag.role)
    column += 3 + (columns.compliance > 0 ? columns.compliance + 1 : 0)
    // The owner first, so a narrow pane still says who holds it.
    let owner =
      action.owner.map { "\(DisplayWidth.truncate($0, to: 18, ellipsis: screen.ellipsis)) · " }
      ?? "no owner · "
    cell(
      (screen.asciiOnly ? "> " : "↳ ") + Self.workflowMarks(action, ascii: screen.asciiOnly) + owner
        + firstLine(action.string(.text) ?? ""), columns.text)
    cell(action.string(.status) ?? "", columns.status)
    cell(action.due?.shortDescription ?? action.precision.dueWord, columns.due, .normal)
    if let days = action.daysOverdue(on: today) {
      cell("+\(days)d", columns.late, .overdue)
    } else if let days = action.daysUntilDue(on: today) {
      cell(days == 0 ? "today" : "in \(days)d", columns.late, .dueSoon)
    } else {
      cell("", columns.late)
    }
  }

  /// The workflow's marks before a row's words, in characters so they read without colour:
  /// held, closure proposed, monitoring, an extension asked for ("⏸⚑ ", or "[HP] " in ASCII).
  /// The help overlay's legend says what each means.
  static func workflowMarks(_ row: some RowFacts, ascii: Bool, extensionBelow: Bool = false) -> String {
    var marks: [(unicode: String, ascii: String)] = []
    if row.isWaiting { marks.append(("⏸", "H")) }
    switch row.workflow.closure {
    case .proposed?: marks.append(("⚑", "P"))
    case .monitoring?: marks.append(("◔", "M"))
    default: break
    }
    if row.extensionAwaitsDecision || extensionBelow { marks.append(("»", "E")) }
    guard !marks.isEmpty else { return "" }
    return ascii ? "[" + marks.map(\.ascii).joined() + "] " : marks.map(\.unicode).joined() + " "
  }

  /// The legend of ``workflowMarks(_:ascii:)`` and the Space mark, for help.
  static let marksLegend =
    "Marks: ⏸/H on hold · ⚑/P closure proposed · ◔/M monitoring · »/E extension asked · * marked"

  /// The Fire Standards' marks and compliance letters, for help.
  static let standardsLegend = [
    "Standards: ↻/R to reassess · †/X retired · ↗/L an action held under another item",
    "Compliance (C column): M fully met · P partly met · N not met · ·/. not assessed",
  ]

  private func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", maxSplits: 1).first ?? "")
  }
}
