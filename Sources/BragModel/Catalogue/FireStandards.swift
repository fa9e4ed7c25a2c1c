/// The bundled catalogue of the 19 Fire Standards (`FireStandard`), in published order.
///
/// Facts only, each version citing its source; a standard whose facts were not found is listed
/// with no versions, and a version whose full list of requirements was not found has
/// `requirements: nil`. Requirement labels are our own words. The standards themselves are
/// defined by group: `FireStandards+Response.swift` (1–4), `FireStandards+Service.swift` (5–11)
/// and `FireStandards+Enabling.swift` (12–19).
public enum FireStandards {
  public static let all: [FireStandard] = [
    emergencyResponseDriving,
    operationalPreparedness,
    operationalCompetence,
    operationalLearning,
    codeOfEthics,
    communityRiskManagementPlanning,
    prevention,
    protection,
    safeguarding,
    fireInvestigation,
    emergencyPreparednessAndResilience,
    dataManagement,
    leadingTheService,
    leadingAndDevelopingPeople,
    fireControl,
    communicationAndEngagement,
    internalGovernanceAndAssurance,
    digitalAndCyber,
    procurementAndCommercial,
  ]

  /// A date the catalogue writes by hand; a mistyped one stops at once rather than going quietly
  /// missing.
  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      preconditionFailure("not a date: \(year)-\(month)-\(day)")
    }
    return date
  }
}
