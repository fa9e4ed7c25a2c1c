import BragModel

/// Draws the whole board: header, the three panes, the status line, and any overlay.
struct BoardView {
  let board: Board
  var state: BoardState { board.state }

  func render(into screen: inout ScreenBuffer) {
    screen.fill(screen.bounds)
    screen.cursor = nil
    if Layout.isTooSmall(width: screen.width, height: screen.height) {
      renderTooSmall(into: &screen)
      return
    }
    let layout = Layout(width: screen.width, height: screen.height)
    renderHeader(layout.header, into: &screen)
    ReportsPaneView(board: board).render(layout.reports, into: &screen)
    ItemsPaneView(board: board).render(layout.items, into: &screen)
    DetailPaneView(board: board).render(layout.detail, into: &screen)
    renderStatus(layout.status, into: &screen)
    OverlayView(board: board).render(into: &screen, layout: layout)
  }

  /// "Enlarge the window" and the sizes, each line wrapped (evenly) to fit however small the
  /// window is, centred.
  private func renderTooSmall(into screen: inout ScreenBuffer) {
    let width = max(1, screen.width - 2)
    let lines =
      [(Strings.tooSmallTitle, StyleRole.title)]
      + Strings.tooSmall(screen.width, screen.height).flatMap { line in
        Self.evenlyWrapped(line, width: width).map { ($0, StyleRole.normal) }
      }
    let top = max(0, min(screen.height / 2 - 1, screen.height - lines.count))
    for (offset, (line, style)) in lines.enumerated() where top + offset < screen.height {
      let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
      screen.write(line, x: x, y: top + offset, style: style)
    }
  }

  /// `text` word-wrapped to at most `width` columns in as few lines as a plain wrap takes, with
  /// the lines as even as they can be ("BRAG Board needs" / "at least 60×15;", not a lone
  /// "60×15;").
  static func evenlyWrapped(_ text: String, width: Int) -> [String] {
    func wrap(_ width: Int) -> [String] {
      StyledLine.wrap(text, width: width).map { $0.segments.map(\.text).joined() }
    }
    let lines = wrap(width)
    var best = lines
    var narrower = width - 1
    while narrower > 0 {
      let tried = wrap(narrower)
      guard tried.count == lines.count else { break }
      best = tried
      narrower -= 1
    }
    return best
  }

  private func renderHeader(_ rect: Rect, into screen: inout ScreenBuffer) {
    screen.fill(rect, style: .title)
    var left = " BRAG Board · as at \(board.context.today.longDescription) · \(board.context.dataLabel)"
    if let meeting = state.meeting {
      let position =
        meeting.agenda.isEmpty ? "no items" : "item \(meeting.position + 1) of \(meeting.agenda.count)"
      left = " BRAG Board · MEETING · \(position) · as at \(board.context.today.longDescription)"
    }
    let right = "? help "
    screen.write(left, x: 0, y: rect.y, width: rect.width - DisplayWidth.of(right) - 1, style: .title)
    screen.write(right, x: rect.width - DisplayWidth.of(right), y: rect.y, style: .title)
  }

  private func renderStatus(_ rect: Rect, into screen: inout ScreenBuffer) {
    screen.fill(rect, style: .dim)
    var counts: [String] = []
    let shown = state.itemEntryIndices.count
    let total = board.slotsInView.reduce(0) { $0 + board.store.slots[$1].itemRows.count }
    counts.append("\(shown)/\(Strings.count(total, "item"))")
    // Overdue items and actions counted apart, over the reports in view: what the list shows
    // with o, and what the reports pane's "late" adds up.
    var late = Tally()
    for slot in board.slotsInView where board.summary.reports.indices.contains(slot) {
      late.add(board.summary.reports[slot].tally)
    }
    counts.append(Strings.lateCounts(items: late.overdueItems, actions: late.overdueActions))
    // Held work is counted apart from late, beside it (the model never counts it as overdue).
    if late.held > 0 { counts.append(Strings.waiting(late.held)) }
    // What the view is narrowed to; said before the counts, which give way when space is short.
    var parts = state.filter.summary
    if !state.marked.isEmpty { parts.insert(Strings.markCount(state.marked.count), at: 0) }
    if let search = state.search { parts.append("search '\(search)'") }
    if let jump = state.jump, jump.items.count > 1 {
      parts.append("jump '\(jump.text)' (\(jump.items.count) matches)")
    }
    let facts = (parts + counts).joined(separator: " · ")
    if let message = state.message {
      let style: StyleRole = message.kind == .error ? .error : .message
      let end = screen.write(
        " " + SafeText.singleLine(message.text), x: 0, y: rect.y, style: style, maxX: rect.width)
      let fitting = [facts, parts.joined(separator: " · ")].first {
        end + 3 + DisplayWidth.of($0) < rect.width
      }
      if let fitting, !fitting.isEmpty {
        screen.write(fitting + " ", x: rect.width - DisplayWidth.of(fitting) - 1, y: rect.y, style: .dim)
      }
    } else {
      let saved = board.state.undo.isEmpty ? "all saved" : "all saved · u undoes"
      screen.write(" " + facts + " · " + saved, x: 0, y: rect.y, width: rect.width, style: .dim)
    }
  }
}
