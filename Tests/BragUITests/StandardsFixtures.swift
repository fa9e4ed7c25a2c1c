import BragModel
import BragTestSupport
import Foundation

@testable import BragUI

/// Fire Standards of our own making for the board's tests: the catalogue may be nearly empty.
enum StandardsFixtures {
  /// "Test Protection", version FSD-TST01: requirements 1 (must), 1.1 (should), 1.2 and 2, the
  /// wording of 1 and 2 imported, 1.1 and 1.2 only our labels.
  static let protection = TestStandards.protection

  static let reportID = protection.reportID

  /// The standard's report, nothing assessed; the wording of 1 and 2 as imported.
  static func protectionReport() -> Report {
    protection.newReport(
      service: "Test FRS",
      wording: [
        "1": "Have a risk-based inspection programme.", "2": "Train protection staff to be competent.",
      ])!
  }

  /// A second standard with `count` requirements, for counting and speed, built item by item.
  static func largeReport(requirements count: Int) -> Report {
    var report = Report(
      id: "fire-standard-test-data", title: "Test Data", kind: .fireStandard, service: "Test FRS")
    report.standard = StandardReference(key: "test-data", version: "FSE-TST01")
    report.items = (1...count).map { number in
      var item = Item(id: "req-\(number)", kind: .requirement, label: "Req \(number)", text: "")
      item.requirement = RequirementRef(
        key: "test-data.r\(number)", clause: "\(number)", label: "requirement \(number)")
      return item
    }
    return report
  }

  /// A report of the Other framework: a peer review with one recommendation.
  static func peerReview() -> Report {
    var report = Report(id: "peer-review-2026", title: "Peer review 2026", kind: .other, service: "Test FRS")
    report.items.append(
      Item(id: "rec-1", kind: .recommendation, label: "Rec 1", text: "Review the peer findings."))
    return report
  }
}
