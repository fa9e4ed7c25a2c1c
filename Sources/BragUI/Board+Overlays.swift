import BragModel

extension Board {
  /// The filter menu's lines: the five ratings, then the owner filter.
  static let filterMenuBRAGs: [BRAG] = [.blue, .red, .amber, .green, .unrated]

  mutating func handleFilterMenu(_ key: Key, selected: Int) {
    let count = Self.filterMenuBRAGs.count + 1
    func toggle(_ brag: BRAG) {
      if state.filter.brags.contains(brag) {
        state.filter.brags.remove(brag)
      } else {
        state.filter.brags.insert(brag)
      }
    }
    func askOwner() {
      state.mode = .prompt(Prompt(.ownerFilter, label: Strings.ownerPrompt, text: state.filter.owner ?? ""))
    }
    guard let action = KeyBindings.filterMenu.action(for: key) else { return }
    switch action {
    case .up: state.mode = .filterMenu(selected: (selected + count - 1) % count)
    case .down: state.mode = .filterMenu(selected: (selected + 1) % count)
    case .toggleSelected:
      if selected < Self.filterMenuBRAGs.count {
        toggle(Self.filterMenuBRAGs[selected])
      } else {
        askOwner()
      }
    case .toggle(let brag): toggle(brag)
    case .owner: askOwner()
    case .awaitingUpdate: toggleAwaitingUpdate()
    case .handover: startHandover()
    case .clear:
      state.filter.brags = []
      state.filter.owner = nil
      state.filter.awaitingUpdate = nil
    case .close:
      state.mode = .normal
      state.message = .info(
        state.filter.isActive
          ? Strings.filterSummary(state.filter.summary, items: state.itemEntryIndices.count)
          : Strings.noFilter)
    }
  }

  /// `n` in the filter menu: keep to what the latest update round has had no reply for, or stop.
  mutating func toggleAwaitingUpdate() {
    if state.filter.awaitingUpdate != nil {
      state.filter.awaitingUpdate = nil
      return
    }
    guard let awaiting = store.awaitingUpdate() else {
      state.message = .info(Strings.noUpdateRound)
      return
    }
    state.filter.awaitingUpdate = BoardFilter.AwaitingRows(round: awaiting.round, ids: awaiting.ids)
  }

  /// After data changed: a reply may have come in, so the awaited rows are worked out again.
  mutating func refreshAwaitingUpdate() {
    guard let current = state.filter.awaitingUpdate, let awaiting = store.awaitingUpdate() else { return }
    if awaiting.ids != current.ids || awaiting.round != current.round {
      state.filter.awaitingUpdate = BoardFilter.AwaitingRows(round: awaiting.round, ids: awaiting.ids)
    }
  }

  mutating func handlePrompt(_ key: Key, _ prompt: inout Prompt) {
    switch KeyBindings.prompt.action(for: key) {
    case .cancel:
      state.mode = .normal
      state.message = .info(Strings.cancelled)
    case .accept:
      state.mode = .normal
      finish(prompt)
    case nil:
      _ = prompt.editor.handle(key)
      state.mode = .prompt(prompt)
    }
  }

  /// What a timescale typed at a prompt resolves to, shown live beside it. A revised due date
  /// must be a date; an action's timescale may name none, but then it is never overdue.
  func resolutionHint(_ text: String, revising: Bool = false) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    let timescale = TimescaleResolver.resolve(text, context: TimescaleContext(reference: context.today))
    if let due = timescale.due { return "→ \(due.longDescription) (\(timescale.precision.rawValue))" }
    if revising { return CalendarDate(trimmed).map { "→ \($0.longDescription)" } ?? Strings.notADateHint }
    return timescale.precision == .ongoing ? Strings.ongoingHint : Strings.noDateHint
  }

  private mutating func finish(_ prompt: Prompt) {
    let text = prompt.editor.text
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch prompt.purpose {
    case .search:
      state.search = trimmed.isEmpty ? nil : trimmed
      // n and N follow the last search or jump: this search, now.
      if state.search != nil { state.jump = nil }
      if state.search != nil { findNext(forward: true) }
    case .jump:
      jump(to: trimmed)
    case .status(let target):
      edit(.status(trimmed.isEmpty ? nil : trimmed), target, describing: "status set to '\(trimmed)'")
    case .ownerFilter:
      state.filter.owner = trimmed.isEmpty ? nil : trimmed
      ensureEntries()
      state.message = .info(
        trimmed.isEmpty
          ? Strings.ownerCleared : Strings.ownerFilter(trimmed, items: state.itemEntryIndices.count))
    case .revisedDate(let target):
      let resolved =
        CalendarDate(trimmed)
        ?? TimescaleResolver.resolve(trimmed, context: TimescaleContext(reference: context.today)).due
      guard let date = resolved else {
        state.message = .error(Strings.notADate(trimmed))
        return
      }
      state.mode = .prompt(
        Prompt(
          .revisedReason(target, date),
          label: Strings.revisedReasonPrompt(label(of: target), date)))
    case .revisedReason(let target, let date):
      guard !trimmed.isEmpty else {
        var again = prompt
        if !again.label.hasPrefix(Strings.reasonRequired) {
          again.label = Strings.reasonRequired + again.label
        }
        state.mode = .prompt(again)
        return
      }
      edit(
        .revisedDue(date, reason: trimmed), target, describing: "due date revised to \(date.longDescription)")
    case .ratingReason(let target, let brag):
      let changes = StatusFollowsRating.changes(
        rating: brag, reason: trimmed.isEmpty ? nil : trimmed, currentStatus: currentStatus(of: target))
      let followed =
        changes.count > 1 ? Strings.statusFollowed(StatusFollowsRating.word(for: brag) ?? "") : ""
      edit(changes, target, describing: "rated \(brag.displayName)\(followed)")
    case .attendees:
      state.mode = .prompt(
        Prompt(.apologies(attendees: trimmed.isEmpty ? nil : trimmed), label: Strings.apologiesPrompt))
    case .apologies(let attendees):
      startMeeting(
        attendees: attendees, apologies: trimmed.isEmpty ? nil : trimmed, framework: state.meetingFramework)
      state.meetingFramework = nil
    case .owner(let target):
      finishOwner(trimmed, target)
    case .handoverTo(let owner):
      finishHandoverPrompt(trimmed, from: owner)
    case .evidence, .monitorUntil, .rejectReason, .reopenReason, .extensionDate, .extensionReason,
      .refuseReason, .holdReason, .holdWaitingOn, .bulkRatingReason, .bulkOwner, .bulkRevisedDate,
      .bulkRevisedReason, .viewName, .viewRename:
      finishWorkflow(prompt.purpose, trimmed)
    case .complianceEvidence(let targets, let compliance):
      finishCompliance(targets, compliance, trimmed)
    case .linkTarget(let target):
      finishLink(target, trimmed)
    case .decision(let target):
      guard !trimmed.isEmpty else {
        state.message = .info(Strings.nothingRecorded)
        return
      }
      edit(.note(trimmed), target, describing: "decision recorded")
    case .actionText(let item):
      guard !trimmed.isEmpty else {
        state.message = .info(Strings.noActionAdded)
        return
      }
      state.mode = .prompt(Prompt(.actionOwner(item, text: trimmed), label: Strings.actionOwnerPrompt))
    case .actionOwner(let item, let actionText):
      state.mode = .prompt(
        Prompt(
          .actionTimescale(item, text: actionText, owner: trimmed.isEmpty ? nil : trimmed),
          label: Strings.actionTimescalePrompt))
    case .actionTimescale(let item, let actionText, let owner):
      guard let slot = store.slotIndex(of: item.report), let report = store.report(at: slot),
        let fullItem = report.item(item)
      else { return }
      let timescale = TimescaleResolver.resolve(
        trimmed.isEmpty ? nil : trimmed,
        context: TimescaleContext(publication: report.published, reference: context.today))
      let action = Action(id: fullItem.nextActionID, text: actionText, owner: owner, timescale: timescale)
      let what = "gained action \(fullItem.nextActionLabel)"
      // A timescale with no date is kept, but the action can never be overdue: say so.
      let undated = timescale.due == nil && timescale.precision != .ongoing
      edit(
        .addAction(action, at: nil), item, describing: what,
        note: undated
          ? .error(Strings.savedWithoutDate("\(label(of: item)) \(what)", timescale.written)) : nil)
    }
  }

  mutating func handleEditor(_ key: Key, _ editor: inout UpdateEditor) {
    if editor.confirmingDiscard {
      if key == .character("y") {
        state.mode = .normal
        state.message = .info(
          editor.purpose == .returnNarrative ? Strings.narrativeDiscarded : Strings.updateDiscarded)
      } else {
        editor.confirmingDiscard = false
        state.mode = .editor(editor)
      }
      return
    }
    switch KeyBindings.editor.action(for: key) {
    case .cancel:
      if editor.text.isEmpty {
        state.mode = .normal
        state.message = .info(Strings.cancelled)
      } else {
        editor.confirmingDiscard = true
        state.mode = .editor(editor)
      }
    case .accept where editor.purpose == .returnNarrative:
      state.mode = .normal
      let text = editor.text.text.trimmingCharacters(in: .whitespacesAndNewlines)
      let words = ReturnNarrative.words(text)
      edit(
        .returnNarrative(text.isEmpty ? nil : text), editor.target,
        describing: "return narrative saved (\(Strings.words(words)))",
        note: ReturnNarrative.isTooLong(words: words) ? .error(Strings.narrativeTooLong(words)) : nil)
    case .accept:
      guard !editor.text.isEmpty else {
        state.message = .error(Strings.emptyUpdate)
        return
      }
      state.mode = .normal
      let update = QuarterlyUpdate(
        period: editor.period, date: editor.date, author: context.author,
        text: editor.text.text.trimmingCharacters(in: .whitespacesAndNewlines))
      edit(.addUpdate(update), editor.target, describing: "gained an update for \(editor.period)")
    case .earlierPeriod:
      stepPeriod(&editor, earlier: true)
      state.mode = .editor(editor)
    case .laterPeriod:
      stepPeriod(&editor, earlier: false)
      state.mode = .editor(editor)
    case nil:
      _ = editor.text.handle(key)
      state.mode = .editor(editor)
    }
  }

  mutating func handleConfirmation(_ key: Key, _ confirmation: Confirmation) -> ProgramResponse {
    guard case .character(let answer) = key, confirmation.choices.contains(where: { $0.key == answer }) else {
      if key == .escape {
        state.mode = .normal
        state.message = .info(Strings.cancelled)
      }
      return .redraw
    }
    state.mode = .normal
    switch confirmation.purpose {
    case .leaveMeeting:
      switch answer {
      case "e":
        endMeeting()
        return .quit
      case "k":
        state.message = .info(Strings.meetingKeptOpen)
        return .quit
      default:
        state.message = .info(Strings.cancelled)
      }
    case .closeOrRemoveAction(let target):
      switch answer {
      case "c":
        edit(
          [.status("Closed"), .brag(.blue, reason: "closed")], target, describing: "closed and rated Blue")
      case "d":
        let item = RowID(report: target.report, item: target.item)
        state.selectedAction = nil
        edit(.removeAction(id: target.action!), item, describing: "lost action \(label(of: target))")
      default:
        state.message = .info(Strings.cancelled)
      }
    case .handover(let handover):
      confirmHandover(handover, answer: answer)
    case .chooseUpdate(let target, let updates):
      chooseUpdate(answer, of: target, among: updates)
    case .removeUpdate(let target, let update):
      confirmUpdateRemoval(answer, of: update, from: target)
    case .closure(let target):
      answerClosure(answer, target)
    case .dateExtension(let target):
      answerExtension(answer, target)
    case .views:
      answerViews(answer)
    case .deleteView:
      deleteView(answer)
    case .renameView:
      askViewRename(answer)
    case .compliance(let targets):
      answerCompliance(answer, targets)
    case .links(let target, let serves):
      answerLinks(answer, target, serves)
    }
    return .redraw
  }
}
