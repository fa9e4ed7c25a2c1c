import BragModel

/// The live board: the tracker's data, what the operator is looking at, and every key's effect.
///
/// Events go in through ``handle(_:)`` and the screen comes out of ``render(into:)``; the only
/// side effects are saves through the ``BoardStore``. Tests drive a board with scripted keys and
/// read the screen back as text.
public struct Board: TerminalProgram {
  public internal(set) var state = BoardState()
  public let store: BoardStore
  public let context: BoardContext
  /// Counts per report and in total, recomputed when the data changes.
  public internal(set) var summary: Summary
  /// The file identity each report's counts were made from.
  var countedIdentities: [String: FileIdentity] = [:]
  /// Items whose words would put personal or sensitive information in a return.
  let sensitive: SensitiveFlags

  public init(store: BoardStore, context: BoardContext, width: Int = 120, height: Int = 40) {
    self.store = store
    self.context = context
    sensitive = SensitiveFlags(scanner: context.scanner)
    summary = Summary(reports: [], rows: [IndexedRow](), today: context.today)
    state.width = width
    state.height = height
    dataChanged()
    if store.slots.isEmpty && store.failures.isEmpty {
      state.message = .info("The data folder has no reports yet: try 'brag init' or 'brag add report'.")
    } else if !store.failures.isEmpty {
      state.message = .error(
        "\(store.failures.count) file(s) failed to load and are read-only: see the reports pane")
    }
    if let problem = context.scannerProblem {
      state.message = .error("\(problem): the ! marks check patterns only")
    }
  }

  public func render(into screen: inout ScreenBuffer) {
    BoardView(board: self).render(into: &screen)
  }

  public mutating func handle(_ event: InputEvent) -> ProgramResponse {
    switch event {
    case .resize(let width, let height):
      state.width = width
      state.height = height
      keepSelectionVisible()
      return .redraw
    case .tick:
      guard store.refresh() else { return .unchanged }
      dataChanged()
      state.message = .info("Reloaded: a data file changed on disk")
      return .redraw
    case .mouse(let mouse):
      handleMouse(mouse)
      return .redraw
    case .key(let key):
      return handleKey(key)
    }
  }

  mutating func handleKey(_ key: Key) -> ProgramResponse {
    switch state.mode {
    case .normal:
      if state.meeting != nil, let response = handleMeetingKey(key) { return response }
      guard let command = KeyBindings.command(for: key) else {
        state.message = .info("That key does nothing here; press ? for the list of keys")
        return .redraw
      }
      state.message = nil
      return run(command)
    case .help(let scroll):
      switch key {
      case .down, .character("j"): state.mode = .help(scroll: scroll + 1)
      case .up, .character("k"): state.mode = .help(scroll: max(0, scroll - 1))
      case .pageDown: state.mode = .help(scroll: scroll + 10)
      case .pageUp: state.mode = .help(scroll: max(0, scroll - 10))
      default: state.mode = .normal
      }
      return .redraw
    case .filterMenu(let selected):
      handleFilterMenu(key, selected: selected)
      return .redraw
    case .prompt(var prompt):
      handlePrompt(key, &prompt)
      return .redraw
    case .editor(var editor):
      handleEditor(key, &editor)
      return .redraw
    case .confirm(let confirmation):
      handleConfirmation(key, confirmation)
      return .redraw
    }
  }

  /// Enter, → and ← walk the agenda during a meeting; + widens it. Nil: not a meeting key.
  mutating func handleMeetingKey(_ key: Key) -> ProgramResponse? {
    switch key {
    case .enter, .right: stepMeeting(1)
    case .left: stepMeeting(-1)
    case .character("+"):
      guard var meeting = state.meeting else { return nil }
      let current =
        meeting.agenda.indices.contains(meeting.position) ? meeting.agenda[meeting.position].item : nil
      meeting.includesRest.toggle()
      meeting.agenda = meetingAgenda(includeRest: meeting.includesRest)
      meeting.position = current.flatMap { id in meeting.agenda.firstIndex { $0.item == id } } ?? 0
      state.meeting = meeting
      rebuildEntries()
      showMeetingPosition()
      state.message = .info(
        meeting.includesRest ? "Agenda now includes everything else" : "Agenda back to what needs attention")
    default: return nil
    }
    return .redraw
  }

  // MARK: - Derived data

  /// Recomputes counts and the items list after the data changed, keeping the selection.
  /// Counts are kept per report file identity, so an edit recounts only the report it changed.
  mutating func dataChanged() {
    var counted: [String: (FileIdentity, Tally)] = [:]
    for report in summary.reports {
      if let identity = countedIdentities[report.id] { counted[report.id] = (identity, report.tally) }
    }
    var identities: [String: FileIdentity] = [:]
    let reports = store.slots.map { slot -> ReportSummary in
      identities[slot.id] = slot.identity
      let tally =
        counted[slot.id].flatMap { $0.0 == slot.identity ? $0.1 : nil }
        ?? Tally(rows: slot.rows, today: context.today)
      return ReportSummary(id: slot.id, title: slot.title, service: slot.service, tally: tally)
    }
    summary = Summary(reports: reports)
    countedIdentities = identities
    let reportCount = 1 + store.slots.count + store.failures.count
    state.selectedReport = min(state.selectedReport, reportCount - 1)
    rebuildEntries()
  }

  /// The reports the items pane covers: all of them, or the one selected.
  var slotsInView: [Int] {
    if state.selectedReport == 0 { return Array(store.slots.indices) }
    let index = state.selectedReport - 1
    return store.slots.indices.contains(index) ? [index] : []
  }

  /// The failure selected in the reports pane, if a broken file is selected.
  var selectedFailure: DataFileError? {
    let index = state.selectedReport - 1 - store.slots.count
    return store.failures.indices.contains(index) ? store.failures[index] : nil
  }

  /// Rebuilds the items list from the report selection and filter, keeping the selected item.
  mutating func rebuildEntries() {
    let keep = selectedItemID
    if let meeting = state.meeting {
      rebuildMeetingEntries(meeting, keeping: keep)
      return
    }
    var entries: [ListEntry] = []
    let showHeadings = state.selectedReport == 0
    for slotIndex in slotsInView {
      let slot = store.slots[slotIndex]
      var headed = false
      for row in slot.itemRows {
        let actions = slot.rows[slot.actionRows(of: row)]
        guard state.filter.matches(item: slot.rows[row], actions: actions, today: context.today) else {
          continue
        }
        if showHeadings && !headed {
          entries.append(.heading(slot: slotIndex))
          headed = true
        }
        entries.append(.item(slot: slotIndex, row: row))
      }
    }
    state.entries = entries
    if let keep, let index = entryIndex(of: keep) {
      state.selectedEntry = index
    } else {
      state.selectedEntry =
        state.itemEntryIndices.first(where: { $0 >= min(state.selectedEntry, entries.count) })
        ?? state.itemEntryIndices.last ?? 0
      state.selectedAction = nil
      state.detailScroll = 0
    }
    if let action = state.selectedAction, action >= selectedActionCount { state.selectedAction = nil }
    keepSelectionVisible()
  }

  /// The agenda as the items pane shows it: a heading per reason, then its items.
  private mutating func rebuildMeetingEntries(_ meeting: Meeting, keeping keep: RowID?) {
    var entries: [ListEntry] = []
    var reason: Meeting.Reason?
    // One pass to find every agenda item's row, and one to count each reason.
    let wanted = Set(meeting.agenda.map(\.item.description))
    var positions: [String: (slot: Int, row: Int)] = [:]
    for (slot, data) in store.slots.enumerated() {
      for row in data.itemRows {
        if let id = data.rows[row].string(.id), wanted.contains(id) { positions[id] = (slot, row) }
      }
    }
    var counts: [Meeting.Reason: Int] = [:]
    for entry in meeting.agenda { counts[entry.reason, default: 0] += 1 }
    for entry in meeting.agenda {
      guard let (slot, row) = positions[entry.item.description] else { continue }
      if entry.reason != reason {
        reason = entry.reason
        let count = counts[entry.reason] ?? 0
        entries.append(.section("\(entry.reason.title) (\(count))"))
      }
      entries.append(.item(slot: slot, row: row))
    }
    state.entries = entries
    if let keep, let index = entryIndex(of: keep) {
      state.selectedEntry = index
    } else {
      state.selectedEntry = state.itemEntryIndices.first ?? 0
    }
    keepSelectionVisible()
  }

  func entryIndex(of id: RowID) -> Int? {
    state.entries.firstIndex {
      guard case .item(let slot, let row) = $0 else { return false }
      return store.slots[slot].id == id.report && store.slots[slot].rows[row].string(.id) == id.description
    }
  }

  /// The selected item's global id.
  var selectedItemID: RowID? {
    guard let (slot, row) = state.selectedItem, store.slots.indices.contains(slot),
      store.slots[slot].rows.indices.contains(row), let text = store.slots[slot].rows[row].string(.id)
    else { return nil }
    return RowID(text)
  }

  /// The full selected item, decoded from its report.
  var selectedFullItem: Item? {
    guard let (slot, _) = state.selectedItem, let id = selectedItemID else { return nil }
    return store.report(at: slot)?.item(id)
  }

  var selectedActionCount: Int {
    guard let (slot, row) = state.selectedItem else { return 0 }
    return store.slots[slot].actionRows(of: row).count
  }

  /// What an edit applies to: the action picked in the detail pane, else the selected item.
  var editTarget: RowID? {
    guard let item = selectedItemID else { return nil }
    if state.focus == .detail, let action = state.selectedAction, let (slot, row) = state.selectedItem {
      let rows = store.slots[slot].actionRows(of: row)
      guard rows.indices.contains(rows.lowerBound + action),
        let text = store.slots[slot].rows[rows.lowerBound + action].string(.id)
      else { return item }
      return RowID(text)
    }
    return item
  }

  /// "Rec 2" or "AFI 2.1": how messages name a target.
  func label(of id: RowID) -> String {
    guard let slot = store.slotIndex(of: id.report),
      let row = store.slots[slot].rows.first(where: { $0.string(.id) == id.description })
    else { return id.description }
    return row.string(.ref) ?? id.description
  }
}
