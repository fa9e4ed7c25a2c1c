import BragModel

/// The detail pane: everything about the selected item, wrapped, scrolling when long.
struct DetailPaneView {
  let board: Board

  func render(_ rect: Rect, into screen: inout ScreenBuffer) {
    let state = board.state
    screen.box(rect, title: "Detail", focused: state.focus == .detail)
    let inner = rect.inset(1)
    guard inner.height > 0, inner.width > 2 else { return }
    let lines = layout(width: inner.width - 1, ascii: screen.asciiOnly).lines
    // Keep the selected action in view.
    var scroll = min(state.detailScroll, max(0, lines.count - inner.height))
    if let first = lines.firstIndex(where: \.isSelected), let last = lines.lastIndex(where: \.isSelected) {
      if last >= scroll + inner.height { scroll = last - inner.height + 1 }
      if first < scroll { scroll = first }
    }
    for offset in 0..<inner.height {
      let index = scroll + offset
      guard index < lines.count else { break }
      screen.draw(lines[index], x: inner.x + 1, y: inner.y + offset, width: inner.width - 1)
      if lines[index].isSelected {
        screen.restyle(
          Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1),
          style: state.focus == .detail ? .selected : .selectedInactive)
      }
    }
    if lines.count > inner.height {
      let more = scroll + inner.height < lines.count ? "more ↓" : "end"
      let text = screen.asciiOnly ? (more == "end" ? "end" : "more v") : more
      screen.write(" \(text) ", x: rect.maxX - DisplayWidth.of(text) - 4, y: rect.maxY - 1, style: .dim)
    }
  }

  /// The pane's lines at `width` columns, and which lines each of the item's actions takes (so
  /// the board can scroll to an action, or past them all).
  struct Content {
    var lines: [StyledLine]
    var actions: [Range<Int>] = []
  }

  func content(width: Int) -> [StyledLine] { layout(width: width).lines }

  func layout(width: Int, ascii: Bool = false) -> Content {
    if let failure = board.selectedFailure {
      return Content(
        lines: [StyledLine("This file failed to load and is read-only:", .error)]
          + StyledLine.wrap(failure.description, width: width, style: .error)
          + [StyledLine(""), StyledLine("Fix it in an editor; the board reloads it when it changes.", .dim)])
    }
    guard let item = board.selectedFullItem, let (slot, _) = board.state.selectedItem else {
      return Content(lines: [StyledLine("Select an item to see its detail.", .dim)])
    }
    let report = board.store.slots[slot]
    let today = board.context.today
    var lines: [StyledLine] = []
    var actionRanges: [Range<Int>] = []
    let kind =
      switch item.kind {
      case .recommendation: "Recommendation"
      case .areaForImprovement: "Area for improvement"
      case .causeOfConcern: "Cause of concern"
      case .requirement: "Requirement"
      }
    var heading: [(String, StyleRole)] = [(item.label, .title), ("  \(kind)", .dim)]
    if let number = item.number, item.label != "Rec \(number)" {
      heading.append(("  official no. \(number)", .dim))
    }
    heading.append(("  · \(report.title)", .dim))
    lines.append(StyledLine(heading))
    if let section = item.section { lines.append(StyledLine(section, .dim)) }
    lines.append(ratingLine(brag: item.brag, status: item.status))
    if item.kind == .requirement {
      lines += StandardsLines.lines(for: item, in: board.store.report(at: slot), width: width)
    }
    lines += dueLines(of: item, today: today, width: width)
    lines += WorkflowLines(today: today, width: width).lines(for: item)
    let findings = board.sensitive.scanner.scan(item, reportID: report.id)
    for finding in findings.prefix(3) {
      lines += StyledLine.wrap(
        "! \(finding.match.kind.description) in the \(finding.field.words) (line \(finding.match.line)): keep it out of the return",
        width: width, style: .error, indent: 2)
    }
    if item.kind != .requirement {
      lines.append(returnLine(item))
    }
    if let owner = item.owner { lines.append(StyledLine([("Owner: ", .dim), (owner, .normal)])) }
    if let audience = item.audience { lines.append(StyledLine([("Audience: ", .dim), (audience, .normal)])) }
    if let page = item.hmiPage { lines.append(StyledLine([("HMI page: ", .dim), (page, .normal)])) }
    lines.append(StyledLine(""))
    lines += StyledLine.wrap(item.shownText, width: width)
    if let outcomes = item.requiredOutcomes {
      lines +=
        [StyledLine(""), StyledLine("Required outcomes", .title)] + StyledLine.wrap(outcomes, width: width)
    }
    if let response = item.response {
      lines +=
        [StyledLine(""), StyledLine("Action we have taken", .title)] + StyledLine.wrap(response, width: width)
    }
    if !item.actions.isEmpty {
      lines += [
        StyledLine(""), StyledLine("Actions (\(item.actions.count)) — Tab here, ↑↓ to pick one", .title),
      ]
      for (index, action) in item.actions.enumerated() {
        let start = lines.count
        lines += actionLines(
          action, index: index, label: item.actionLabel(at: index), today: today, width: width)
        actionRanges.append(start..<lines.count)
      }
    }
    // Actions of other items that answer this one too: each the one action, held under its own
    // item, picked and edited here as there.
    let linked = board.linkedActions(of: board.selectedItemID).compactMap { id -> (RowID, Action)? in
      guard let home = board.store.slotIndex(of: id.report),
        let action = board.store.report(at: home)?.action(id)
      else { return nil }
      return (id, action)
    }
    if !linked.isEmpty {
      lines += [
        StyledLine(""),
        StyledLine("Also answered by (\(linked.count)) — actions held under their own item", .title),
      ]
      for (offset, (id, action)) in linked.enumerated() {
        let start = lines.count
        let mark = ascii ? "[L] " : "↗ "
        lines += actionLines(
          action, index: item.actions.count + offset, label: mark + board.label(of: id), today: today,
          width: width, home: board.store.slots.first { $0.id == id.report }?.title)
        actionRanges.append(start..<lines.count)
      }
    }
    if let update = item.latestUpdate {
      let others = item.updates.count > 1 ? " (\(item.updates.count - 1) earlier)" : ""
      lines += [StyledLine(""), StyledLine("Latest update: \(update.period)\(others)", .title)]
      lines += StyledLine.wrap(update.text, width: width)
    }
    if !item.links.isEmpty {
      lines += [StyledLine(""), StyledLine("Links", .title)]
      for link in item.links {
        lines.append(
          StyledLine([
            ("“\(link.text)”", .normal), (link.target.map { " → \($0)" } ?? " (not in this tracker)", .dim),
          ]))
      }
    }
    let actionHistory = item.actions.enumerated().flatMap { index, action in
      action.history.map { (item.actionLabel(at: index) + ": ", $0) }
    }
    let history = (item.history.map { ("", $0) } + actionHistory).sorted { $0.1.at > $1.1.at }.prefix(5)
    if !history.isEmpty {
      lines += [StyledLine(""), StyledLine("Recent changes", .title)]
      for (label, entry) in history {
        let change = HistoryWording.plain.changeWithReason(entry, in: item)
        lines += StyledLine.wrap(
          "\(entry.shortTime) \(entry.author): \(label)\(change)",
          width: width, style: .dim, indent: 0)
      }
    }
    return Content(lines: lines, actions: actionRanges)
  }

  /// "Return: not assessed  ·  narrative 120 words (the response)": the HMICFRS return's facts.
  private func returnLine(_ item: Item) -> StyledLine {
    let narrative = ReturnNarrative.of(item)
    let words = narrative.map { ReturnNarrative.words($0.text) } ?? 0
    let source = narrative?.field == .response ? " (the response)" : narrative == nil ? " (none written)" : ""
    return StyledLine([
      ("Return: ", .dim), (item.selfAssessment.words, .normal),
      (
        "  ·  narrative \(Strings.words(words))\(source)",
        ReturnNarrative.isTooLong(words: words) ? .error : .dim
      ),
    ])
  }

  private func ratingLine(brag: BRAG, status: String?) -> StyledLine {
    StyledLine([
      ("[\(brag.letter)] \(brag.displayName)", brag.role), ("  ·  ", .dim),
      (status ?? "no status given", status == nil ? .dim : .normal),
    ])
  }

  private func dueLines(of item: Item, today: CalendarDate, width: Int) -> [StyledLine] {
    let timescale = item.timescale
    var parts: [(String, StyleRole)] = [("Due: ", .dim)]
    let written = timescale.written.map { "“\($0)”" }
    switch (written, timescale.due) {
    case (let w?, let due?): parts.append(("\(w) → \(due.longDescription)", .normal))
    case (nil, let due?): parts.append((due.longDescription, .normal))
    case (let w?, nil):
      parts.append((w, .normal))
      parts.append((timescale.precision == .unresolved ? "  no resolvable date" : "", .error))
    case (nil, nil): parts.append(("no deadline given", .dim))
    }
    // A revised date sits beside the original, which stays in view: on the same line when both
    // fit, else on the next; the reason wraps below.
    var lines: [StyledLine] = []
    if let revision = item.revisedDue {
      let revised: [(String, StyleRole)] = [("revised to ", .dim), (revision.due.longDescription, .title)]
      let together = StyledLine(parts + [("  ·  ", .dim)] + revised)
      if together.width <= width {
        lines.append(together)
      } else {
        lines += [StyledLine(parts), StyledLine([("     ", .normal)] + revised)]
      }
    } else {
      lines.append(StyledLine(parts))
    }
    if let basis = timescale.basis {
      lines += StyledLine.wrap("(\(basis))", width: width, style: .dim, indent: 5)
    }
    if let revision = item.revisedDue {
      lines += StyledLine.wrap("why: \(revision.reason)", width: width, style: .dim, indent: 5)
    }
    if let days = item.daysOverdue(on: today) {
      lines.append(StyledLine(Strings.overdueBy(days), .overdue))
    } else if item.isDueSoon(on: today, within: Summary.defaultDueSoonDays),
      let days = item.daysUntilDue(on: today)
    {
      lines.append(StyledLine(Strings.dueIn(days), .dueSoon))
    }
    return lines
  }

  /// An action's lines; `home` names the report of a linked action held under another item.
  private func actionLines(
    _ action: Action, index: Int, label: String, today: CalendarDate, width: Int, home: String? = nil
  )
    -> [StyledLine]
  {
    let selected = board.state.selectedAction == index
    var first: [(String, StyleRole)] = [
      (selected ? "▶ " : "  ", .normal), ("[\(action.brag.letter)] ", action.brag.role), (label + " ", .dim),
    ]
    let text = SafeText.singleLine(action.text)
    first.append((text, .normal))
    var lines = [StyledLine(first, selected: selected)]
    var facts: [(String, StyleRole)] = [("      ", .normal)]
    facts.append((action.owner ?? "no owner", .dim))
    facts.append(("  ·  ", .dim))
    if let written = action.timescale.written {
      facts.append((written, .normal))
      if let due = action.timescale.due { facts.append((" → \(due.shortDescription)", .dim)) }
      if action.timescale.precision == .unresolved { facts.append(("  no resolvable date", .error)) }
    } else {
      facts.append(("no timescale", .dim))
    }
    if let revision = action.revisedDue {
      facts.append(("  revised → \(revision.due.shortDescription)", .normal))
    }
    if let status = action.status { facts.append(("  ·  \(status)", .normal)) }
    if let days = action.daysOverdue(on: today) {
      facts.append(("  +\(days)d", .overdue))
    }
    // Both lines belong to the picked action: highlight both and keep both in view.
    lines.append(StyledLine(facts, selected: selected))
    var more = WorkflowLines(today: today, width: width, indent: 6).lines(for: action)
    if let home {
      more += StyledLine.wrap("held under its own item, in \(home)", width: width, style: .dim, indent: 6)
    }
    // The items it answers besides this one (under a linked item, its home is said above).
    let current = board.selectedItemID?.description
    let others = action.serves.filter { $0 != current }
    if !others.isEmpty {
      let names = others.map(board.linkName).joined(separator: "; ")
      more += StyledLine.wrap(
        "also answers \(names) (L links or unlinks)", width: width, style: .dim, indent: 6)
    }
    lines += more.map {
      var line = $0
      line.isSelected = selected
      return line
    }
    return lines
  }
}
