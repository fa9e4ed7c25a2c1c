// The enabling, leadership and people standards (October 2022 to September 2024).

extension FireStandards {
  /// 12. Data Management.
  ///
  /// - FSE-DAT01: code from https://firestandards.org/?p=666 ; launched October 2022
  ///   (https://www.fsmatters.com/FSB-launches-twelfth-professional-Fire-Standard).
  /// Not found: dates and the whole list (the stored copy stops inside the first requirement's
  /// nested parts), so the numbering is nil.
  static let dataManagement = FireStandard(
    order: 12, key: "data-management", title: "Data Management",
    versions: [
      StandardVersion(code: "FSE-DAT01", requirements: nil, source: "https://firestandards.org/?p=666")
    ])

  /// 13. Leading the Service.
  ///
  /// - FSC-LED01b: the code in the page's address,
  ///   https://www.firestandards.org/standards/approved/leading-the-service-fsc-led01b/ (as the
  ///   project's domain notes have it; the stored copy stops in the desired outcome); launched
  ///   with Leading and Developing People in January 2023
  ///   (https://www.firestandards.org/2023/01/23/fire-standards-board-launch-the-leadership-and-people-fire-standards/).
  /// Not found: its dates and requirements.
  static let leadingTheService = FireStandard(
    order: 13, key: "leading-the-service", title: "Leading the Service",
    versions: [
      StandardVersion(
        code: "FSC-LED01b", requirements: nil,
        source: "https://www.firestandards.org/standards/approved/leading-the-service-fsc-led01b/")
    ])

  /// 14. Leading and Developing People.
  ///
  /// - FSC-LED01a: the code in the page's address,
  ///   https://firestandards.org/standards/approved/leading-developing-people-fsc-led01a (the
  ///   stored copy stops in the desired outcome); launched in January 2023 (as above).
  /// Not found: its dates and requirements.
  static let leadingAndDevelopingPeople = FireStandard(
    order: 14, key: "leading-and-developing-people", title: "Leading and Developing People",
    versions: [
      StandardVersion(
        code: "FSC-LED01a", requirements: nil,
        source: "https://firestandards.org/standards/approved/leading-developing-people-fsc-led01a")
    ])

  /// 15. Fire Control.
  ///
  /// The standard's page is https://www.firestandards.org/standards/approved/fire-control-fire-standard/ ;
  /// the stored copy stops in the desired outcome. Launched with Communication and Engagement in
  /// May 2023 (https://www.fsmatters.com/Fire-Standards-Board-issues-new-Fire-Standards).
  /// Not found: code, dates, requirements.
  static let fireControl = FireStandard(
    order: 15, key: "fire-control", title: "Fire Control",
    versions: [
      StandardVersion(
        code: nil, requirements: nil,
        source: "https://www.firestandards.org/standards/approved/fire-control-fire-standard/")
    ])

  /// 16. Communication and Engagement.
  ///
  /// The standard's page is https://www.firestandards.org/standards/approved/communication-and-engagement/ ;
  /// the stored copy stops after the desired outcome and activity. Launched in May 2023 (as
  /// above). Not found: code, dates, requirements.
  static let communicationAndEngagement = FireStandard(
    order: 16, key: "communication-and-engagement", title: "Communication and Engagement",
    versions: [
      StandardVersion(
        code: nil, requirements: nil,
        source: "https://www.firestandards.org/standards/approved/communication-and-engagement/")
    ])

  /// 17. Internal Governance and Assurance.
  ///
  /// The standard's page is https://firestandards.org/standards/approved/internal-governance-and-assurance ;
  /// the stored copy stops in the desired outcome. Launched in June 2024
  /// (http://firestandards.org/2024/06/11/the-fire-standards-board-launches-the-internal-governance-and-assurance-fire-standard).
  /// Not found: code, dates, requirements.
  static let internalGovernanceAndAssurance = FireStandard(
    order: 17, key: "internal-governance-and-assurance",
    title: "Internal Governance and Assurance",
    versions: [
      StandardVersion(
        code: nil, requirements: nil,
        source: "https://firestandards.org/standards/approved/internal-governance-and-assurance")
    ])

  /// 18. Digital and Cyber.
  ///
  /// - FSE-DC01: the code in the page's address,
  ///   https://firestandards.org/standards/approved/digital-and-cyber-fire-standard-fse-dc01 ;
  ///   issued on 10 September 2024
  ///   (https://www.thefpa.co.uk/news/new-procurement-and-digital-security-standards-released-for-fire-service).
  /// Not found: the approval and review dates and the requirements (the stored copy stops in
  /// the desired outcome).
  static let digitalAndCyber = FireStandard(
    order: 18, key: "digital-and-cyber", title: "Digital and Cyber",
    versions: [
      StandardVersion(
        code: "FSE-DC01", issued: date(2024, 9, 10), requirements: nil,
        source:
          "https://firestandards.org/standards/approved/digital-and-cyber-fire-standard-fse-dc01")
    ])

  /// 19. Procurement and Commercial.
  ///
  /// - FSE-PC01: code from https://firestandards.org/?p=2270 ; issued on 10 September 2024
  ///   (https://www.thefpa.co.uk/news/new-procurement-and-digital-security-standards-released-for-fire-service).
  /// Not found: the approval and review dates (labels without values) and the requirements (the
  /// stored copy stops at their heading).
  static let procurementAndCommercial = FireStandard(
    order: 19, key: "procurement-and-commercial", title: "Procurement and Commercial",
    versions: [
      StandardVersion(
        code: "FSE-PC01", issued: date(2024, 9, 10), requirements: nil,
        source: "https://firestandards.org/?p=2270")
    ])
}
