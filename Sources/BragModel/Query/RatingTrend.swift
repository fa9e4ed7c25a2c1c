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

extension ItemAsAt {
  /// What `history` says the fields were at `moment`, given what they are now; nil when the
  /// history records the creation after it.
  ///
  /// Each field is what the first change after `moment` found (its `before`), else what it is
  /// now: so a gap in the history (an import, a hand edit) never invents a value, and something
  /// without history is taken as it is.
  init?(
    _ history: [HistoryEntry], at moment: Moment, brag current: BRAG, status currentStatus: String?,
    due currentDue: CalendarDate?, isHeld currentlyHeld: Bool
  ) {
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
    self.init(
      brag: brag ?? current, status: status ?? currentStatus, due: due ?? currentDue,
      isHeld: held ?? currentlyHeld)
  }
}

extension Item {
  /// This item as it stood at `moment`; nil when it was added to the tracker after it.
  public func asAt(_ moment: Moment) -> ItemAsAt? {
    ItemAsAt(history, at: moment, brag: brag, status: status, due: due, isHeld: isHeld)
  }

  /// Its action `id` as it stood at `moment`, rebuilt from the action's own history as the item
  /// is from its; nil when there is no such action or it was added after `moment` (the first
  /// change to the item's actions after it that names the action adds it).
  public func action(_ id: String, asAt moment: Moment) -> ItemAsAt? {
    guard let action = actions.first(where: { $0.id == id }) else { return nil }
    let named = history.first {
      $0.field == .actions && !moment.includes($0.at)
        && (($0.after ?? "").hasPrefix("\(id): ") || ($0.before ?? "").hasPrefix("\(id): "))
    }
    if let named, named.before == nil { return nil }
    return ItemAsAt(
      action.history, at: moment, brag: action.brag, status: action.status, due: action.due,
      isHeld: action.isHeld)
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
