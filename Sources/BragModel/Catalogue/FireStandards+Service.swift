// The cultural, planning and service delivery standards (May 2021 to June 2022).

extension FireStandards {
  /// 5. Code of Ethics.
  ///
  /// - FSC-ETH01: code from https://firestandards.org/?p=304 ; published in May 2021
  ///   (https://www.firestandards.org/2021/05/18/fire-standards-board-launches-next-fire-standard/).
  ///   Its requirements are grouped under three headings (the service; those who lead and work
  ///   for it; those who govern it). Not found: the dates (labels without values) and the end of
  ///   the third group, so its numbering is nil.
  static let codeOfEthics = FireStandard(
    order: 5, key: "code-of-ethics", title: "Code of Ethics",
    versions: [
      StandardVersion(
        code: "FSC-ETH01", requirements: nil, source: "https://firestandards.org/?p=304")
    ])

  /// 6. Community Risk Management Planning.
  ///
  /// - FSS-RMP01: the code is the one in the page's address,
  ///   https://www.firestandards.org/standards/approved/community-risk-management-planning-fss-rmp01/
  ///   (the stored page shows the reference label without a value); launched June 2021
  ///   (https://firestandards.org/2021/06/24/driving-consistency-and-improvement-in-community-risk-management-planning-with-the-next-fire-standard).
  /// - FSS-CRMP02: code from https://www.firestandards.org/standards/approved/community-risk-management-planning
  /// Not found for either: dates and the whole list (the stored copies stop at the second
  /// requirement), so their numbering is nil.
  static let communityRiskManagementPlanning = FireStandard(
    order: 6, key: "community-risk-management-planning",
    title: "Community Risk Management Planning",
    versions: [
      StandardVersion(
        code: "FSS-RMP01", requirements: nil,
        source:
          "https://www.firestandards.org/standards/approved/community-risk-management-planning-fss-rmp01/"
      ),
      StandardVersion(
        code: "FSS-CRMP02", requirements: nil,
        source: "https://www.firestandards.org/standards/approved/community-risk-management-planning",
        change:
          "revised: opens with a named senior owner of the plan instead of the use of data, and the desired outcome is rewritten"
      ),
    ])

  /// 7. Prevention.
  ///
  /// - FSD-PRE01: code and dates (approved 29/07/2021, issued 30/07/2021, review 31/07/2024)
  ///   from https://www.firestandards.org/approved-standards/prevention-fsd-pre01/
  /// A later page under the same reference,
  /// https://www.firestandards.org/standards/approved/prevention-fsd-pre01 , shows revised
  /// wording with the strategy requirement moved up to second; its dates were not found, so it
  /// is not listed as a version of its own. Not found: the end of the list (the stored copies
  /// stop at the seventh requirement), so the numbering is nil.
  static let prevention = FireStandard(
    order: 7, key: "prevention", title: "Prevention",
    versions: [
      StandardVersion(
        code: "FSD-PRE01", approved: date(2021, 7, 29), issued: date(2021, 7, 30),
        review: date(2024, 7, 31), requirements: nil,
        source: "https://www.firestandards.org/approved-standards/prevention-fsd-pre01/")
    ])

  /// 8. Protection.
  ///
  /// - FSD-PRO01: code in the page's address,
  ///   https://www.firestandards.org/standards/approved/protection-fsd-pro01/ ; requirements
  ///   grouped under headings, some nested (1.1, 1.2).
  /// - FSD-PRO02: code and "Previous Reviews 03 Mar 2025" from https://www.firestandards.org/?p=10388 ;
  ///   the exceptional review after services' feedback (equality impact assessment wording,
  ///   references to the Fire Investigation standard) from
  ///   https://www.firestandards.org/revisions-to-the-protection-fire-standard/ , which says the
  ///   board approved the revision at a meeting on 9 September without the year.
  /// Not found for either: the dates and the whole list (the stored copies stop in the first
  /// group), so their numbering is nil.
  static let protection = FireStandard(
    order: 8, key: "protection", title: "Protection",
    versions: [
      StandardVersion(
        code: "FSD-PRO01", requirements: nil,
        source: "https://www.firestandards.org/standards/approved/protection-fsd-pro01/"),
      StandardVersion(
        code: "FSD-PRO02", requirements: nil, source: "https://www.firestandards.org/?p=10388",
        change:
          "exceptional review after feedback from services: clearer words on equality impact assessments, links to the Fire Investigation standard, and requirements regrouped under processes"
      ),
    ])

  /// 9. Safeguarding.
  ///
  /// - FSD-PRE02: code from https://www.firestandards.org/approved-standards/safeguarding-fsd-pre02/
  ///   and https://www.firestandards.org/standards/approved/safeguarding-fsd-pre02/ ; the first
  ///   requirement has two nested parts (1.1, 1.2), and the standard has "must" and "should"
  ///   parts (https://fire-magazine.co.uk/the-fire-standards-board-launches-the-safeguarding-fire-standard).
  /// Not found: dates and the whole list (the stored copies stop at the fifth requirement), so
  /// the numbering is nil.
  static let safeguarding = FireStandard(
    order: 9, key: "safeguarding", title: "Safeguarding",
    versions: [
      StandardVersion(
        code: "FSD-PRE02", requirements: nil,
        source: "https://www.firestandards.org/approved-standards/safeguarding-fsd-pre02/")
    ])

  /// 10. Fire Investigation.
  ///
  /// - The first version, launched in April 2022 (https://www.fsmatters.com/Fire-Investigation-Standard-launched-by-FSB),
  ///   its consultation report at https://www.firestandards.org/standards/you-said-we-did/fire-investigation-fire-standard/ .
  ///   Its page, https://www.firestandards.org/approved-standards/fire-investigation/ , gives
  ///   reference number FSD-PRO02 (the same code as Protection's revision: the catalogue keeps
  ///   both, and a page is matched by code and title together), approved 17/03/2022, issued
  ///   31/03/2022, review 31/03/2025. Not found: the whole list (the stored copy stops in the
  ///   first requirement), so its numbering is nil.
  /// - FSD-PRO03, after the review of August 2025, which added a new first requirement for a
  ///   strategic approach: code from https://www.firestandards.org/standards/approved/fire-investigation-fsd-pro03 ,
  ///   the review from https://www.firestandards.org/standards/you-said-we-did/fire-investigation-fire-standard-2025 .
  ///   Not found: its dates and the list past the first requirement, so its numbering is nil.
  static let fireInvestigation = FireStandard(
    order: 10, key: "fire-investigation", title: "Fire Investigation",
    versions: [
      StandardVersion(
        code: "FSD-PRO02", approved: date(2022, 3, 17), issued: date(2022, 3, 31), review: date(2025, 3, 31),
        requirements: nil, source: "https://www.firestandards.org/approved-standards/fire-investigation/"),
      StandardVersion(
        code: "FSD-PRO03", requirements: nil,
        source: "https://www.firestandards.org/standards/approved/fire-investigation-fsd-pro03",
        change:
          "reviewed in August 2025: a new first requirement for a strategic approach linked to the service's wider goals, and more on recording information"
      ),
    ])

  /// 11. Emergency Preparedness and Resilience.
  ///
  /// - FSD-RSL01: the code in the page's address,
  ///   https://www.firestandards.org/standards/approved/emergency-preparedness-and-resilience-fsd-rsl01/
  ///   (the stored page shows the reference label without a value); launched June 2022
  ///   (https://www.fire-magazine.com/emergency-preparedness-and-resilience-fire-standard-is-published).
  /// Not found: dates and the whole list (the stored copy stops at the second requirement), so
  /// the numbering is nil.
  static let emergencyPreparednessAndResilience = FireStandard(
    order: 11, key: "emergency-preparedness-and-resilience",
    title: "Emergency Preparedness and Resilience",
    versions: [
      StandardVersion(
        code: "FSD-RSL01", requirements: nil,
        source:
          "https://www.firestandards.org/standards/approved/emergency-preparedness-and-resilience-fsd-rsl01/"
      )
    ])
}
