/// Which requirement of a Fire Standard an item is: the catalogue's stable key, its number in the
/// version the report follows, and whether it is a "must" or a "should".
public struct RequirementRef: Codable, Hashable, Sendable {
  /// ``StandardRequirement/key``: the same requirement keeps it across revisions.
  public var key: String
  public var clause: String
  public var obligation: Obligation
  /// Our own short label from the catalogue ("risk assessments for an operational response"); nil
  /// where the catalogue has none.
  public var label: String?
  /// Set when a revision removed the requirement: the reference of the version that dropped it.
  /// A retired requirement keeps its assessment and history but no longer counts.
  public var retiredIn: String?

  public init(
    key: String, clause: String, obligation: Obligation = .must, label: String? = nil,
    retiredIn: String? = nil
  ) {
    self.key = key
    self.clause = clause
    self.obligation = obligation
    self.label = label
    self.retiredIn = retiredIn
  }
}

extension Item {
  /// How far the requirement is met; not assessed until someone assesses it.
  public var compliance: Compliance { assessment?.compliance ?? .notAssessed }

  /// The text lists and the board show: the standard's wording once imported, else our label.
  public var shownText: String {
    if !text.isEmpty { return text }
    return requirement?.label.map { "(\($0))" } ?? ""
  }

  /// A requirement that still counts towards its standard (not removed by a revision).
  public var isLiveRequirement: Bool {
    guard kind == .requirement, let requirement else { return false }
    return requirement.retiredIn == nil
  }
}

/// What a link to an item (``Action/serves``) may not point at: a requirement a revision
/// removed. The command line and the board ask the same rule.
public enum LinkRule {
  public static func refusal(label: String, isRetired: Bool) -> String? {
    isRetired ? "\(label) was removed from the standard by a revision; link what replaced it" : nil
  }
}
