import Foundation

/// History entries in words, one formatter for the detail pane, `brag history` and the minutes:
/// "BRAG Green → Red", "revised due date 2025-02-01 → 2027-03-31", "action AFI 2.3 added: …".
public struct HistoryWording: Sendable {
  /// Applied to every text that came from the data (statuses, updates, decisions): the minutes
  /// escape Markdown; plain output leaves them as they are.
  public var quote: @Sendable (String) -> String
  /// Applied to the label of a decision: the minutes make it bold.
  public var emphasis: @Sendable (String) -> String
  /// Long texts (update, narrative) are cut to this many characters; nil keeps them whole.
  public var excerpt: @Sendable (String) -> String

  public init(
    quote: @escaping @Sendable (String) -> String = { $0 },
    emphasis: @escaping @Sendable (String) -> String = { $0 },
    excerpt: @escaping @Sendable (String) -> String = { SafeText.singleLine($0) }
  ) {
    self.quote = quote
    self.emphasis = emphasis
    self.excerpt = excerpt
  }

  /// Plain words, for terminals.
  public static let plain = HistoryWording()

  /// What `entry` changed, in words. `item` names actions by label ("AFI 2.3") rather than by id.
  public func change(_ entry: HistoryEntry, in item: Item? = nil) -> String {
    let before = entry.before
    let after = entry.after
    switch entry.field {
    case .brag:
      let was = before.flatMap(BRAG.init(rawValue:))?.displayName ?? before ?? "—"
      let now = after.flatMap(BRAG.init(rawValue:))?.displayName ?? after ?? "—"
      return was == now ? "BRAG confirmed \(now)" : "BRAG \(was) → \(now)"
    case .status:
      guard let before, !before.isEmpty else { return "status set to “\(quote(after ?? ""))”" }
      guard let after, !after.isEmpty else { return "status cleared (was “\(quote(before))”)" }
      return "status “\(quote(before))” → “\(quote(after))”"
    case .revisedDue:
      return "revised due date \(before ?? "none") → \(after ?? "none")"
    case .selfAssessment:
      let words: (String?) -> String = { $0.flatMap(SelfAssessment.init(rawValue:))?.words ?? $0 ?? "—" }
      return "self-assessment \(words(before)) → \(words(after))"
    case .returnNarrative:
      guard let after else { return "return narrative removed (the response stands in for it)" }
      let count = ReturnNarrative.words(after)
      return before == nil
        ? "return narrative written (\(count) words)" : "return narrative rewritten (\(count) words)"
    case .updates:
      if let after { return "update added: \(quote(excerpt(after)))" }
      return before.map { "update withdrawn: \(quote(excerpt($0)))" } ?? "update withdrawn"
    case .owner:
      switch (before, after) {
      case (nil, let now?): return "owner set to “\(quote(now))”"
      case (let was?, nil): return "owner “\(quote(was))” cleared"
      default: return "owner “\(quote(before ?? ""))” → “\(quote(after ?? ""))”"
      }
    case .actions:
      if let after { return "\(actionName(after, in: item)) added: \(quote(excerpt(actionText(after))))" }
      return "\(actionName(before ?? "", in: item)) removed: \(quote(excerpt(actionText(before ?? ""))))"
    case .note:
      return "\(emphasis("Decision/minute:")) \(quote(after ?? ""))"
    case .created:
      return "added to the tracker"
    case .closure:
      switch after {
      case nil: return "closure decision withdrawn (was \(before ?? "none"))"
      case "proposed"?: return "proposed for closure"
      case "accepted"?: return "closure accepted"
      case "rejected"?: return "closure rejected"
      case "reopened"?: return "reopened"
      case let state?:
        return state.hasPrefix("monitoring") ? "closure accepted, \(state)" : "closure \(state)"
      }
    case .extension:
      guard let after else { return "extension request withdrawn (\(before ?? "none"))" }
      let parts = after.split(separator: " ", maxSplits: 1)
      return parts.count == 2 ? "extension to \(parts[0]) \(parts[1])" : "extension \(after)"
    case .hold:
      guard let after else { return "released from hold (was: \(quote(before ?? "")))" }
      return "put on hold: \(quote(after))"
    case .compliance:
      let words: (String?) -> String = { value in
        guard let value else { return Compliance.notAssessed.words }
        return Compliance(rawValue: value)?.words ?? value
      }
      return "self-assessed \(words(before)) → \(words(after))"
    case .requirement:
      switch (before, after) {
      case (nil, let clause?): return "requirement \(clause) added to the standard"
      case (let clause?, nil): return "requirement \(clause) removed from the standard"
      case (let was?, let now?) where was == now: return "requirement \(now): wording updated"
      default: return "requirement \(before ?? "—") is now \(after ?? "—")"
      }
    case .links:
      switch (before, after) {
      case (nil, let now?): return "also answers \(quote(now))"
      case (let was?, nil): return "no longer answers \(quote(was))"
      default: return "answers \(quote(before ?? "—")) → \(quote(after ?? "—"))"
      }
    case .other(let name):
      return "\(name): \(quote(before ?? "—")) → \(quote(after ?? "—"))"
    }
  }

  /// The change with its reason: "BRAG Green → Red (slipping)".
  public func changeWithReason(_ entry: HistoryEntry, in item: Item? = nil) -> String {
    change(entry, in: item) + (entry.reason.map { " (\(quote($0)))" } ?? "")
  }

  /// "action AFI 2.3" for "a3: text" when the item still has it, else "action a3".
  private func actionName(_ value: String, in item: Item?) -> String {
    let id = String(value.prefix { $0 != ":" })
    return "action \(item?.actionLabel(of: id) ?? id)"
  }

  /// The text of an "a3: text" value.
  private func actionText(_ value: String) -> String {
    guard let colon = value.firstIndex(of: ":") else { return value }
    return String(value[value.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
  }
}
