import BragModel

/// The board's words, all in one place so they are reviewed and corrected together. Key
/// summaries live with their keys (``KeyBindings``); views keep only their labels' layout.
enum Strings {
  // MARK: Opening
  static let noReports = "The data folder has no reports yet: try 'brag init' or 'brag add report'."
  static func filesFailed(_ count: Int) -> String {
    count == 1
      ? "1 file failed to load and is read-only: see the reports pane"
      : "\(count) files failed to load and are read-only: see the reports pane"
  }
  static func scannerProblem(_ problem: String) -> String { "\(problem): the ! marks check patterns only" }
  static let keyDoesNothing = "That key does nothing here; press ? for the list of keys"
  static let reloaded = "Reloaded: a data file changed on disk"
  static let tooSmallTitle = "Enlarge the window"
  static func tooSmall(_ width: Int, _ height: Int) -> [String] {
    [
      "BRAG Board needs at least \(Layout.minimumWidth)×\(Layout.minimumHeight);",
      "this one is \(width)×\(height). q quits.",
    ]
  }

  // MARK: Showing
  static let showingAll = "Showing all items"
  static let windowOff = "Due-soon window off"
  static func window(_ label: String, items: Int, actions: Int) -> String {
    "Falling \(label): \(count(items, "item")) and \(count(actions, "action"))"
  }
  static func nothingFallsDue(_ span: String) -> String { "Nothing falls due in \(span)" }
  /// "2 items and 19 actions overdue".
  static func overdueCounts(items: Int, actions: Int) -> String {
    "\(count(items, "item")) and \(count(actions, "action")) overdue"
  }
  /// The status bar's "late: 2 items, 19 actions".
  static func lateCounts(items: Int, actions: Int) -> String {
    "late: \(count(items, "item")), \(count(actions, "action"))"
  }
  static func overdueShown(items: Int, actions: Int, under: Int) -> String {
    "Overdue only: \(overdueCounts(items: items, actions: actions)), under \(count(under, "item"))"
  }
  static let searchPrompt = "Search all text:"
  static let searchCleared = "Search and filters cleared"
  static let jumpPrompt = "Jump to (number or label, e.g. 21 or AFI 3):"
  static let noSearchYet = "Nothing to step through yet: / searches, : jumps"
  static func noMatch(_ search: String) -> String { "No match for '\(search)' in the items shown" }
  static func match(_ position: Int, of count: Int, for search: String) -> String {
    "Match \(position) of \(count) for '\(search)' (n next, N previous, Esc clears)"
  }
  static func widenedToReach(_ label: String) -> String {
    "Showing all reports without filters to reach \(label)"
  }
  static func noSuchItem(_ text: String) -> String { "No item numbered or labelled '\(text)'" }
  /// "1 of 4 matches for '1' — n for the next, N the previous".
  static func jumpMatch(_ position: Int, of count: Int, for text: String) -> String {
    count == 1
      ? "The only match for '\(text)'"
      : "\(position) of \(count) matches for '\(text)' — n for the next, N the previous"
  }
  static func notShown(_ label: String, inMeeting: Bool) -> String {
    inMeeting ? "\(label) is not on the agenda" : "\(label) is no longer in the tracker"
  }
  static let ownerPrompt = "Only items owned by, or with an action owned by:"
  static let ownerCleared = "Owner filter cleared"
  static func ownerFilter(_ owner: String, items: Int) -> String {
    "Items owned by '\(owner)', or with an action owned by them: \(items)"
  }
  static func filterSummary(_ parts: [String], items: Int) -> String {
    "Filter: \(parts.joined(separator: " · ")) (\(Strings.count(items, "item")))"
  }
  static let noFilter = "No filter"
  static let noUpdateRound =
    "No update round recorded yet: brag export requests --by DATE -o FILE sends one"

  // MARK: Counting
  /// "1 report", "4 reports"; "1 item", "44 items".
  static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    count == 1 ? "1 \(singular)" : "\(count) \(plural ?? singular + "s")"
  }
  /// "1 word", "12 words".
  static func words(_ count: Int) -> String { Strings.count(count, "word") }
  /// "OVERDUE by 1 day", "OVERDUE by 664 days".
  static func overdueBy(_ days: Int) -> String { "OVERDUE by \(Strings.count(days, "day"))" }
  /// "Due today", "Due in 1 day", "Due in 9 days".
  static func dueIn(_ days: Int) -> String {
    days == 0 ? "Due today" : "Due in \(Strings.count(days, "day"))"
  }
  /// The items pane's counter: which item is selected, and whether the list goes on.
  static func itemPosition(_ position: Int, of count: Int) -> String { "item \(position) of \(count)" }

  // MARK: Editing
  static func statusPrompt(_ label: String) -> String { "Status for \(label):" }
  static func ratingReasonPrompt(_ label: String, _ brag: BRAG, status: String?) -> String {
    let follows = status.map { "; status becomes “\($0)”" } ?? ""
    return "Why is \(label) \(brag.displayName)\(follows)? (Enter: no reason · Esc: cancel)"
  }
  static func statusFollowed(_ word: String) -> String { ", status “\(word)”" }
  static func updateTitle(_ label: String) -> String { "Update for \(label)" }
  static func narrativeTitle(_ label: String) -> String { "HMICFRS return narrative for \(label)" }
  static func revisedDatePrompt(_ label: String) -> String {
    "New due date for \(label) (2027-03-31, Mar 2027, Q4 2026/27):"
  }
  static func revisedReasonPrompt(_ label: String, _ date: CalendarDate) -> String {
    "Why is \(label) moving to \(date.longDescription)?"
  }
  static let reasonRequired = "A reason is required. "
  static let notADateHint = "→ not a date: Enter will ask again"
  static let ongoingHint = "→ ongoing: no due date"
  static let noDateHint = "→ no date: never overdue"
  static func savedWithoutDate(_ description: String, _ written: String?) -> String {
    written.map { "\(description) · saved, but '\($0)' gives no date: it is never overdue" }
      ?? "\(description) · saved with no timescale: it is never overdue"
  }
  static func notADate(_ text: String) -> String { "'\(text)' is not a date; try 2027-03-31 or Mar 2027" }
  static func newActionPrompt(_ label: String) -> String { "New action under \(label):" }
  static let actionOwnerPrompt = "Owner or responsible function:"
  static let actionTimescalePrompt = "Timescale as written (e.g. Mar 2027, Q4 2026/27, Ongoing):"
  static let noActionAdded = "No action added"
  static let pickAnAction = "Pick an action first: Tab to the detail pane and move to it with ↓"
  static func closeOrRemove(_ label: String) -> String {
    "Action \(label): close it (status Closed, Blue) or remove it?"
  }
  static let noItemSelected = "No item selected: choose one in the items pane first"
  static let cancelled = "Cancelled"
  static let updateDiscarded = "Update discarded"
  static let narrativeDiscarded = "Narrative discarded"
  static let emptyUpdate = "The update is empty: type it first, or Esc to cancel"
  static func narrativeTooLong(_ words: Int) -> String {
    "Saved, but \(words) words is over HMICFRS's \(ReturnNarrative.wordLimit): the return export will refuse it"
  }
  static func saved(_ description: String) -> String { "\(description) · saved" }
  static func notSaved(_ reason: String) -> String { "Not saved: \(reason)" }
  static let nothingToUndo = "Nothing to undo"
  static let nothingToRedo = "Nothing to redo"
  static func undone(_ description: String) -> String { "Undone: \(description) · saved" }
  static func redone(_ description: String) -> String { "Redone: \(description) · saved" }
  static func couldNotUndo(_ undo: Bool, _ description: String, _ reason: String) -> String {
    "Could not \(undo ? "undo" : "redo") \(description): \(reason)"
  }

  // MARK: Owners
  static func ownerPrompt(_ label: String) -> String { "Owner of \(label) (empty clears):" }
  static func ownerSet(_ owner: String) -> String { "owner set to '\(owner)'" }
  static let ownerRemoved = "owner cleared"
  static let handoverNeedsFilter =
    "Hand-over: set the owner filter first (f, then o), then press h in the menu"
  static func nothingToHandOver(_ owner: String, _ scope: String) -> String {
    "Nothing \(scope) is owned by '\(owner)'"
  }
  /// "3 items and 4 actions", "1 item", "2 actions".
  static func itemsAndActions(items: Int, actions: Int) -> String {
    let i = items == 1 ? "1 item" : "\(items) items"
    let a = actions == 1 ? "1 action" : "\(actions) actions"
    return items == 0 ? a : actions == 0 ? i : "\(i) and \(a)"
  }
  static func handoverPrompt(_ count: String, _ owner: String, _ scope: String) -> String {
    "Hand over \(count) owned by '\(owner)' \(scope) to:"
  }
  static let handoverNeedsOwner = "No hand-over: give the new owner's name"
  static func handoverQuestion(_ count: String, from: String, to: String, _ scope: String) -> String {
    "Hand over \(count) from '\(from)' to '\(to)' \(scope)?"
  }
  static let handoverChoice = "hand over (u undoes it all)"
  static func handedOver(_ count: String, from: String, to: String) -> String {
    "\(count) handed over from '\(from)' to '\(to)'"
  }
  static let inAllReports = "in all reports"
  static func inReport(_ title: String) -> String { "in \(title)" }

  // MARK: Updates
  static func noUpdates(_ label: String) -> String { "\(label) has no updates to remove" }
  static func whichUpdate(_ label: String) -> String { "Remove which update of \(label)?" }
  static func removeUpdateQuestion(_ period: String, _ label: String) -> String {
    "Remove \(label)'s update for \(period)?"
  }
  static let removeChoice = "remove"
  static let redactChoice = "remove and redact its text (cannot be undone)"
  static func lostUpdate(_ period: String) -> String { "lost its update for \(period)" }
  static func redactedUpdate(_ description: String) -> String {
    "\(description); its text is redacted from the history, which cannot be undone · saved"
  }

  // MARK: Meetings
  static let attendeesPrompt = "Starting a meeting. Who is present (for the minutes)?"
  static func decisionPrompt(_ label: String) -> String { "Decision or minute for \(label):" }
  static let nothingRecorded = "Nothing recorded"
  static let emptyAgenda =
    "Meeting started: nothing overdue, at risk, due soon or unrated (+ adds everything else)"
  static func meetingStarted(_ count: Int) -> String {
    "Meeting started: \(Strings.count(count, "item")). Enter/→ next, ← previous, M records a decision, m ends"
  }
  static let lastAgendaItem = "That was the last item: m ends the meeting and writes the minutes"
  static let firstAgendaItem = "This is the first item"
  static let agendaWidened = "Agenda now includes everything else"
  static let agendaNarrowed = "Agenda back to what needs attention"
  static func meetingResumed(_ reviewed: Int) -> String {
    "Meeting resumed: \(reviewed) item\(reviewed == 1 ? "" : "s") reviewed so far. Enter/→ next, m ends"
  }
  static func journalNotSaved(_ reason: String) -> String {
    "The meeting's record could not be saved: \(reason). Fix this before going on"
  }
  static let apologiesPrompt = "Apologies (for the minutes; Enter for none):"
  static let leaveMeeting = "Leaving the meeting:"
  static let meetingKeptOpen = "Meeting kept open: brag meeting --resume reopens it"
  static func minutesWritten(_ path: String) -> String { "Meeting ended; minutes written to \(path)" }
  static func minutesNotWritten(_ reason: String) -> String {
    "Meeting ended, but the minutes could not be written: \(reason)"
  }
}
