import BragModel

/// Whatever sits on top of the panes: help, the filter menu, a prompt, the update editor or a question.
struct OverlayView {
  let board: Board

  func render(into screen: inout ScreenBuffer, layout: Layout) {
    switch board.state.mode {
    case .normal: break
    case .help(let scroll): renderHelp(scroll: scroll, into: &screen)
    case .filterMenu(let selected): renderFilterMenu(selected: selected, into: &screen)
    case .prompt(let prompt): renderPrompt(prompt, at: layout.status, into: &screen)
    case .editor(let editor): renderEditor(editor, into: &screen)
    case .confirm(let confirmation): renderConfirmation(confirmation, at: layout.status, into: &screen)
    }
  }

  /// A centred box, cleared, with a title.
  private func popup(width: Int, height: Int, title: String, into screen: inout ScreenBuffer) -> Rect {
    let w = min(width, screen.width - 2)
    let h = min(height, screen.height - 2)
    let rect = Rect(x: (screen.width - w) / 2, y: (screen.height - h) / 2, width: w, height: h)
    screen.fill(rect)
    screen.box(rect, title: title, focused: true)
    return rect.inset(1)
  }

  /// The help overlay, generated from the key tables that handle the keys, mode by mode.
  func helpLines() -> [StyledLine] {
    var lines: [StyledLine] = []
    func row(_ label: String, _ summary: String, width: Int = 14) {
      lines.append(StyledLine([(DisplayWidth.pad("  " + label, to: width), .input), (summary, .normal)]))
    }
    var section = ""
    for line in KeyBindings.normal.help.lines {
      if line.section != section {
        if !section.isEmpty { lines.append(StyledLine("")) }
        section = line.section
        lines.append(StyledLine(section, .title))
      }
      row(line.label, line.summary)
    }
    // The other modes' own tables (in a meeting the board's other keys work too).
    let others = [
      KeyBindings.meeting.help, KeyBindings.filterMenu.help, KeyBindings.prompt.help,
      KeyBindings.lineEditing.help,
      KeyBindings.editor.help, KeyBindings.textEditing.help, KeyBindings.help.help,
    ]
    for table in others {
      lines.append(StyledLine(""))
      lines.append(StyledLine(table.title + (table.note.map { " (\($0))" } ?? ""), .title))
      for line in table.lines { row(line.label, line.summary, width: 16) }
    }
    lines.append(StyledLine(""))
    lines.append(StyledLine("Mouse: click a pane or a row to select it; the wheel scrolls.", .dim))
    lines.append(StyledLine("Every edit is saved at once, with who and when, in the report's history.", .dim))
    lines.append(StyledLine(ItemsPaneView.marksLegend, .dim))
    lines += ItemsPaneView.standardsLegend.map { StyledLine($0, .dim) }
    lines.append(
      StyledLine(
        "BRAG: B Blue complete · G Green on track · A Amber at risk · R Red off track · - not rated", .dim))
    return lines
  }

  private func renderHelp(scroll: Int, into screen: inout ScreenBuffer) {
    let lines = helpLines()
    let inner = popup(
      width: 92, height: lines.count + 2, title: "Keys — any other key closes; ↑↓ scroll", into: &screen)
    let start = min(scroll, max(0, lines.count - inner.height))
    for offset in 0..<inner.height where start + offset < lines.count {
      screen.draw(lines[start + offset], x: inner.x + 1, y: inner.y + offset, width: inner.width - 1)
    }
  }

  private func renderFilterMenu(selected: Int, into screen: inout ScreenBuffer) {
    let filter = board.state.filter
    var lines: [StyledLine] = []
    for (index, brag) in Board.filterMenuBRAGs.enumerated() {
      let mark = filter.brags.contains(brag) ? "[x]" : "[ ]"
      let key = brag == .unrated ? "u" : String(brag.letter).lowercased()
      lines.append(
        StyledLine(
          [
            (" \(mark) ", .normal), ("\(brag.letter) ", brag.role), (brag.displayName, .normal),
            ("  (\(key))", .dim),
          ], selected: index == selected))
    }
    let owner = filter.owner.map { "'\($0)'" } ?? "any"
    lines.append(
      StyledLine(
        [(" Owner: ", .normal), (owner, .input), ("  (o, or Enter)", .dim)],
        selected: selected == Board.filterMenuBRAGs.count))
    let awaiting = filter.awaitingUpdate.map { "[x] \($0.ids.count) rows" } ?? "[ ]"
    lines.append(
      StyledLine([(" \(awaiting) ", .normal), ("No reply to the update round", .normal), ("  (n)", .dim)]))
    lines.append(StyledLine(""))
    lines.append(StyledLine(" Space/Enter toggles · c clears · Esc closes", .dim))
    if filter.owner != nil { lines.append(StyledLine(" h hands over all this owner holds", .dim)) }
    lines.append(StyledLine(" No rating ticked = every rating.", .dim))
    let inner = popup(width: 48, height: lines.count + 2, title: "Filter", into: &screen)
    for (offset, line) in lines.enumerated() where offset < inner.height {
      screen.draw(line, x: inner.x, y: inner.y + offset, width: inner.width)
      if line.isSelected {
        screen.restyle(Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1), style: .selected)
      }
    }
  }

  private func renderPrompt(_ prompt: Prompt, at rect: Rect, into screen: inout ScreenBuffer) {
    screen.fill(rect, style: .input)
    let labelEnd = screen.write(" " + prompt.label + " ", x: 0, y: rect.y, style: .title, maxX: rect.width)
    // Show the end of long input so the cursor stays on screen.
    let available = max(1, rect.width - labelEnd - 1)
    let before = String(prompt.editor.characters[..<prompt.editor.cursor])
    var shownBefore = before
    while DisplayWidth.of(shownBefore) > available - 1 { shownBefore.removeFirst() }
    let after = String(prompt.editor.characters[prompt.editor.cursor...])
    let cursorX = screen.write(
      SafeText.singleLine(shownBefore), x: labelEnd, y: rect.y, style: .input, maxX: rect.width)
    let end = screen.write(SafeText.singleLine(after), x: cursorX, y: rect.y, style: .input, maxX: rect.width)
    screen.cursor = (min(cursorX, rect.width - 1), rect.y)
    if let hint = hint(for: prompt), end + 2 + DisplayWidth.of(hint) < rect.width {
      screen.write(hint, x: rect.width - DisplayWidth.of(hint) - 1, y: rect.y, style: .dim)
    }
  }

  private func hint(for prompt: Prompt) -> String? {
    switch prompt.purpose {
    case .revisedDate, .bulkRevisedDate, .extensionDate, .monitorUntil:
      board.resolutionHint(prompt.editor.text, revising: true)
    case .actionTimescale: board.resolutionHint(prompt.editor.text)
    case .revisedReason, .bulkRevisedReason: "required"
    case .rejectReason, .reopenReason, .refuseReason, .holdReason, .extensionReason: "a reason is required"
    default: "Enter accepts · Esc cancels"
    }
  }

  private func renderEditor(_ editor: UpdateEditor, into screen: inout ScreenBuffer) {
    let inner = popup(width: 84, height: min(20, screen.height - 2), title: editor.title, into: &screen)
    guard inner.height >= 4 else { return }
    let heading =
      editor.purpose == .update
      ? "Period: \(editor.period) · dated \(editor.date.longDescription)  \(periodHint(editor))"
      : "No personal or sensitive information: HMICFRS reads this. \(ReturnNarrative.wordLimit) words at most."
    screen.write(heading, x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
    let textTop = inner.y + 1
    let textHeight = inner.height - 2
    let textWidth = inner.width - 2
    // Long lines wrap at word boundaries, so a 300-word narrative reads as a paragraph; one
    // column is kept for the cursor at the end of a row.
    let rows = editor.text.rows(width: textWidth - 1)
    let cursorRow = editor.text.cursorRow(in: rows)
    let top = max(0, cursorRow - textHeight + 1)
    for offset in 0..<textHeight where top + offset < rows.count {
      let row = rows[top + offset]
      let characters = editor.text.lines[row.line][row.start..<row.end]
      screen.write(
        SafeText.singleLine(String(characters)), x: inner.x + 1, y: textTop + offset, style: .input,
        maxX: inner.x + 1 + textWidth)
      if top + offset == cursorRow {
        let before = editor.text.lines[row.line][row.start..<editor.text.column]
        let cursorX = inner.x + 1 + DisplayWidth.of(String(before))
        screen.cursor = (min(cursorX, inner.maxX - 1), textTop + offset)
      }
    }
    let words = editor.text.wordCount
    // The limit is HMICFRS's, on return narratives; a quarterly update has none.
    let tooLong = editor.purpose == .returnNarrative && ReturnNarrative.isTooLong(words: words)
    let footer: StyledLine =
      editor.confirmingDiscard
      ? StyledLine("Discard what you typed? y discards · any other key keeps editing", .error)
      : StyledLine([
        (Strings.words(words), tooLong ? .error : .normal),
        (tooLong ? " (over the \(ReturnNarrative.wordLimit)-word return limit)" : "", .error),
        ("  ·  Ctrl-S or F2 saves · Esc cancels", .dim),
      ])
    screen.draw(footer, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1)
  }

  /// The keys that change an update's period, as far as they go.
  private func periodHint(_ editor: UpdateEditor) -> String {
    switch editor.quartersBack {
    case 0: "(Ctrl-P earlier)"
    case UpdateEditor.maximumQuartersBack: "(Ctrl-N later)"
    default: "(Ctrl-P/N earlier/later)"
    }
  }

  private func renderConfirmation(
    _ confirmation: Confirmation, at rect: Rect, into screen: inout ScreenBuffer
  ) {
    screen.fill(rect, style: .input)
    let choices = confirmation.choices.map { "\($0.key) \($0.label)" }.joined(separator: " · ")
    screen.write(" \(confirmation.question)  \(choices)", x: 0, y: rect.y, width: rect.width, style: .error)
  }
}
