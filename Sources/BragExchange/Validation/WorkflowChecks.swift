import BragModel
import Foundation

/// `brag validate`'s checks of closure, extensions and holds: what a hand edit (or an old
/// program) could leave that the board's own edits never do.
extension ReportCheck {
  mutating func checkClosure(_ item: Item, id: String) {
    guard let closure = item.closure else { return }
    switch closure.state {
    case .proposed where closure.evidence.isEmpty:
      error(id, "closure is proposed without evidence; add the evidence or remove the proposal")
    case .monitoring where closure.monitorUntil == nil:
      error(id, "closure is being monitored with no end date; set closure.monitorUntil (YYYY-MM-DD)")
    case .accepted where !item.isComplete:
      warning(
        id,
        "closed on evidence, yet rated \(item.brag.displayName) with status '\(item.status ?? "")'; rate it Blue or reopen it"
      )
    case .rejected, .reopened:
      if (closure.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        warning(id, "closure \(closure.state.rawValue) without a reason; the minutes will have none to show")
      }
    default: break
    }
    let folder = (file as NSString).deletingLastPathComponent
    for evidence in closure.evidence where evidence.kind == .file {
      let path = (folder as NSString).appendingPathComponent(evidence.value)
      if !FileManager.default.fileExists(atPath: path) {
        warning(
          id,
          "the evidence file '\(evidence.value)' is not in the data folder; put it back or correct the name")
      }
    }
  }

  mutating func checkExtensionsAndHold(_ subject: some Extendable, id: String) {
    if subject.extensions.count(where: { $0.state == .requested }) > 1 {
      error(
        id, "more than one extension request is waiting; the board decides one at a time, so keep the latest")
    }
    for request in subject.extensions
    where request.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      error(id, "the extension to \(request.due) has no reason; every extension says why")
    }
    if let hold = subject.hold, hold.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      error(id, "on hold with no reason; say what it waits for, or release it")
    }
  }
}
