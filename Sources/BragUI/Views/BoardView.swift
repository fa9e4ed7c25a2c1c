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

  private func renderTooSmall(into screen: inout ScreenBuffer) {
    let lines = [
      "Enlarge the window",
      "BRAG Board needs at least \(Layout.minimumWidth)×\(Layout.minimumHeight);",
      "this one is \(screen.width)×\(screen.height). q quits.",
    ]
    let top = max(0, screen.height / 2 - 1)
    for (offset, line) in lines.enumerated() where top + offset < screen.height {
      let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
      screen.write(line, x: x, y: top + offset, style: offset == 0 ? .title : .normal)
    }
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
    var parts: [String] = []
    let shown = state.itemEntryIndices.count
    let total = board.slotsInView.reduce(0) { $0 + board.store.slots[$1].itemRows.count }
    parts.append("\(shown)/\(total) shown")
    parts.append("\(board.summary.total.overdue) overdue")
    parts += state.filter.summary
    if let search = state.search { parts.append("search '\(search)'") }
    if let jump = state.jump, jump.items.count > 1 {
      parts.append("jump '\(jump.text)' (\(jump.items.count) matches)")
    }
    let facts = parts.joined(separator: " · ")
    if let message = state.message {
      let style: StyleRole = message.kind == .error ? .error : .message
      let end = screen.write(
        " " + SafeText.singleLine(message.text), x: 0, y: rect.y, style: style, maxX: rect.width)
      if end + 3 + DisplayWidth.of(facts) < rect.width {
        screen.write(facts + " ", x: rect.width - DisplayWidth.of(facts) - 1, y: rect.y, style: .dim)
      }
    } else {
      let saved = board.state.undo.isEmpty ? "all saved" : "all saved · u undoes"
      screen.write(" " + facts + " · " + saved, x: 0, y: rect.y, width: rect.width, style: .dim)
    }
  }
}
