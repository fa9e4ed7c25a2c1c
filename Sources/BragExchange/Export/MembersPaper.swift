import BragModel

/// The members' paper: the exception report a committee reads before its meeting. The counts by
/// rating and status now and at the last meeting (or a chosen day) with the change; the items and,
/// apart, the actions completed since; what is overdue or Red, with its owner and latest update or decision;
/// closures proposed and accepted, extensions requested and granted (original and current
/// dates), what is on hold; and the ratings at the end of each of the last meetings.
///
/// Built here from the model's rules (``RatingTrend``, ``MeetingTrend``, ``Deadlined``,
/// ``Closure``, ``Extendable``); rendered by ``MembersPaper/markdown`` and ``MembersPaper/html``.
public struct MembersPaper: Equatable, Sendable {
  /// One item or action in a section.
  public struct Line: Equatable, Sendable {
    public var report: String
    /// "Rec 2", or "Rec 2.1" for an action.
    public var ref: String
    /// The first sentence of its text.
    public var text: String
    public var owner: String?
    public var brag: BRAG
    /// What puts it in this section: "overdue 664 days (due 1 February 2025)", "proposed for
    /// closure on 26 November 2026 by Chair: evidence …".
    public var detail: String
    /// The latest update ("October–December 2026: …") and the latest decision, where there are.
    public var latest: String?
  }

  /// The counts at one point of the trend.
  public struct Point: Equatable, Sendable {
    /// "25 Nov 2026", or "Now".
    public var label: String
    public var counts: RatingCounts
  }

  public var title: String
  public var asAt: CalendarDate
  /// "the last meeting (25 November 2026)" or "1 October 2026".
  public var baseline: String
  public var counts: RatingShift
  /// Items complete now that were not at the baseline.
  public var completedSince: [Line]
  /// Actions complete now that were not at the baseline (or did not exist then).
  public var actionsCompletedSince: [Line]
  /// Overdue (and not on hold) or rated Red, open.
  public var exceptions: [Line]
  public var closuresProposed: [Line]
  public var closuresAccepted: [Line]
  public var extensionsRequested: [Line]
  public var extensionsGranted: [Line]
  public var held: [Line]
  /// The last meetings, oldest first, then now.
  public var trend: [Point]

  /// The paper for `reports` as at `today`, compared with `since` (described as `baseline`);
  /// the trend charts the last `meetings` meetings that ended before today.
  public static func build(
    _ reports: [Report], journals: [MeetingJournal], since: Moment, baseline: String, today: CalendarDate,
    meetings: Int = 6, title: String = MeetingJournal.defaultTitle
  ) -> MembersPaper {
    let now = Moment.now(today)
    var paper = MembersPaper(
      title: title, asAt: today, baseline: baseline,
      counts: RatingShift(
        from: RatingTrend.counts(reports, at: since), to: RatingTrend.counts(reports, at: now)),
      completedSince: [], actionsCompletedSince: [], exceptions: [], closuresProposed: [],
      closuresAccepted: [], extensionsRequested: [],
      extensionsGranted: [], held: [], trend: [])
    /// After `since`: a decision taken since the baseline.
    func sinceBaseline(_ timestamp: String?) -> Bool { timestamp.map { !since.includes($0) } ?? false }

    for report in reports {
      var items: [String: Item] = [:]
      for item in report.items { items["\(report.id)/\(item.id)"] = item }
      for row in report.rows {
        guard let item = items[row.parent ?? row.id] else { continue }
        let action = row.parent == nil ? nil : item.actions.first { "\(row.parent!)/\($0.id)" == row.id }
        let subject: any Extendable = action ?? item
        func line(_ detail: String) -> Line {
          Line(
            report: report.title, ref: row.ref, text: MinutesExport.firstSentence(row.text), owner: row.owner,
            brag: row.brag, detail: detail, latest: latest(item: item, action: action))
        }
        if row.isComplete {
          let completed = line(
            row.status.map { "rated \(row.brag.displayName), “\($0)”" } ?? "rated \(row.brag.displayName)")
          if let action {
            if item.action(action.id, asAt: since)?.isComplete != true {
              paper.actionsCompletedSince.append(completed)
            }
          } else if item.asAt(since)?.isComplete != true {
            paper.completedSince.append(completed)
          }
        }
        let red = row.brag == .red && !row.isComplete
        if let days = row.daysOverdue(on: today), let due = row.due {
          let overdue = "overdue \(days == 1 ? "1 day" : "\(days) days") (due \(due.longDescription))"
          paper.exceptions.append(line(red ? "Red; \(overdue)" : overdue))
        } else if red {
          paper.exceptions.append(line("Red" + (row.due.map { "; due \($0.longDescription)" } ?? "")))
        }
        if let closure = item.closure, action == nil {
          let evidence = closure.evidence.map(\.summary).joined(separator: "; ")
          if closure.awaitsDecision(on: today) {
            let when = closure.proposedAt.flatMap(Self.day).map { " on \($0.longDescription)" } ?? ""
            let who = closure.proposedBy.map { " by \($0)" } ?? ""
            paper.closuresProposed.append(line("\(closure.state.words)\(when)\(who): \(evidence)"))
          }
          if closure.state == .accepted || closure.state == .monitoring, sinceBaseline(closure.decidedAt) {
            let when = closure.decidedAt.flatMap(Self.day).map { " on \($0.longDescription)" } ?? ""
            let monitor = closure.monitorUntil.map { " until \($0.longDescription)" } ?? ""
            paper.closuresAccepted.append(line("\(closure.state.words)\(monitor)\(when): \(evidence)"))
          }
        }
        // The model's words for a moved date ("originally 1 May 2025; 1 extension granted").
        let note = subject.originalDueNote
        let dates = "now due \(describe(row.due))" + (note.map { "; \($0)" } ?? "")
        if let pending = subject.pendingExtension {
          paper.extensionsRequested.append(
            line("asks for \(pending.due.longDescription) (\(dates)): \(pending.reason)"))
        }
        for granted in subject.extensions where granted.state == .granted && sinceBaseline(granted.decidedAt)
        {
          paper.extensionsGranted.append(
            line(
              "granted to \(granted.due.longDescription)" + (note.map { " (\($0))" } ?? "")
                + ": \(granted.reason)"
            ))
        }
        if let hold = subject.hold, !row.isComplete {
          let when = hold.since.flatMap(Self.day).map { "; on hold since \($0.longDescription)" } ?? ""
          paper.held.append(line(hold.summary + when))
        }
      }
    }
    paper.trend =
      MeetingTrend.points(reports, journals: journals, last: meetings, before: today).map {
        Point(label: $0.day.shortDescription, counts: $0.counts)
      } + [Point(label: "Now", counts: paper.counts.after)]
    return paper
  }

  /// The latest update and the latest decision on the item (or the action), as one line.
  static func latest(item: Item, action: Action?) -> String? {
    let update = item.latestUpdate.map { "\($0.period): \(MinutesExport.firstSentence($0.text))" }
    let history = action?.history ?? item.history
    let decision = history.last { $0.field == .note && !($0.after ?? "").hasPrefix("withdrawn: ") }.map {
      "decision \(Self.day($0.at)?.longDescription ?? $0.shortTime): \(MinutesExport.firstSentence($0.after ?? ""))"
    }
    let notes = action?.notes.map { "notes: \(MinutesExport.firstSentence($0))" }
    let parts = [action == nil ? update : notes, decision].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  static func describe(_ date: CalendarDate?) -> String { date?.longDescription ?? "no date" }

  /// The day of an ISO 8601 timestamp (UTC).
  static func day(_ timestamp: String) -> CalendarDate? {
    Moment.parse(timestamp).map { Moment.through($0).day }
  }
}
