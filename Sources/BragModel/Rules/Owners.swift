/// Who owns an item or an action, and how a name typed in a filter or a hand-over finds them.
public enum OwnerRule {
  /// Whether `owner` is one that `typed` names: `typed` appears in it, whatever the case or
  /// accents ("protection" finds "Protection and Prevention"). The board's owner filter,
  /// `brag list --owner` and a hand-over all ask this, so a list shows exactly what a hand-over
  /// of the same words would change.
  public static func matches(_ owner: String?, _ typed: String) -> Bool {
    guard let owner else { return false }
    return TextMatch.contains(owner, typed)
  }

  /// An owner as typed, ready to store: trimmed, and nil when nothing is left (which clears it).
  public static func value(_ typed: String) -> String? {
    let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }
}

/// Everything one owner holds handed to another in one step: every item and action whose owner
/// ``from`` names (``OwnerRule/matches(_:_:)``), except those already owned by exactly ``to``.
public struct Handover: Sendable, Equatable {
  /// The owner being handed over from, as typed (matched as the owner filter matches).
  public var from: String
  /// The new owner.
  public var to: String

  public init(from: String, to: String) {
    self.from = from
    self.to = to
  }

  /// The reason each change records: "handed over from Pat Smith" (the owner it had).
  public static func reason(from previous: String) -> String { "handed over from \(previous)" }

  /// What changes in `report`: each target with its change, items before their actions, in
  /// document order. Empty when nothing there matches.
  public func changes(in report: Report) -> [(target: RowID, change: Change)] {
    var changes: [(target: RowID, change: Change)] = []
    func consider(_ owner: String?, _ target: RowID) {
      guard let owner, owner != to, OwnerRule.matches(owner, from) else { return }
      changes.append((target, .owner(to, reason: Self.reason(from: owner))))
    }
    for item in report.items {
      let itemID = RowID(report: report.id, item: item.id)
      consider(item.owner, itemID)
      for action in item.actions {
        consider(action.owner, RowID(report: report.id, item: item.id, action: action.id))
      }
    }
    return changes
  }
}

/// Taking an update's text out of the history when the update is removed with `--redact`: the
/// entries keep who and when, and their text becomes ``marker``.
public enum Redaction {
  public static let marker = "[redacted]"

  /// How the history records an update: "October–December 2026: the text".
  public static func historyValue(_ update: QuarterlyUpdate) -> String { "\(update.period): \(update.text)" }

  /// The value an entry keeps once redacted: "October–December 2026: [redacted]".
  public static func redactedValue(_ update: QuarterlyUpdate) -> String { "\(update.period): \(marker)" }

  /// Whether a history value carries the update's text: as the board and `brag` write it
  /// ("period: text"), the text alone, or an importer's quoted excerpt ("\"first words…\"").
  public static func carries(_ value: String, _ update: QuarterlyUpdate) -> Bool {
    if value == historyValue(update) || value == update.text { return true }
    var words = Substring(value)
    if words.hasPrefix("\(update.period): ") { words = words.dropFirst(update.period.count + 2) }
    if words.count >= 2, words.first == "\"", words.last == "\"" { words = words.dropFirst().dropLast() }
    let flat = update.text.replacingOccurrences(of: "\n", with: " ")
    if words == flat || words == update.text { return true }
    if words.hasSuffix("…") {
      let start = words.dropLast()
      return start.count >= 20 && flat.hasPrefix(start)
    }
    return false
  }
}
