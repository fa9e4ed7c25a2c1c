import BragModel
import Foundation

/// Bringing a re-imported source into a report the board already keeps: texts and statuses come
/// from the source; history, ratings set by hand, quarterly updates, revised dates, return
/// narratives, self-assessments and actions added on the board are kept. Every change is appended
/// to the item's history with the reason "imported" and listed for the person importing.
public enum ImportMerge {
  public struct Outcome: Sendable {
    public var report: Report
    /// One line per change, e.g. "rec-2: status: On track → Complete".
    public var changes: [String]
  }

  public static let reason = "imported"

  /// Merges `imported` into `existing`. With `dropMissing`, items the source no longer has are
  /// removed (and listed); otherwise they are kept.
  public static func merge(
    existing: Report, imported: Report, author: String, at timestamp: String, dropMissing: Bool = false
  ) -> Outcome {
    var changes: [String] = []
    var report = existing
    func reportField<T: Equatable>(_ name: String, _ path: WritableKeyPath<Report, T>, _ show: (T) -> String)
    {
      if report[keyPath: path] != imported[keyPath: path] {
        changes.append("report: \(name): \(show(report[keyPath: path])) → \(show(imported[keyPath: path]))")
        report[keyPath: path] = imported[keyPath: path]
      }
    }
    reportField("title", \.title) { $0 }
    if imported.source != nil { reportField("source", \.source) { $0 ?? "none" } }
    if imported.summary != nil { reportField("summary", \.summary) { short($0) } }
    if let service = imported.service {
      if report.service != service { reportField("service", \.service) { $0 ?? "none" } }
    }
    if imported.published != nil { reportField("published", \.published) { $0?.description ?? "none" } }
    if imported.kind != existing.kind { reportField("kind", \.kind) { $0.rawValue } }
    if !imported.judgements.isEmpty, imported.judgements.map(\.name) != existing.judgements.map(\.name) {
      reportField("judgements", \.judgements) { "\($0.count)" }
    }
    if !imported.promisingPractice.isEmpty {
      reportField("promisingPractice", \.promisingPractice) { "\($0.count)" }
    }

    // Match by exact text first (a page numbered by position shifts ids when an item is added),
    // then by id.
    var unmatched = Array(existing.items.indices)
    var pairs: [Int?] = Array(repeating: nil, count: imported.items.count)
    for (i, item) in imported.items.enumerated() {
      let same = unmatched.filter {
        existing.items[$0].text == item.text && existing.items[$0].kind == item.kind
      }
      if same.count == 1 {
        pairs[i] = same[0]
        unmatched.removeAll { $0 == same[0] }
      }
    }
    for (i, item) in imported.items.enumerated() where pairs[i] == nil {
      if let j = unmatched.first(where: { existing.items[$0].id == item.id }) {
        pairs[i] = j
        unmatched.removeAll { $0 == j }
      }
    }
    var items: [Item] = []
    for (i, source) in imported.items.enumerated() {
      guard let j = pairs[i] else {
        var fresh = source
        while items.contains(where: { $0.id == fresh.id })
          || existing.items.contains(where: { $0.id == fresh.id })
        {
          fresh.id += "-new"
        }
        changes.append("\(fresh.id): new \(fresh.kind.rawValue)")
        items.append(fresh)
        continue
      }
      var item = existing.items[j]
      mergeItem(&item, from: source, author: author, at: timestamp, changes: &changes)
      items.append(item)
    }
    for j in unmatched {
      let item = existing.items[j]
      if dropMissing {
        changes.append("\(item.id): removed (not in the source)")
      } else {
        changes.append("\(item.id): kept (not in the source)")
        items.append(item)
      }
    }
    report.items = items
    return Outcome(report: report, changes: changes)
  }

  static func short(_ text: String?) -> String {
    guard let text else { return "none" }
    let line = text.replacingOccurrences(of: "\n", with: " ")
    return line.count > 60 ? "\"\(line.prefix(57))…\"" : "\"\(line)\""
  }

  /// The same words and date; where the date came from (`basis`) is the board's note.
  static func sameDate(_ a: Timescale, _ b: Timescale) -> Bool {
    a.written == b.written && a.due == b.due && a.precision == b.precision
  }

  static func describe(_ timescale: Timescale) -> String {
    timescale.written ?? timescale.due?.description ?? "none"
  }

  static func mergeItem(
    _ item: inout Item, from source: Item, author: String, at timestamp: String, changes: inout [String]
  ) {
    let id = item.id
    var entries: [HistoryEntry] = []
    func set<T: Equatable>(_ name: HistoryField, _ path: WritableKeyPath<Item, T>, _ show: (T) -> String) {
      let before = item[keyPath: path]
      let after = source[keyPath: path]
      guard before != after else { return }
      entries.append(
        HistoryEntry(
          at: timestamp, author: author, field: name, before: show(before), after: show(after), reason: reason
        ))
      changes.append("\(id): \(name): \(show(before)) → \(show(after))")
      item[keyPath: path] = after
    }
    let oldStatus = item.status
    set("text", \.text) { short($0) }
    // A page numbered by position has no official numbers: the board's numbers and labels stay.
    if source.number != nil {
      set("label", \.label) { $0 }
      set("number", \.number) { $0.map(String.init) ?? "none" }
    }
    set("section", \.section) { $0 ?? "none" }
    set("audience", \.audience) { $0 ?? "none" }
    if source.timescale.written != nil || source.timescale.due != nil,
      !sameDate(item.timescale, source.timescale)
    {
      set("timescale", \.timescale) { describe($0) }
    }
    set("status", \.status) { $0 ?? "none" }
    set("response", \.response) { short($0) }
    if source.hmiPage != nil { set("hmiPage", \.hmiPage) { $0 ?? "none" } }
    if source.requiredOutcomes != nil { set("requiredOutcomes", \.requiredOutcomes) { short($0) } }
    // A rating the board set by hand stays; one that only followed the status words follows them.
    let setByHand = item.history.contains { $0.field == .brag && $0.reason != reason }
    if !setByHand, item.brag == ImportedBRAG.from(status: oldStatus), item.brag != source.brag {
      set("brag", \.brag) { $0.rawValue }
    }
    for update in source.updates {
      if let k = item.updates.firstIndex(where: { $0.period == update.period }) {
        if item.updates[k].text != update.text {
          entries.append(
            HistoryEntry(
              at: timestamp, author: author, field: .updates, before: short(item.updates[k].text),
              after: short(update.text), reason: reason))
          changes.append("\(id): update \(update.period) changed")
          item.updates[k].text = update.text
        }
      } else {
        entries.append(
          HistoryEntry(
            at: timestamp, author: author, field: .updates, before: nil, after: update.period, reason: reason
          ))
        changes.append("\(id): update \(update.period) added")
        item.updates.append(update)
      }
    }
    for action in source.actions {
      if let k = item.actions.firstIndex(where: { $0.id == action.id }) {
        mergeAction(
          &item.actions[k], from: action, label: "\(id)/\(action.id)", author: author, at: timestamp,
          changes: &changes)
      } else {
        entries.append(
          HistoryEntry(
            at: timestamp, author: author, field: .actions, before: nil, after: action.id, reason: reason))
        changes.append("\(id)/\(action.id): new action")
        item.actions.append(action)
      }
    }
    item.history.append(contentsOf: entries)
  }

  static func mergeAction(
    _ action: inout Action, from source: Action, label: String, author: String, at timestamp: String,
    changes: inout [String]
  ) {
    var entries: [HistoryEntry] = []
    func set<T: Equatable>(_ name: HistoryField, _ path: WritableKeyPath<Action, T>, _ show: (T) -> String) {
      let before = action[keyPath: path]
      let after = source[keyPath: path]
      guard before != after else { return }
      entries.append(
        HistoryEntry(
          at: timestamp, author: author, field: name, before: show(before), after: show(after), reason: reason
        ))
      changes.append("\(label): \(name): \(show(before)) → \(show(after))")
      action[keyPath: path] = after
    }
    let oldStatus = action.status
    set("text", \.text) { short($0) }
    set("owner", \.owner) { $0 ?? "none" }
    if !sameDate(action.timescale, source.timescale) { set("timescale", \.timescale) { describe($0) } }
    set("status", \.status) { $0 ?? "none" }
    set("notes", \.notes) { short($0) }
    let setByHand = action.history.contains { $0.field == .brag && $0.reason != reason }
    if !setByHand, action.brag == ImportedBRAG.from(status: oldStatus) || action.brag == .unrated,
      source.brag != .unrated, action.brag != source.brag
    {
      set("brag", \.brag) { $0.rawValue }
    }
    action.history.append(contentsOf: entries)
  }
}
