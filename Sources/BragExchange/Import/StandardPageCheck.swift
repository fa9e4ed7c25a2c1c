import BragModel
import Foundation

/// A standard's page set against the bundled catalogue: which standard and version it is (by its
/// reference, else by its title), and where its requirements differ from the version's
/// numbering: a clause the catalogue has that the page lacks, one the page has that the
/// catalogue lacks, or one that is "must" on one and "should" on the other.
public struct StandardPageCheck: Hashable, Sendable {
  public enum Match: String, Hashable, Sendable {
    /// The page's reference is one of the standard's versions.
    case code
    /// The page's title is the standard's (its reference unknown to the catalogue, or missing).
    case title
  }

  /// A clause that is "must" on one side and "should" on the other.
  public struct ObligationMismatch: Hashable, Sendable {
    public var clause: String
    public var catalogue: Obligation
    public var page: Obligation
  }

  public var standard: FireStandard?
  public var version: StandardVersion?
  public var matchedBy: Match?
  /// Whether the version's numbering is in the catalogue, so the clauses could be compared.
  public var compared: Bool
  /// In the catalogue's version, not on the page.
  public var missing: [StandardRequirement]
  /// On the page, not in the catalogue's version.
  public var extra: [PageRequirement]
  public var obligationMismatches: [ObligationMismatch]
  /// What else a reader should know: how the match was made, what could not be compared.
  public var notes: [String]
  /// The page's code named the standard, but its title is another's.
  public var titleDiffers = false
  /// The page gave a code the catalogue does not know (matched by its title).
  public var codeUnknown = false

  /// Matched to a version whose numbering is known, with nothing missing, extra or mismatched.
  public var isClean: Bool {
    version != nil && compared && missing.isEmpty && extra.isEmpty && obligationMismatches.isEmpty
  }

  /// One line per finding, naming the clauses: what a command prints.
  public var lines: [String] {
    var out: [String] = []
    if let standard {
      let reference = version?.reference.map { " \($0)" } ?? ""
      out.append(
        "\(standard.order). \(standard.title)\(reference) (matched by \(matchedBy?.rawValue ?? "title"))")
    } else {
      out.append("not a standard the catalogue knows")
    }
    for requirement in missing {
      out.append(
        "missing from the page: \(requirement.obligation.rawValue) \(requirement.clause) (\(requirement.label))"
      )
    }
    for requirement in extra {
      out.append(
        "not in the catalogue: \(requirement.obligation.rawValue) \(requirement.clause) (line \(requirement.line))"
      )
    }
    for mismatch in obligationMismatches {
      out.append(
        "clause \(mismatch.clause) is '\(mismatch.page.rawValue)' on the page, '\(mismatch.catalogue.rawValue)' in the catalogue"
      )
    }
    return (out + notes).map(SafeText.singleLine)
  }

  public static func check(_ page: StandardPage, catalogue: [FireStandard] = FireStandards.all)
    -> StandardPageCheck
  {
    var check = StandardPageCheck(
      standard: nil, version: nil, matchedBy: nil, compared: false, missing: [], extra: [],
      obligationMismatches: [], notes: [])
    func sameTitle(_ a: String, _ b: String) -> Bool {
      func key(_ s: String) -> String {
        var k = s.lowercased().trimmingCharacters(in: .whitespaces)
        for suffix in [" fire standard", " standard"] where k.hasSuffix(suffix) {
          k = String(k.dropLast(suffix.count))
        }
        return k.replacingOccurrences(of: "&", with: "and")
      }
      return key(a) == key(b)
    }
    // A code two standards share is settled by the title.
    let coded = page.code.map { code in catalogue.filter { $0.version(code: code) != nil } } ?? []
    if let code = page.code,
      let standard = coded.first(where: { sameTitle($0.title, page.title) }) ?? coded.first
    {
      check.standard = standard
      check.version = standard.version(code: code)
      check.matchedBy = .code
      if !sameTitle(standard.title, page.title) && !page.title.isEmpty {
        check.titleDiffers = true
        check.notes.append("the page's title '\(page.title)' is not the catalogue's '\(standard.title)'")
      }
    } else if let standard = catalogue.first(where: { sameTitle($0.title, page.title) }) {
      check.standard = standard
      check.matchedBy = .title
      // The version with the page's dates; else, for a page with no reference, the one the
      // catalogue knows without a reference; else the current one.
      let dated = standard.versions.first { version in
        (page.approved != nil && version.approved == page.approved)
          || (page.issued != nil && version.issued == page.issued)
      }
      let codeless = page.code == nil ? standard.versions.filter { $0.code == nil } : []
      check.version = dated ?? (codeless.count == 1 ? codeless[0] : standard.current)
      if let code = page.code {
        check.codeUnknown = true
        check.notes.append("the page's reference \(code) is not in the catalogue; matched by title")
      } else {
        check.notes.append("the page gives no reference; matched by title")
      }
    } else {
      check.notes.append(
        "neither the page's reference (\(page.code ?? "none")) nor its title ('\(page.title)') is a standard in the catalogue"
      )
      return check
    }
    guard let version = check.version else {
      check.notes.append("the catalogue holds no version of this standard, so nothing was compared")
      return check
    }
    guard let known = version.requirements else {
      check.notes.append(
        "the catalogue does not hold this version's numbering, so the clauses were not compared")
      return check
    }
    check.compared = true
    func id(_ clause: String, _ obligation: Obligation) -> String { "\(obligation.rawValue) \(clause)" }
    let pageIDs = Set(page.requirements.map { id($0.clause, $0.obligation) })
    let knownIDs = Set(known.map { id($0.clause, $0.obligation) })
    var missing = known.filter { !pageIDs.contains(id($0.clause, $0.obligation)) }
    var extra = page.requirements.filter { !knownIDs.contains(id($0.clause, $0.obligation)) }
    // A clause left over on both sides under the other obligation is a mismatch, not a gap.
    for requirement in extra {
      if let other = missing.firstIndex(where: { $0.clause == requirement.clause }) {
        check.obligationMismatches.append(
          ObligationMismatch(
            clause: requirement.clause, catalogue: missing[other].obligation, page: requirement.obligation))
        missing.remove(at: other)
        extra.removeAll { $0 == requirement }
      }
    }
    check.missing = missing
    check.extra = extra
    return check
  }
}
