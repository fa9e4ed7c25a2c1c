/// Counts for one report, or for all of them: what the board looks at first.
public struct Tally: Sendable, Equatable, Codable {
  /// Recommendations and areas for improvement (actions are counted apart).
  public var items = 0
  public var blue = 0
  public var red = 0
  public var amber = 0
  public var green = 0
  public var unrated = 0
  public var actions = 0
  /// Items and actions overdue.
  public var overdue = 0
  /// The actions among ``overdue``.
  public var overdueActions = 0
  /// The items (recommendations, areas for improvement) among ``overdue``.
  public var overdueItems: Int { overdue - overdueActions }
  /// Open items and actions due within the due-soon window.
  public var dueSoon = 0
  /// Open items and actions on hold: counted here, never as overdue or due soon.
  public var held = 0
  /// Items whose closure waits for the board (proposed, or monitored to its end).
  public var closureAwaiting = 0
  /// Items and actions with an extension request waiting for the board.
  public var extensionsRequested = 0
  /// Fire Standards: how far their requirements are met (``Implementation``).
  public var implementation = Implementation()

  public init() {}

  /// Counts indexed rows (a concrete overload, specialised here for callers in other modules).
  public init(rows: [IndexedRow], today: CalendarDate, dueSoonDays: Int = Summary.defaultDueSoonDays) {
    for row in rows { add(row, today: today, dueSoonDays: dueSoonDays) }
  }

  /// Counts the given rows as at `today`.
  public init(
    rows: some Sequence<some RowFacts>, today: CalendarDate, dueSoonDays: Int = Summary.defaultDueSoonDays
  ) {
    for row in rows { add(row, today: today, dueSoonDays: dueSoonDays) }
  }

  public subscript(brag: BRAG) -> Int {
    switch brag {
    case .blue: blue
    case .red: red
    case .amber: amber
    case .green: green
    case .unrated: unrated
    }
  }

  mutating func add(_ row: some RowFacts, today: CalendarDate, dueSoonDays: Int) {
    let workflow = row.workflow
    // A requirement a revision removed is kept for its history; it and its actions count for nothing.
    if workflow.isRetired { return }
    if row.kind == .requirement, let compliance = workflow.compliance {
      implementation.add(compliance, reassess: workflow.toReassess)
    }
    if row.kind == .action {
      actions += 1
    } else {
      items += 1
      switch row.brag {
      case .blue: blue += 1
      case .red: red += 1
      case .amber: amber += 1
      case .green: green += 1
      case .unrated: unrated += 1
      }
    }
    if row.isOverdue(on: today) {
      overdue += 1
      if row.kind == .action { overdueActions += 1 }
    }
    if row.isDueSoon(on: today, within: dueSoonDays) { dueSoon += 1 }
    if row.isWaiting { held += 1 }
    if workflow.closureAwaitsDecision(on: today) { closureAwaiting += 1 }
    if row.extensionAwaitsDecision { extensionsRequested += 1 }
  }

  public mutating func add(_ other: Tally) {
    items += other.items
    blue += other.blue
    red += other.red
    amber += other.amber
    green += other.green
    unrated += other.unrated
    actions += other.actions
    overdue += other.overdue
    overdueActions += other.overdueActions
    dueSoon += other.dueSoon
    held += other.held
    closureAwaiting += other.closureAwaiting
    extensionsRequested += other.extensionsRequested
    implementation.add(other.implementation)
  }

  /// Share of items rated Blue, 0…1.
  public var completeShare: Double { items == 0 ? 0 : Double(blue) / Double(items) }
}

/// A report's identity and counts in a summary.
public struct ReportSummary: Sendable, Equatable {
  public var id: String
  public var title: String
  public var service: String?
  /// Its framework, where the counter knew the report's kind.
  public var framework: Framework?
  public var tally: Tally

  public init(id: String, title: String, service: String?, framework: Framework? = nil, tally: Tally) {
    self.id = id
    self.title = title
    self.service = service
    self.framework = framework
    self.tally = tally
  }
}

public struct Summary: Sendable, Equatable {
  /// HMICFRS's reminder used six weeks; the default window for "due soon".
  public static let defaultDueSoonDays = 42

  public var reports: [ReportSummary]
  public var total: Tally

  /// Counts indexed reports (concrete types, so the loop is specialised in this module).
  public init(
    indexed reports: [IndexedReport], today: CalendarDate, dueSoonDays: Int = Summary.defaultDueSoonDays
  ) {
    self.init(
      reports: reports.map {
        ReportSummary(
          id: $0.id, title: $0.title, service: $0.service, framework: $0.kind.framework,
          tally: Tally(rows: $0.rows, today: today, dueSoonDays: dueSoonDays))
      })
  }

  /// A summary from counts already made per report (in the same order as `reports`).
  public init(reports: [ReportSummary]) {
    self.reports = reports
    var total = Tally()
    for report in reports { total.add(report.tally) }
    self.total = total
  }

  /// Counts rows per report in the order the reports are given.
  public init(
    reports: [(id: String, title: String, service: String?)], rows: some Sequence<some RowFacts>,
    today: CalendarDate,
    dueSoonDays: Int = Summary.defaultDueSoonDays
  ) {
    var tallies: [String: Tally] = [:]
    for row in rows {
      tallies[row.report, default: Tally()].add(row, today: today, dueSoonDays: dueSoonDays)
    }
    self.reports = reports.map {
      ReportSummary(id: $0.id, title: $0.title, service: $0.service, tally: tallies[$0.id] ?? Tally())
    }
    var total = Tally()
    for report in self.reports { total.add(report.tally) }
    self.total = total
  }
}
