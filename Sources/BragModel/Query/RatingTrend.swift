/// What an item's rating, status, due date and hold were at a past moment, rebuilt from its history.
public struct ItemAsAt: Deadlined, Equatable, Sendable {
  public var brag: BRAG
  public var status: String?
  public var due: CalendarDate?
  /// On hold then: never overdue (``Deadlined``).
  public var isHeld: Bool

  public init(brag: BRAG, status: String?, due: CalendarDate?, isHeld: Bool = false) {
    self.brag = brag
    self.status = status
    self.due = due
    self.isHeld = isHeld
  }

  /// The same rule as ``Item/isComplete``.
  public var isComplete: Bool { brag == .blue || Status.meansComplete(status) }
}

extension Item {
  /// This item as it stood at `moment`; nil when it was added to the tracker after it.
  ///
  /// Each field is what the first change after `moment` found (its `before`), else what it is
  /// now: so a gap in the history (an import, a hand edit) never invents a value, and an item
  /// without history is taken as it is.
  public func asAt(_ moment: Moment) -> ItemAsAt? {
    var brag: BRAG?
    var status: String??
    var due: CalendarDate??
    var held: Bool?
    for entry in history where !moment.includes(entry.at) {
      switch entry.field {
      case .created: return nil
      case .brag where brag == nil:
        brag = entry.before.flatMap(BRAG.init(rawValue:)) ?? .unrated
      case .status where status == nil:
        status = .some(entry.before.flatMap { $0.isEmpty ? nil : $0 })
      case .revisedDue where due == nil:
        due = .some(entry.before.flatMap { CalendarDate($0) })
      case .hold where held == nil:
        held = entry.before != nil
      default: continue
      }
    }
    return ItemAsAt(
      brag: brag ?? self.brag, status: status ?? self.status, due: due ?? self.due, isHeld: held ?? isHeld)
  }
}

/// The trend of a report's ratings: its counts at any moment, rebuilt from the items' histories.
public enum RatingTrend {
  /// The counts of `report`'s items at `moment` (items added after it not counted).
  public static func counts(_ report: Report, at moment: Moment) -> RatingCounts {
    var counts = RatingCounts()
    for item in report.items {
      if let past = item.asAt(moment) { counts.add(past, on: moment.day) }
    }
    return counts
  }

  /// The counts of all `reports` at `moment`.
  public static func counts(_ reports: [Report], at moment: Moment) -> RatingCounts {
    var total = RatingCounts()
    for report in reports { total.add(counts(report, at: moment)) }
    return total
  }

  /// How `report`'s counts moved from `start` to `end`.
  public static func shift(_ report: Report, from start: Moment, to end: Moment) -> RatingShift {
    RatingShift(from: counts(report, at: start), to: counts(report, at: end))
  }
}
