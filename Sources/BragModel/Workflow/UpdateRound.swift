import Foundation

/// A round of update requests: early in the second month of each quarter the board asks every
/// owner for an update on what they hold, by a date, and chases those who have not replied.
/// The round records when it was sent, the reply-by date, and which items and actions each owner
/// was asked about, so "who has not replied" can be answered later (``awaiting(in:)``).
public struct UpdateRound: Codable, Hashable, Sendable {
  /// What one owner was asked about.
  public struct Request: Codable, Hashable, Sendable {
    /// The owner as the items and actions name them.
    public var owner: String
    /// Global ids (`report/item` or `report/item/action`), in the order asked.
    public var ids: [String]

    public init(owner: String, ids: [String]) {
      self.owner = owner
      self.ids = ids
    }
  }

  /// File-name-safe, from the time it was sent: "20261127T101500Z".
  public var id: String
  /// ISO 8601 timestamp of sending: replies are what was recorded at or after it.
  public var sentAt: String
  /// The day it was sent (the board's today).
  public var sentOn: CalendarDate
  /// The date replies are asked for.
  public var replyBy: CalendarDate
  public var sentBy: String?
  /// The quarter the updates are for ("October–December 2026").
  public var period: String
  /// The reports it covered, when limited to some.
  public var reports: [String]?
  public var requests: [Request]

  public init(
    id: String, sentAt: String, sentOn: CalendarDate, replyBy: CalendarDate, sentBy: String? = nil,
    period: String, reports: [String]? = nil, requests: [Request]
  ) {
    self.id = id
    self.sentAt = sentAt
    self.sentOn = sentOn
    self.replyBy = replyBy
    self.sentBy = sentBy
    self.period = period
    self.reports = reports
    self.requests = requests
  }

  /// A file-name-safe id from a timestamp: digits, "T" and "Z" only.
  public static func id(for timestamp: String) -> String {
    String(timestamp.filter { $0.isNumber || $0 == "T" || $0 == "Z" })
  }

  /// Every id asked about, with the owner asked.
  public var asked: [(id: String, owner: String)] {
    requests.flatMap { request in request.ids.map { ($0, request.owner) } }
  }
}

/// One line of a request: an open item or action, with what its owner needs to see to reply.
public struct UpdateRequestLine: Sendable, Hashable {
  public var id: RowID
  public var kind: RowKind
  /// "AFI 2", or "AFI 2.1" for an action.
  public var ref: String
  /// The item's label ("AFI 2"): the item itself, or the one an action is under.
  public var itemRef: String
  public var text: String
  public var owner: String
  public var due: CalendarDate?
  /// The date first set, when the current one differs from it (revised or extended).
  public var originalDue: CalendarDate?
  public var brag: BRAG
  public var status: String?
  /// "waiting on NFCC: …" while on hold.
  public var hold: String?
  /// The latest update that speaks for it: an item's own latest (one not labelled for one of its
  /// actions, else any); an action's own (labelled for it, ``UpdateRound/actionUpdatePrefix(_:)``),
  /// else its item's own.
  public var lastUpdate: QuarterlyUpdate?
  public var closure: Closure.State?
  /// The date of an extension already waiting for the board.
  public var extensionRequested: CalendarDate?
  /// "30 June 2027 (originally 1 May 2025; 1 extension granted)" when the date has moved
  /// (``Extendable/movedDeadline``).
  public var movedDeadline: String? = nil
  /// Overdue as at the day the requests were made (``Deadlined/isOverdue(on:)``).
  public var isOverdue = false

  public var isAction: Bool { id.action != nil }

  /// Whether ``lastUpdate`` is the item's rather than the action's own.
  public var lastUpdateIsItems: Bool {
    guard let action = id.action, let text = lastUpdate?.text else { return false }
    return !text.hasPrefix(UpdateRound.actionUpdatePrefix(action))
  }

  /// The last update's text, without the label that marks an action's own.
  public var lastUpdateText: String? {
    guard let text = lastUpdate?.text else { return nil }
    if let action = id.action, text.hasPrefix(UpdateRound.actionUpdatePrefix(action)) {
      return String(text.dropFirst(UpdateRound.actionUpdatePrefix(action).count))
    }
    return text
  }
}

extension UpdateRound {
  /// How a reply for an action starts when it is kept as its item's quarterly update (actions
  /// have none of their own): "Action a2: ".
  public static func actionUpdatePrefix(_ actionID: String) -> String { "Action \(actionID): " }

  /// What needs an update, per owner: every open item and action that has an owner (complete ones
  /// left out, held ones kept and marked), grouped by owner in the order owners first appear.
  /// With `owner`, only the owners it names (``OwnerRule/matches(_:_:)``, as `brag list --owner`).
  public static func requestLines(
    in reports: [Report], owner typed: String? = nil, today: CalendarDate? = nil
  )
    -> [(
      owner: String, lines: [UpdateRequestLine]
    )]
  {
    var order: [String] = []
    var byOwner: [String: [UpdateRequestLine]] = [:]
    func add(_ line: UpdateRequestLine) {
      if let typed, !OwnerRule.matches(line.owner, typed) { return }
      if byOwner[line.owner] == nil { order.append(line.owner) }
      byOwner[line.owner, default: []].append(line)
    }
    for report in reports {
      for item in report.items where !item.isComplete {
        let itemID = RowID(report: report.id, item: item.id)
        let prefixes = item.actions.map { actionUpdatePrefix($0.id) }
        let general = latest(
          item.updates.filter { update in !prefixes.contains { update.text.hasPrefix($0) } })
        if let owner = item.owner.flatMap(OwnerRule.value) {
          add(
            UpdateRequestLine(
              id: itemID, kind: RowKind(item.kind), ref: item.label, itemRef: item.label, text: item.text,
              owner: owner,
              due: item.due, originalDue: item.due == item.originalDue ? nil : item.originalDue,
              brag: item.brag,
              status: item.status, hold: item.hold?.summary, lastUpdate: general ?? item.latestUpdate,
              closure: item.closure?.state, extensionRequested: item.pendingExtension?.due,
              movedDeadline: item.movedDeadline, isOverdue: today.map { item.isOverdue(on: $0) } ?? false))
        }
        for (position, action) in item.actions.enumerated() where !action.isComplete {
          guard let owner = action.owner.flatMap(OwnerRule.value) else { continue }
          let prefix = actionUpdatePrefix(action.id)
          let own = latest(item.updates.filter { $0.text.hasPrefix(prefix) })
          add(
            UpdateRequestLine(
              id: RowID(report: report.id, item: item.id, action: action.id), kind: .action,
              ref: item.actionLabel(at: position), itemRef: item.label, text: action.text, owner: owner,
              due: action.due,
              originalDue: action.due == action.originalDue ? nil : action.originalDue, brag: action.brag,
              status: action.status, hold: (action.hold ?? item.hold)?.summary,
              lastUpdate: own ?? general, closure: nil,
              extensionRequested: action.pendingExtension?.due, movedDeadline: action.movedDeadline,
              isOverdue: today.map { action.isOverdue(on: $0) && !item.isComplete && !item.isHeld } ?? false))
        }
      }
    }
    return order.map { ($0, byOwner[$0]!) }
  }

  /// The latest of `updates`, as ``Item/latestUpdate`` picks it.
  static func latest(_ updates: [QuarterlyUpdate]) -> QuarterlyUpdate? {
    Item(id: "", kind: .recommendation, label: "", text: "", updates: updates).latestUpdate
  }

  /// Open items and actions that have no owner: nobody can be asked about them.
  public static func unowned(in reports: [Report]) -> [RowID] {
    var ids: [RowID] = []
    for report in reports {
      for item in report.items where !item.isComplete {
        if item.owner.flatMap(OwnerRule.value) == nil { ids.append(RowID(report: report.id, item: item.id)) }
        for action in item.actions where !action.isComplete && action.owner.flatMap(OwnerRule.value) == nil {
          ids.append(RowID(report: report.id, item: item.id, action: action.id))
        }
      }
    }
    return ids
  }
}

/// An item or action of a round still waiting for its owner's reply.
public struct AwaitedUpdate: Sendable, Hashable {
  public var id: RowID
  /// Its owner now (someone it was handed to since owes it), else the owner asked.
  public var owner: String
  /// The owner the round asked.
  public var asked: String
}

extension UpdateRound {
  /// The items and actions of this round whose owner has not replied since it was sent
  /// (``hasReplied(_:in:)``), in the order asked, with their owner. Those that are complete now,
  /// or no longer exist, are not waited for.
  public func awaiting(in reports: [Report]) -> [AwaitedUpdate] {
    let byID = Dictionary(reports.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var out: [AwaitedUpdate] = []
    for (text, askedOwner) in asked {
      guard let id = RowID(text), let report = byID[id.report], let item = report.item(id) else { continue }
      if item.isComplete { continue }
      var owner = item.owner
      if id.action != nil {
        guard let action = report.action(id) else { continue }
        if action.isComplete { continue }
        owner = action.owner
      }
      if hasReplied(id, in: report) { continue }
      out.append(
        AwaitedUpdate(id: id, owner: owner.flatMap(OwnerRule.value) ?? askedOwner, asked: askedOwner))
    }
    return out
  }

  /// Whether the item or action `id` names has had a reply since the round was sent: for an
  /// item, a quarterly update recorded since (one not labelled for one of its actions), a closure
  /// proposal or an extension request; for an action, an update on its item labelled for it
  /// (``actionUpdatePrefix(_:)``), or an extension request on the action itself. An update
  /// counts as recorded since when its history entry is at or after ``sentAt``, or, with no such
  /// entry, when it is dated after ``sentOn``.
  public func hasReplied(_ id: RowID, in report: Report) -> Bool {
    guard let item = report.item(id) else { return false }
    let since = sentInstant
    func isSince(_ entry: HistoryEntry) -> Bool {
      guard entry.reason != "undo" else { return false }
      if let since, let at = Self.instant(entry.at) { return at >= since }
      return entry.at >= sentAt
    }
    let recorded = Set(item.history.filter { $0.field == .updates && isSince($0) }.compactMap(\.after))
    let newUpdates = item.updates.filter {
      recorded.contains(Redaction.historyValue($0)) || ($0.date.map { $0 > sentOn } ?? false)
    }
    if let actionID = id.action {
      if newUpdates.contains(where: { $0.text.hasPrefix(Self.actionUpdatePrefix(actionID)) }) { return true }
      guard let action = report.action(id) else { return false }
      return action.history.contains { isOwnersRequest($0) && isSince($0) }
    }
    let actionPrefixes = item.actions.map { Self.actionUpdatePrefix($0.id) }
    if newUpdates.contains(where: { update in !actionPrefixes.contains { update.text.hasPrefix($0) } }) {
      return true
    }
    return item.history.contains { isOwnersRequest($0) && isSince($0) }
  }

  /// What an owner sends as a reply: a closure proposed, an extension asked for. The board's
  /// decisions on them (accepting, refusing…) are not the owner's reply.
  private func isOwnersRequest(_ entry: HistoryEntry) -> Bool {
    switch entry.field {
    case .closure: entry.after == Closure.State.proposed.rawValue
    case .extension: entry.after?.hasSuffix(" \(DateExtension.State.requested.rawValue)") ?? false
    default: false
    }
  }

  private var sentInstant: Date? { Self.instant(sentAt) }

  static func instant(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}

/// The update rounds of a data folder, one JSON file each in its `requests/` folder (not a
/// report: the folder's reports are only its top-level `.json` files).
public struct UpdateRounds: Sendable {
  public let folder: String

  public init(dataFolder: DataFolder) {
    folder = (dataFolder.path as NSString).appendingPathComponent("requests")
  }

  public func path(of id: String) -> String { (folder as NSString).appendingPathComponent("\(id).json") }

  /// Saves the round atomically (temporary file, fsync, rename); returns its path.
  @discardableResult
  public func save(_ round: UpdateRound) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let path = path(of: round.id)
    try AtomicFile.write(try encoder.encode(round) + Data("\n".utf8), to: path)
    return path
  }

  /// Every round, oldest first, and the files that do not parse (never overwritten).
  public func all() throws -> (rounds: [UpdateRound], broken: [String]) {
    guard FileManager.default.fileExists(atPath: folder) else { return ([], []) }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    var rounds: [UpdateRound] = []
    var broken: [String] = []
    for name in names {
      let file = (folder as NSString).appendingPathComponent(name)
      if let data = FileManager.default.contents(atPath: file),
        let round = try? JSONDecoder().decode(UpdateRound.self, from: data)
      {
        rounds.append(round)
      } else {
        broken.append(file)
      }
    }
    return (rounds.sorted { ($0.sentAt, $0.id) < ($1.sentAt, $1.id) }, broken)
  }

  /// The round sent last, if any.
  public func latest() throws -> UpdateRound? { try all().rounds.last }
}
