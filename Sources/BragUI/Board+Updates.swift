import BragModel

/// Quarterly updates on the board: the editor's period (Ctrl-P, Ctrl-N), and `X`, which removes
/// a mistaken update after asking, or removes it and redacts its text from the history.
extension Board {
  /// Ctrl-P or Ctrl-N in the update editor: the quarter before or after, between the current
  /// quarter and ``UpdateEditor/maximumQuartersBack`` before it, dated as
  /// ``UpdatePeriod/updateDate(today:)`` says: today, or an earlier quarter's last day.
  mutating func stepPeriod(_ editor: inout UpdateEditor, earlier: Bool) {
    guard editor.purpose == .update else { return }
    let back = editor.quartersBack + (earlier ? 1 : -1)
    guard (0...UpdateEditor.maximumQuartersBack).contains(back) else { return }
    let periods = UpdatePeriod.containing(context.today).andEarlier(UpdateEditor.maximumQuartersBack)
    editor.quartersBack = back
    editor.period = periods[back].name
    editor.date = periods[back].updateDate(today: context.today)
  }

  /// `X`: which update to remove (when the item has several), then whether to redact it.
  mutating func askUpdateToRemove() -> ProgramResponse {
    guard let target = selectedItemID, let item = selectedFullItem else {
      state.message = .error(Strings.noItemSelected)
      return .redraw
    }
    let updates = Self.newestFirst(item.updates)
    switch updates.count {
    case 0:
      state.message = .info(Strings.noUpdates(label(of: target)))
    case 1:
      askRemoval(of: updates[0], from: target)
    default:
      let shown = Array(updates.prefix(9))
      state.mode = .confirm(
        Confirmation(
          purpose: .chooseUpdate(target, shown), question: Strings.whichUpdate(label(of: target)),
          choices: shown.enumerated().map { (Character(String($0.offset + 1)), $0.element.period) } + [
            ("n", "cancel")
          ]))
    }
    return .redraw
  }

  /// Updates newest first, as the detail pane's "latest update" is chosen: by date, then by
  /// position when dates tie or are missing.
  static func newestFirst(_ updates: [QuarterlyUpdate]) -> [QuarterlyUpdate] {
    updates.enumerated().sorted { a, b in
      (a.element.date ?? CalendarDate(dayNumber: Int.min / 2), a.offset)
        > (b.element.date ?? CalendarDate(dayNumber: Int.min / 2), b.offset)
    }.map(\.element)
  }

  mutating func askRemoval(of update: QuarterlyUpdate, from target: RowID) {
    state.mode = .confirm(
      Confirmation(
        purpose: .removeUpdate(target, update),
        question: Strings.removeUpdateQuestion(update.period, label(of: target)),
        choices: [("y", Strings.removeChoice), ("r", Strings.redactChoice), ("n", "cancel")]))
  }

  /// A digit picks the update to remove.
  mutating func chooseUpdate(_ answer: Character, of target: RowID, among updates: [QuarterlyUpdate]) {
    guard let number = answer.wholeNumberValue, updates.indices.contains(number - 1) else {
      state.message = .info(Strings.cancelled)
      return
    }
    askRemoval(of: updates[number - 1], from: target)
  }

  /// `y` removes the update (undoable); `r` removes it and redacts its text (not undoable).
  mutating func confirmUpdateRemoval(_ answer: Character, of update: QuarterlyUpdate, from target: RowID) {
    switch answer {
    case "y":
      edit(.removeUpdate(update, redact: false), target, describing: Strings.lostUpdate(update.period))
    case "r":
      let description = "\(label(of: target)) \(Strings.lostUpdate(update.period))"
      edit(
        .removeUpdate(update, redact: true), target, describing: Strings.lostUpdate(update.period),
        note: .info(Strings.redactedUpdate(description)))
    default:
      state.message = .info(Strings.cancelled)
    }
  }
}

extension UpdateEditor {
  /// How far back Ctrl-P goes: the four quarters before the current one.
  public static let maximumQuartersBack = 4
}

extension RowID {
  /// The item itself, or the item an action belongs to.
  var owningItem: RowID { RowID(report: report, item: item) }
}

extension Change {
  /// Whether the change adds, removes or puts back an update: what a redaction leaves behind.
  var touchesUpdates: Bool {
    switch self {
    case .addUpdate, .removeLastUpdate, .removeUpdate, .restoreUpdate: true
    case .guarded(let inner, _): inner.touchesUpdates
    default: false
    }
  }
}

extension UndoEntry {
  /// Whether the step adds or removes an update of one of `items`.
  func touchesUpdates(of items: Set<RowID>) -> Bool {
    steps.contains { items.contains($0.target.owningItem) && $0.changes.contains(where: \.touchesUpdates) }
  }
}
