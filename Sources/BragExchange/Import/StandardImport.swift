import BragModel

/// What `brag import standard FILE` makes of a standard's saved page: the standard and version it
/// is, checked against the catalogue, and its requirements with their wording, keyed so that a
/// revision can tell which requirement is which.
public struct StandardImportPlan: Sendable {
  public var standard: FireStandard
  /// The page's reference ("FSD-PRO02"), else the catalogue version's.
  public var version: String?
  public var source: String?
  public var requirements: [RequirementSource]
  public var check: StandardPageCheck

  /// Whether the page's numbering was compared with the catalogue's and differs from it.
  public var differsFromCatalogue: Bool { check.compared && !check.isClean }
}

public enum StandardImport {
  /// Plans the import of `page`; `existing` is the report already tracking the standard, if any,
  /// whose requirements keep their keys where the catalogue cannot say which is which.
  public static func plan(
    _ page: StandardPage, file: String, existing: Report?, catalogue: [FireStandard] = FireStandards.all
  ) throws -> StandardImportPlan {
    let check = StandardPageCheck.check(page, catalogue: catalogue)
    guard let standard = check.standard else {
      throw StandardPageError(
        file: file, problem: check.lines.last ?? "not a Fire Standard the catalogue knows",
        advice: "save the page of one of the 19 standards `brag standards` lists")
    }
    let known = check.version?.requirements ?? []
    func slot(_ clause: String, _ obligation: Obligation) -> String { "\(obligation.rawValue) \(clause)" }
    let catalogued = Dictionary(
      known.map { (slot($0.clause, $0.obligation), $0) }, uniquingKeysWith: { a, _ in a })
    // Without the catalogue's numbering, a requirement already tracked is recognised by its wording.
    var byWording: [String: RequirementRef] = [:]
    for item in existing?.items ?? [] where item.isLiveRequirement && !item.text.isEmpty {
      if let requirement = item.requirement { byWording[Report.normalised(item.text)] = requirement }
    }
    // First the catalogue's keys and the wording already tracked, so a number that moved keeps
    // its requirement; then keys from the numbers for the rest, never taking one claimed above.
    let page = known.isEmpty ? Self.lettered(page) : page
    var keys: [String?] = page.requirements.map { requirement in
      catalogued[slot(requirement.clause, requirement.obligation)]?.key
        ?? byWording[Report.normalised(requirement.text)]?.key
    }
    var used = Set(keys.compactMap { $0 })
    // Next, a requirement both renumbered and reworded: the tracked one closest in wording (at
    // least half the words shared), so it is "changed", not removed and added again.
    let unplaced = (existing?.items ?? []).filter {
      $0.isLiveRequirement && !$0.text.isEmpty && !used.contains($0.requirement?.key ?? "")
    }
    if !unplaced.isEmpty {
      var candidates = unplaced.map { (key: $0.requirement!.key, words: Self.words($0.text)) }
      for (index, requirement) in page.requirements.enumerated() where keys[index] == nil {
        let words = Self.words(requirement.text)
        var best: (position: Int, score: Double)?
        for (position, candidate) in candidates.enumerated() where !used.contains(candidate.key) {
          let union = words.union(candidate.words).count
          guard union > 0 else { continue }
          let score = Double(words.intersection(candidate.words).count) / Double(union)
          if score >= 0.5, score > (best?.score ?? 0) { best = (position, score) }
        }
        if let best {
          keys[index] = candidates[best.position].key
          used.insert(candidates[best.position].key)
          candidates[best.position].words = []
        }
      }
    }
    for (index, requirement) in page.requirements.enumerated() where keys[index] == nil {
      let key = "\(standard.key).\(requirement.obligation.rawValue)-\(requirement.clause)"
      // A standard that restarts its numbering under each heading has one number twice.
      var unique = key
      var suffix = 2
      while used.contains(unique) {
        unique = "\(key)-\(suffix)"
        suffix += 1
      }
      used.insert(unique)
      keys[index] = unique
    }
    let requirements = page.requirements.enumerated().map { index, requirement -> RequirementSource in
      let entry = catalogued[slot(requirement.clause, requirement.obligation)]
      return RequirementSource(
        key: keys[index]!, clause: requirement.clause, heading: entry?.heading ?? requirement.heading,
        obligation: requirement.obligation,
        label: entry?.label ?? byWording[Report.normalised(requirement.text)]?.label, text: requirement.text)
    }
    return StandardImportPlan(
      standard: standard, version: page.code ?? check.version?.reference,
      source: check.version?.source, requirements: requirements, check: check)
  }

  /// The words of a requirement, for comparing wordings.
  static func words(_ text: String) -> Set<Substring> {
    Set(text.lowercased().split { !$0.isLetter && !$0.isNumber })
  }

  /// A page whose numbering starts again under each heading (Code of Ethics: 1–4, then 1–2, then
  /// a–c) has one number several times; its groups are lettered A, B, C… ("A1", "B2") so every
  /// requirement has a number of its own. The letters are ours: the catalogue's numbering, where
  /// known, is used instead.
  static func lettered(_ page: StandardPage) -> StandardPage {
    var seen: Set<String> = []
    let repeats = page.requirements.contains { !seen.insert("\($0.obligation) \($0.clause)").inserted }
    guard repeats else { return page }
    var copy = page
    var group = -1
    var heading: String??
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for index in copy.requirements.indices {
      let requirement = copy.requirements[index]
      if heading == nil || heading! != requirement.heading { group += 1 }
      heading = .some(requirement.heading)
      let letter = group < letters.count ? String(letters[group]) : "Z\(group)"
      copy.requirements[index].clause = letter + requirement.clause
    }
    return copy
  }
}
