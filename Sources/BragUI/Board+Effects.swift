import BragModel

/// The board's one way out to the world. Key handling asks for effects (``ask(_:)``); after each
/// event the runner performs them against the store and hands back what happened, which only
/// changes state. Tests can stop after ``Board/update(_:)`` and read the effects as data.
extension Board {
  /// Asks for an effect; it runs when the event has been handled.
  mutating func ask(_ effect: BoardEffect) { pendingEffects.append(effect) }

  /// Asks to save `changes` to `target` as one step: one message, one undo.
  mutating func edit(
    _ changes: [Change], _ target: RowID, describing what: String, note: StatusMessage? = nil
  ) {
    ask(
      .save(
        SaveRequest(
          target: target, changes: changes, description: "\(label(of: target)) \(what)", purpose: .edit,
          note: note)))
  }

  mutating func edit(_ change: Change, _ target: RowID, describing what: String, note: StatusMessage? = nil) {
    edit([change], target, describing: what, note: note)
  }

  /// Asks to reverse the last step (or redo the last undone one).
  mutating func undoOrRedo(undo: Bool) {
    guard let entry = undo ? state.undo.popLast() : state.redo.popLast() else {
      state.message = .info(undo ? Strings.nothingToUndo : Strings.nothingToRedo)
      return
    }
    // The history says which this was: an undo or a redo.
    let changes = entry.changes.map { change -> Change in
      if case .brag(let value, _) = change { return .brag(value, reason: undo ? "undo" : "redo") }
      return change
    }
    ask(
      .save(
        SaveRequest(
          target: entry.target, changes: changes, description: entry.description,
          purpose: undo ? .undo : .redo)))
  }

  /// The runner: carries out one effect against the store and the context's services. The only
  /// function of the board that writes anything.
  public mutating func perform(_ effect: BoardEffect) -> BoardFeedback {
    switch effect {
    case .save(let request):
      var inverses: [Change] = []
      do {
        for change in request.changes {
          let applied = try store.apply(
            change, to: request.target, author: context.author,
            timestamp: Timestamp.string(from: context.now()))
          inverses.insert(applied.inverse, at: 0)
        }
      } catch {
        return .saveFailed(request, reason: error.description)
      }
      return .saved(request, inverses: inverses)
    case .saveJournal(let journal):
      do {
        try store.saveJournal(journal)
        return .journalSaved
      } catch {
        return .journalFailed(reason: error.description)
      }
    case .writeMinutes(let journal):
      let reports = store.slots.indices.compactMap { store.report(at: $0) }
      do {
        return .minutesWritten(
          path: try store.writeMinutes(context.minutesText(reports, journal), startedAt: journal.startedAt))
      } catch {
        return .minutesFailed(reason: error.description)
      }
    case .reload:
      return .reloaded(changed: store.refresh())
    }
  }

  /// What happened, taken into the state. Returns false when nothing on screen changes.
  @discardableResult
  public mutating func receive(_ feedback: BoardFeedback) -> Bool {
    switch feedback {
    case .saved(let request, let inverses):
      let reverse = UndoEntry(target: request.target, changes: inverses, description: request.description)
      switch request.purpose {
      case .edit:
        state.undo.append(reverse)
        state.redo.removeAll()
        state.message = request.note ?? .info(Strings.saved(request.description))
      case .undo:
        state.redo.append(reverse)
        state.message = .info(Strings.undone(request.description))
      case .redo:
        state.undo.append(reverse)
        state.message = .info(Strings.redone(request.description))
      }
      dataChanged()
    case .saveFailed(let request, let reason):
      state.message = .error(
        request.purpose == .edit
          ? Strings.notSaved(reason)
          : Strings.couldNotUndo(request.purpose == .undo, request.description, reason))
      dataChanged()
    case .journalSaved:
      return false
    case .journalFailed(let reason):
      state.message = .error(Strings.journalNotSaved(reason))
    case .minutesWritten(let path):
      state.message = .info(Strings.minutesWritten(path))
    case .minutesFailed(let reason):
      state.message = .error(Strings.minutesNotWritten(reason))
    case .reloaded(let changed):
      guard changed else { return false }
      dataChanged()
      state.message = .info(Strings.reloaded)
    }
    return true
  }
}
