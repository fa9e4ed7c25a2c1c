import BragModel

/// A board meeting in progress: the agenda of items to look at, in order, and where we are.
public struct Meeting: Equatable, Sendable {
  /// Why an item is on the agenda, in the order the board takes them.
  public enum Reason: Int, CaseIterable, Sendable, Comparable {
    case overdue, red, amber, dueSoon, notRated, rest

    public var title: String {
      switch self {
      case .overdue: "Overdue"
      case .red: "Red"
      case .amber: "Amber"
      case .dueSoon: "Due soon"
      case .notRated: "Not rated"
      case .rest: "Everything else"
      }
    }

    public static func < (a: Reason, b: Reason) -> Bool { a.rawValue < b.rawValue }
  }

  public struct Entry: Equatable, Sendable {
    public var item: RowID
    public var reason: Reason
  }

  public var agenda: [Entry]
  public var position = 0
  /// When the meeting began: the minutes cover changes from then.
  public var startedAt: String
  public var attendees: String?
  public var includesRest: Bool

  /// The agenda items that are not just "everything else": what "item k of n" counts.
  public var mainCount: Int { agenda.filter { $0.reason != .rest }.count }
}

extension Board {
  /// Builds the agenda from every report: overdue, Red, Amber, due soon, not rated, then
  /// (when asked) the rest; each item once, under the first reason that fits.
  func meetingAgenda(includeRest: Bool) -> [Meeting.Entry] {
    var entries: [Meeting.Entry] = []
    let today = context.today
    for slot in store.slots {
      for row in slot.itemRows {
        let item = slot.rows[row]
        let actions = slot.rows[slot.actionRows(of: row)]
        let reason: Meeting.Reason
        if item.isOverdue(on: today) || actions.contains(where: { $0.isOverdue(on: today) }) {
          reason = .overdue
        } else if item.brag == .red || actions.contains(where: { $0.brag == .red && !$0.isComplete }) {
          reason = .red
        } else if item.brag == .amber || actions.contains(where: { $0.brag == .amber && !$0.isComplete }) {
          reason = .amber
        } else if item.isDueSoon(on: today, within: Summary.defaultDueSoonDays)
          || actions.contains(where: { $0.isDueSoon(on: today, within: Summary.defaultDueSoonDays) })
        {
          reason = .dueSoon
        } else if item.brag == .unrated {
          reason = .notRated
        } else {
          reason = .rest
        }
        guard reason != .rest || includeRest, let text = item.string(.id), let id = RowID(text) else {
          continue
        }
        entries.append(Meeting.Entry(item: id, reason: reason))
      }
    }
    // Stable: within a reason, reports and items keep their document order.
    return entries.enumerated().sorted { ($0.element.reason, $0.offset) < ($1.element.reason, $1.offset) }
      .map(\.element)
  }

  /// Starts a meeting (from `m` or `brag meeting`).
  public mutating func startMeeting(attendees: String? = nil, includeRest: Bool = false) {
    let agenda = meetingAgenda(includeRest: includeRest)
    state.meeting = Meeting(
      agenda: agenda, startedAt: Timestamp.string(from: context.now()), attendees: attendees,
      includesRest: includeRest)
    state.selectedReport = 0
    state.filter = BoardFilter()
    state.search = nil
    state.focus = .items
    ensureEntries()
    showMeetingPosition()
    state.message = .info(
      agenda.isEmpty
        ? Strings.emptyAgenda : Strings.meetingStarted(agenda.count))
  }

  /// Moves the meeting to `position` and selects that item.
  mutating func showMeetingPosition() {
    guard let meeting = state.meeting, meeting.agenda.indices.contains(meeting.position) else { return }
    if let index = entryIndex(of: meeting.agenda[meeting.position].item) {
      state.selectedEntry = index
      state.selectedAction = nil
      state.detailScroll = 0
      keepSelectionVisible()
    }
  }

  mutating func stepMeeting(_ delta: Int) {
    guard var meeting = state.meeting, !meeting.agenda.isEmpty else { return }
    let next = meeting.position + delta
    guard meeting.agenda.indices.contains(next) else {
      state.message = .info(
        delta > 0
          ? Strings.lastAgendaItem : Strings.firstAgendaItem)
      return
    }
    meeting.position = next
    state.meeting = meeting
    showMeetingPosition()
  }

  /// Ends the meeting and writes its minutes into the data folder.
  mutating func endMeeting() {
    guard let meeting = state.meeting else { return }
    state.meeting = nil
    ask(
      .writeMinutes(
        MeetingRecord(startedAt: meeting.startedAt, today: context.today, attendees: meeting.attendees)))
  }
}
