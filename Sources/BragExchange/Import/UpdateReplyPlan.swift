import BragModel
import Foundation

/// What a file of replies changes: each filled reply as the model's changes (a quarterly update
/// on its item, a closure proposal, an extension request), checked against the reports as they
/// are, with the rows that cannot or need not be applied said apart.
public struct UpdateReplyPlan: Sendable {
  /// One reply to apply: the changes per target, in order (the item's first).
  public struct Step: Sendable {
    public var line: Int
    public var id: RowID
    public var ref: String
    public var changes: [(target: RowID, changes: [Change])]
    /// What it does, one phrase each: "update for October–December 2026", "closure proposed".
    public var words: [String]
  }

  public var steps: [Step]
  /// Rows reported and left out, with their lines: unknown ids, complete items.
  public var skipped: [(line: Int, message: String)]
  /// Rows with nothing filled in: their lines and ids.
  public var empty: [(line: Int, id: String)]
  /// Rows whose every change is already recorded (the same file imported again), with their lines.
  public var alreadyRecorded: [(line: Int, message: String)]
  /// Anything that stops the import: nothing is written while there is one.
  public var problems: [ReplyProblem]

  /// The reports the steps change, in the order first met.
  public var reportIDs: [String] {
    var seen: [String] = []
    for step in steps where !seen.contains(step.id.report) { seen.append(step.id.report) }
    return seen
  }

  /// Works out what `replies` would change in `reports` (by id) on `today`. Every reply field
  /// is checked; each reply's changes are tried on a copy of its report, so what the model
  /// refuses (an extension already waiting, closure of an item already closed) is a problem here
  /// rather than halfway through writing. `fileExists` says whether evidence names a file in the
  /// data folder.
  public static func make(
    _ replies: [UpdateReply], reports: [String: Report], today: CalendarDate, author: String,
    timestamp: String,
    fileExists: (String) -> Bool = { _ in false }
  ) -> UpdateReplyPlan {
    var plan = UpdateReplyPlan(steps: [], skipped: [], empty: [], alreadyRecorded: [], problems: [])
    var trial = reports
    var seen: [String: Int] = [:]
    typealias F = UpdateReplyImport.Field
    for reply in replies {
      func problem(_ field: F?, _ message: String) {
        plan.problems.append(ReplyProblem(line: reply.line, field: field?.header, message))
      }
      // A row with nothing filled in is no reply (a tracker's section row has no id either).
      if reply.isEmpty {
        if RowID(reply.id) != nil { plan.empty.append((reply.line, reply.id)) }
        continue
      }
      guard let id = RowID(reply.id) else {
        problem(
          .id,
          "'\(SafeText.singleLine(reply.id))' is not an id; use report/item or report/item/action as the request gave it"
        )
        continue
      }
      if let earlier = seen[id.description] {
        problem(.id, "\(id) is replied to on line \(earlier) too; keep one reply per item or action")
        continue
      }
      seen[id.description] = reply.line
      guard let report = trial[id.report] else {
        plan.skipped.append((reply.line, "\(id): no report '\(id.report)' in the data folder; not applied"))
        continue
      }
      guard let item = report.item(id) else {
        plan.skipped.append((reply.line, "\(id): no item '\(id.item)' in \(id.report); not applied"))
        continue
      }
      var ref = item.label
      if let actionID = id.action {
        guard let action = report.action(id), let label = item.actionLabel(of: actionID) else {
          plan.skipped.append((reply.line, "\(id): no action '\(actionID)' under \(item.label); not applied"))
          continue
        }
        ref = label
        if action.isComplete || item.isComplete {
          plan.skipped.append((reply.line, "\(id): \(label) is complete; its reply was not applied"))
          continue
        }
      } else if item.isComplete {
        plan.skipped.append((reply.line, "\(id): \(item.label) is complete; its reply was not applied"))
        continue
      }

      var date = today
      if !reply.replyDate.isEmpty {
        guard let given = parseDate(reply.replyDate) else {
          problem(
            .replyDate, "'\(SafeText.singleLine(reply.replyDate))' is not a date; write it as YYYY-MM-DD")
          continue
        }
        guard given <= today else {
          problem(.replyDate, "\(given) is after today (\(today)); give the day the reply was written")
          continue
        }
        date = given
      }
      let period = UpdatePeriod.containing(date)
      let itemID = RowID(report: id.report, item: id.item)
      var itemChanges: [Change] = []
      var ownChanges: [Change] = []
      var words: [String] = []
      var already: [String] = []
      let text = (id.action.map(UpdateRound.actionUpdatePrefix) ?? "") + reply.update
      if !reply.update.isEmpty, item.updates.contains(where: { $0.period == period.name && $0.text == text })
      {
        already.append("the \(period.name) update")
      } else if !reply.update.isEmpty {
        let owner =
          reply.owner.flatMap(OwnerRule.value) ?? (id.action == nil ? item.owner : report.action(id)?.owner)
        itemChanges.append(
          .addUpdate(QuarterlyUpdate(period: period.name, date: date, author: owner, text: text)))
        if id.action != nil {
          words.append("\(period.name) update added to \(item.label)")
        } else {
          words.append("\(period.name) update")
        }
      }
      if !reply.evidence.isEmpty {
        guard id.action == nil else {
          problem(
            .evidence,
            "closure on evidence is for items, not actions; put the evidence on \(item.label)'s row (\(itemID)), or leave it empty"
          )
          continue
        }
        let evidence = reply.evidence.components(separatedBy: "\n").map {
          $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.map { Evidence($0, fileExists: fileExists) }
        let recorded = item.closure?.state == .proposed ? item.closure?.evidence ?? [] : []
        let new = evidence.filter { !recorded.contains($0) }
        if new.isEmpty {
          already.append("the closure proposal")
        } else {
          itemChanges.append(.proposeClosure(evidence: new))
          words.append("closure proposed on evidence")
        }
      }
      if !reply.extensionDate.isEmpty || !reply.extensionReason.isEmpty {
        guard !reply.extensionDate.isEmpty else {
          problem(
            .extensionDate,
            "an extension reason with no date; give the new date (YYYY-MM-DD), or clear the reason")
          continue
        }
        guard let newDate = parseDate(reply.extensionDate) else {
          problem(
            .extensionDate,
            "'\(SafeText.singleLine(reply.extensionDate))' is not a date; write it as YYYY-MM-DD")
          continue
        }
        guard !reply.extensionReason.isEmpty else {
          problem(.extensionReason, "an extension to \(newDate) needs a reason; say why more time is needed")
          continue
        }
        guard newDate > today else {
          problem(
            .extensionDate, "\(newDate) is not after today (\(today)); an extension asks for a later date")
          continue
        }
        let pending = id.action == nil ? item.pendingExtension : report.action(id)?.pendingExtension
        if let pending, pending.due == newDate, pending.reason == reply.extensionReason {
          already.append("the extension request")
        } else {
          let change = Change.requestExtension(newDate, reason: reply.extensionReason)
          if id.action == nil { itemChanges.append(change) } else { ownChanges.append(change) }
          words.append("extension to \(newDate) requested")
        }
      }
      if !already.isEmpty {
        let list = ListWords.joined(already)
        if words.isEmpty {
          plan.alreadyRecorded.append(
            (
              reply.line,
              "\(id): \(list) \(already.count == 1 ? "is" : "are") already recorded; not applied again"
            ))
          continue
        }
        words.append("\(list) already recorded")
      }
      var changes: [(target: RowID, changes: [Change])] = []
      if !itemChanges.isEmpty { changes.append((itemID, itemChanges)) }
      if !ownChanges.isEmpty { changes.append((id, ownChanges)) }
      // Tried on the copy, so the next reply to the same report sees this one applied.
      var copy = report
      do {
        for (target, list) in changes { try copy.apply(list, to: target, author: author, at: timestamp) }
      } catch {
        problem(nil, "\(id): \(error.description)")
        continue
      }
      trial[id.report] = copy
      plan.steps.append(Step(line: reply.line, id: id, ref: ref, changes: changes, words: words))
    }
    return plan
  }

  /// A reply's date: YYYY-MM-DD, or a day as a spreadsheet or a person writes it ("27/11/2026",
  /// "27 November 2026"), UK order.
  public static func parseDate(_ text: String) -> CalendarDate? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let iso = CalendarDate(trimmed) { return iso }
    let resolved = TimescaleResolver.resolve(trimmed)
    return resolved.precision == .day ? resolved.due : nil
  }
}

/// "a", "a and b", "a, b and c".
enum ListWords {
  static func joined(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " and " + words.last!
  }
}
