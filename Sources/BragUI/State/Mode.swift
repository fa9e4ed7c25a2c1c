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
