import BragModel

/// A row of the items pane: a report's heading (in "All reports") or an item.
public enum ListEntry: Equatable, Sendable {
  case heading(slot: Int)
  /// A meeting agenda's heading: "Overdue (6)".
  case section(String)
  case item(slot: Int, row: Int)
  /// An action shown under its item in the overdue or due-soon view: late or falling due itself.
  case action(slot: Int, row: Int)
}

/// Undo and redo: each entry holds the changes that reverse one step, and words for the message.
struct UndoEntry: Equatable, Sendable {
  var target: RowID
  var changes: [Change]
  var description: String
  /// Further targets of the same step (a hand-over), reversed after ``target``.
  var more: [TargetedChanges] = []

  /// Every target with its changes, in the order to apply them.
  var steps: [TargetedChanges] { [TargetedChanges(target: target, changes: changes)] + more }
}

/// What the items list is derived from: when these are unchanged, so is the list.
struct EntriesInputs: Equatable, Sendable {
  var selectedReport: Int
  var filter: BoardFilter
  var agenda: [Meeting.Entry]?
  var dataGeneration: Int
}

/// The board's one state value: what the operator is looking at (focus, selection, filters,
/// overlays, the meeting, undo) and what is derived from the data (counts, the items list).
/// The data itself stays in the store.
public struct BoardState: Equatable, Sendable {
  public var width = 120
  public var height = 40
  public var focus = Pane.items
  /// 0 is "All reports"; then one per loaded report, in ``reportOrder``; then one per file that
  /// failed to load.
  public var selectedReport = 0
  /// The loaded reports (slot indices) in the order the reports pane lists them: grouped by
  /// framework (HMICFRS, Fire Standards, Other), each group in file order.
  public internal(set) var reportOrder: [Int] = []
  public var reportsScroll = 0
  public var entries: [ListEntry] = [] {
    didSet {
      itemEntryIndices = entries.indices.filter { if case .item = entries[$0] { true } else { false } }
    }
  }
  /// Positions of the selectable (item) entries, kept with `entries` so moving is not a scan.
  public private(set) var itemEntryIndices: [Int] = []
  public var selectedEntry = 0
  public var itemsScroll = 0
  /// The action picked in the detail pane (index into the item's actions), if any.
  public var selectedAction: Int?
  public var detailScroll = 0
  /// Set when ↓ (or End) has taken the detail pane past the item's actions, so ↓ scrolls on to
  /// the end instead of going back to the first action. Only counts while scrolled down.
  var detailPastActions = false
  public var filter = BoardFilter()
  public var search: String?
  /// The last jump's matches, when it came after the last search: n and N step through them.
  var jump: JumpMatches?
  public var mode = Mode.normal
  /// The meeting in progress, if any: the items pane follows its agenda.
  public var meeting: Meeting?
  /// The framework a meeting being set up (attendees, apologies) will keep its agenda to.
  var meetingFramework: Framework?
  public var message: StatusMessage?
  /// Items marked with Space, in the order marked: a rating, owner, date, hold or extension
  /// then applies to all of them as one step.
  public var marked: [RowID] = []
  /// The saved views (`v`), as read from the data folder and saved since.
  public var views: [SavedView] = []
  var undo: [UndoEntry] = []
  var redo: [UndoEntry] = []
  /// Counts per report and in total, as at the board's day.
  public internal(set) var summary: Summary
  /// The file identity each report's counts were made from, so an edit recounts one report.
  var countedIdentities: [String: FileIdentity] = [:]
  /// Goes up each time the data changes.
  var dataGeneration = 0
  /// What ``entries`` was last derived from.
  var entriesInputs: EntriesInputs?

  public init(summary: Summary) { self.summary = summary }

  /// The selected item's slot and row, if an item is selected.
  public var selectedItem: (slot: Int, row: Int)? {
    guard entries.indices.contains(selectedEntry), case .item(let slot, let row) = entries[selectedEntry]
    else {
      return nil
    }
    return (slot, row)
  }

}

/// A line of feedback in the status bar: what just happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case info
    case error
  }

  public var text: String
  public var kind: Kind

  public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
  public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }
}
