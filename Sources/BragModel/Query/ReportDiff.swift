/// What changed in a report between two moments: its counts at each end, and for each item and
/// action the net change of every field its history records (``NetChange``: a rating set and
/// set back comes to nothing; decisions, updates and actions are listed).
public struct ReportDiff: Equatable, Sendable {
  /// An item or an action and what changed in it.
  public struct Target: Equatable, Sendable {
    /// "report/item" or "report/item/action", as `brag list --format json` names rows.
    public var id: String
    /// "Rec 2", or "Rec 2.3" for an action.
    public var label: String
    /// The item (for an action, its item), so the wording can name actions by label.
    public var item: Item
    public var isAction: Bool
    /// Net changes, in the order each field was first changed.
    public var changes: [HistoryEntry]
  }

  public var reportID: String
  public var title: String
  public var shift: RatingShift
  /// Items, each followed by its actions, in document order; only those that changed.
  public var targets: [Target]

  /// True when nothing was recorded between the two moments and no count moved.
  public var isEmpty: Bool { targets.isEmpty && shift.moves.isEmpty }

  /// The changes recorded after `start` and by `end`, with the counts at each.
  public static func between(_ report: Report, from start: Moment, to end: Moment) -> ReportDiff {
    func within(_ entry: HistoryEntry) -> Bool { !start.includes(entry.at) && end.includes(entry.at) }
    var targets: [Target] = []
    for item in report.items {
      let own = NetChange.of(item.history.filter(within))
      if !own.isEmpty {
        targets.append(
          Target(id: "\(report.id)/\(item.id)", label: item.label, item: item, isAction: false, changes: own))
      }
      for (index, action) in item.actions.enumerated() {
        let net = NetChange.of(action.history.filter(within))
        guard !net.isEmpty else { continue }
        targets.append(
          Target(
            id: "\(report.id)/\(item.id)/\(action.id)", label: item.actionLabel(at: index), item: item,
            isAction: true, changes: net))
      }
    }
    return ReportDiff(
      reportID: report.id, title: report.title, shift: RatingTrend.shift(report, from: start, to: end),
      targets: targets)
  }
}
