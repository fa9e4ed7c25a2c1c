/// Which Fire Standard a report of kind `fire-standard` tracks, and the version it follows.
public struct StandardReference: Codable, Hashable, Sendable {
  /// ``FireStandard/key``.
  public var key: String
  /// The version's reference ("FSD-PRO02"), nil where the catalogue has none.
  public var version: String?

  public init(key: String, version: String?) {
    self.key = key
    self.version = version
  }
}

/// One requirement as a report is built or revised from: the catalogue's facts with, where the
/// service's saved copy of the standard's page gave it, the wording.
public struct RequirementSource: Hashable, Sendable {
  public var key: String
  public var clause: String
  public var heading: String?
  public var obligation: Obligation
  public var label: String?
  public var text: String?

  public init(
    key: String, clause: String, heading: String? = nil, obligation: Obligation = .must, label: String? = nil,
    text: String? = nil
  ) {
    self.key = key
    self.clause = clause
    self.heading = heading
    self.obligation = obligation
    self.label = label
    self.text = text
  }

  public init(_ requirement: StandardRequirement, text: String? = nil) {
    self.init(
      key: requirement.key, clause: requirement.clause, heading: requirement.heading,
      obligation: requirement.obligation, label: requirement.label, text: text)
  }
}

extension FireStandard {
  /// The report id a tracked standard gets: "fire-standard-protection".
  public var reportID: String { "fire-standard-\(key)" }

  /// A report tracking `version` of this standard (the current one by default), its requirements
  /// as items, none assessed; nil when the catalogue does not hold that version's requirements
  /// (import the standard's page instead). `wording` gives requirements' text by clause.
  public func newReport(service: String?, version: StandardVersion? = nil, wording: [String: String] = [:])
    -> Report?
  {
    guard let version = version ?? current, let requirements = version.requirements else { return nil }
    return newReport(
      version: version.reference, source: version.source, service: service,
      requirements: requirements.map { RequirementSource($0, text: wording[$0.clause]) })
  }

  /// A report tracking this standard with the given requirements (from the catalogue or a page).
  public func newReport(
    version: String?, source: String?, service: String?, requirements: [RequirementSource]
  )
    -> Report
  {
    var report = Report(
      id: reportID, title: title, kind: .fireStandard, publisher: "Fire Standards Board", service: service,
      published: current?.issued ?? current?.approved, source: source)
    report.standard = StandardReference(key: key, version: version)
    var ids: Set<String> = []
    for requirement in requirements {
      let item = Item(requirement: requirement) { ids.contains($0) }
      ids.insert(item.id)
      report.items.append(item)
    }
    return report
  }
}

extension Item {
  /// A requirement's item, not assessed: id "req-1-2", label "Req 1.2".
  init(requirement: RequirementSource, among items: [Item]) {
    let ids = Set(items.map(\.id))
    self.init(requirement: requirement) { ids.contains($0) }
  }

  init(requirement: RequirementSource, isTaken: (String) -> Bool) {
    let identity = Identifiers.newRequirement(
      clause: requirement.clause, obligation: requirement.obligation, isTaken: isTaken)
    self.init(
      id: identity.id, kind: .requirement, label: identity.label, section: requirement.heading,
      text: requirement.text ?? "")
    self.requirement = RequirementRef(
      key: requirement.key, clause: requirement.clause, obligation: requirement.obligation,
      label: requirement.label)
  }
}
