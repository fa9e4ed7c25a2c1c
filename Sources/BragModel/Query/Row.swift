/// What a row of `brag list` is: an item's kind, or an action under an item.
public enum RowKind: String, Codable, Sendable, CaseIterable {
  case recommendation
  case areaForImprovement = "area-for-improvement"
  case causeOfConcern = "cause-of-concern"
  case requirement
  case action

  public init(_ kind: ItemKind) {
    switch kind {
    case .recommendation: self = .recommendation
    case .areaForImprovement: self = .areaForImprovement
    case .causeOfConcern: self = .causeOfConcern
    case .requirement: self = .requirement
    }
  }
}

/// One item or action, flattened for lists, filters, counts and exports.
public struct Row: Sendable, Hashable {
  /// Globally unique: `report/item` or `report/item/action`.
  public var id: String
  public var report: String
  public var kind: RowKind
  /// The item's global id for an action; nil for an item.
  public var parent: String?
  /// The label as published: "Rec 21", "AFI 3"; an action adds its position: "AFI 3.2".
  public var ref: String
  public var number: Int?
  public var text: String
  public var status: String?
  public var brag: BRAG
  /// The date that counts: revised where the board revised it, else the resolved timescale.
  public var due: CalendarDate?
  public var timescale: String?
  public var precision: DuePrecision
  public var owner: String?
  public var isComplete: Bool
  /// The other words a search looks in (section, required outcomes, notes…); nil when none.
  public var more: String?
  /// An item's words that can reach HMICFRS or the public, one field a line; nil for an action.
  public var reportable: String?
  /// "waiting on NFCC: …" while on hold (``Hold/summary``).
  public var hold: String?
  /// For an action: the further items it answers, global ids a line; nil when none.
  public var serves: String?
  public var workflow: RowWorkflow

  public init(
    id: String, report: String, kind: RowKind, parent: String?, ref: String, number: Int?,
    text: String, status: String?, brag: BRAG, due: CalendarDate?, timescale: String?,
    precision: DuePrecision, owner: String?, isComplete: Bool, more: String? = nil,
    reportable: String? = nil, hold: String? = nil, serves: String? = nil,
    workflow: RowWorkflow = RowWorkflow()
  ) {
    self.id = id
    self.report = report
    self.kind = kind
    self.parent = parent
    self.ref = ref
    self.number = number
    self.text = text
    self.status = status
    self.brag = brag
    self.due = due
    self.timescale = timescale
    self.precision = precision
    self.owner = owner
    self.isComplete = isComplete
    self.more = more
    self.reportable = reportable
    self.hold = hold
    self.serves = serves
    self.workflow = workflow
  }

  public var isHeld: Bool { hold != nil }

  /// The value of one text field.
  public subscript(field: RowField) -> String? {
    switch field {
    case .id: id
    case .parent: parent
    case .ref: ref
    case .text: text
    case .status: status
    case .timescale: timescale
    case .owner: owner
    case .more: more
    case .reportable: reportable
    case .hold: hold
    case .serves: serves
    }
  }
}

extension Report {
  /// Items then their actions, in document order.
  public var rows: [Row] {
    var rows: [Row] = []
    rows.reserveCapacity(items.count * 3)
    for item in items {
      let itemID = "\(id)/\(item.id)"
      rows.append(
        Row(
          id: itemID, report: id, kind: RowKind(item.kind), parent: nil, ref: item.label,
          number: item.number, text: item.shownText, status: item.status, brag: item.brag,
          due: item.due, timescale: item.timescale.written, precision: item.timescale.precision,
          owner: item.owner, isComplete: item.isComplete, more: item.searchableMore,
          reportable: item.reportableWords, hold: item.hold?.summary, workflow: RowWorkflow(item)))
      for (position, action) in item.actions.enumerated() {
        rows.append(
          Row(
            id: "\(itemID)/\(action.id)", report: id, kind: .action, parent: itemID,
            ref: item.actionLabel(at: position), number: nil, text: action.text,
            status: action.status, brag: action.brag, due: action.due,
            timescale: action.timescale.written, precision: action.timescale.precision,
            owner: action.owner, isComplete: action.isComplete || item.isComplete, more: action.notes,
            hold: (action.hold ?? item.hold)?.summary,
            serves: action.serves.isEmpty ? nil : action.serves.joined(separator: "\n"),
            workflow: RowWorkflow(action, under: item)))
      }
    }
    return rows
  }
}

extension RowWorkflow {
  /// An action's facts, with its requirement's retirement: a removed requirement's work counts
  /// for nothing either.
  init(_ action: Action, under item: Item) {
    self.init(action)
    isRetired = item.kind == .requirement && !item.isLiveRequirement
  }
}

extension Item {
  /// Words beyond the text and status that a search should find, other than the reportable ones.
  var searchableMore: String? {
    let parts = [section, audience, requiredOutcomes].compactMap { $0 } + links.map(\.text)
    return parts.isEmpty ? nil : parts.joined(separator: "\n")
  }

  /// ``reportableTexts`` as one string, a field a line.
  var reportableWords: String? {
    let texts = reportableTexts.map(\.text)
    return texts.isEmpty ? nil : texts.joined(separator: "\n")
  }
}
