import BragModel

/// What has the keyboard: the panes, or an overlay on top of them.
public enum Mode: Equatable, Sendable {
  case normal
  case help(scroll: Int)
  case filterMenu(selected: Int)
  case prompt(Prompt)
  case editor(UpdateEditor)
  case confirm(Confirmation)
}

/// A one-line question at the bottom of the screen ("Status for Rec 2: On track▏").
public struct Prompt: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case search
    case jump
    case status(RowID)
    case ownerFilter
    case revisedDate(RowID)
    case revisedReason(RowID, CalendarDate)
    case actionText(RowID)
    case actionOwner(RowID, text: String)
    case actionTimescale(RowID, text: String, owner: String?)
    case decision(RowID)
    case attendees
    /// Why a target is rated so: asked after B, R, A, G or U; Enter with nothing saves without one.
    case ratingReason(RowID, BRAG)
    case apologies(attendees: String?)
    /// `O`: the owner of an item or action (empty clears it).
    case owner(RowID)
    /// `h` in the filter menu: whom to hand over to everything the owner filter matches.
    case handoverTo(from: String)
    /// `c` `p`: what shows the work is done (words, an address, or a file in the data folder).
    case evidence(RowID)
    /// `c` `a`: monitor until a date, or (empty) close now.
    case monitorUntil(RowID)
    /// `c` `r` and `c` `o`: why the closure is rejected, or the item reopened.
    case rejectReason(RowID)
    case reopenReason(RowID)
    /// `t` `r` (or `t` with items marked, which also grants): the date asked for, then why.
    case extensionDate([RowID], grant: Bool)
    case extensionReason([RowID], CalendarDate, grant: Bool)
    /// `t` `f`: why the board refuses the request.
    case refuseReason(RowID)
    /// `h`: why the work is on hold, then whom it waits on (may be empty).
    case holdReason([RowID])
    case holdWaitingOn([RowID], reason: String)
    /// B R A G U, O and D with items marked: one reason or value for all of them.
    case bulkRatingReason([RowID], BRAG)
    case bulkOwner([RowID])
    case bulkRevisedDate([RowID])
    case bulkRevisedReason([RowID], CalendarDate)
    /// `v` `s`: the name to save the current view under.
    case viewName
    /// `v` `r` and a number: the new name of the view of that name.
    case viewRename(String)
    /// `C` then a level: the evidence for the assessment (Enter with nothing: none).
    case complianceEvidence([RowID], Compliance)
    /// `L`: the further item the action answers.
    case linkTarget(RowID)
  }

  public var purpose: Purpose
  public var label: String
  public var editor: LineEditor

  public init(_ purpose: Purpose, label: String, text: String = "") {
    self.purpose = purpose
    self.label = label
    editor = LineEditor(text)
  }
}

/// The multi-line editor: a quarterly update (with its period) or the HMICFRS return narrative.
public struct UpdateEditor: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case update
    case returnNarrative
  }

  public var purpose = Purpose.update
  public var target: RowID
  public var title: String
  public var period: String
  public var date: CalendarDate
  /// How many quarters before the current one the update is for (0: the current quarter);
  /// Ctrl-P and Ctrl-N change it (``UpdateEditor/maximumQuartersBack`` at most).
  public var quartersBack = 0
  public var text: TextEditor
  /// Set when Esc was pressed on a non-empty text: the next key confirms or cancels discarding.
  public var confirmingDiscard = false
}

/// A yes/no (or choose-one) question about something that cannot be undone by accident.
public struct Confirmation: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    /// `x` on an action: close it (status Closed, Blue) or remove it.
    case closeOrRemoveAction(RowID)
    /// `q` while a meeting is open: end it (and write the minutes), keep it open for later, or stay.
    case leaveMeeting
    /// `h` in the filter menu: hand over everything the owner filter matches, in view.
    case handover(Handover)
    /// `X` on an item with several updates: which one to remove (newest first, keys 1–9).
    case chooseUpdate(RowID, [QuarterlyUpdate])
    /// Remove this update of the item, or remove it and redact its text from the history.
    case removeUpdate(RowID, QuarterlyUpdate)
    /// `c`: propose, accept, reject or reopen the item's closure.
    case closure(RowID)
    /// `t`: request, grant or refuse an extension.
    case dateExtension(RowID)
    /// `v`: switch to a saved view (keys 1–9), save the current one, delete or rename one.
    case views
    /// `v` `d`: which saved view to delete (keys 1–9).
    case deleteView
    /// `v` `r`: which saved view to rename (keys 1–9).
    case renameView
    /// `C`: how far the requirements are met (fully, partly, not, not assessed).
    case compliance([RowID])
    /// `L` on a linked action: link it to another item, or unlink one (keys 1–9).
    case links(RowID, [String])
  }

  public var purpose: Purpose
  public var question: String
  /// The keys that answer, with what they mean ("c" close, "d" delete).
  public var choices: [(key: Character, label: String)]

  public static func == (a: Confirmation, b: Confirmation) -> Bool {
    a.purpose == b.purpose && a.question == b.question && a.choices.map(\.key) == b.choices.map(\.key)
      && a.choices.map(\.label) == b.choices.map(\.label)
  }
}
