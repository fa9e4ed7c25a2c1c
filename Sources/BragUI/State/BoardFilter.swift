import BragModel

/// Which items the items pane shows. An item shows when it, or one of its actions, matches.
public struct BoardFilter: Equatable, Sendable {
  public var overdueOnly = false
  public var window = DueSoonWindow.none
  /// Only items with these ratings; empty means any.
  public var brags: Set<BRAG> = []
  /// Only items that this owner names (``OwnerRule``), or that have an action it names.
  public var owner: String?
  /// Only items (or items with actions) the latest update round still awaits a reply for: the
  /// round's id and the rows' ids, worked out when the filter is set and when data changes.
  public var awaitingUpdate: AwaitingRows?

  public struct AwaitingRows: Equatable, Sendable {
    public var round: String
    public var ids: Set<String>
  }

  public init() {}

  public var isActive: Bool { self != BoardFilter() }

  /// True when the list keeps to what is late (`o`) or falls due soon (`w`): then the actions
  /// that are so show as rows of their own under their item.
  public var isTimed: Bool { overdueOnly || window != .none }

  /// Whether a row is what a timed view shows: overdue (with `o`), or falling due within the
  /// window (with `w`; already overdue is not "falling due"). With both, either.
  func isTimely(_ row: some RowFacts, today: CalendarDate) -> Bool {
    (overdueOnly && row.isOverdue(on: today))
      || (window.days.map { row.isDueSoon(on: today, within: $0) } ?? false)
  }

  /// Words for the status line: "overdue only · Red, Amber · owner 'protection'".
  public var summary: [String] {
    var parts: [String] = []
    if overdueOnly { parts.append("overdue only") }
    if window != .none { parts.append(window.label) }
    if !brags.isEmpty {
      parts.append(BRAG.allCases.filter { brags.contains($0) }.map(\.displayName).joined(separator: ", "))
    }
    if let owner { parts.append("owner '\(owner)'") }
    if awaitingUpdate != nil { parts.append("awaiting an update") }
    return parts
  }

  /// Whether an item (its row and its actions' rows) passes the filter as at `today`.
  func matches(item: IndexedRow, actions: ArraySlice<IndexedRow>, today: CalendarDate) -> Bool {
    if !brags.isEmpty && !brags.contains(item.brag) { return false }
    if isTimed && !isTimely(item, today: today) && !actions.contains(where: { isTimely($0, today: today) }) {
      return false
    }
    if let awaiting = awaitingUpdate {
      guard
        item.string(.id).map(awaiting.ids.contains) ?? false
          || actions.contains(where: { $0.string(.id).map(awaiting.ids.contains) ?? false })
      else { return false }
    }
    if let owner {
      guard
        OwnerRule.matches(item.owner, owner)
          || actions.contains(where: { OwnerRule.matches($0.owner, owner) })
      else { return false }
    }
    return true
  }
}
