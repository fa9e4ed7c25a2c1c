import BragModel
import Foundation

/// `brag validate`'s checks of the Fire Standards: requirements, their assessments and the
/// actions linked to further items — what a hand edit could leave that the board never does.
extension ReportCheck {
  mutating func checkStandardReport() {
    guard report.kind == .fireStandard else {
      for item in report.items where item.kind == .requirement {
        error(
          "\(report.id)/\(item.id)",
          "a requirement in a report of kind '\(report.kind.rawValue)'; requirements belong to a report of kind 'fire-standard'"
        )
      }
      return
    }
    guard let standard = report.standard else {
      return error(
        report.id,
        "a fire-standard report that names no standard; set report.standard.key (see brag standards)")
    }
    if FireStandards.standard(named: standard.key) == nil {
      warning(
        report.id, "the standard '\(standard.key)' is not in the bundled catalogue; check report.standard.key"
      )
    }
    var keys: [String: String] = [:]
    for item in report.items {
      let id = "\(report.id)/\(item.id)"
      guard item.kind == .requirement else {
        warning(
          id, "a \(item.kind.rawValue) in a Fire Standard's report; its items are the standard's requirements"
        )
        continue
      }
      guard let requirement = item.requirement else {
        error(id, "a requirement without requirement.key and clause; import the standard's page again")
        continue
      }
      if requirement.retiredIn == nil {
        if let first = keys[requirement.key] {
          error(
            id, "the requirement key '\(requirement.key)' is also used by \(first); each requirement once")
        } else {
          keys[requirement.key] = item.id
        }
      }
    }
  }

  mutating func checkAssessment(_ item: Item, id: String) {
    if item.assessment != nil && item.kind != .requirement {
      error(id, "a Fire Standard self-assessment on a \(item.kind.rawValue); only requirements take one")
    }
  }

  mutating func checkServes(_ action: Action, of item: Item, id: String) {
    var seen: Set<String> = []
    for target in action.serves {
      if !seen.insert(target).inserted {
        warning(id, "the action answers '\(target)' twice; once is enough")
        continue
      }
      guard let row = RowID(target), row.action == nil else {
        error(id, "the action answers '\(target)', which is not 'report/item'")
        continue
      }
      if row.report == report.id && row.item == item.id {
        warning(id, "the action answers its own item '\(target)'; it is listed there already")
        continue
      }
      if folder.failedReports.contains(row.report) { continue }
      guard let items = folder.itemsByReport[row.report] else {
        error(id, "the action answers '\(target)', but there is no report '\(row.report)' in the folder")
        continue
      }
      guard let served = items.first(where: { $0.id == row.item }) else {
        error(id, "the action answers '\(target)', but report '\(row.report)' has no item '\(row.item)'")
        continue
      }
      if let retired = served.requirement?.retiredIn {
        warning(
          id,
          "the action answers '\(target)', a requirement removed in \(retired); link it to what replaced it")
      }
    }
  }
}
