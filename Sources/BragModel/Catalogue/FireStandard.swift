import Foundation

/// One of the Fire Standards the Fire Standards Board publishes for English services, as the
/// bundled catalogue knows it: its facts and the numbering of its requirements, version by
/// version, each with the address it comes from.
///
/// The catalogue holds facts only. A requirement's wording belongs to the Fire Standards Board;
/// the catalogue gives each requirement a short label of our own, and the service's saved copy of
/// the standard's page (`brag import standard FILE`) brings the wording in.
public struct FireStandard: Hashable, Sendable, Identifiable {
  /// Its place in the suite as published, 1 through 19.
  public let order: Int
  /// A stable key for files and commands: "protection", "emergency-response-driving".
  public let key: String
  public let title: String
  /// Every version the catalogue knows, oldest first; empty where no version's facts were found.
  public let versions: [StandardVersion]

  public init(order: Int, key: String, title: String, versions: [StandardVersion]) {
    self.order = order
    self.key = key
    self.title = title
    self.versions = versions
  }

  public var id: String { key }

  /// The version in force: the newest the catalogue knows.
  public var current: StandardVersion? { versions.last }

  /// The code a service quotes, "FSD-PRO02"; nil where none was found.
  public var code: String? { current?.code }

  /// The version whose code is `code` (case-insensitive).
  public func version(code: String) -> StandardVersion? {
    versions.first { $0.code?.caseInsensitiveCompare(code) == .orderedSame }
  }
}

/// One published version of a standard.
public struct StandardVersion: Hashable, Sendable {
  /// The standard's reference as published: "FSD-PRO01"; nil where not found.
  public let code: String?
  /// The version as the Fire Standards Board names it ("1", "2"), where it names one.
  public let name: String?
  public let approved: CalendarDate?
  public let issued: CalendarDate?
  public let review: CalendarDate?
  /// The requirements in published order, or nil where their numbering was not found.
  public let requirements: [StandardRequirement]?
  /// Where these facts come from.
  public let source: String
  /// What changed from the version before, in our own words.
  public let change: String?

  public init(
    code: String?, name: String? = nil, approved: CalendarDate? = nil, issued: CalendarDate? = nil,
    review: CalendarDate? = nil, requirements: [StandardRequirement]?, source: String,
    change: String? = nil
  ) {
    self.code = code
    self.name = name
    self.approved = approved
    self.issued = issued
    self.review = review
    self.requirements = requirements
    self.source = source
    self.change = change
  }

  /// "FSD-PRO02", else the version's name, else nil: what a list shows as the version.
  public var reference: String? { code ?? name }
}

/// Whether a requirement is one a service must meet or one it should.
public enum Obligation: String, Codable, Sendable, CaseIterable {
  case must
  case should
}

/// One requirement of a standard's version, by its published number.
public struct StandardRequirement: Hashable, Sendable {
  /// Stable across versions of the same standard, so a revision can say which requirement is
  /// which even when the numbers move: "fire-investigation.scene-examination".
  public let key: String
  /// The number as published: "3", "1.2".
  public let clause: String
  /// The heading it sits under, where the standard groups its requirements (our own words).
  public let heading: String?
  public let obligation: Obligation
  /// A short label in our own words: "risk assessments for an operational response".
  public let label: String

  public init(
    key: String, clause: String, heading: String? = nil, obligation: Obligation = .must, label: String
  ) {
    self.key = key
    self.clause = clause
    self.heading = heading
    self.obligation = obligation
    self.label = label
  }
}

extension FireStandards {
  /// The standard a code (any version's), key or title names, ignoring case.
  /// Every standard with a version coded `code` (ignoring case): published pages have used one
  /// code for two standards (FSD-PRO02), so a code alone may not say which.
  public static func standards(code: String) -> [FireStandard] {
    all.filter { $0.version(code: code.trimmingCharacters(in: .whitespaces)) != nil }
  }

  public static func standard(named name: String) -> FireStandard? {
    let wanted = name.trimmingCharacters(in: .whitespaces)
    return all.first { standard in
      standard.key.caseInsensitiveCompare(wanted) == .orderedSame
        || standard.title.caseInsensitiveCompare(wanted) == .orderedSame
        || standard.version(code: wanted) != nil
    }
  }
}
