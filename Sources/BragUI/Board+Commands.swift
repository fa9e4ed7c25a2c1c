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
      state.message = .info(
        state.filter.overdueOnly
          ? Strings.overdueOnly(state.itemEntryIndices.count) : Strings.showingAll
      )
    case .cycleWindow:
      state.filter.window = state.filter.window.next
      ensureEntries()
      state.message = .info(
        state.filter.window == .none
          ? Strings.windowOff : Strings.window(state.filter.window.label, items: state.itemEntryIndices.count)
      )
    case .openFilter: state.mode = .filterMenu(selected: 0)
    case .search:
      state.mode = .prompt(Prompt(.search, label: Strings.searchPrompt, text: state.search ?? ""))
    case .searchNext: findNext(forward: true)
    case .searchPrevious: findNext(forward: false)
    case .clear:
      let hadSomething = state.search != nil || state.filter.isActive
      state.search = nil
      state.filter = BoardFilter()
      state.message = hadSomething ? .info(Strings.searchCleared) : nil
    case .jump: state.mode = .prompt(Prompt(.jump, label: Strings.jumpPrompt))
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
    case .setOwner: return askItemOwner()
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
          choices: [("e", "end and write the minutes"), ("k", "keep open for later"), ("c", "cancel")]))
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

  mutating func findNext(forward: Bool) {
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

  /// Finds an item by label ("AFI 3", "Rec 21"), then official number ("21"), then a label's
  /// number ("3" for "AFI 3"): in view first, then anywhere.
  mutating func jump(to text: String) {
    let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard !wanted.isEmpty else { return }
    let tests: [(IndexedRow) -> Bool] = [
      { ($0.string(.ref) ?? "").lowercased() == wanted },
      { $0.number.map(String.init) == wanted },
      { Int(wanted) != nil && ($0.string(.ref) ?? "").lowercased().hasSuffix(" " + wanted) },
    ]
    for matches in tests {
      if let index = state.itemEntryIndices.first(where: { index in
        guard case .item(let slot, let row) = state.entries[index] else { return false }
        return matches(store.slots[slot].rows[row])
      }) {
        state.selectedEntry = index
        state.selectedAction = nil
        state.detailScroll = 0
        state.focus = .items
        keepSelectionVisible()
        return
      }
    }
    // Not in view: look everywhere, widening the view to all reports without filters.
    for matches in tests {
      for (slotIndex, slot) in store.slots.enumerated() {
        for row in slot.itemRows where matches(slot.rows[row]) {
          state.selectedReport = 0
          state.filter = BoardFilter()
          ensureEntries()
          if let index = state.entries.firstIndex(of: .item(slot: slotIndex, row: row)) {
            state.selectedEntry = index
            state.focus = .items
            keepSelectionVisible()
            state.message = .info(
              Strings.widenedToReach(slot.rows[row].string(.ref) ?? text))
          }
          return
        }
      }
    }
    state.message = .error(Strings.noSuchItem(text))
  }
}
