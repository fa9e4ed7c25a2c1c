/// Actions that answer items in other reports (``Action/serves``), placed under those items when
/// a list shows a report: one piece of work listed wherever it counts, held and counted once.
public enum LinkedRows {
  /// `rows` (one report's or several, in order) with each action from elsewhere that serves one of
  /// their items placed after that item's own actions; `matches` decides whether a linked action
  /// passes the list's other filters. `under` names the item a placed row is shown under.
  public static func placing(
    _ rows: [IndexedRow], from reports: [IndexedReport], shownReports: Set<String>,
    matches: (IndexedRow) -> Bool
  ) -> [(row: IndexedRow, under: String?)] {
    var serving: [String: [IndexedRow]] = [:]
    for report in reports {
      for row in report.rows where row.servesOthers {
        guard let serves = row.string(.serves) else { continue }
        for target in serves.split(separator: "\n") {
          let target = String(target)
          guard let report = target.split(separator: "/").first, shownReports.contains(String(report)) else {
            continue
          }
          if matches(row) { serving[target, default: []].append(row) }
        }
      }
    }
    guard !serving.isEmpty else { return rows.map { ($0, nil) } }
    var placed: [(row: IndexedRow, under: String?)] = []
    placed.reserveCapacity(rows.count)
    var pending: (item: String, rows: [IndexedRow])?
    func flush() {
      if let pending { placed += pending.rows.map { ($0, pending.item) } }
      pending = nil
    }
    for row in rows {
      // An item's own actions follow it; the linked ones come after them.
      if row.kind != .action {
        flush()
        let id = row.string(.id) ?? ""
        if let linked = serving[id] { pending = (id, linked) }
      }
      placed.append((row, nil))
    }
    flush()
    return placed
  }
}
