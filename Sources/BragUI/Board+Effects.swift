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
    let reason = undo ? "undo" : "redo"
    func marked(_ changes: [Change]) -> [Change] { changes.map { $0.withReason(reason) } }
    ask(
      .save(
        SaveRequest(
          target: entry.target, changes: marked(entry.changes), description: entry.description,
          purpose: undo ? .undo : .redo,
          more: entry.more.map { TargetedChanges(target: $0.target, changes: marked($0.changes)) })))
  }

  /// The runner: carries out one effect against the store and the context's services. The only
  /// function of the board that writes anything.
  public mutating func perform(_ effect: BoardEffect) -> BoardFeedback {
    switch effect {
    case .save(let request) where !request.more.isEmpty:
      return saveSteps(request)
    case .save(let request):
      // An edit applies to the rating and status the board showed: if another board or a script
      // changed that field since, the edit is refused rather than saved over it.
      let changes =
        request.purpose == .edit ? request.changes.map { asSeen($0, request.target) } : request.changes
      do {
        let applied = try store.apply(
          changes, to: request.target, author: context.author,
          timestamp: Timestamp.string(from: context.now()))
        return .saved(request, inverses: applied.reversed().map(\.inverse))
      } catch {
        return .saveFailed(request, reason: error.description)
      }
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
    case .saveViews(let views, let message):
      do {
        try store.saveViews(views)
        return .viewsSaved(views, message: message)
      } catch {
        return .viewsFailed(reason: error.description)
      }
    }
  }

  /// `change` guarded by the value of its field as the board shows it, for a rating or a status.
  func asSeen(_ change: Change, _ target: RowID) -> Change {
    let seen: (HistoryField, String?)
    switch change {
    case .brag: seen = (.brag, currentBRAG(of: target).rawValue)
    case .status: seen = (.status, currentStatus(of: target))
    default: return change
    }
    return .guarded(
      change, expecting: HistoryEntry(at: "", author: "", field: seen.0, before: nil, after: seen.1))
  }

  /// What happened, taken into the state. Returns false when nothing on screen changes.
  @discardableResult
  public mutating func receive(_ feedback: BoardFeedback) -> Bool {
    switch feedback {
    case .saved(let request, let inverses):
      record(request, UndoEntry(target: request.target, changes: inverses, description: request.description))
    case .savedSteps(let request, let inverses):
      guard let first = inverses.first else { return false }
      record(
        request,
        UndoEntry(
          target: first.target, changes: first.changes, description: request.description,
          more: Array(inverses.dropFirst())))
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
    case .viewsSaved(let views, let message):
      state.views = views
      state.message = .info(message)
    case .viewsFailed(let reason):
      state.message = .error(Strings.viewNotSaved(reason))
    }
    return true
  }

  /// A saved step, taken into the undo history (unless it cannot be undone) and said.
  private mutating func record(_ request: SaveRequest, _ reverse: UndoEntry) {
    switch request.purpose {
    case .edit where !request.isUndoable:
      // A redaction: nothing to undo, and the update steps before it on that item no longer
      // describe its updates, so they leave the undo history with it.
      let items = Set(request.steps.map(\.target.owningItem))
      state.undo.removeAll { $0.touchesUpdates(of: items) }
      state.redo.removeAll()
      state.message = request.note ?? .info(Strings.saved(request.description))
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
  }

  /// Saves a step with several targets, all or nothing: when one fails, what was already saved
  /// is put back (each put-back is in its target's history) and the step is not saved.
  private mutating func saveSteps(_ request: SaveRequest) -> BoardFeedback {
    let timestamp = Timestamp.string(from: context.now())
    // What undoes the saved changes, latest first.
    var undo: [(target: RowID, change: Change)] = []
    do {
      for step in request.steps {
        for change in step.changes {
          let applied = try store.apply(change, to: step.target, author: context.author, timestamp: timestamp)
          undo.insert((step.target, applied.inverse), at: 0)
        }
      }
    } catch {
      for (target, change) in undo {
        _ = try? store.apply(change, to: target, author: context.author, timestamp: timestamp)
      }
      return .saveFailed(request, reason: error.description)
    }
    var inverses: [TargetedChanges] = []
    for (target, change) in undo {
      if inverses.last?.target == target {
        inverses[inverses.count - 1].changes.append(change)
      } else {
        inverses.append(TargetedChanges(target: target, changes: [change]))
      }
    }
    return .savedSteps(request, inverses: inverses)
  }
}
