/// How the counts moved between two moments: "G 7→5".
public struct RatingShift: Equatable, Sendable {
  public var before: RatingCounts
  public var after: RatingCounts

  public init(from before: RatingCounts, to after: RatingCounts) {
    self.before = before
    self.after = after
  }

  /// One rating's move.
  public struct Move: Equatable, Sendable {
    public var brag: BRAG
    public var from: Int
    public var to: Int

    public init(brag: BRAG, from: Int, to: Int) {
      self.brag = brag
      self.from = from
      self.to = to
    }

    /// "G 7→5".
    public func text(arrow: String = "→") -> String { "\(RatingShift.symbol(brag)) \(from)\(arrow)\(to)" }
  }

  /// A rating's letter in counts: not rated is "U", the key that sets it (the "-" the board's
  /// counts use would read as a minus beside a number).
  public static func symbol(_ brag: BRAG) -> String { brag == .unrated ? "U" : String(brag.letter) }

  /// Every rating whose count changed, in the board's order.
  public var moves: [Move] {
    RatingCounts.order.compactMap { brag in
      before[brag] == after[brag] ? nil : Move(brag: brag, from: before[brag], to: after[brag])
    }
  }

  /// The rating that moved most; on a tie the more severe (Red before Amber, Green, not rated,
  /// Blue), since that is what a board asks about first. Nil when nothing moved.
  public var largest: Move? {
    moves.min { a, b in
      let (da, db) = (abs(a.to - a.from), abs(b.to - b.from))
      return da != db ? da > db : a.brag < b.brag
    }
  }

  /// Every move in words: "R 1→3 G 7→5", or "no change".
  public func text(arrow: String = "→") -> String {
    let moves = moves
    return moves.isEmpty ? "no change" : moves.map { $0.text(arrow: arrow) }.joined(separator: " ")
  }

  /// Every count at both ends, a move where it moved: "B 2  R 0→1  A 1  G 2→1  U 1 · open 4 ·
  /// complete 0 · overdue 1→0".
  public func summary(arrow: String = "→") -> String {
    func pair(_ from: Int, _ to: Int) -> String { from == to ? "\(to)" : "\(from)\(arrow)\(to)" }
    let ratings = RatingCounts.order.map { brag in
      "\(Self.symbol(brag)) \(pair(before[brag], after[brag]))"
    }
    return ratings.joined(separator: "  ") + " · open \(pair(before.open, after.open)) · complete "
      + "\(pair(before.complete, after.complete)) · overdue \(pair(before.overdue, after.overdue))"
  }
}
