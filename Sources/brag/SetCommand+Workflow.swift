import ArgumentParser
import BragModel
import Foundation

/// `brag set`'s options for the board's year: closure on evidence, extensions and holds.
struct WorkflowOptions: ParsableArguments {
  @Flag(name: .customLong("propose-closure"), help: "Propose closing the item; needs --evidence.")
  var proposeClosure = false

  @Option(
    help: ArgumentHelp(
      "What shows the work is done: words, an https:// address, or a file in the data folder (repeatable).",
      valueName: "text"))
  var evidence: [String] = []

  @Flag(name: .customLong("accept-closure"), help: "Accept the proposed closure: Blue and Complete.")
  var acceptClosure = false

  @Option(
    name: .customLong("monitor-until"),
    help: ArgumentHelp(
      "With --accept-closure: monitor that the change is embedded until this day before Blue.",
      valueName: "yyyy-mm-dd"))
  var monitorUntil: String?

  @Flag(name: .customLong("reject-closure"), help: "Reject the proposed closure; needs --reason.")
  var rejectClosure = false

  @Flag(help: "Reopen an item closed on evidence; needs --reason.")
  var reopen = false

  @Option(
    name: .customLong("request-extension"),
    help: ArgumentHelp("Ask the board for a new due date; needs --reason.", valueName: "yyyy-mm-dd"))
  var requestExtension: String?

  @Flag(
    name: .customLong("grant-extension"), help: "Grant the waiting extension request: the due date moves.")
  var grantExtension = false

  @Flag(name: .customLong("refuse-extension"), help: "Refuse the waiting extension request; needs --reason.")
  var refuseExtension = false

  @Option(help: ArgumentHelp("Put on hold, saying why (apart from BRAG).", valueName: "text"))
  var hold: String?

  @Option(
    name: .customLong("waiting-on"), help: ArgumentHelp("With --hold: whom it waits on.", valueName: "text"))
  var waitingOn: String?

  @Flag(help: "End a hold.")
  var release = false

  var isEmpty: Bool {
    !proposeClosure && evidence.isEmpty && !acceptClosure && monitorUntil == nil && !rejectClosure && !reopen
      && requestExtension == nil && !grantExtension && !refuseExtension && hold == nil && waitingOn == nil
      && !release
  }

  /// Checks the combinations before anything is read; `reason` is `--reason`.
  func check(reason: String?, withCompliance: Bool = false) throws {
    let hasReason = !(reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    if proposeClosure && evidence.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
      throw ValidationError("--propose-closure needs --evidence: what shows the work is done")
    }
    if !evidence.isEmpty && !proposeClosure && !withCompliance {
      throw ValidationError("--evidence goes with --propose-closure or --compliance")
    }
    if monitorUntil != nil && !acceptClosure {
      throw ValidationError("--monitor-until goes with --accept-closure")
    }
    if acceptClosure && rejectClosure {
      throw ValidationError("--accept-closure and --reject-closure: choose one")
    }
    if grantExtension && refuseExtension {
      throw ValidationError("--grant-extension and --refuse-extension: choose one")
    }
    if hold != nil && release { throw ValidationError("--hold and --release: choose one") }
    if waitingOn != nil && hold == nil { throw ValidationError("--waiting-on goes with --hold") }
    for (given, flag) in [
      (rejectClosure, "--reject-closure"), (reopen, "--reopen"), (refuseExtension, "--refuse-extension"),
      (requestExtension != nil, "--request-extension"),
    ] where given && !hasReason {
      throw ValidationError("\(flag) needs --reason: the board records why")
    }
  }

  /// The --evidence given, each read as words, an address or a file in the data folder.
  func evidenceGiven(in folder: String) -> [Evidence] {
    evidence.map { text in
      Evidence(text) { path in
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(path))
      }
    }
  }

  /// Applies the workflow steps in order (propose, decide, reopen; request, decide; hold or
  /// release), each step composed from the item as the previous one left it. Returns how many
  /// changes were recorded.
  func apply(
    to report: inout Report, _ target: RowID, reason: String?, author: String, at timestamp: String,
    today: CalendarDate, evidenceFolder: String
  ) throws -> Int {
    // Dates are checked before any step, so a bad one changes nothing.
    if let monitorUntil, CalendarDate(monitorUntil) == nil {
      throw BragFailure.notADate("--monitor-until", monitorUntil, expected: "YYYY-MM-DD")
    }
    var count = 0
    func run(_ changes: [Change]) throws {
      try report.apply(changes, to: target, author: author, at: timestamp)
      count += changes.count
    }
    func item() throws -> Item {
      guard let item = report.item(target) else { throw EditError.noSuchItem(target) }
      return item
    }
    func subject() throws -> any Extendable {
      if target.action != nil {
        guard let action = report.action(target) else { throw EditError.noSuchAction(target) }
        return action
      }
      return try item()
    }
    let reason = reason ?? ""
    if proposeClosure { try run([.proposeClosure(evidence: evidenceGiven(in: evidenceFolder))]) }
    if acceptClosure {
      try run(try item().acceptanceSteps(monitorUntil: monitorUntil.flatMap(CalendarDate.init), today: today))
    }
    if rejectClosure { try run([.rejectClosure(reason: reason)]) }
    if reopen { try run(try item().reopeningSteps(reason: reason)) }
    if let requestExtension {
      let timescales = TimescaleContext(publication: report.published, reference: today)
      guard
        let date = CalendarDate(requestExtension)
          ?? TimescaleResolver.resolve(requestExtension, context: timescales).due
      else {
        throw BragFailure.notADate(
          "--request-extension", requestExtension, expected: "YYYY-MM-DD or a month such as Mar 2027")
      }
      try run([.requestExtension(date, reason: reason)])
    }
    if grantExtension { try run(try subject().grantSteps()) }
    if refuseExtension { try run([.refuseExtension(reason: reason)]) }
    if let hold { try run([.hold(reason: hold, waitingOn: waitingOn)]) }
    if release { try run([.release]) }
    return count
  }
}
