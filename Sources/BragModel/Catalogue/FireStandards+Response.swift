// The operational response standards, the first four published (February 2021).

extension FireStandards {
  /// 1. Emergency Response Driving.
  ///
  /// - FSD-RSP01: code, dates (approved 15/02/2021, issued 16/02/2021, review 28/02/2024) and
  ///   the requirements (five a service must meet, one it should, the should one with three ways
  ///   of doing it) from https://www.firestandards.org/approved-standards/emergency-response-driving-fsd-rsp01/
  ///   and https://firestandards.org/standards/approved/emergency-response-driving-fsd-rsp01 (the
  ///   newer layout, which numbers the three ways 1–3 under the should requirement; the older
  ///   one bullets them).
  /// - FSD-RSP04: code from https://www.firestandards.org/?p=8746 ; the review of early 2025 from
  ///   https://www.firestandards.org/standards/you-said-we-did/emergency-response-driving-fire-standard-2025 .
  ///   Not found: its dates (the stored page shows the date labels without values) and the end
  ///   of its list (the stored copy stops at the ninth requirement), so its numbering is nil.
  static let emergencyResponseDriving = FireStandard(
    order: 1, key: "emergency-response-driving", title: "Emergency Response Driving",
    versions: [
      StandardVersion(
        code: "FSD-RSP01", approved: date(2021, 2, 15), issued: date(2021, 2, 16),
        review: date(2024, 2, 28),
        requirements: [
          .init(
            key: "emergency-response-driving.legal-compliance", clause: "1",
            label: "keeping within the law on response driving"),
          .init(
            key: "emergency-response-driving.driver-training-framework", clause: "2",
            label: "driver training matched to the national framework"),
          .init(
            key: "emergency-response-driving.instructor-training-framework", clause: "3",
            label: "instructor training matched to the national framework"),
          .init(
            key: "emergency-response-driving.competence-records", clause: "4",
            label: "records of driver competence and refreshers"),
          .init(
            key: "emergency-response-driving.independent-assurance", clause: "5",
            label: "independent checks on driver training"),
          .init(
            key: "emergency-response-driving.sharing-learning", clause: "1", obligation: .should,
            label: "managers and instructors improving training together"),
          .init(
            key: "emergency-response-driving.national-forum", clause: "1.1", obligation: .should,
            label: "taking part in the national online forum"),
          .init(
            key: "emergency-response-driving.national-advisory-group", clause: "1.2",
            obligation: .should, label: "backing the national driver training group"),
          .init(
            key: "emergency-response-driving.national-events", clause: "1.3", obligation: .should,
            label: "being represented at national events"),
        ],
        source:
          "https://www.firestandards.org/approved-standards/emergency-response-driving-fsd-rsp01/"),
      StandardVersion(
        code: "FSD-RSP04", requirements: nil, source: "https://www.firestandards.org/?p=8746",
        change:
          "reviewed in 2025: opens with a strategic approach tied to the risk management plan, and the national engagement once asked for as 'should' is now among the musts"
      ),
    ])

  /// 2. Operational Preparedness.
  ///
  /// - FSD-RSP02a: code from https://firestandards.org/?p=678 and
  ///   https://www.firestandards.org/standards/approved/operational-preparedness-fsd-rsp02a/ ;
  ///   the page lists ten key activities before its "To achieve this Fire Standard" list. Not
  ///   found: its dates (labels without values) and the end of the list (the stored copies stop
  ///   at the fifth requirement), so its numbering is nil.
  /// - FSD-RSP05a: code and "Previous Reviews" (10 Oct 2024, 4 Dec 2024) from
  ///   https://www.firestandards.org/standards/approved/operational-preparedness ; it opens with
  ///   an operational strategy and makes the ten key activities the nested parts (2.1–2.10) of
  ///   its second requirement. Not found: its dates and the list past the third requirement.
  static let operationalPreparedness = FireStandard(
    order: 2, key: "operational-preparedness", title: "Operational Preparedness",
    versions: [
      StandardVersion(
        code: "FSD-RSP02a", requirements: nil,
        source:
          "https://www.firestandards.org/standards/approved/operational-preparedness-fsd-rsp02a/"),
      StandardVersion(
        code: "FSD-RSP05a", requirements: nil,
        source: "https://www.firestandards.org/standards/approved/operational-preparedness",
        change:
          "reviewed (the page lists reviews of 10 October 2024 and 4 December 2024): opens with an operational strategy based on the risk to the community, and the ten key activities become the nested parts of the second requirement"
      ),
    ])

  /// 3. Operational Competence.
  ///
  /// - FSD-RSP02b: code from https://firestandards.org/fire-standards/operational-competence-fsd-rsp02b
  /// - FSD-RSP05b: code and "Previous Reviews" (10 Oct 2024, 4 Feb 2025) from
  ///   https://www.firestandards.org/?p=9489
  /// Not found for either: the dates (the pages show labels without values) and the whole list
  /// (the stored copies stop part way), so their numbering is nil.
  static let operationalCompetence = FireStandard(
    order: 3, key: "operational-competence", title: "Operational Competence",
    versions: [
      StandardVersion(
        code: "FSD-RSP02b", requirements: nil,
        source: "https://firestandards.org/fire-standards/operational-competence-fsd-rsp02b"),
      StandardVersion(
        code: "FSD-RSP05b", requirements: nil, source: "https://www.firestandards.org/?p=9489",
        change:
          "reviewed (the page lists reviews of 10 October 2024 and 4 February 2025): opens with a strategy to embed national guidance, and names fire control guidance beside operational guidance"
      ),
    ])

  /// 4. Operational Learning.
  ///
  /// - FSD-RSP02c: code and dates (approved 15/02/2021, issued 16/02/2021, review 28/02/2024)
  ///   from https://www.firestandards.org/approved-standards/operational-learning-fsd-rsp02c/ ;
  ///   its sub-items are lettered a) to i) straight through the list (a–d under 2, e–i under 4).
  ///   Not found: the end of the list (the stored copy stops at the fifth requirement), so its
  ///   numbering is nil; and whether it was revised with the other response standards.
  static let operationalLearning = FireStandard(
    order: 4, key: "operational-learning", title: "Operational Learning",
    versions: [
      StandardVersion(
        code: "FSD-RSP02c", approved: date(2021, 2, 15), issued: date(2021, 2, 16),
        review: date(2024, 2, 28), requirements: nil,
        source: "https://www.firestandards.org/approved-standards/operational-learning-fsd-rsp02c/")
    ])
}
