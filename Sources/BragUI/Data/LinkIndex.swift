import BragModel

/// Which actions answer an item besides their own (``Action/serves``): built from the rows'
/// `serves` field, each report's part kept until its file changes, so showing an item's linked
/// actions is a lookup, not a scan of every action on each keystroke.
///
/// A class, as ``SensitiveFlags`` is, so drawing (which does not change the board) can fill it.
final class LinkIndex: @unchecked Sendable {
  // Only touched from the board's single thread.
  private var perReport: [String: (FileIdentity, [(target: String, action: RowID)])] = [:]
  private var seen: [String: FileIdentity] = [:]
  private var byTarget: [String: [RowID]] = [:]

  /// The actions, in report and document order, whose `serves` names `item` ("report/item").
  func actions(serving item: String, in slots: [ReportSlot]) -> [RowID] {
    refresh(slots)
    return byTarget[item] ?? []
  }

  private func refresh(_ slots: [ReportSlot]) {
    guard slots.count != seen.count || slots.contains(where: { seen[$0.id] != $0.identity }) else { return }
    var kept: [String: (FileIdentity, [(target: String, action: RowID)])] = [:]
    for slot in slots {
      if let known = perReport[slot.id], known.0 == slot.identity {
        kept[slot.id] = known
        continue
      }
      var links: [(target: String, action: RowID)] = []
      for row in slot.rows where row.servesOthers {
        guard let serves = row.string(.serves), let text = row.string(.id), let id = RowID(text) else {
          continue
        }
        for target in serves.split(separator: "\n") { links.append((String(target), id)) }
      }
      kept[slot.id] = (slot.identity, links)
    }
    perReport = kept
    seen = kept.mapValues(\.0)
    var byTarget: [String: [RowID]] = [:]
    for slot in slots {
      for link in kept[slot.id]?.1 ?? [] { byTarget[link.target, default: []].append(link.action) }
    }
    self.byTarget = byTarget
  }
}
