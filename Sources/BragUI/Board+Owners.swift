import BragModel

/// Owners on the board: `O` sets the owner of an item or action; `h` in the filter menu hands
/// over everything the owner filter matches, in the reports in view, as one undoable step.
extension Board {
  /// `O`: a prompt prefilled with the current owner of the item, or of the picked action.
  mutating func askItemOwner() -> ProgramResponse {
    guard let target = editTarget else {
      state.message = .error(Strings.noItemSelected)
      return .redraw
    }
    state.mode = .prompt(
      Prompt(
        .owner(target), label: Strings.ownerPrompt(label(of: target)), text: currentOwner(of: target) ?? ""))
    return .redraw
  }

  func currentOwner(of id: RowID) -> String? {
    guard let slot = store.slotIndex(of: id.report), let report = store.report(at: slot) else { return nil }
    return id.action == nil ? report.item(id)?.owner : report.action(id)?.owner
  }

  /// Enter on the owner prompt: saves it, or clears it when empty.
  mutating func finishOwner(_ typed: String, _ target: RowID) {
    let owner = OwnerRule.value(typed)
    guard owner != currentOwner(of: target) else {
      state.message = .info(Strings.cancelled)
      return
    }
    edit(.owner(owner, reason: nil), target, describing: owner.map(Strings.ownerSet) ?? Strings.ownerRemoved)
  }

  /// "in all reports", or "in <title>" when one report is selected.
  var scopeInWords: String {
    guard state.selectedReport > 0, let slot = slotsInView.first else { return Strings.inAllReports }
    return Strings.inReport(store.slots[slot].title)
  }

  /// The changes a hand-over makes in the reports in view, report by report.
  func handoverChanges(_ handover: Handover) -> [(target: RowID, change: Change)] {
    slotsInView.flatMap { slot in store.report(at: slot).map(handover.changes(in:)) ?? [] }
  }

  /// "3 items and 4 actions".
  func handoverCount(_ changes: [(target: RowID, change: Change)]) -> String {
    let actions = changes.filter { $0.target.action != nil }.count
    return Strings.itemsAndActions(items: changes.count - actions, actions: actions)
  }

  /// `h` in the filter menu: asks whom to hand over to, saying how much the owner filter matches.
  mutating func startHandover() {
    state.mode = .normal
    guard let owner = state.filter.owner else {
      state.message = .error(Strings.handoverNeedsFilter)
      return
    }
    // Nobody is "handed over" to the name being handed over from: count what any new name would get.
    let changes = handoverChanges(Handover(from: owner, to: ""))
    guard !changes.isEmpty else {
      state.message = .error(Strings.nothingToHandOver(owner, scopeInWords))
      return
    }
    state.mode = .prompt(
      Prompt(
        .handoverTo(from: owner), label: Strings.handoverPrompt(handoverCount(changes), owner, scopeInWords)))
  }

  /// Enter on the new owner: asks to confirm, saying how many items and actions change.
  mutating func finishHandoverPrompt(_ typed: String, from owner: String) {
    guard let to = OwnerRule.value(typed) else {
      state.message = .error(Strings.handoverNeedsOwner)
      return
    }
    let handover = Handover(from: owner, to: to)
    let changes = handoverChanges(handover)
    guard !changes.isEmpty else {
      state.message = .error(Strings.nothingToHandOver(owner, scopeInWords))
      return
    }
    state.mode = .confirm(
      Confirmation(
        purpose: .handover(handover),
        question: Strings.handoverQuestion(handoverCount(changes), from: owner, to: to, scopeInWords),
        choices: [("y", Strings.handoverChoice), ("n", "cancel")]))
  }

  /// `y`: every change of the hand-over saved as one step, one message, one undo.
  mutating func confirmHandover(_ handover: Handover, answer: Character) {
    let changes = handoverChanges(handover)
    guard answer == "y", let first = changes.first else {
      state.message = .info(Strings.cancelled)
      return
    }
    ask(
      .save(
        SaveRequest(
          target: first.target, changes: [first.change],
          description: Strings.handedOver(handoverCount(changes), from: handover.from, to: handover.to),
          purpose: .edit, note: nil,
          more: changes.dropFirst().map { TargetedChanges(target: $0.target, changes: [$0.change]) })))
  }
}
