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
      rebuildEntries()
    }
    switch key {
    case .up, .character("k"): state.mode = .filterMenu(selected: (selected + count - 1) % count)
    case .down, .character("j"): state.mode = .filterMenu(selected: (selected + 1) % count)
    case .character(" "), .enter:
      if selected < Self.filterMenuBRAGs.count {
        toggle(Self.filterMenuBRAGs[selected])
      } else {
        state.mode = .prompt(
          Prompt(.ownerFilter, label: "Only items with an action owned by:", text: state.filter.owner ?? ""))
      }
    case .character("b"): toggle(.blue)
    case .character("r"): toggle(.red)
    case .character("a"): toggle(.amber)
    case .character("g"): toggle(.green)
    case .character("u"), .character("-"): toggle(.unrated)
    case .character("o"):
      state.mode = .prompt(
        Prompt(.ownerFilter, label: "Only items with an action owned by:", text: state.filter.owner ?? ""))
    case .character("c"):
      state.filter.brags = []
      state.filter.owner = nil
      rebuildEntries()
    case .escape, .character("f"), .character("q"):
      state.mode = .normal
      state.message = .info(
        state.filter.isActive
          ? "Filter: \(state.filter.summary.joined(separator: " · ")) (\(state.itemEntryIndices.count) items)"
          : "No filter")
    default: break
    }
  }

  mutating func handlePrompt(_ key: Key, _ prompt: inout Prompt) {
    switch key {
    case .escape:
      state.mode = .normal
      state.message = .info("Cancelled")
    case .enter:
      state.mode = .normal
      finish(prompt)
    default:
      _ = prompt.editor.handle(key)
      state.mode = .prompt(prompt)
    }
  }

  /// What a timescale typed at a prompt resolves to, shown live beside it.
  func resolutionHint(_ text: String) -> String? {
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    let timescale = TimescaleResolver.resolve(text, context: TimescaleContext(reference: context.today))
    if let due = timescale.due { return "→ \(due.longDescription) (\(timescale.precision.rawValue))" }
    return switch timescale.precision {
    case .ongoing: "→ ongoing: no due date"
    case .missing: "→ no date"
    default: "→ no date can be read from this; it will be kept as written and flagged"
    }
  }

  private mutating func finish(_ prompt: Prompt) {
    let text = prompt.editor.text
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch prompt.purpose {
    case .search:
      state.search = trimmed.isEmpty ? nil : trimmed
      if state.search != nil { findNext(forward: true) }
    case .jump:
      jump(to: trimmed)
    case .status(let target):
      edit(.status(trimmed.isEmpty ? nil : trimmed), target, describing: "status set to '\(trimmed)'")
    case .ownerFilter:
      state.filter.owner = trimmed.isEmpty ? nil : trimmed
      rebuildEntries()
      state.message = .info(
        trimmed.isEmpty
          ? "Owner filter cleared"
          : "Items with an action owned by '\(trimmed)': \(state.itemEntryIndices.count)")
    case .revisedDate(let target):
      let resolved =
        CalendarDate(trimmed)
        ?? TimescaleResolver.resolve(trimmed, context: TimescaleContext(reference: context.today)).due
      guard let date = resolved else {
        state.message = .error("'\(trimmed)' is not a date; try 2027-03-31 or Mar 2027")
        return
      }
      state.mode = .prompt(
        Prompt(
          .revisedReason(target, date),
          label: "Why is \(label(of: target)) moving to \(date.longDescription)?"))
    case .revisedReason(let target, let date):
      guard !trimmed.isEmpty else {
        var again = prompt
        if !again.label.hasPrefix("A reason is required") {
          again.label = "A reason is required. " + again.label
        }
        state.mode = .prompt(again)
        return
      }
      edit(
        .revisedDue(date, reason: trimmed), target, describing: "due date revised to \(date.longDescription)")
    case .attendees:
      startMeeting(attendees: trimmed.isEmpty ? nil : trimmed)
    case .decision(let target):
      guard !trimmed.isEmpty else {
        state.message = .info("Nothing recorded")
        return
      }
      edit(.note(trimmed), target, describing: "decision recorded")
    case .actionText(let item):
      guard !trimmed.isEmpty else {
        state.message = .info("No action added")
        return
      }
      state.mode = .prompt(Prompt(.actionOwner(item, text: trimmed), label: "Owner or responsible function:"))
    case .actionOwner(let item, let actionText):
      state.mode = .prompt(
        Prompt(
          .actionTimescale(item, text: actionText, owner: trimmed.isEmpty ? nil : trimmed),
          label: "Timescale as written (e.g. Mar 2027, Q4 2026/27, Ongoing):"))
    case .actionTimescale(let item, let actionText, let owner):
      guard let slot = store.slotIndex(of: item.report), let report = store.report(at: slot),
        let fullItem = report.item(item)
      else { return }
      let timescale = TimescaleResolver.resolve(
        trimmed.isEmpty ? nil : trimmed,
        context: TimescaleContext(publication: report.published, reference: context.today))
      let action = Action(id: fullItem.nextActionID, text: actionText, owner: owner, timescale: timescale)
      edit(
        .addAction(action, at: nil), item,
        describing: "gained action \(fullItem.nextActionLabel)")
    }
  }

  mutating func handleEditor(_ key: Key, _ editor: inout UpdateEditor) {
    if editor.confirmingDiscard {
      if key == .character("y") {
        state.mode = .normal
        state.message = .info("Update discarded")
      } else {
        editor.confirmingDiscard = false
        state.mode = .editor(editor)
      }
      return
    }
    switch key {
    case .escape:
      if editor.text.isEmpty {
        state.mode = .normal
        state.message = .info("Cancelled")
      } else {
        editor.confirmingDiscard = true
        state.mode = .editor(editor)
      }
    case .control("s") where editor.purpose == .returnNarrative,
      .function(2) where editor.purpose == .returnNarrative:
      state.mode = .normal
      let text = editor.text.text.trimmingCharacters(in: .whitespacesAndNewlines)
      let words = ReturnNarrative.words(text)
      edit(
        .returnNarrative(text.isEmpty ? nil : text), editor.target,
        describing: "return narrative saved (\(words) words)")
      if ReturnNarrative.isTooLong(words: words) {
        state.message = .error(
          "Saved, but \(words) words is over HMICFRS's \(ReturnNarrative.wordLimit): the return export will refuse it"
        )
      }
    case .control("s"), .function(2):
      guard !editor.text.isEmpty else {
        state.message = .error("The update is empty: type it first, or Esc to cancel")
        return
      }
      state.mode = .normal
      let update = QuarterlyUpdate(
        period: editor.period, date: editor.date, author: context.author,
        text: editor.text.text.trimmingCharacters(in: .whitespacesAndNewlines))
      edit(.addUpdate(update), editor.target, describing: "gained an update for \(editor.period)")
    default:
      _ = editor.text.handle(key)
      state.mode = .editor(editor)
    }
  }

  mutating func handleConfirmation(_ key: Key, _ confirmation: Confirmation) {
    guard case .character(let answer) = key, confirmation.choices.contains(where: { $0.key == answer }) else {
      if key == .escape {
        state.mode = .normal
        state.message = .info("Cancelled")
      }
      return
    }
    state.mode = .normal
    switch confirmation.purpose {
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
        state.message = .info("Cancelled")
      }
    }
  }
}
