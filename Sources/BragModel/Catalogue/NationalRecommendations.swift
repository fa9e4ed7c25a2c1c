/// A national HMICFRS report whose recommendations every English service answers.
///
/// Services publish their progress in their own order and numbering, so the catalogue is what
/// gives an imported recommendation its official number and deadline.
public struct NationalReport: Hashable, Sendable, Identifiable {
  /// A stable key: `values-culture-2023`, `misconduct-2024`.
  public let key: String
  public let title: String
  public let publisher: String
  public let published: CalendarDate
  /// The report's page on the HMICFRS site.
  public let source: String
  /// How many recommendations the report makes, numbered 1 through this.
  public let recommendationCount: Int

  public var id: String { key }

  /// What its deadlines resolve against: "With immediate effect" means the publication date.
  public var timescaleContext: TimescaleContext { TimescaleContext(publication: published) }
}

/// One recommendation of a national report, identified by report key and official number.
public struct NationalRecommendation: Hashable, Sendable, Identifiable {
  public let reportKey: String
  /// The number HMICFRS gave it.
  public let number: Int
  /// The deadline exactly as the report words it ("By 1 June 2023", "With immediate effect"), or nil
  /// when the report sets none for this audience or we have not found it.
  public let deadline: String?
  /// The deadline resolved against the report's publication date.
  public let timescale: Timescale
  /// Whom it is addressed to ("Chief fire officers"), or nil where not found.
  public let audience: String?
  /// A short description in our own words, for narrow columns; nil where the content is not known.
  public let label: String?
  /// The official text as a service's page quotes it (the seeds), or nil where we hold no copy.
  public let text: String?

  public var id: String { "\(reportKey)#\(number)" }

  /// The resolved due date, when the deadline names one.
  public var due: CalendarDate? { timescale.due }

  /// The timescale as an importer records it for a page that leaves the deadline out: the report's
  /// deadline, naming where it comes from.
  public var reportTimescale: Timescale {
    var timescale = timescale
    let title = NationalRecommendations.report(reportKey)?.title ?? reportKey
    timescale.basis = "\(title), recommendation \(number)"
    return timescale
  }

  /// Addressed to chief fire officers (alone or with others): a service owes an answer to it.
  public var isForServices: Bool {
    guard let audience else { return false }
    return audience.lowercased().contains("chief fire officers")
  }

  init(
    report: NationalReport, number: Int, deadline: String?, audience: String?, label: String?,
    text: String?
  ) {
    self.reportKey = report.key
    self.number = number
    self.deadline = deadline
    self.timescale = TimescaleResolver.resolve(deadline, context: report.timescaleContext)
    self.audience = audience
    self.label = label
    self.text = text
  }
}

/// The bundled catalogue of the two national reports services track.
///
/// Facts and where they come from:
/// - Values and culture in fire and rescue services, HMICFRS,
///   https://hmicfrs.justiceinspectorates.gov.uk/publication-html/values-and-culture-in-fire-and-rescue-services/
///   — 35 recommendations. The HTML page is dated 30 March 2023; HMICFRS's letter of 26 June 2023
///   (seed 002) says it was published on 31 March 2023, which is the date "With immediate effect"
///   resolves to, as in the bundled sample data.
/// - Numbers and deadlines of the 19 recommendations Staffordshire quotes (seed 000): the position →
///   number table in the domain notes, confirmed for 3, 4, 5, 17, 18, 20, 21, 23, 27, 28, 32, 33 and
///   34 by HMICFRS's letter (seed 002, Annex A); the list of the 20 recommendations to chief fire
///   officers on https://www.rbfrs.co.uk/your-service/transparency-and-governance/values-and-culture-in-fire-and-rescue-services/
/// - 26 (deadline, audience): https://www.rbfrs.co.uk/your-service/transparency-and-governance/values-and-culture-in-fire-and-rescue-services/recommendation-26/
/// - 2 (deadline, audience): a fire authority committee appendix, "Appendix 2 HMI Recommendations
///   Values and Culture" (its address was not recorded in the search results).
/// - 6, 7, 8, 10, 11, 13, 15, 16, 19, 25, 29, 30, 31, 35 go to national bodies or the police (one of
///   them is for the police, per seed 000); which body, by when, and what they ask was not found,
///   so those fields are nil rather than guessed.
/// - Standards of behaviour: the handling of misconduct in fire and rescue services, HMICFRS,
///   published 1 August 2024,
///   https://hmicfrs.justiceinspectorates.gov.uk/publication-html/standards-of-behaviour-handling-misconduct-in-frs/
///   — 15 recommendations, in the order seed 001 gives them. Service deadlines of 1, 2 and 4
///   (1 February 2025) and 3 (1 May 2025): https://humbersidefire.gov.uk/about-us/our-inspection/standards-of-behaviour ;
///   9 (1 August 2025): the domain notes; 13 (1 February 2025): its own text. The dated parts of 7
///   and 15 are addressed to national bodies, so they are not the service's deadline.
///
/// Texts are the seeds' words, verbatim; labels are ours.
public enum NationalRecommendations {
  public static let valuesCultureKey = "values-culture-2023"
  public static let misconductKey = "misconduct-2024"

  public static let valuesCulture = NationalReport(
    key: valuesCultureKey, title: "Values and culture in fire and rescue services",
    publisher: "HMICFRS", published: CalendarDate(year: 2023, month: 3, day: 31)!,
    source:
      "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/values-and-culture-in-fire-and-rescue-services/",
    recommendationCount: 35)

  public static let misconduct = NationalReport(
    key: misconductKey,
    title: "Standards of behaviour: The handling of misconduct in fire and rescue services",
    publisher: "HMICFRS", published: CalendarDate(year: 2024, month: 8, day: 1)!,
    source:
      "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/standards-of-behaviour-handling-misconduct-in-frs/",
    recommendationCount: 15)

  public static let reports: [NationalReport] = [valuesCulture, misconduct]

  /// The report with this key, or nil.
  public static func report(_ key: String) -> NationalReport? {
    reports.first { $0.key == key }
  }

  /// Every recommendation of one report, in official order (empty for an unknown key).
  public static func recommendations(report key: String) -> [NationalRecommendation] {
    all.filter { $0.reportKey == key }
  }

  /// The recommendation with this official number in this report, or nil.
  public static func recommendation(report key: String, number: Int) -> NationalRecommendation? {
    byID["\(key)#\(number)"]
  }

  private static let byID: [String: NationalRecommendation] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.id, $0) })

  /// Both reports' recommendations, report by report in official order.
  public static let all: [NationalRecommendation] = [
    // Values and culture in fire and rescue services (March 2023).
    .init(
      report: valuesCulture, number: 1, deadline: "By 1 October 2023",
      audience: "Chief fire officers",
      label: "a confidential route for raising concerns, and whistleblowing awareness",
      text:
        "By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes."
    ),
    .init(
      report: valuesCulture, number: 2, deadline: "By 1 October 2023",
      audience: "National Employers, the LGA and the NFCC",
      label: "an independent reporting line outside the service",
      text: nil),
    .init(
      report: valuesCulture, number: 3, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "support for people who raise concerns",
      text:
        "By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable."
    ),
    .init(
      report: valuesCulture, number: 4, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "keeping those who raised concerns updated; a professional standards function",
      text:
        "By 1 June 2023, chief fire officers should assure themselves that updates on how concerns are being handled are shared with those who have raised them. The updates should be given in an accessible way that encourages trust and confidence in the service response. Consideration should be given to creating a professional standards function to handle conduct concerns in service (or from an external service) to have oversight of cases, to make sure they are conducted in a fair and transparent way and to act as a point of contact for all staff involved."
    ),
    .init(
      report: valuesCulture, number: 5, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "accessible information on raising concerns and on how they are investigated",
      text:
        "By 1 June 2023, chief fire officers should make sure they provide accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies). Chief fire officers should also make sure accessible information is provided on how concerns and allegations will be investigated in a way that ensures confidentiality and is independent of the alleged perpetrator."
    ),
    .init(
      report: valuesCulture, number: 6, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 7, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 8, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 9, deadline: "By 1 January 2024",
      audience: "Chief fire officers",
      label: "background checks and DBS checks for all staff",
      text:
        "By 1 January 2024, chief fire officers should: Immediately review their current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard their staff and communities they serve; and make sure that appropriate DBS check requests have been submitted for all existing, new staff, and volunteers, according to their roles as identified by the Fire Standards Board."
    ),
    .init(
      report: valuesCulture, number: 10, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 11, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 12, deadline: "By 1 March 2024",
      audience: "Chief fire officers",
      label: "assurance on the staff disclosure, complaint and grievance standard",
      text:
        "By 1 March 2024, chief fire officers should provide assurances to HMICFRS that they have implemented the standard on staff disclosure, complaint and grievance handling."
    ),
    .init(
      report: valuesCulture, number: 13, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 14, deadline: "By 1 March 2024",
      audience: "Chief fire officers",
      label: "assurance on the misconduct allegations and outcomes standard",
      text:
        "By 1 March 2024, chief fire officers should provide assurances to HMICFRS that they have implemented the standard on misconduct allegations and outcomes handling."
    ),
    .init(
      report: valuesCulture, number: 15, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 16, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 17, deadline: "With immediate effect",
      audience: "Chief fire officers",
      label: "telling HMICFRS about possible gross misconduct allegations",
      text:
        "With immediate effect, chief fire officers should notify HMICFRS of any allegations that have the potential to constitute staff gross misconduct that: Involve allegations of a criminal nature that have the potential to affect public confidence in FRSs; Are of a serious nature; or relate to assistant chief fire officers or those at equivalent or higher grades."
    ),
    .init(
      report: valuesCulture, number: 18, deadline: "By 1 August 2023",
      audience: "Chief fire officers",
      label: "support for everyone in ongoing investigations",
      text:
        "By 1 August 2023, chief fire officers should provide assurances to HMICFRS that all parties are supported in relation to ongoing investigations."
    ),
    .init(
      report: valuesCulture, number: 19, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 20, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "plans for the two leadership Fire Standards",
      text:
        "By 1 June 2023, chief fire officers should have plans in place to ensure they meet the Fire Standards Board’s leading the service standard and its leading and developing people standard."
    ),
    .init(
      report: valuesCulture, number: 21, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "360-degree feedback for senior leaders",
      text:
        "By 1 June 2023, chief fire officers should make sure there is a full, 360-degree feedback process in place for all senior leaders and managers (assistant chief fire officer equivalent and above) in service."
    ),
    .init(
      report: valuesCulture, number: 22, deadline: "By 1 September 2023",
      audience: "Chief fire officers",
      label: "360-degree feedback for all other leaders and managers",
      text:
        "By 1 September 2023, chief fire officers should make sure there is a full, 360-degree feedback process in place for all other leaders and managers in service. The process should include gathering feedback from a wide range of sources including colleagues and direct reports."
    ),
    .init(
      report: valuesCulture, number: 23, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "regular staff feedback on values, culture, fairness and diversity",
      text:
        "By 1 June 2023, chief fire officers should seek regular feedback from staff about values, culture, fairness and diversity, with due regard to the leading and developing people standard. They should show how they act on this feedback."
    ),
    .init(
      report: valuesCulture, number: 24, deadline: "By 1 October 2023",
      audience: "Chief fire officers",
      label: "monitoring watch and team cultures",
      text:
        "By 1 October 2023, chief fire officers should put plans in place to monitor, including through the gathering and analysis of staff feedback, watch and team cultures and provide prompt remedial action for any issues they identify."
    ),
    .init(
      report: valuesCulture, number: 25, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 26, deadline: "By 1 October 2023",
      audience: "Chief fire officers and the NFCC",
      label:
        "management and leadership development training ahead of a College of Fire and Rescue, authority members included",
      text: nil),
    .init(
      report: valuesCulture, number: 27, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "equality impact assessments fit for purpose",
      text:
        "By 1 June 2023, chief fire officers should make sure their equality impact assessments are fit for purpose and, as a minimum, meet the requirements of the National Fire Chiefs Council equality impact assessment toolkit."
    ),
    .init(
      report: valuesCulture, number: 28, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "gathering and using equality and diversity data",
      text:
        "By 1 June 2023, chief fire officers should review how they gather and use equality and diversity data to improve their understanding of their staff demographics, including applying and meeting the requirements of the National Fire Chiefs Council equality, diversity and inclusion data toolkit."
    ),
    .init(
      report: valuesCulture, number: 29, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 30, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 31, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    .init(
      report: valuesCulture, number: 32, deadline: "By 1 June 2023",
      audience: "Chief fire officers",
      label: "succession plans that widen diversity; direct entry",
      text:
        "By 1 June 2023, chief fire officers should, as a priority, specify in succession plans how they intend to improve diversity across all levels of the service. This should include offering increased direct-entry opportunities."
    ),
    .init(
      report: valuesCulture, number: 33, deadline: "By 1 August 2023",
      audience: "Chief fire officers",
      label: "progression paths for non-operational staff",
      text:
        "By 1 August 2023, chief fire officers should develop plans to promote progression paths for existing staff in non-operational roles and put plans in place to reduce any inequalities of opportunity."
    ),
    .init(
      report: valuesCulture, number: 34, deadline: "With immediate effect",
      audience: "Chief fire officers",
      label: "applying the Core Code of Ethics",
      text:
        "With immediate effect, chief fire officers should review their implementation of the Core Code of Ethics (CCoE) and make sure it is being applied across their services."
    ),
    .init(
      report: valuesCulture, number: 35, deadline: nil,
      audience: nil,
      label: nil,
      text: nil),
    // Standards of behaviour: the handling of misconduct (August 2024).
    .init(
      report: misconduct, number: 1, deadline: "By 1 February 2025",
      audience: "Chief fire officers",
      label: "staff know and follow the Core Code of Ethics",
      text:
        "Chief fire officers should, as a priority, make sure their staff are aware of, and follow the Core Code of Ethics. Services should build the code into all relevant policies and practices."
    ),
    .init(
      report: misconduct, number: 2, deadline: "By 1 February 2025",
      audience: "Chief fire officers",
      label: "a probation policy allowing dismissal for poor behaviour",
      text:
        "Chief Fire Officers should make sure a policy for probationary staff is in place. This policy should make clear that services can immediately dismiss probationers who fail to meet the required standards of behaviour set out in the Core Code of Ethics and the Code of Ethics fire standard."
    ),
    .init(
      report: misconduct, number: 3, deadline: "By 1 May 2025",
      audience: "Chief fire officers",
      label: "moving staff between watches and stations",
      text:
        "Chief Fire Officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contractual requirements, proactively and reactively as required."
    ),
    .init(
      report: misconduct, number: 4, deadline: "By 1 February 2025",
      audience: "Chief fire officers",
      label: "a dedicated professional standards function",
      text:
        "Chief Fire Officers should make sure their services create or have access to a dedicated professional standards function to oversee the investigation of concerns raised within a service or from an external source. This should oversee cases to make sure they are investigated in a fair and transparent way, manage complex cases directly and act as a point of contact for all staff involved."
    ),
    .init(
      report: misconduct, number: 5, deadline: nil,
      audience: "Chief fire officers",
      label: "staff know how to raise concerns and whistleblow",
      text:
        "Chief Fire Officers should make sure all staff understand how to raise a concern and use grievance and whistle-blowing processes. Chief fire officers should make sure staff know how services will handle responses and maintain confidentiality and anonymity; and explain how staff can access services’ whistle-blowing capability and the difference between whistle-blowing and other processes for raising concerns."
    ),
    .init(
      report: misconduct, number: 6, deadline: nil,
      audience: "Chief fire officers",
      label: "training managers in performance, welfare and misconduct",
      text:
        "Chief Fire Officers should make sure a programme of training is in place for all supervisors and managers on how to manage staff performance and welfare and how to raise an issue. It should be supported by relevant policies and procedures. Training should include:\n- Staff welfare and absence management;\n- the process for managing individual staff performance, addressing poor performance and potential misconduct issues;\n- how to handle difficult conversations and resolve issues informally, if appropriate, when a concern is identified; and\n- clarifying the role of HR services in helping managers to deal with staff concerns and misconduct issues. Chief fire officers should make sure all managers and supervisors attend the training programme."
    ),
    .init(
      report: misconduct, number: 7, deadline: nil,
      audience: "Chief fire officers",
      label: "consistent misconduct policies for all staff",
      text:
        "Chief Fire Officers should make sure the policies and processes for misconduct are consistent for all staff and are fairly applied within their respective conditions of employment.\nBy 1 August 2025, the National Joint Council for Local Authority Fire and Rescue Services and the National Joint Council for Local Government Services, supported by the National Fire Chiefs Council, should make misconduct processes consistent for all staff irrespective of the terms and conditions of their employment."
    ),
    .init(
      report: misconduct, number: 8, deadline: nil,
      audience: "Chief fire officers",
      label: "a full review of misconduct processes",
      text:
        "Chief Fire Officers should make sure all allegations of misconduct are handled in a consistent way and staff have confidence in misconduct processes. Chief fire officers should carry out a full review of the processes, from initial identification of a misconduct issue through to the resolution or outcome. This should include a review of how services:\n- monitor and manage investigations;\n- maintain accurate records; and\n- adhere to required timescales."
    ),
    .init(
      report: misconduct, number: 9, deadline: "By 1 August 2025",
      audience: "Chief fire officers",
      label: "a case management system for misconduct",
      text:
        "Chief Fire Officers should introduce a case management system if they don’t already have one. The case management system should allow data to be produced that will help them to better understand and oversee misconduct cases in their services."
    ),
    .init(
      report: misconduct, number: 10, deadline: nil,
      audience: "Chief fire officers",
      label: "enough capacity for misconduct investigations",
      text:
        "Chief Fire Officers should make sure their services have enough capacity to carry out their misconduct investigations. They should consider using external investigators or a similar independent resource to support the process if required."
    ),
    .init(
      report: misconduct, number: 11, deadline: nil,
      audience: "Chief fire officers",
      label: "training for misconduct investigators",
      text:
        "Chief Fire Officers should review the training their services provide for supervisors and managers who investigate misconduct issues at all levels. Chief fire officers should make sure:\n- all staff who carry out investigations receive adequate training to carry out the task;\n- a programme of refresher training and ongoing support is available so that staff can maintain a level of competence; and\n- it is clear how services’ HR provision, staff associations and any trade union representative or fellow employee will support the investigation process."
    ),
    .init(
      report: misconduct, number: 12, deadline: nil,
      audience: "Chief fire officers",
      label: "welfare support for everyone in misconduct processes",
      text:
        "Chief Fire Officers should make sure all staff are aware of the welfare support, including occupational health support, that is available to staff involved in misconduct processes. Chief fire officers should encourage all staff involved in misconduct processes to access this support, whether they are an alleged perpetrator, complainant, witness, investigator or decision-maker.\nWelfare personnel should be independent of the investigation and have been appropriately trained for this role."
    ),
    .init(
      report: misconduct, number: 13, deadline: "By 1 February 2025",
      audience: "Fire and rescue authorities and chief fire officers",
      label: "appeal panels, appeal training and a consistent approach to appeals",
      text:
        "Fire and Rescue Authorities and Chief Fire Officers should consider varying the approach to hearing appeals so that appeals for complex or serious cases are heard by a panel rather than one person.\nBy 1 February 2025, fire and rescue authorities and Chief Fire Officers should make sure all service managers and members of fire and rescue authorities who hear appeals receive appropriate training.\nChief Fire Officers should make sure services have a consistent approach to hearing appeals."
    ),
    .init(
      report: misconduct, number: 14, deadline: nil,
      audience: "Chief fire officers",
      label: "oversight and scrutiny of misconduct performance",
      text:
        "Chief Fire Officers should implement a process that makes sure they can oversee and scrutinise their services’ performance relating to misconduct issues. This process should provide:\n- a strategic overview of performance and analysis of trends, including disproportionality.\n- regular reporting of issues, outcomes and trends to the fire and rescue authority; and\n- identification of learning outcomes and how they will be shared with fire and rescue service staff, to prevent repeat behaviours."
    ),
    .init(
      report: misconduct, number: 15, deadline: nil,
      audience: "Chief fire officers",
      label: "sharing learning from resolved misconduct cases",
      text:
        "Chief Fire Officers should put in place a process for sharing learning from misconduct cases that have been resolved while preserving the confidentiality of all parties involved. Any learning should feed into the national system, when established.\nBy 1 May 2025, the National Fire Chiefs Council should establish a system for sharing learning from more serious cases of misconduct with fire and rescue service staff. The information shared should preserve the anonymity and confidentiality of all parties involved. The College of Fire and Rescue, once it is established, should take responsibility for maintaining this system."
    ),
  ]
}
