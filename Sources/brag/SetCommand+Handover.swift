import ArgumentParser
import BragModel

/// `brag set --owner-from OLD --owner NEW [--report R]`: everything one owner holds, handed to
/// another in one command (``Handover``, matched as `brag list --owner` matches).
extension SetCommand {
  func validateHandover() throws {
    guard let ownerFrom else { throw ValidationError("--report goes with --owner-from, for a hand-over") }
    guard id == nil else {
      throw ValidationError(
        "--owner-from hands over everything an owner holds; leave out the id (or use --owner alone for one)")
    }
    guard OwnerRule.value(ownerFrom) != nil else {
      throw ValidationError("--owner-from: give the owner to hand over from (any part of the name)")
    }
    guard let owner, OwnerRule.value(owner) != nil else {
      throw ValidationError("--owner-from needs --owner NEW: whom to hand everything over to")
    }
    if brag != nil || status != nil || due != nil || note != nil || assessment != nil || narrative != nil
      || reason != nil
    {
      throw ValidationError(
        "a hand-over changes owners only: leave out --brag, --status, --due, --reason, --note, --assessment and --narrative"
      )
    }
  }

  /// Loads the reports in scope (refusing, before any change, when one does not load), hands
  /// over in each, saves those that changed, and lists every change.
  func handOver(from typed: String, to newOwner: String, in context: CommandContext) throws {
    let folder = try context.dataFolder()
    let from = OwnerRule.value(typed)!
    let handover = Handover(from: from, to: OwnerRule.value(newOwner)!)
    try EditSession.checkWritable(folder)
    var inScope: [LoadedReport]
    if let report {
      let ids = report.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      // Every named report must load before anything is handed over.
      inScope = try ids.map { try folder.loadReport(id: $0) }
    } else {
      let tracker = try folder.load()
      guard tracker.failures.isEmpty else {
        throw BragFailure(
          messages: tracker.failures.map(\.description) + [
            "nothing was handed over: a report that does not load cannot be searched; fix it, or name the others with --report"
          ], exitCode: BragFailure.brokenFile)
      }
      inScope = tracker.reports
    }
    // A read-only file that holds something to hand over is refused before anything changes.
    for loaded in inScope where !handover.changes(in: loaded.report).isEmpty {
      if let problem = DataFolder.fileWriteProblem(loaded.path) {
        throw DataFolder.FolderError.readOnly(loaded.path, problem)
      }
    }
    let reportIDs = inScope.map(\.report.id)
    let name = context.author
    let timestamp = context.timestamp()
    var lines: [String] = []
    var items = 0
    var actions = 0
    for id in reportIDs {
      // Each report is handed over under the lock, on its current content.
      try EditSession.edit(folder, reportID: id) { current in
        for (target, change) in handover.changes(in: current) {
          let applied = try current.apply(change, to: target, author: name, at: timestamp)
          lines.append(SafeText.singleLine("\(target)  \(applied.entry.before ?? "")  →  \(handover.to)"))
          if target.action == nil { items += 1 } else { actions += 1 }
        }
      }
    }
    guard items + actions > 0 else {
      let scope = report.map { " in \($0)" } ?? ""
      throw BragFailure(
        "nothing\(scope) is owned by '\(from)'; nothing was handed over",
        hint: "brag list --owner \"\(from)\" shows what an owner holds")
    }
    Console.say(lines.joined(separator: "\n") + "\n")
    let count = [
      items == 0 ? nil : items == 1 ? "1 item" : "\(items) items",
      actions == 0 ? nil : actions == 1 ? "1 action" : "\(actions) actions",
    ].compactMap { $0 }
    Console.note(
      "handed over \(count.joined(separator: " and ")) from '\(from)' to '\(handover.to)'; each change is in its history"
    )
  }
}
