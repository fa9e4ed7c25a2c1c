import BragModel

/// The year's workflow on the board: closure on evidence (`c`), extensions of time (`t`), holds
/// (`h`, `H`), marks for edits to several items at once (Space) and saved views (`v`). The rules
/// (what may be proposed, accepted or granted; what a grant or an acceptance also changes) are
/// the model's: the board asks for the steps the model composes and shows its refusals.
extension Board {
  // MARK: - Closure

  /// `c`: propose, accept, reject or reopen the selected item's closure.
  mutating func askClosure() -> ProgramResponse {
    guard let target = selectedItemID else { return noTargetSelected() }
    state.mode = .confirm(
      Confirmation(
        purpose: .closure(target), question: Strings.closureQuestion(label(of: target)),
        choices: [
          ("p", "propose (evidence)"), ("a", "accept"), ("r", "reject"), ("o", "reopen"), ("n", "cancel"),
        ]))
    return .redraw
  }

  mutating func answerClosure(_ answer: Character, _ target: RowID) {
    let name = label(of: target)
    switch answer {
    case "p": state.mode = .prompt(Prompt(.evidence(target), label: Strings.evidencePrompt(name)))
    case "a": state.mode = .prompt(Prompt(.monitorUntil(target), label: Strings.monitorPrompt(name)))
    case "r": state.mode = .prompt(Prompt(.rejectReason(target), label: Strings.rejectPrompt(name)))
    case "o": state.mode = .prompt(Prompt(.reopenReason(target), label: Strings.reopenPrompt(name)))
    default: state.message = .info(Strings.cancelled)
    }
  }

  /// The full item, as its report holds it now.
  func fullItem(_ id: RowID) -> Item? {
    guard let slot = store.slotIndex(of: id.report) else { return nil }
    return store.report(at: slot)?.item(id.owningItem)
  }

  /// The item or action `id` names, as far as extensions and holds go.
  func extendable(_ id: RowID) -> (any Extendable)? {
    guard let slot = store.slotIndex(of: id.report), let report = store.report(at: slot) else { return nil }
    return id.action == nil ? report.item(id) : report.action(id)
  }

  /// A date typed at a prompt: ISO, or anything the timescale resolver reads as one.
  func typedDate(_ text: String) -> CalendarDate? {
    CalendarDate(text)
      ?? TimescaleResolver.resolve(text, context: TimescaleContext(reference: context.today)).due
  }

  // MARK: - Extensions

  /// `t`: request, grant or refuse an extension; with items marked, request and grant for all.
  mutating func askExtension() -> ProgramResponse {
    if !state.marked.isEmpty {
      state.mode = .prompt(
        Prompt(
          .extensionDate(state.marked, grant: true),
          label: Strings.extensionDatePrompt(Strings.markedItems(state.marked.count), grant: true)))
      return .redraw
    }
    guard let target = editTarget else { return noTargetSelected() }
    state.mode = .confirm(
      Confirmation(
        purpose: .dateExtension(target), question: Strings.extensionQuestion(label(of: target)),
        choices: [("r", "request (date, reason)"), ("g", "grant"), ("f", "refuse"), ("n", "cancel")]))
    return .redraw
  }

  mutating func answerExtension(_ answer: Character, _ target: RowID) {
    let name = label(of: target)
    switch answer {
    case "r":
      state.mode = .prompt(
        Prompt(.extensionDate([target], grant: false), label: Strings.extensionDatePrompt(name, grant: false))
      )
    case "g":
      let steps = extendable(target)?.grantSteps() ?? [.grantExtension]
      let date = steps.lazy.compactMap { change -> CalendarDate? in
        if case .revisedDue(let date, _) = change { return date }
        return nil
      }.first
      edit(steps, target, describing: Strings.extensionGranted(date))
    case "f":
      state.mode = .prompt(Prompt(.refuseReason(target), label: Strings.refusePrompt(name)))
    default:
      state.message = .info(Strings.cancelled)
    }
  }

  // MARK: - Holds

  /// `h`: why the selected item (or picked action, or every marked item) is on hold.
  mutating func askHold() -> ProgramResponse {
    let targets = state.marked.isEmpty ? editTarget.map { [$0] } ?? [] : state.marked
    guard !targets.isEmpty else { return noTargetSelected() }
    state.mode = .prompt(
      Prompt(.holdReason(targets), label: Strings.holdPrompt(describe(targets), many: targets.count > 1)))
    return .redraw
  }

  /// `H`: releases the selected item (or picked action, or every marked item) from its hold.
  mutating func release() -> ProgramResponse {
    let targets = state.marked.isEmpty ? editTarget.map { [$0] } ?? [] : state.marked
    guard !targets.isEmpty else { return noTargetSelected() }
    editEach(targets, describing: Strings.released) { _ in [.release] }
    return .redraw
  }

  /// "Rec 2" for one target, "the 3 marked items" for marks.
  func describe(_ targets: [RowID]) -> String {
    targets.count == 1 && state.marked.count <= 1 ? label(of: targets[0]) : Strings.markedItems(targets.count)
  }

  // MARK: - Prompts

  /// Enter on one of the workflow's prompts.
  mutating func finishWorkflow(_ purpose: Prompt.Purpose, _ trimmed: String) {
    switch purpose {
    case .evidence(let target):
      // Empty evidence goes to the model too, which says what a proposal needs.
      let evidence = trimmed.isEmpty ? [] : [Evidence(trimmed, fileExists: store.evidenceFileExists)]
      edit(.proposeClosure(evidence: evidence), target, describing: Strings.proposedForClosure)
    case .monitorUntil(let target):
      var until: CalendarDate?
      if !trimmed.isEmpty {
        guard let date = typedDate(trimmed) else {
          state.message = .error(Strings.notADate(trimmed))
          return
        }
        until = date
      }
      guard let item = fullItem(target) else { return noTargetMessage() }
      let steps = item.acceptanceSteps(monitorUntil: until, today: context.today)
      var what = Strings.closedOnEvidence
      if steps.count == 1, case .acceptClosure(let monitor?) = steps[0] {
        what = Strings.monitoring(until: monitor)
      }
      edit(steps, target, describing: what)
    case .rejectReason(let target):
      edit(.rejectClosure(reason: trimmed), target, describing: Strings.closureRejected)
    case .reopenReason(let target):
      guard let item = fullItem(target) else { return noTargetMessage() }
      edit(item.reopeningSteps(reason: trimmed), target, describing: Strings.reopened)
    case .extensionDate(let targets, let grant):
      guard let date = typedDate(trimmed) else {
        state.message = .error(Strings.notADate(trimmed))
        return
      }
      state.mode = .prompt(
        Prompt(
          .extensionReason(targets, date, grant: grant),
          label: Strings.extensionReasonPrompt(describe(targets), date)))
    case .extensionReason(let targets, let date, let grant):
      if grant {
        editEach(targets, describing: Strings.extensionGranted(date)) { board, target in
          guard let slot = board.store.slotIndex(of: target.report), let report = board.store.report(at: slot)
          else { return [.requestExtension(date, reason: trimmed)] }
          if target.action != nil, let action = report.action(target) {
            return action.requestAndGrantSteps(to: date, reason: trimmed)
          }
          return report.item(target)?.requestAndGrantSteps(to: date, reason: trimmed)
            ?? [.requestExtension(date, reason: trimmed)]
        }
      } else {
        editEach(targets, describing: Strings.extensionRequested(date)) { _ in
          [.requestExtension(date, reason: trimmed)]
        }
      }
    case .refuseReason(let target):
      edit(.refuseExtension(reason: trimmed), target, describing: Strings.extensionRefused)
    case .holdReason(let targets):
      guard !trimmed.isEmpty else {
        // The model says what a hold needs; no point asking whom it waits on first.
        editEach(targets, describing: Strings.held(waitingOn: nil)) { _ in [.hold(reason: "", waitingOn: nil)]
        }
        return
      }
      state.mode = .prompt(Prompt(.holdWaitingOn(targets, reason: trimmed), label: Strings.waitingOnPrompt))
    case .holdWaitingOn(let targets, let reason):
      let waiting = trimmed.isEmpty ? nil : trimmed
      editEach(targets, describing: Strings.held(waitingOn: waiting)) { _ in
        [.hold(reason: reason, waitingOn: waiting)]
      }
    case .bulkRatingReason(let targets, let brag):
      editEach(targets, describing: "rated \(brag.displayName)") { board, target in
        StatusFollowsRating.changes(
          rating: brag, reason: trimmed.isEmpty ? nil : trimmed,
          currentStatus: board.currentStatus(of: target))
      }
    case .bulkOwner(let targets):
      let owner = OwnerRule.value(trimmed)
      editEach(targets, describing: owner.map(Strings.ownerSet) ?? Strings.ownerRemoved) { _ in
        [.owner(owner, reason: nil)]
      }
    case .bulkRevisedDate(let targets):
      guard let date = typedDate(trimmed) else {
        state.message = .error(Strings.notADate(trimmed))
        return
      }
      state.mode = .prompt(
        Prompt(.bulkRevisedReason(targets, date), label: Strings.bulkReasonPrompt(targets.count, date)))
    case .bulkRevisedReason(let targets, let date):
      guard !trimmed.isEmpty else {
        state.mode = .prompt(
          Prompt(
            purpose, label: Strings.reasonRequired + Strings.bulkReasonPrompt(targets.count, date)))
        return
      }
      editEach(targets, describing: "due date revised to \(date.longDescription)") { _ in
        [.revisedDue(date, reason: trimmed)]
      }
    case .viewName:
      saveView(named: trimmed)
    case .viewRename(let old):
      renameView(old, to: trimmed)
    default:
      break
    }
  }

  /// One step over several targets: one message, one undo. With one target it is an ordinary
  /// edit ("Rec 2 on hold"); with marks, "3 items on hold".
  mutating func editEach(
    _ targets: [RowID], describing what: String, _ changes: (Board, RowID) -> [Change]
  ) {
    guard let first = targets.first else { return }
    if targets.count == 1 && state.marked.count <= 1 {
      edit(changes(self, first), first, describing: what)
      return
    }
    let steps = targets.map { TargetedChanges(target: $0, changes: changes(self, $0)) }
    ask(
      .save(
        SaveRequest(
          target: steps[0].target, changes: steps[0].changes,
          description: "\(Strings.items(targets.count)) \(what)",
          purpose: .edit, note: nil, more: Array(steps.dropFirst()))))
  }

  mutating func editEach(_ targets: [RowID], describing what: String, _ changes: (RowID) -> [Change]) {
    editEach(targets, describing: what) { _, target in changes(target) }
  }

  private mutating func noTargetSelected() -> ProgramResponse {
    state.message = .error(Strings.noItemSelected)
    return .redraw
  }

  private mutating func noTargetMessage() {
    state.message = .error(Strings.noItemSelected)
  }

  // MARK: - Marks

  /// Space: marks or unmarks the selected item, and moves on to the next.
  mutating func toggleMark() -> ProgramResponse {
    guard let id = selectedItemID else { return noTargetSelected() }
    if let index = state.marked.firstIndex(of: id) {
      state.marked.remove(at: index)
    } else {
      state.marked.append(id)
    }
    if state.focus == .items { move(1) }
    state.message = .info(Strings.marked(state.marked.count))
    return .redraw
  }

  /// Marks on items no longer in the tracker (removed elsewhere, their report gone) are dropped,
  /// so a step on the marked items never names one that is not there.
  mutating func forgetMarksOfRemovedItems() {
    guard !state.marked.isEmpty else { return }
    let store = store
    let kept = state.marked.filter { id in
      guard let slot = store.slotIndex(of: id.report) else { return false }
      let data = store.slots[slot]
      return data.itemRows.contains { data.rows[$0].string(.id) == id.description }
    }
    if kept != state.marked { state.marked = kept }
  }

  /// Whether the item in `row` of `slot` is marked.
  func isMarked(slot: Int, row: Int) -> Bool {
    guard !state.marked.isEmpty, let text = store.slots[slot].rows[row].string(.id), let id = RowID(text)
    else { return false }
    return state.marked.contains(id)
  }

  // MARK: - Views

  /// `v`: the saved views, by number; saving the current one; deleting or renaming one.
  mutating func askViews() -> ProgramResponse {
    let shown = Array(state.views.prefix(9))
    let manage: [(key: Character, label: String)] =
      shown.isEmpty
      ? [] : [(Character("d"), Strings.deleteViewChoice), (Character("r"), Strings.renameViewChoice)]
    state.mode = .confirm(
      Confirmation(
        purpose: .views, question: shown.isEmpty ? Strings.noViewsQuestion : Strings.viewsQuestion,
        choices: numbered(shown) + [(Character("s"), Strings.saveViewChoice)] + manage + [
          (Character("n"), "cancel")
        ]))
    return .redraw
  }

  /// The views as choices by number, 1 to 9.
  private func numbered(_ views: [SavedView]) -> [(key: Character, label: String)] {
    views.enumerated().map { (Character(String($0.offset + 1)), $0.element.name) }
  }

  mutating func answerViews(_ answer: Character) {
    switch answer {
    case "s":
      state.mode = .prompt(Prompt(.viewName, label: Strings.viewNamePrompt))
      return
    case "d", "r":
      state.mode = .confirm(
        Confirmation(
          purpose: answer == "d" ? .deleteView : .renameView,
          question: answer == "d" ? Strings.deleteWhichView : Strings.renameWhichView,
          choices: numbered(Array(state.views.prefix(9))) + [(Character("n"), "cancel")]))
      return
    default: break
    }
    guard let number = answer.wholeNumberValue, state.views.indices.contains(number - 1) else {
      state.message = .info(Strings.cancelled)
      return
    }
    show(state.views[number - 1])
  }

  /// Saves the current report, filter and search under `name` (replacing a view of that name).
  mutating func saveView(named name: String) {
    let name = SafeText.singleLine(name)
    guard !name.isEmpty else {
      state.message = .info(Strings.viewNotNamed)
      return
    }
    let report = state.selectedReport > 0 ? slotsInView.first.map { store.slots[$0].id } : nil
    let view = SavedView(name: name, report: report, filter: state.filter, search: state.search)
    var views = state.views
    if let index = views.firstIndex(where: { $0.name == name }) {
      views[index] = view
    } else {
      views.append(view)
    }
    ask(.saveViews(views, message: Strings.viewSaved(name)))
  }

  /// The view chosen by number in a menu of views, if `answer` names one.
  private func chosenView(_ answer: Character) -> Int? {
    guard let number = answer.wholeNumberValue, state.views.indices.contains(number - 1) else { return nil }
    return number - 1
  }

  /// `v` `d` and a number: deletes that saved view (the others keep their order).
  mutating func deleteView(_ answer: Character) {
    guard let index = chosenView(answer) else {
      state.message = .info(Strings.cancelled)
      return
    }
    var views = state.views
    let removed = views.remove(at: index)
    ask(.saveViews(views, message: Strings.viewDeleted(removed.name)))
  }

  /// `v` `r` and a number: asks for the view's new name, the old one typed in to edit.
  mutating func askViewRename(_ answer: Character) {
    guard let index = chosenView(answer) else {
      state.message = .info(Strings.cancelled)
      return
    }
    let name = state.views[index].name
    state.mode = .prompt(Prompt(.viewRename(name), label: Strings.viewRenamePrompt(name), text: name))
  }

  /// Renames the view called `old`; refused when the new name is empty or another view has it.
  mutating func renameView(_ old: String, to typed: String) {
    let name = SafeText.singleLine(typed)
    guard let index = state.views.firstIndex(where: { $0.name == old }) else {
      state.message = .error(Strings.viewGone(old))
      return
    }
    guard !name.isEmpty, name != old else {
      state.message = .info(name.isEmpty ? Strings.viewNotRenamedEmpty : Strings.cancelled)
      return
    }
    guard !state.views.contains(where: { $0.name == name }) else {
      state.message = .error(Strings.viewNameTaken(name))
      return
    }
    var views = state.views
    views[index].name = name
    ask(.saveViews(views, message: Strings.viewRenamed(old, to: name)))
  }

  /// Switches to a saved view. One that matches nothing now shows an empty list, and says so.
  mutating func show(_ view: SavedView) {
    var note: String?
    if let report = view.report {
      if let slot = store.slotIndex(of: report) {
        state.selectedReport = reportEntry(ofSlot: slot)
      } else {
        state.selectedReport = 0
        note = Strings.viewReportGone(view.name, report)
      }
    } else {
      state.selectedReport = 0
    }
    state.filter = view.filter
    state.search = view.search
    state.jump = nil
    state.focus = .items
    ensureEntries()
    if selectedItemID == nil { selectFirstItem() }
    keepSelectionVisible()
    let count = state.itemEntryIndices.count
    if let note {
      state.message = .error(note)
    } else {
      state.message = .info(
        count == 0 ? Strings.viewEmpty(view.name) : Strings.viewShown(view.name, items: count))
    }
  }
}
