import Foundation

/// What updating a tracked standard to another version (or bringing in its wording) did to each
/// requirement. Assessments of unchanged requirements are kept; added and changed ones are marked
/// for reassessment; removed ones are retired, keeping their history.
public struct StandardRevision: Sendable, Equatable {
  public enum Outcome: String, Sendable, Equatable {
    /// New in this version: a new item, not assessed.
    case added
    /// Its wording changed: its assessment is marked for reassessment.
    case changed
    /// Same wording, another number.
    case renumbered
    /// No longer in the standard: retired, kept with its history, no longer counted.
    case removed
    /// The wording arrived for a requirement that had none.
    case worded
    case unchanged
  }

  public struct Entry: Sendable, Equatable {
    public var key: String
    /// The number now, or the old one for a removed requirement.
    public var clause: String
    public var previousClause: String?
    public var outcome: Outcome
    public var label: String?
    public var obligation: Obligation = .must

    /// "Req S1.2 (taking part in the national forum)".
    public var name: String {
      Identifiers.requirementLabel(clause: clause, obligation: obligation) + (label.map { " (\($0))" } ?? "")
    }
  }

  public var from: String?
  public var to: String?
  public var entries: [Entry]

  public func count(_ outcome: Outcome) -> Int { entries.filter { $0.outcome == outcome }.count }

  /// Whether anything but the wording or nothing at all happened.
  public var changesRequirements: Bool {
    entries.contains { ![.unchanged, .worded].contains($0.outcome) }
  }

  /// "FSD-PRO01 → FSD-PRO02: 1 added, 2 changed, 1 removed, 9 unchanged".
  public var summary: String {
    let order: [Outcome] = [.added, .changed, .renumbered, .removed, .worded, .unchanged]
    let parts = order.compactMap { outcome -> String? in
      let n = count(outcome)
      return n == 0 ? nil : "\(n) \(outcome.rawValue)"
    }
    let versions =
      from == to ? (to ?? "this version") : "\(from ?? "no version") → \(to ?? "no version")"
    return "\(versions): " + (parts.isEmpty ? "no requirements" : parts.joined(separator: ", "))
  }
}

extension Report {
  /// Brings this standard's report to `version` with `requirements` (in the new version's order),
  /// recording each change in the items' histories. Text given as nil keeps what the item has.
  public mutating func revise(
    to version: String?, requirements: [RequirementSource], author: String, at timestamp: String
  ) -> StandardRevision {
    let from = standard?.version
    let context = EditContext(author: author, timestamp: timestamp)
    let reason = version.map { "revised as \($0)" } ?? "revised"
    var entries: [StandardRevision.Entry] = []
    var kept: [Item] = []
    // Each live requirement by key, taken once; ids in use, for the new ones.
    var byKey: [String: Int] = [:]
    for (index, item) in items.enumerated() where item.requirement?.retiredIn == nil {
      if let key = item.requirement?.key, byKey[key] == nil { byKey[key] = index }
    }
    var taken = Set<Int>()
    var ids = Set(items.map(\.id))
    for source in requirements {
      guard let index = byKey.removeValue(forKey: source.key) else {
        var item = Item(requirement: source) { ids.contains($0) }
        ids.insert(item.id)
        item.history.append(context.entry(.requirement, nil, source.clause, reason: reason))
        kept.append(item)
        entries.append(
          .init(
            key: source.key, clause: source.clause, outcome: .added, label: source.label,
            obligation: source.obligation))
        continue
      }
      taken.insert(index)
      var item = items[index]
      let previous = item.requirement?.clause
      let newText = source.text.map(Self.normalised)
      let oldText = Self.normalised(item.text)
      var outcome: StandardRevision.Outcome = .unchanged
      if let newText, !newText.isEmpty, newText != oldText {
        // Another copy of the same version (a text copy after the HTML) refreshes the wording;
        // only a new version's wording asks for the assessment to be made again.
        let sameVersion = version != nil && version == from
        if oldText.isEmpty || sameVersion {
          outcome = .worded
          // Assessed against words nobody had seen here, or against another version's.
          if !sameVersion, var assessment = item.assessment, assessment.compliance != .notAssessed {
            assessment.reassess =
              "assessed before \(version ?? "this version")'s wording was brought in; check it"
            item.assessment = assessment
          }
        } else {
          outcome = .changed
          // An unassessed requirement has nothing to reassess.
          if var assessment = item.assessment, assessment.compliance != .notAssessed {
            assessment.reassess = "wording changed in \(version ?? "a revision")"
            item.assessment = assessment
          }
        }
        item.text = source.text ?? item.text
      } else if previous != source.clause {
        outcome = .renumbered
      }
      if outcome == .changed || outcome == .renumbered || outcome == .worded {
        item.history.append(context.entry(.requirement, previous, source.clause, reason: reason))
      }
      if var requirement = item.requirement {
        requirement.clause = source.clause
        requirement.obligation = source.obligation
        requirement.label = source.label ?? requirement.label
        item.requirement = requirement
      }
      // The id stays, so links, replies, journals and histories hold; the label follows the number.
      item.label = Identifiers.requirementLabel(clause: source.clause, obligation: source.obligation)
      item.section = source.heading ?? item.section
      kept.append(item)
      entries.append(
        .init(
          key: source.key, clause: source.clause, previousClause: previous, outcome: outcome,
          label: source.label, obligation: source.obligation))
    }
    for (index, var item) in items.enumerated() where !taken.contains(index) {
      if item.kind == .requirement, var requirement = item.requirement, requirement.retiredIn == nil {
        requirement.retiredIn = version ?? "a revision"
        item.requirement = requirement
        item.history.append(context.entry(.requirement, requirement.clause, nil, reason: reason))
        entries.append(
          .init(
            key: requirement.key, clause: requirement.clause, outcome: .removed, label: requirement.label,
            obligation: requirement.obligation))
      }
      kept.append(item)
    }
    items = kept
    if standard != nil { standard?.version = version }
    return StandardRevision(from: from, to: version, entries: entries)
  }

  /// Wording compared as a reader would: without the spacing a saved page adds, case, curly
  /// quotes or "&" for "and".
  public static func normalised(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    func append(_ scalar: Unicode.Scalar) {
      if pendingSpace && !out.isEmpty { out.append(" ") }
      pendingSpace = false
      out.append(scalar)
    }
    // One pass: a page of thousands of requirements is compared whole.
    for scalar in text.lowercased().unicodeScalars {
      switch scalar.value {
      case 0x2018, 0x2019: append("'")
      case 0x201C, 0x201D: append("\"")
      case 0x2011: append("-")
      case 0x26:  // "&" reads as "and"
        pendingSpace = true
        append("a")
        out.append("n")
        out.append("d")
        pendingSpace = true
      default:
        if scalar.properties.isWhitespace || scalar.value == 0xA0 {
          pendingSpace = true
        } else {
          append(scalar)
        }
      }
    }
    return String(out)
  }

}
