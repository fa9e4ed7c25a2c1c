import BragModel

/// The live board: the tracker's data, what the operator is looking at, and every key's effect.
///
/// State, update, view: an event goes in through ``update(_:)``, which changes ``state`` and
/// returns the effects it asks for (save this change, write these minutes, reload); ``handle(_:)``
/// also runs them through ``perform(_:)`` and takes what happened back with ``receive(_:)``. The
/// screen comes out of ``render(into:)``. Tests drive a board with scripted keys on a
/// ``MemoryBoardStore`` and read the screen back as text.
public struct Board: TerminalProgram {
  public internal(set) var state: BoardState
  public let store: any BoardStoring
  public let context: BoardContext
  /// Items whose words would put personal or sensitive information in a return.
  let sensitive: SensitiveFlags
  let trends = TrendCache()
  /// Actions that answer further items than their own, by the item they answer.
  let links = LinkIndex()
  /// Effects asked for while handling the current event.
  var pendingEffects: [BoardEffect] = []

  /// Counts per report and in total, recomputed when the data changes.
  public var summary: Summary { state.summary }

  public init(store: any BoardStoring, context: BoardContext, width: Int = 120, height: Int = 40) {
    self.store = store
    self.context = context
    sensitive = SensitiveFlags(scanner: context.scanner)
    state = BoardState(summary: Summary(reports: [], rows: [IndexedRow](), today: context.today))
    state.width = width
    state.height = height
    dataChanged()
    var viewsProblem: String?
    do {
      state.views = try store.loadViews()
    } catch {
      viewsProblem = error.description
    }
    if store.slots.isEmpty && store.failures.isEmpty {
      state.message = .info(Strings.noReports)
    } else if !store.failures.isEmpty {
      state.message = .error(Strings.filesFailed(store.failures.count))
    }
    if let problem = context.scannerProblem {
      state.message = .error(Strings.scannerProblem(problem))
    }
    if let warning = store.readOnlyWarning {
      state.message = .error(SafeText.singleLine(warning))
    }
    if let viewsProblem { state.message = .error(SafeText.singleLine(viewsProblem)) }
  }

  public func render(into screen: inout ScreenBuffer) {
    BoardView(board: self).render(into: &screen)
  }

  /// Handles an event and carries out the effects it asks for.
  public mutating func handle(_ event: InputEvent) -> ProgramResponse {
    let (response, effects) = update(event)
    pendingEffects = effects
    return performPending() && response == .unchanged ? .redraw : response
  }

  /// Performs the effects asked for so far (and any they lead to); true when the screen changed.
  @discardableResult
  public mutating func performPending() -> Bool {
    var changed = false
    while !pendingEffects.isEmpty {
      let feedback = perform(pendingEffects.removeFirst())
      if receive(feedback) { changed = true }
    }
    ensureEntries()
    return changed
  }

  /// Handles an event without touching the world: the new state, and the effects to perform.
  public mutating func update(_ event: InputEvent) -> (ProgramResponse, [BoardEffect]) {
    let response: ProgramResponse
    switch event {
    case .resize(let width, let height):
      state.width = width
      state.height = height
      keepSelectionVisible()
      response = .redraw
    case .tick:
      ask(.reload)
      response = .unchanged
    case .mouse(let mouse):
      handleMouse(mouse)
      response = .redraw
    case .key(let key):
      response = handleKey(key)
    }
    ensureEntries()
    defer { pendingEffects.removeAll() }
    return (response, pendingEffects)
  }

  mutating func handleKey(_ key: Key) -> ProgramResponse {
    switch state.mode {
    case .normal:
      if state.meeting != nil, let response = handleMeetingKey(key) { return response }
      guard let command = KeyBindings.normal.action(for: key) else {
        state.message = .info(Strings.keyDoesNothing)
        return .redraw
      }
      state.message = nil
      return run(command)
    case .help(let scroll):
      // Any key the table does not know closes help, as its title says.
      switch KeyBindings.help.action(for: key) ?? .close {
      case .scroll(let delta): state.mode = .help(scroll: max(0, scroll + delta))
      case .close: state.mode = .normal
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
      return handleConfirmation(key, confirmation)
    }
  }

  /// Enter, → and ← walk the agenda during a meeting; + widens it. Nil: not a meeting key.
  mutating func handleMeetingKey(_ key: Key) -> ProgramResponse? {
    guard let action = KeyBindings.meeting.action(for: key) else { return nil }
    switch action {
    case .next: stepMeeting(1)
    case .previous: stepMeeting(-1)
    case .widen:
      guard var meeting = state.meeting else { return nil }
      let current =
        meeting.agenda.indices.contains(meeting.position) ? meeting.agenda[meeting.position].item : nil
      meeting.includesRest.toggle()
      meeting.agenda = meetingAgenda(includeRest: meeting.includesRest)
      meeting.position = current.flatMap { id in meeting.agenda.firstIndex { $0.item == id } } ?? 0
      state.meeting = meeting
      ensureEntries()
      showMeetingPosition()
      state.message = .info(meeting.includesRest ? Strings.agendaWidened : Strings.agendaNarrowed)
    case .framework: cycleMeetingFramework()
    }
    return .redraw
  }

  // MARK: - Derived data

  /// Recomputes counts and the items list after the data changed, keeping the selection.
  /// Counts are kept per report file identity, so an edit recounts only the report it changed.
  mutating func dataChanged() {
    refreshAwaitingUpdate()
    var counted: [String: (FileIdentity, Tally)] = [:]
    for report in state.summary.reports {
      if let identity = state.countedIdentities[report.id] { counted[report.id] = (identity, report.tally) }
    }
    var identities: [String: FileIdentity] = [:]
    let reports = store.slots.map { slot -> ReportSummary in
      identities[slot.id] = slot.identity
      let tally =
        counted[slot.id].flatMap { $0.0 == slot.identity ? $0.1 : nil }
        ?? Tally(rows: slot.rows, today: context.today)
      return ReportSummary(id: slot.id, title: slot.title, service: slot.service, tally: tally)
    }
    state.summary = Summary(reports: reports)
    state.countedIdentities = identities
    let frameworks = Framework.allCases
    state.reportOrder = store.slots.indices.sorted {
      (frameworks.firstIndex(of: store.slots[$0].framework)!, $0)
        < (frameworks.firstIndex(of: store.slots[$1].framework)!, $1)
    }
    let reportCount = 1 + store.slots.count + store.failures.count
    state.selectedReport = min(state.selectedReport, reportCount - 1)
    state.dataGeneration += 1
    forgetMarksOfRemovedItems()
    ensureEntries()
  }

  /// The reports the items pane covers: all of them, or the one selected.
  var slotsInView: [Int] {
    if state.selectedReport == 0 { return state.reportOrder }
    return slot(atReportEntry: state.selectedReport).map { [$0] } ?? []
  }

  /// The loaded report at an entry of the reports pane (0 is "All reports"), if it is one.
  func slot(atReportEntry entry: Int) -> Int? {
    let index = entry - 1
    return state.reportOrder.indices.contains(index) ? state.reportOrder[index] : nil
  }

  /// The frameworks the loaded reports answer to, in the reports pane's order.
  var frameworksPresent: [Framework] {
    Framework.allCases.filter { framework in store.slots.contains { $0.framework == framework } }
  }

  /// The reports pane's entry for a loaded report.
  func reportEntry(ofSlot slot: Int) -> Int {
    (state.reportOrder.firstIndex(of: slot) ?? slot) + 1
  }

  /// The failure selected in the reports pane, if a broken file is selected.
  var selectedFailure: DataFileError? {
    let index = state.selectedReport - 1 - store.slots.count
    return store.failures.indices.contains(index) ? store.failures[index] : nil
  }

  /// The items list is derived from these; when they are unchanged it is too.
  var entriesInputs: EntriesInputs {
    EntriesInputs(
      selectedReport: state.selectedReport, filter: state.filter, agenda: state.meeting?.agenda,
      dataGeneration: state.dataGeneration)
  }

  /// Brings the items list up to date with the state it is derived from (the report selection,
  /// the filter, the meeting's agenda, the data), keeping the selected item. Cheap when nothing
  /// changed, so it runs after every event.
  mutating func ensureEntries() {
    let inputs = entriesInputs
    guard inputs != state.entriesInputs else { return }
    state.entriesInputs = inputs
    rebuildEntries()
  }

  /// Rebuilds the items list from the report selection and filter, keeping the selected item.
  private mutating func rebuildEntries() {
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
        if state.filter.isTimed {
          for action in slot.actionRows(of: row)
          where state.filter.isTimely(slot.rows[action], today: context.today) {
            entries.append(.action(slot: slotIndex, row: action))
          }
        }
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

  /// What the items list shows: items, how many of them are overdue or falling due themselves,
  /// and the action rows shown under them (in the overdue and due-soon views).
  var shownCounts: (items: Int, overdueItems: Int, dueSoonItems: Int, actions: Int, dueSoonActions: Int) {
    var counts = (items: 0, overdueItems: 0, dueSoonItems: 0, actions: 0, dueSoonActions: 0)
    let today = context.today
    for entry in state.entries {
      switch entry {
      case .item(let slot, let row):
        counts.items += 1
        let item = store.slots[slot].rows[row]
        if item.isOverdue(on: today) { counts.overdueItems += 1 }
        if let days = state.filter.window.days, item.isDueSoon(on: today, within: days) {
          counts.dueSoonItems += 1
        }
      case .action(let slot, let row):
        counts.actions += 1
        if let days = state.filter.window.days, store.slots[slot].rows[row].isDueSoon(on: today, within: days)
        {
          counts.dueSoonActions += 1
        }
      case .heading, .section: break
      }
    }
    return counts
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
    return store.slots[slot].actionRows(of: row).count + linkedActions(of: selectedItemID).count
  }

  /// Actions of other items that answer `item` too (``Action/serves``): shown under it after its
  /// own, each one action held once under its home item.
  func linkedActions(of item: RowID?) -> [RowID] {
    guard let item else { return [] }
    return links.actions(serving: item.description, in: store.slots)
  }

  /// What an edit applies to: the action picked in the detail pane, else the selected item.
  var editTarget: RowID? {
    guard let item = selectedItemID else { return nil }
    if state.focus == .detail, let action = state.selectedAction, let (slot, row) = state.selectedItem {
      let rows = store.slots[slot].actionRows(of: row)
      if action >= rows.count {
        // A linked action: the edit goes to the one action, under its home item.
        let linked = linkedActions(of: item)
        return linked.indices.contains(action - rows.count) ? linked[action - rows.count] : item
      }
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
