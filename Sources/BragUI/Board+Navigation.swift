import BragModel

extension Board {
  var layout: Layout { Layout(width: state.width, height: state.height) }

  var reportEntryCount: Int { 1 + store.slots.count + store.failures.count }

  /// Moves within the focused pane by `delta` rows (or to an end).
  mutating func move(_ delta: Int) {
    switch state.focus {
    case .reports:
      let target = max(0, min(reportEntryCount - 1, state.selectedReport + delta))
      guard target != state.selectedReport else { return }
      state.selectedReport = target
      state.selectedEntry = 0
      state.selectedAction = nil
      state.detailScroll = 0
      ensureEntries()
      selectFirstItem()
    case .items:
      let items = state.itemEntryIndices
      guard !items.isEmpty else { return }
      let position = items.firstIndex(of: state.selectedEntry) ?? 0
      let target = items[max(0, min(items.count - 1, position + delta))]
      if target != state.selectedEntry {
        state.selectedEntry = target
        state.selectedAction = nil
        state.detailScroll = 0
      }
    case .detail:
      moveInDetail(delta)
    }
    keepSelectionVisible()
  }

  /// The detail pane at this size: how many lines its content takes, which lines each action
  /// takes, and how many lines show at once.
  struct DetailGeometry {
    var lineCount: Int
    var actions: [Range<Int>]
    var height: Int

    var maxScroll: Int { max(0, lineCount - height) }

    /// The scroll that shows `lines` whole, moving as little as possible from `scroll`.
    func scroll(_ scroll: Int, showing lines: Range<Int>) -> Int {
      var scroll = scroll
      if lines.upperBound > scroll + height { scroll = lines.upperBound - height }
      if lines.lowerBound < scroll { scroll = lines.lowerBound }
      return max(0, min(maxScroll, scroll))
    }

    func isVisible(_ lines: Range<Int>, at scroll: Int) -> Bool {
      lines.lowerBound >= scroll && lines.upperBound <= scroll + height
    }
  }

  var detailGeometry: DetailGeometry {
    let inner = layout.detail.inset(1)
    guard inner.height > 0, inner.width > 2 else {
      return DetailGeometry(lineCount: 0, actions: [], height: 1)
    }
    let content = DetailPaneView(board: self).layout(width: inner.width - 1)
    return DetailGeometry(lineCount: content.lines.count, actions: content.actions, height: inner.height)
  }

  /// ↑ ↓ step through the item's actions and on past them to the pane's end (the latest update,
  /// the recent changes); PgUp and PgDn page, keeping a picked action only while it is in view;
  /// Home and End go to the very top and the very end.
  mutating func moveInDetail(_ delta: Int) {
    let geometry = detailGeometry
    let actions = geometry.actions
    var scroll = min(state.detailScroll, geometry.maxScroll)
    if let picked = state.selectedAction, actions.indices.contains(picked) {
      scroll = geometry.scroll(scroll, showing: actions[picked])
    }
    func pick(_ index: Int) {
      state.selectedAction = index
      state.detailPastActions = false
      scroll = geometry.scroll(scroll, showing: actions[index])
    }
    // Past the actions: ↓ scrolls on rather than going back to the first one.
    let past = scroll > 0 && (state.detailPastActions || actions.last.map { $0.lowerBound < scroll } ?? false)
    switch delta {
    case 1 where !actions.isEmpty:
      if let picked = state.selectedAction {
        if picked + 1 < actions.count {
          pick(picked + 1)
        } else if scroll < geometry.maxScroll {
          state.selectedAction = nil
          state.detailPastActions = true
          scroll += 1
        }
      } else if !past, let next = actions.firstIndex(where: { $0.lowerBound >= scroll }) {
        pick(next)
      } else {
        scroll = min(geometry.maxScroll, scroll + 1)
      }
    case -1 where !actions.isEmpty:
      if let picked = state.selectedAction {
        if picked > 0 {
          pick(picked - 1)
        } else {
          state.selectedAction = nil
          scroll = max(0, scroll - 1)
        }
      } else if past, let last = actions.indices.last,
        geometry.isVisible(actions[last], at: scroll) || geometry.isVisible(actions[last], at: scroll - 1)
      {
        pick(last)
      } else if scroll == 0 {
        // At the top, ↑ wraps round to the last action, as it always has.
        if let last = actions.indices.last { pick(last) }
      } else {
        scroll -= 1
      }
    case 1, -1:
      scroll = max(0, min(geometry.maxScroll, scroll + delta))
    default:
      // Home and End (a huge step), or a page.
      scroll = max(0, min(geometry.maxScroll, scroll + delta))
      if let picked = state.selectedAction,
        abs(delta) >= 1_000_000 || !actions.indices.contains(picked)
          || !geometry.isVisible(actions[picked], at: scroll)
      {
        state.selectedAction = nil
      }
      // At the end, ↓ has nothing left to reach and ↑ goes back to the last action.
      state.detailPastActions = delta > 0 && scroll >= geometry.maxScroll
    }
    state.detailScroll = scroll
  }

  mutating func selectFirstItem() {
    state.selectedEntry = state.itemEntryIndices.first ?? 0
    keepSelectionVisible()
  }

  var pageSize: Int {
    switch state.focus {
    case .reports: max(1, Layout.innerHeight(layout.reports) / Layout.reportEntryHeight)
    case .items: max(1, Layout.innerHeight(layout.items) - 1)
    case .detail: max(1, Layout.innerHeight(layout.detail) - 1)
    }
  }

  /// Scrolls the reports and items panes so their selections are on screen.
  mutating func keepSelectionVisible() {
    let reportsVisible = max(1, Layout.innerHeight(layout.reports) / Layout.reportEntryHeight)
    if state.selectedReport < state.reportsScroll { state.reportsScroll = state.selectedReport }
    if state.selectedReport >= state.reportsScroll + reportsVisible {
      state.reportsScroll = state.selectedReport - reportsVisible + 1
    }
    // The items pane's first inner line is the column header.
    let itemsVisible = max(1, Layout.innerHeight(layout.items) - 1)
    var top = state.selectedEntry
    // Keep a report's heading in view with its first item.
    if top > 0 && top <= state.entries.count {
      switch state.entries[top - 1] {
      case .heading, .section: top -= 1
      case .item, .action: break
      }
    }
    if top < state.itemsScroll { state.itemsScroll = top }
    if state.selectedEntry >= state.itemsScroll + itemsVisible {
      state.itemsScroll = state.selectedEntry - itemsVisible + 1
    }
    state.itemsScroll = max(0, min(state.itemsScroll, max(0, state.entries.count - itemsVisible)))
  }

  mutating func handleMouse(_ mouse: MouseEvent) {
    guard state.mode == .normal else { return }
    let layout = layout
    let panes: [(Pane, Rect)] = [
      (.reports, layout.reports), (.items, layout.items), (.detail, layout.detail),
    ]
    guard let (pane, rect) = panes.first(where: { $0.1.contains(x: mouse.x, y: mouse.y) }) else { return }
    switch mouse.action {
    case .wheelUp, .wheelDown:
      let delta = mouse.action == .wheelUp ? -3 : 3
      switch pane {
      case .reports:
        state.reportsScroll = max(0, min(reportEntryCount - 1, state.reportsScroll + (delta > 0 ? 1 : -1)))
      case .items:
        let visible = max(1, Layout.innerHeight(layout.items) - 1)
        state.itemsScroll = max(0, min(max(0, state.entries.count - visible), state.itemsScroll + delta))
      case .detail:
        moveInDetail(delta)
      }
    case .press:
      state.focus = pane
      let line = mouse.y - rect.y - 1
      switch pane {
      case .reports:
        let entry = state.reportsScroll + line / Layout.reportEntryHeight
        if line >= 0 && entry < reportEntryCount && entry != state.selectedReport {
          state.selectedReport = entry
          state.selectedAction = nil
          state.detailScroll = 0
          ensureEntries()
          selectFirstItem()
        }
      case .items:
        let entry = state.itemsScroll + line - 1
        if line >= 1, state.entries.indices.contains(entry), case .item = state.entries[entry] {
          state.selectedEntry = entry
          state.selectedAction = nil
          state.detailScroll = 0
        }
      case .detail:
        break
      }
    }
  }
}
