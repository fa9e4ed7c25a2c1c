import BragModel
import Foundation

/// The minutes of one meeting, as a chair signs them: who met and when (local time), each item
/// reviewed in agenda order with its rating when reviewed, the net change made and why,
/// decisions and actions arising, then what was still overdue at the close. Built from the
/// meeting's journal and the reports' histories; rendered as Markdown or HTML.
public struct MeetingMinutes: Equatable, Sendable {
  public struct Entry: Equatable, Sendable {
    /// "Rec 2 — Chief Fire Officers should make sure a policy for probationary staff is in place."
    public var heading: String
    /// "Overdue · rated Green when reviewed", or "Not on the agenda" for an item only changed.
    public var reviewed: String
    public var changes: [String]
    public var decisions: [String]
    public var actionsArising: [String]
  }

  public struct Section: Equatable, Sendable {
    public var title: String
    public var entries: [Entry]
  }

  public var title: String
  /// "27 November 2026".
  public var date: String
  /// "10:05–11:40", or "from 10:05 (the meeting has not ended)".
  public var time: String
  public var present: String
  public var apologies: String
  public var sections: [Section]
  public var stillOverdue: [String]
  public var asAt: String

  /// The minutes of `journal`, from the reports as they stand; times in `timeZone`.
  public static func build(
    _ journal: MeetingJournal, reports: [Report], today: CalendarDate, timeZone: TimeZone
  ) -> MeetingMinutes {
    let end = journal.endedAt ?? "9999"
    func inMeeting(_ entry: HistoryEntry) -> Bool { entry.at >= journal.startedAt && entry.at <= end }
    let reviews = Dictionary(journal.reviewed.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
    let agendaOrder = Dictionary(
      journal.reviewed.enumerated().map { ($0.element.item, $0.offset) },
      uniquingKeysWith: { first, _ in first })

    var sections: [(order: Int, section: Section)] = []
    for report in reports {
      var entries: [(order: Int, entry: Entry)] = []
      for item in report.items {
        let id = "\(report.id)/\(item.id)"
        let own = NetChange.of(item.history.filter(inMeeting))
        let actions = item.actions.enumerated().map { index, action in
          (item.actionLabel(at: index), NetChange.of(action.history.filter(inMeeting)))
        }
        let review = reviews[id]
        guard review != nil || !own.isEmpty || actions.contains(where: { !$0.1.isEmpty }) else { continue }
        var entry = Entry(
          heading: "\(item.label) — \(MinutesExport.firstSentence(item.text))",
          reviewed: review.map {
            "\($0.reason) · \($0.brag == .unrated ? "not rated" : "rated \($0.brag.displayName)") when reviewed"
          }
            ?? "Not on the agenda; changed during the meeting",
          changes: [], decisions: [], actionsArising: [])
        func take(_ net: [HistoryEntry], prefix: String) {
          for change in net {
            switch change.field {
            case .note:
              entry.decisions.append(prefix + (change.after ?? ""))
            case .actions where change.after != nil:
              let actionID = String(change.after!.prefix { $0 != ":" })
              if let action = item.actions.first(where: { $0.id == actionID }) {
                entry.actionsArising.append(
                  describe(action, label: item.actionLabel(of: actionID) ?? actionID))
              } else {
                entry.changes.append(prefix + HistoryWording.plain.changeWithReason(change, in: item))
              }
            default:
              entry.changes.append(prefix + HistoryWording.plain.changeWithReason(change, in: item))
            }
          }
        }
        take(own, prefix: "")
        for (label, net) in actions { take(net, prefix: "\(label): ") }
        entries.append((agendaOrder[id] ?? Int.max, entry))
      }
      guard !entries.isEmpty else { continue }
      // Agenda order within the report; items only changed come after, in document order.
      let sorted = entries.enumerated().sorted {
        ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
      }
      sections.append(
        (sorted.first!.element.order, Section(title: report.title, entries: sorted.map(\.element.entry))))
    }
    let orderedSections = sections.enumerated().sorted {
      ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
    }.map(\.element.section)

    let overdue = MinutesExport.stillOverdue(reports, on: today)
    let start = LocalTime(journal.startedAt, timeZone: timeZone)
    let time: String =
      if let ended = journal.endedAt {
        "\(start?.clock ?? journal.startedAt)–\(LocalTime(ended, timeZone: timeZone)?.clock ?? ended)"
      } else {
        "from \(start?.clock ?? journal.startedAt) (the meeting has not ended)"
      }
    return MeetingMinutes(
      title: journal.title, date: start?.date.longDescription ?? today.longDescription, time: time,
      present: journal.attendees.flatMap { $0.isEmpty ? nil : $0 } ?? "not recorded",
      apologies: journal.apologies.flatMap { $0.isEmpty ? nil : $0 } ?? "none recorded",
      sections: orderedSections, stillOverdue: overdue, asAt: today.longDescription)
  }

  /// "Rec 2.3 Draft the probation policy — owner HR, due 31 March 2027".
  static func describe(_ action: Action, label: String) -> String {
    let owner = action.owner.map { "owner \($0)" } ?? "no owner"
    let due = action.due.map { "due \($0.longDescription)" } ?? "no due date"
    return "\(label) \(MinutesExport.firstSentence(action.text)) — \(owner), \(due)"
  }
}

/// A timestamp in a time zone: the day and "HH:mm", as minutes print them.
struct LocalTime {
  var date: CalendarDate
  var clock: String

  init?(_ timestamp: String, timeZone: TimeZone) {
    guard let instant = try? Date(timestamp, strategy: .iso8601) else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
    guard let year = parts.year, let month = parts.month, let day = parts.day,
      let date = CalendarDate(year: year, month: month, day: day), let hour = parts.hour,
      let minute = parts.minute
    else { return nil }
    self.date = date
    clock = String(format: "%02d:%02d", hour, minute)
  }
}

extension MeetingMinutes {
  /// Markdown for the papers: one heading level per report, each report's title once.
  public var markdown: String {
    let e = MinutesExport.escape
    var lines = ["# \(e(title)): minutes", ""]
    lines += [
      "- Date: \(e(date))", "- Time: \(e(time))", "- Present: \(e(present))", "- Apologies: \(e(apologies))",
    ]
    if sections.isEmpty { lines += ["", "No items were reviewed and nothing was changed."] }
    for section in sections {
      lines += ["", "## \(e(section.title))"]
      for entry in section.entries {
        lines += ["", "### \(e(entry.heading))", "", "- \(e(entry.reviewed))"]
        lines += entry.changes.map { "- \(e($0))" }
        lines += entry.decisions.map { "- **Decision:** \(e($0))" }
        lines += entry.actionsArising.map { "- **Action arising:** \(e($0))" }
      }
    }
    lines += ["", "## Still overdue at the close (as at \(e(asAt)))", ""]
    lines += stillOverdue.isEmpty ? ["Nothing is overdue."] : stillOverdue.map { "- \(e($0))" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One HTML5 page, every text escaped, no external assets.
  public var html: String {
    let e = HTMLCellText.escape
    var out = HTMLPage.start(
      title: "\(title): minutes, \(date)",
      style:
        HTMLPage.readingStyle
        + "h2{border-bottom:1px solid #ccc}")
    out += """
      <h1>\(e(title)): minutes</h1>
      <ul>
      <li>Date: \(e(date))</li>
      <li>Time: \(e(time))</li>
      <li>Present: \(e(present))</li>
      <li>Apologies: \(e(apologies))</li>
      </ul>

      """
    if sections.isEmpty { out += "<p>No items were reviewed and nothing was changed.</p>\n" }
    for section in sections {
      out += "<h2>\(e(section.title))</h2>\n"
      for entry in section.entries {
        out += "<h3>\(e(entry.heading))</h3>\n<ul>\n<li>\(e(entry.reviewed))</li>\n"
        for change in entry.changes { out += "<li>\(e(change))</li>\n" }
        for decision in entry.decisions { out += "<li><strong>Decision:</strong> \(e(decision))</li>\n" }
        for action in entry.actionsArising {
          out += "<li><strong>Action arising:</strong> \(e(action))</li>\n"
        }
        out += "</ul>\n"
      }
    }
    out += "<h2>Still overdue at the close (as at \(e(asAt)))</h2>\n"
    if stillOverdue.isEmpty {
      out += "<p>Nothing is overdue.</p>\n"
    } else {
      out += "<ul>\n" + stillOverdue.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    }
    return out + HTMLPage.end
  }
}
