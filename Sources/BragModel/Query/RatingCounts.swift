/// A report's items (recommendations and areas for improvement; actions apart, as in ``Tally``)
/// counted at one moment: per rating, open and complete, and overdue as at that moment's day.
public struct RatingCounts: Equatable, Hashable, Sendable {
  public var items = 0
  public var blue = 0
  public var red = 0
  public var amber = 0
  public var green = 0
  public var unrated = 0
  /// Complete by the board's rule (``Item/isComplete``: rated Blue, or the status says so).
  public var complete = 0
  public var overdue = 0

  public init() {}

  public var open: Int { items - complete }

  public subscript(brag: BRAG) -> Int {
    get {
      switch brag {
      case .blue: blue
      case .red: red
      case .amber: amber
      case .green: green
      case .unrated: unrated
      }
    }
    set {
      switch brag {
      case .blue: blue = newValue
      case .red: red = newValue
      case .amber: amber = newValue
      case .green: green = newValue
      case .unrated: unrated = newValue
      }
    }
  }

  /// Counts one item as it stood, judging its deadline as at `day`.
  public mutating func add(_ item: ItemAsAt, on day: CalendarDate) {
    items += 1
    self[item.brag] += 1
    if item.isComplete { complete += 1 }
    if item.isOverdue(on: day) { overdue += 1 }
  }

  public mutating func add(_ other: RatingCounts) {
    items += other.items
    for brag in BRAG.allCases { self[brag] += other[brag] }
    complete += other.complete
    overdue += other.overdue
  }

  /// The ratings in the order the board lists them: B, R, A, G, then not rated.
  public static let order: [BRAG] = [.blue, .red, .amber, .green, .unrated]
}
