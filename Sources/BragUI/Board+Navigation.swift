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
      let count = selectedActionCount
      if count > 0 && abs(delta) == 1 {
        let current = state.selectedAction ?? (delta > 0 ? -1 : count)
        let next = current + delta
        state.selectedAction = next < 0 || next >= count ? nil : next
        if state.selectedAction == nil { state.detailScroll = max(0, state.detailScroll + delta) }
      } else {
        state.detailScroll = max(0, state.detailScroll + delta)
      }
    }
    keepSelectionVisible()
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
      case .item: break
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
        state.detailScroll = max(0, state.detailScroll + delta)
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
