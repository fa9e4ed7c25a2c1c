import Foundation

/// Edits of the Fire Standards' kind: assessing a requirement, and linking one action to further
/// items it answers.
extension Item {
  mutating func applyAssessment(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  ) {
    guard kind == .requirement else {
      throw .notAllowed(
        "\(label) is not a Fire Standard's requirement; its HMICFRS self-assessment is met, not met or not assessed"
      )
    }
    let before = assessment
    switch change {
    case .assess(let compliance, let evidence, let version):
      if let retired = requirement?.retiredIn {
        throw .notAllowed("\(label) was removed from the standard in \(retired); it is kept, not assessed")
      }
      let given = evidence.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
      var record = Assessment(
        compliance: compliance, evidence: given, assessedBy: context.author, assessedAt: context.timestamp,
        version: version)
      // Assessing again at the same level with no new evidence keeps the evidence given before.
      if given.isEmpty, let before, before.compliance == compliance { record.evidence = before.evidence }
      assessment = record
      let reason = given.isEmpty ? nil : "evidence: " + given.map(\.summary).joined(separator: "; ")
      return (
        context.entry(.compliance, before?.historyValue, record.historyValue, reason: reason),
        .restoreAssessment(before)
      )
    case .restoreAssessment(let record):
      assessment = record
      return (
        context.entry(.compliance, before?.historyValue, record?.historyValue, reason: "undo"),
        .restoreAssessment(before)
      )
    default:
      preconditionFailure("not an assessment change")
    }
  }
}

extension Action {
  mutating func applyLink(_ change: Change, _ context: EditContext) throws(EditError) -> (
    HistoryEntry, Change
  ) {
    switch change {
    case .link(let target):
      guard !serves.contains(target) else { throw .notAllowed("the action already answers \(target)") }
      serves.append(target)
      return (context.entry(.links, nil, target), .unlink(target))
    case .unlink(let target):
      guard let index = serves.firstIndex(of: target) else {
        throw .nothingToRemove("link to \(target)")
      }
      serves.remove(at: index)
      return (context.entry(.links, target, nil), .link(target))
    default:
      preconditionFailure("not a link change")
    }
  }
}

extension Report {
  /// Assessing a requirement of this report, against the version it follows.
  public func assessmentStep(_ compliance: Compliance, evidence: [Evidence] = []) -> Change {
    .assess(compliance, evidence: evidence, version: standard?.version)
  }
}
