import BragModel

/// A board meeting in progress: the agenda of items to look at, in order, and where we are.
public struct Meeting: Equatable, Sendable {
  /// Why an item is on the agenda, in the order the board takes them.
  public enum Reason: Int, CaseIterable, Sendable, Comparable {
    case overdue
    /// Closure proposed, or a monitoring period ended: the board's decision is awaited.
    case closure
    /// An extension of time asked for, on the item or one of its actions.
    case extensionAsked
    case red, amber
    /// A Fire Standard's requirement whose assessment a revision asks to be made again, one not
    /// fully met (not met, or partly), one not assessed yet.
    case toReassess, notMet, notAssessed
    case dueSoon, notRated, rest

    public var title: String {
      switch self {
      case .overdue: "Overdue"
      case .closure: "Closure to decide"
      case .extensionAsked: "Extension asked"
      case .red: "Red"
      case .amber: "Amber"
      case .toReassess: "To reassess"
      case .notMet: "Not fully met"
      case .notAssessed: "Not assessed"
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
  /// The framework the agenda keeps to (`F`), or nil for all of them.
  public var framework: Framework?
  /// Who met, when, and what was reviewed: saved in the data folder at every step.
  public var journal: MeetingJournal
  public var includesRest: Bool {
    get { journal.includesRest }
    set { journal.includesRest = newValue }
  }

  /// The agenda items that are not just "everything else": what "item k of n" counts.
  public var mainCount: Int { agenda.filter { $0.reason != .rest }.count }
}

extension Board {
  /// Builds the agenda from every report: overdue, closures awaiting the board's decision,
  /// extensions asked for, Red, Amber, due soon, not rated, then (when asked) the rest; each item
  /// once, under the first reason that fits. Held items are never overdue (the model's rule).
  func meetingAgenda(includeRest: Bool) -> [Meeting.Entry] {
    var entries: [Meeting.Entry] = []
    let today = context.today
    let framework = state.meeting?.framework
    for slot in store.slots where framework == nil || slot.framework == framework {
      for row in slot.itemRows {
        let item = slot.rows[row]
        let actions = slot.rows[slot.actionRows(of: row)]
        let reason: Meeting.Reason
        if item.kind == .requirement && item.workflow.isRetired {
          // Removed from the standard: kept for its history, nothing to discuss.
          reason = .rest
        } else if item.isOverdue(on: today) || actions.contains(where: { $0.isOverdue(on: today) }) {
          reason = .overdue
        } else if item.workflow.closureAwaitsDecision(on: today) {
          reason = .closure
        } else if item.extensionAwaitsDecision
          || actions.contains(where: { $0.extensionAwaitsDecision })
        {
          reason = .extensionAsked
        } else if item.brag == .red || actions.contains(where: { $0.brag == .red && !$0.isComplete }) {
          reason = .red
        } else if item.brag == .amber || actions.contains(where: { $0.brag == .amber && !$0.isComplete }) {
          reason = .amber
        } else if item.kind == .requirement && item.workflow.toReassess {
          reason = .toReassess
        } else if item.kind == .requirement
          && (item.workflow.compliance == .notMet || item.workflow.compliance == .partly)
        {
          // A gap: not met, or met only in part.
          reason = .notMet
        } else if item.isDueSoon(on: today, within: Summary.defaultDueSoonDays)
          || actions.contains(where: { $0.isDueSoon(on: today, within: Summary.defaultDueSoonDays) })
        {
          reason = .dueSoon
        } else if item.kind == .requirement {
          // A requirement is judged by its assessment: not rated is no news, not assessed is.
          reason = item.workflow.compliance == .notAssessed ? .notAssessed : .rest
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

  /// Asks who is present, then apologies, then starts the meeting (`m`, `brag meeting`).
  public mutating func askForAttendees(framework: Framework? = nil) {
    state.meetingFramework = framework
    state.mode = .prompt(Prompt(.attendees, label: Strings.attendeesPrompt))
  }

  /// Starts a meeting (from `m` or `brag meeting`); its journal is saved at once.
  public mutating func startMeeting(
    attendees: String? = nil, apologies: String? = nil, includeRest: Bool = false, framework: Framework? = nil
  ) {
    let journal = MeetingJournal(
      startedAt: Timestamp.string(from: context.now()), attendees: attendees, apologies: apologies,
      includesRest: includeRest)
    open(journal, framework: framework)
    performPending()
  }

  /// Reopens a meeting that was left open (`brag meeting --resume`), at the last item reviewed.
  public mutating func resumeMeeting(_ journal: MeetingJournal, framework: Framework? = nil) {
    open(journal, framework: framework)
    if var meeting = state.meeting, let last = journal.reviewed.last,
      let position = meeting.agenda.firstIndex(where: { $0.item.description == last.item })
    {
      meeting.position = position
      state.meeting = meeting
      showMeetingPosition()
    }
    state.message = .info(Strings.meetingResumed(journal.reviewed.count))
    performPending()
  }

  private mutating func open(_ journal: MeetingJournal, framework: Framework?) {
    state.meeting = Meeting(agenda: [], framework: framework, journal: journal)
    let agenda = meetingAgenda(includeRest: journal.includesRest)
    state.meeting?.agenda = agenda
    state.selectedReport = 0
    state.filter = BoardFilter()
    state.search = nil
    state.focus = .items
    ensureEntries()
    showMeetingPosition()
    state.message = .info(
      agenda.isEmpty
        ? Strings.emptyAgenda : Strings.meetingStarted(agenda.count))
    if let framework, !agenda.isEmpty {
      state.message = .info(Strings.agendaFramework(framework, count: agenda.count))
    }
  }

  /// Moves the meeting to `position`, selects that item and records it as reviewed.
  mutating func showMeetingPosition() {
    guard var meeting = state.meeting, meeting.agenda.indices.contains(meeting.position) else { return }
    let entry = meeting.agenda[meeting.position]
    if let index = entryIndex(of: entry.item) {
      state.selectedEntry = index
      state.selectedAction = nil
      state.detailScroll = 0
      keepSelectionVisible()
    }
    let before = meeting.journal.reviewed.count
    meeting.journal.review(
      entry.item.description, at: Timestamp.string(from: context.now()), brag: currentBRAG(of: entry.item),
      reason: entry.reason.title)
    state.meeting = meeting
    if meeting.journal.reviewed.count != before { ask(.saveJournal(meeting.journal)) }
  }

  /// The item's rating as the board shows it now.
  func currentBRAG(of id: RowID) -> BRAG {
    guard let slot = store.slotIndex(of: id.report),
      let row = store.slots[slot].rows.first(where: { $0.string(.id) == id.description })
    else { return .unrated }
    return row.brag
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

  /// Ends the meeting: its journal is closed and its minutes written into the data folder.
  mutating func endMeeting() {
    guard var meeting = state.meeting else { return }
    state.meeting = nil
    meeting.journal.endedAt = Timestamp.string(from: context.now())
    ask(.saveJournal(meeting.journal))
    ask(.writeMinutes(meeting.journal))
  }
}
