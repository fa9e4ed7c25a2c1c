import Foundation

/// Which rows to show: every criterion set must hold.
public struct RowFilter: Sendable, Equatable {
  public var overdueOnly = false
  /// Only open rows due within this many days (overdue ones included).
  public var dueWithinDays: Int?
  public var brags: Set<BRAG>?
  public var reportIDs: Set<String>?
  public var kinds: Set<RowKind>?
  /// Case- and accent-insensitive substring of the owner, of an item or an action (``OwnerRule``).
  public var owner: String?
  /// Case- and accent-insensitive substring of any of the row's words (see ``RowFacts/searchableFields``).
  public var search: String?
  /// Only open rows on hold.
  public var heldOnly = false
  /// Only rows with something for the board to decide: a closure waiting (proposed, or monitored
  /// to its end) or an extension request.
  public var forDecision = false

  public init() {}

  public var isEmpty: Bool { self == RowFilter() }

  /// The matching rows of indexed reports, in order. Concrete types here let the compiler
  /// specialise the loop: across modules, generic code would look up type metadata per row.
  public static func select(_ reports: [IndexedReport], _ filter: RowFilter, today: CalendarDate)
    -> [IndexedRow]
  {
    var selected: [IndexedRow] = []
    for report in reports {
      for row in report.rows where filter.matches(row, today: today) { selected.append(row) }
    }
    return selected
  }

  public func matches(_ row: some RowFacts, today: CalendarDate) -> Bool {
    if overdueOnly && !row.isOverdue(on: today) { return false }
    if let days = dueWithinDays, !row.isDueWithin(days, on: today) { return false }
    // A requirement a revision removed (and its actions) is no longer owed: never late or due.
    // Asked only of the few rows with a date that passed the checks above.
    if (overdueOnly || dueWithinDays != nil) && row.workflow.isRetired { return false }
    if heldOnly && !row.isWaiting { return false }
    if forDecision && !row.workflow.closureAwaitsDecision(on: today) && !row.extensionAwaitsDecision {
      return false
    }
    if let brags, !brags.contains(row.brag) { return false }
    if let reportIDs, !reportIDs.contains(row.report) { return false }
    if let kinds, !kinds.contains(row.kind) { return false }
    if let owner, !OwnerRule.matches(row.owner, owner) { return false }
    if let search {
      let fields = row.searchableFields
      guard fields.contains(where: { $0.map { TextMatch.contains($0, search) } ?? false }) else {
        return false
      }
    }
    return true
  }
}

/// Loose text matching for people typing search terms: ignores case and accents.
public enum TextMatch {
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    haystack.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
  }
}
