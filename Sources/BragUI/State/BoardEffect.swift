import BragModel

/// What a key asks the outside world to do. Key handling only returns these; the runner
/// (``Board/perform(_:)``) carries them out and reports back with a ``BoardFeedback``.
public enum BoardEffect: Equatable, Sendable {
  /// Save changes to one item or action, as one step of the undo history.
  case save(SaveRequest)
  /// Keep the meeting's journal: who met, when, what was reviewed.
  case saveJournal(MeetingJournal)
  /// Write the minutes of the meeting that just ended.
  case writeMinutes(MeetingJournal)
  /// Look for data changed elsewhere.
  case reload
  /// Keep the saved views (after `v` `s` saved one, or one was deleted or renamed), then say
  /// `message`.
  case saveViews([SavedView], message: String)
}

/// Changes to save together: one message, one undo step.
public struct SaveRequest: Equatable, Sendable {
  /// Why the changes are made: an edit (undoable), or the undo or redo of an earlier step.
  public enum Purpose: Equatable, Sendable {
    case edit
    case undo
    case redo
  }

  public var target: RowID
  public var changes: [Change]
  /// "Rec 2 rated Red": what the message and the undo history call this step.
  public var description: String
  public var purpose: Purpose
  /// Said instead of "… · saved" when the save succeeds (a warning that goes with it).
  public var note: StatusMessage?
  /// Further targets saved in the same step, after ``target``: a hand-over changes many items
  /// and actions, and undoes as one. All or nothing: if one fails, the others are put back.
  public var more: [TargetedChanges] = []

  /// Every target with its changes, in the order they are saved.
  public var steps: [TargetedChanges] { [TargetedChanges(target: target, changes: changes)] + more }

  /// False when a change in it cannot be undone (a redaction): the step joins no undo history.
  public var isUndoable: Bool { steps.allSatisfy { $0.changes.allSatisfy(\.isUndoable) } }
}

/// Changes to one item or action, within a step that saves several.
public struct TargetedChanges: Equatable, Sendable {
  public var target: RowID
  public var changes: [Change]

  public init(target: RowID, changes: [Change]) {
    self.target = target
    self.changes = changes
  }
}

/// What the runner found when it carried out an effect.
public enum BoardFeedback: Equatable, Sendable {
  /// Saved; `inverses` undo the step, in the order to apply them.
  case saved(SaveRequest, inverses: [Change])
  /// Saved a step with several targets (``SaveRequest/more``); `inverses` undo it, target by
  /// target, in the order to apply them.
  case savedSteps(SaveRequest, inverses: [TargetedChanges])
  case saveFailed(SaveRequest, reason: String)
  case journalSaved
  case journalFailed(reason: String)
  case minutesWritten(path: String)
  case minutesFailed(reason: String)
  case reloaded(changed: Bool)
  case viewsSaved([SavedView], message: String)
  case viewsFailed(reason: String)
}
