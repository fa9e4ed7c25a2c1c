/// What a stretch of history changed in the end: the first value before and the last after, per
/// field, with undo and redo steps cancelled out. What minutes record ("the net change made,
/// never the undo and redo steps in between").
public enum NetChange {
  /// Reasons the program writes on undo and redo steps, never the board's own words.
  static let stepReasons: Set<String> = ["undo", "redo"]

  /// The net of `entries` (one target's history, oldest first), in the order each field was
  /// first changed.
  ///
  /// - A field set and set back comes to nothing; a rating set once to what it was is a
  ///   confirmation and stays.
  /// - The reason is the last one the board gave (not "undo" or "redo").
  /// - Decisions, updates and actions are added and removed as items: one added and later
  ///   withdrawn or removed cancels out.
  public static func of(_ entries: [HistoryEntry]) -> [HistoryEntry] {
    var order: [HistoryField] = []
    var byField: [HistoryField: [HistoryEntry]] = [:]
    for entry in entries {
      if byField[entry.field] == nil { order.append(entry.field) }
      byField[entry.field, default: []].append(entry)
    }
    var net: [HistoryEntry] = []
    for field in order {
      let group = byField[field]!
      switch field {
      case .note, .updates, .actions, .created:
        net += listed(group)
      default:
        guard let first = group.first, let last = group.last else { continue }
        if group.count > 1 && first.before == last.after { continue }
        let reason = group.last { $0.reason.map { !stepReasons.contains($0) } ?? false }?.reason
        net.append(
          HistoryEntry(
            at: last.at, author: last.author, field: field, before: first.before, after: last.after,
            reason: reason))
      }
    }
    return net
  }

  /// Additions that were not taken back. A note's undo is a note "withdrawn: <text>"; an update's
  /// or action's removal is an entry with only a `before`.
  private static func listed(_ group: [HistoryEntry]) -> [HistoryEntry] {
    var kept: [HistoryEntry] = []
    for entry in group {
      if entry.field == .note, let text = entry.after, text.hasPrefix("withdrawn: ") {
        let original = String(text.dropFirst("withdrawn: ".count))
        if let index = kept.lastIndex(where: { $0.after == original }) {
          kept.remove(at: index)
          continue
        }
      }
      if entry.after == nil, let before = entry.before,
        let index = kept.lastIndex(where: { $0.after == before })
      {
        kept.remove(at: index)
        continue
      }
      kept.append(entry)
    }
    return kept
  }
}
