import BragModel

extension Board {
  /// Runs a command from the key table.
  mutating func run(_ command: Command) -> ProgramResponse {
    switch command {
    case .moveUp: move(-1)
    case .moveDown: move(1)
    case .pageUp: move(-pageSize)
    case .pageDown: move(pageSize)
    case .home: move(-1_000_000)
    case .end: move(1_000_000)
    case .nextPane: state.focus = state.focus.next
    case .previousPane: state.focus = state.focus.previous
    // The items and detail panes both sit to the right of the reports pane.
    case .focusLeft: state.focus = .reports
    case .focusRight: if state.focus == .reports { state.focus = .items }
    case .toggleOverdue:
      state.filter.overdueOnly.toggle()
      ensureEntries()
      let shown = shownCounts
      state.message = .info(
        state.filter.overdueOnly
          ? Strings.overdueShown(items: shown.overdueItems, actions: shown.actions, under: shown.items)
          : Strings.showingAll)
    case .cycleWindow:
      state.filter.window = state.filter.window.next
      ensureEntries()
      let shown = shownCounts
      let window = state.filter.window
      state.message = .info(
        window == .none
          ? Strings.windowOff
          : shown.dueSoonItems + shown.dueSoonActions == 0
            ? Strings.nothingFallsDue(window.span)
            : Strings.window(window.label, items: shown.dueSoonItems, actions: shown.dueSoonActions))
    case .openFilter: state.mode = .filterMenu(selected: 0)
    case .search:
      state.mode = .prompt(Prompt(.search, label: Strings.searchPrompt, text: state.search ?? ""))
    case .searchNext: findNext(forward: true)
    case .searchPrevious: findNext(forward: false)
    case .clear where !state.marked.isEmpty:
      state.marked = []
      state.message = .info(Strings.marksCleared)
    case .clear:
      let hadSomething = state.search != nil || state.jump != nil || state.filter.isActive
      state.search = nil
      state.jump = nil
      state.filter = BoardFilter()
      state.message = hadSomething ? .info(Strings.searchCleared) : nil
    case .jump: state.mode = .prompt(Prompt(.jump, label: Strings.jumpPrompt))
    case .setBRAG(let brag) where !state.marked.isEmpty:
      state.mode = .prompt(
        Prompt(
          .bulkRatingReason(state.marked, brag), label: Strings.bulkRatingPrompt(state.marked.count, brag)))
    case .setBRAG(let brag):
      guard let target = editTarget else { return noTarget() }
      let status = StatusFollowsRating.status(currentStatus(of: target), whenRated: brag)
      state.mode = .prompt(
        Prompt(
          .ratingReason(target, brag),
          label: Strings.ratingReasonPrompt(label(of: target), brag, status: status)))
    case .editStatus:
      guard let target = editTarget else { return noTarget() }
      let current = currentStatus(of: target) ?? ""
      state.mode = .prompt(
        Prompt(.status(target), label: Strings.statusPrompt(label(of: target)), text: current))
    case .addUpdate:
      guard let target = selectedItemID else { return noTarget() }
      let period = UpdatePeriod.containing(context.today).name
      state.mode = .editor(
        UpdateEditor(
          target: target, title: Strings.updateTitle(label(of: target)), period: period, date: context.today,
          text: TextEditor()))
    case .reviseDue where !state.marked.isEmpty:
      state.mode = .prompt(
        Prompt(.bulkRevisedDate(state.marked), label: Strings.bulkDatePrompt(state.marked.count)))
    case .reviseDue:
      guard let target = editTarget else { return noTarget() }
      state.mode = .prompt(
        Prompt(
          .revisedDate(target),
          label: Strings.revisedDatePrompt(label(of: target))))
    case .addAction:
      guard let target = selectedItemID else { return noTarget() }
      state.mode = .prompt(Prompt(.actionText(target), label: Strings.newActionPrompt(label(of: target))))
    case .closeAction:
      guard let target = editTarget, target.action != nil else {
        state.message = .error(Strings.pickAnAction)
        return .redraw
      }
      state.mode = .confirm(
        Confirmation(
          purpose: .closeOrRemoveAction(target),
          question: Strings.closeOrRemove(label(of: target)),
          choices: [("c", "close"), ("d", "remove"), ("n", "cancel")]))
    case .setOwner where !state.marked.isEmpty:
      state.mode = .prompt(
        Prompt(.bulkOwner(state.marked), label: Strings.bulkOwnerPrompt(state.marked.count)))
    case .setOwner: return askItemOwner()
    case .closureMenu: return askClosure()
    case .extensionMenu: return askExtension()
    case .hold: return askHold()
    case .release: return release()
    case .toggleMark: return toggleMark()
    case .views: return askViews()
    case .complianceMenu: return askCompliance()
    case .linkMenu: return askLink()
    case .removeUpdate: return askUpdateToRemove()
    case .undo: undoOrRedo(undo: true)
    case .redo: undoOrRedo(undo: false)
    case .editNarrative:
      guard let target = selectedItemID, let item = selectedFullItem else { return noTarget() }
      // Start from the narrative, or from the response it stands in for until one is written.
      state.mode = .editor(
        UpdateEditor(
          purpose: .returnNarrative, target: target,
          title: Strings.narrativeTitle(label(of: target)), period: "", date: context.today,
          text: TextEditor(ReturnNarrative.of(item)?.text ?? "")))
    case .cycleAssessment:
      guard let target = selectedItemID, let item = selectedFullItem else { return noTarget() }
      let next: SelfAssessment =
        switch item.selfAssessment {
        case .notAssessed: .met
        case .met: .notMet
        case .notMet: .notAssessed
        }
      edit(.selfAssessment(next), target, describing: "self-assessed as \(next.words)")
    case .meeting:
      if state.meeting == nil {
        askForAttendees()
      } else {
        endMeeting()
      }
    case .recordDecision:
      guard let target = selectedItemID else { return noTarget() }
      state.mode = .prompt(Prompt(.decision(target), label: Strings.decisionPrompt(label(of: target))))
    case .help: state.mode = .help(scroll: 0)
    case .quit:
      guard state.meeting != nil else { return .quit }
      state.mode = .confirm(
        Confirmation(
          purpose: .leaveMeeting, question: Strings.leaveMeeting,
          choices: [("e", "end it and write the minutes"), ("k", "keep it open for later"), ("c", "stay")]))
    }
    return .redraw
  }

  private mutating func noTarget() -> ProgramResponse {
    state.message = .error(Strings.noItemSelected)
    return .redraw
  }

  func currentStatus(of id: RowID) -> String? {
    guard let slot = store.slotIndex(of: id.report), let report = store.report(at: slot) else { return nil }
    return id.action == nil ? report.item(id)?.status : report.action(id)?.status
  }

  // MARK: - Search and jump

  /// Item entries matching the search: the item's words or any of its actions'.
  func searchMatches(_ text: String) -> [Int] {
    state.itemEntryIndices.filter { index in
      guard case .item(let slot, let row) = state.entries[index] else { return false }
      let rows = store.slots[slot].rows
      let range = row..<store.slots[slot].actionRows(of: row).upperBound
      return rows[range].contains { candidate in
        candidate.searchableFields.contains { $0.map { TextMatch.contains($0, text) } ?? false }
      }
    }
  }

  /// n and N: the next or previous match of the last search or jump.
  mutating func findNext(forward: Bool) {
    if state.jump != nil {
      stepJump(forward: forward)
      return
    }
    guard let search = state.search else {
      state.message = .info(Strings.noSearchYet)
      return
    }
    let matches = searchMatches(search)
    guard !matches.isEmpty else {
      state.message = .error(Strings.noMatch(search))
      return
    }
    let next =
      forward
      ? matches.first(where: { $0 > state.selectedEntry }) ?? matches[0]
      : matches.last(where: { $0 < state.selectedEntry }) ?? matches[matches.count - 1]
    state.selectedEntry = next
    state.selectedAction = nil
    state.detailScroll = 0
    let position = matches.firstIndex(of: next)! + 1
    state.message = .info(
      Strings.match(position, of: matches.count, for: search))
    keepSelectionVisible()
  }

  /// The items `query` finds, best first (label, then official number, then a label's number),
  /// among the items shown or, with `everywhere`, in every report.
  func jumpMatches(_ query: JumpQuery, everywhere: Bool) -> [RowID] {
    var ranked: [(rank: Int, order: Int, id: RowID)] = []
    func consider(slot: Int, row: Int) {
      let indexed = store.slots[slot].rows[row]
      guard let rank = query.rank(of: indexed), let text = indexed.string(.id), let id = RowID(text) else {
        return
      }
      ranked.append((rank, ranked.count, id))
    }
    if everywhere {
      for (slot, data) in store.slots.enumerated() {
        for row in data.itemRows { consider(slot: slot, row: row) }
      }
    } else {
      for index in state.itemEntryIndices {
        if case .item(let slot, let row) = state.entries[index] { consider(slot: slot, row: row) }
      }
    }
    return ranked.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.id)
  }

  /// Finds items by label ("AFI 3", "Rec 21", "Recommendation 21"), then official number ("21"),
  /// then a label's number ("3" for "AFI 3"): among the items shown first, then anywhere. Goes to
  /// the best; when several match, n and N step through them.
  mutating func jump(to text: String) {
    guard let query = JumpQuery(text) else { return }
    var matches = jumpMatches(query, everywhere: false)
    var widened = false
    if matches.isEmpty {
      // Not in view: look everywhere, widening the view to all reports without filters.
      matches = jumpMatches(query, everywhere: true)
      if !matches.isEmpty && state.meeting == nil {
        state.selectedReport = 0
        state.filter = BoardFilter()
        ensureEntries()
        widened = true
      }
      let listed = matches.filter { entryIndex(of: $0) != nil }
      if listed.isEmpty, let first = matches.first {
        state.message = .error(Strings.notShown(label(of: first), inMeeting: state.meeting != nil))
        return
      }
      matches = listed
    }
    guard let first = matches.first else {
      state.message = .error(Strings.noSuchItem(text))
      return
    }
    state.jump = JumpMatches(text: text, items: matches)
    show(first)
    var said: [String] = []
    if widened { said.append(Strings.widenedToReach(label(of: first))) }
    if matches.count > 1 { said.append(Strings.jumpMatch(1, of: matches.count, for: text)) }
    state.message = said.isEmpty ? nil : .info(said.joined(separator: " · "))
  }

  /// n and N after a jump: the next or previous of the items it found, round and round.
  mutating func stepJump(forward: Bool) {
    guard let jump = state.jump, !jump.items.isEmpty else { return }
    let count = jump.items.count
    let current = selectedItemID.flatMap { jump.items.firstIndex(of: $0) }
    let next =
      forward ? ((current ?? -1) + 1) % count : ((current ?? count) - 1 + count) % count
    let target = jump.items[next]
    var widened = false
    if entryIndex(of: target) == nil && state.meeting == nil {
      state.selectedReport = 0
      state.filter = BoardFilter()
      ensureEntries()
      widened = true
    }
    guard entryIndex(of: target) != nil else {
      state.message = .error(Strings.notShown(label(of: target), inMeeting: state.meeting != nil))
      return
    }
    show(target)
    let match = Strings.jumpMatch(next + 1, of: count, for: jump.text)
    state.message = .info(widened ? Strings.widenedToReach(label(of: target)) + " · " + match : match)
  }

  /// Selects an item in the items pane, which must be listed.
  private mutating func show(_ id: RowID) {
    guard let index = entryIndex(of: id) else { return }
    state.selectedEntry = index
    state.selectedAction = nil
    state.detailScroll = 0
    state.focus = .items
    keepSelectionVisible()
  }
}
