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
    _ page: StandardPage, file: String, existing: Report?, catalogue: [FireStandard] = FireStandards.all,
    checked: StandardPageCheck? = nil
  ) throws -> StandardImportPlan {
    // A caller that checked the page already (to find the report tracking it) passes the check.
    let check = checked ?? StandardPageCheck.check(page, catalogue: catalogue)
    guard let standard = check.standard else {
      throw StandardPageError(
        file: file, problem: check.lines.last ?? "not a Fire Standard the catalogue knows",
        advice: "save the page of one of the 19 standards `brag standards` lists")
    }
    let known = check.version?.requirements ?? []
    func slot(_ clause: String, _ obligation: Obligation) -> String { "\(obligation.rawValue) \(clause)" }
    let catalogued = Dictionary(
      known.map { (slot($0.clause, $0.obligation), $0) }, uniquingKeysWith: { a, _ in a })
    let page = known.isEmpty ? Self.lettered(page) : page
    // The requirements already tracked, each to be matched once.
    let tracked = (existing?.items ?? []).filter(\.isLiveRequirement).compactMap { item in
      item.requirement.map { (ref: $0, text: Report.normalised(item.text), heading: item.section) }
    }
    var keys = [String?](repeating: nil, count: page.requirements.count)
    var labels = [String?](repeating: nil, count: page.requirements.count)
    var used: Set<String> = []
    func take(_ index: Int, _ key: String, label: String?) {
      keys[index] = key
      labels[index] = label
      used.insert(key)
    }
    // 1. The catalogue's numbering, where it knows this version's.
    for (index, requirement) in page.requirements.enumerated() {
      if let entry = catalogued[slot(requirement.clause, requirement.obligation)], !used.contains(entry.key) {
        take(index, entry.key, label: entry.label)
      }
    }
    // 2. The same wording as a requirement tracked (so a number that moved keeps its requirement),
    //    preferring one of the same number, then under the same heading, when a sentence repeats.
    for (index, requirement) in page.requirements.enumerated() where keys[index] == nil {
      let text = Report.normalised(requirement.text)
      let same = tracked.filter {
        $0.text == text && !text.isEmpty && $0.ref.obligation == requirement.obligation
          && !used.contains($0.ref.key)
      }
      let best =
        same.first { $0.ref.clause == requirement.clause } ?? same.first { $0.heading == requirement.heading }
        ?? same.first
      if let best { take(index, best.ref.key, label: best.ref.label) }
    }
    // 3. Renumbered and reworded: the closest wording (at least half the words shared), best
    //    pairs first, so a near-identical rewording is not beaten by an earlier loose match.
    var pairs: [(index: Int, candidate: Int, score: Double)] = []
    let candidates = tracked.enumerated().filter {
      !$0.element.text.isEmpty && !used.contains($0.element.ref.key)
    }
    if !candidates.isEmpty {
      // Words as sorted numbers, so comparing two wordings is one merge, not two set builds.
      var vocabulary: [Substring: Int] = [:]
      func numbered(_ text: String) -> [Int] {
        Self.words(text).map { word in
          if let known = vocabulary[word] { return known }
          vocabulary[word] = vocabulary.count
          return vocabulary.count - 1
        }.sorted()
      }
      let candidateWords = candidates.map { numbered($0.element.text) }
      for (index, requirement) in page.requirements.enumerated() where keys[index] == nil {
        let words = numbered(requirement.text)
        // Its three closest are plenty: a pathological page where everything looks alike must
        // not make the pairs quadratic.
        var closest: [(index: Int, candidate: Int, score: Double)] = []
        for (position, candidate) in candidates.enumerated()
        where candidate.element.ref.obligation == requirement.obligation {
          let shared = Self.sharedCount(words, candidateWords[position])
          let union = words.count + candidateWords[position].count - shared
          guard union > 0 else { continue }
          let score = Double(shared) / Double(union)
          guard score >= 0.5 else { continue }
          closest.append((index, position, score))
          if closest.count > 3 {
            closest.sort { $0.score > $1.score }
            closest.removeLast()
          }
        }
        pairs += closest
      }
    }
    for pair in pairs.sorted(by: { $0.score > $1.score }) {
      let ref = candidates[pair.candidate].element.ref
      guard keys[pair.index] == nil, !used.contains(ref.key) else { continue }
      take(pair.index, ref.key, label: ref.label)
    }
    // 4. A tracked requirement whose wording was never brought in: by its number.
    var unworded: [String: [Int]] = [:]
    for (position, entry) in tracked.enumerated() where entry.text.isEmpty {
      unworded[slot(entry.ref.clause, entry.ref.obligation), default: []].append(position)
    }
    for (index, requirement) in page.requirements.enumerated() where keys[index] == nil {
      let match = (unworded[slot(requirement.clause, requirement.obligation)] ?? []).map { tracked[$0] }
        .first { !used.contains($0.ref.key) }
      if let match { take(index, match.ref.key, label: match.ref.label) }
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
        label: labels[index] ?? entry?.label, text: requirement.text)
    }
    return StandardImportPlan(
      standard: standard, version: page.code ?? check.version?.reference,
      source: check.version?.source, requirements: requirements, check: check)
  }

  /// The words of a requirement, for comparing wordings.
  /// How many numbers two sorted lists share.
  static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
    var i = 0
    var j = 0
    var count = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        count += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }

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
