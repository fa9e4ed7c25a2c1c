/// How new items and actions are named: one rule for `brag add`, the importers and the board, so
/// ids never clash and labels read the way services write them ("Rec 21", "AFI 3", "AFI 3.2").
public enum Identifiers {
  /// "rec", "afi", "coc": how an item's id begins.
  public static func idPrefix(_ kind: ItemKind) -> String {
    switch kind {
    case .recommendation: "rec"
    case .areaForImprovement: "afi"
    case .causeOfConcern: "coc"
    case .requirement: "req"
    }
  }

  /// The id and label of a Fire Standard's requirement numbered `clause` ("1.2"): "req-1-2",
  /// "Req 1.2" for a must; "req-s1-2", "Req S1.2" for a should (standards number the two lists
  /// apart), made unique as ``newItem(kind:number:position:among:)`` does.
  public static func newRequirement(clause: String, obligation: Obligation = .must, among items: [Item])
    -> (id: String, label: String)
  {
    let ids = Set(items.map(\.id))
    return newRequirement(clause: clause, obligation: obligation) { ids.contains($0) }
  }

  /// As above, asking `isTaken` whether an id is in use (a set, when building many at once).
  public static func newRequirement(clause: String, obligation: Obligation, isTaken: (String) -> Bool)
    -> (id: String, label: String)
  {
    let shown = (obligation == .should ? "S" : "") + clause
    let slug = shown.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    var id = "req-\(slug)"
    var suffix = 2
    while isTaken(id) {
      id = "req-\(slug)-\(suffix)"
      suffix += 1
    }
    return (id, requirementLabel(clause: clause, obligation: obligation))
  }

  /// "Req 1.2", "Req S1" (a should): what a requirement is called, following its number.
  public static func requirementLabel(clause: String, obligation: Obligation) -> String {
    "\(ItemKind.requirement.shortName) \(obligation == .should ? "S" : "")\(clause)"
  }

  /// The id and label for a new item of `kind` among `items`.
  ///
  /// The label's number is the official number when there is one, else `position` (an importer's
  /// place on the page), else the next number not yet used by a label of that kind. The id is
  /// "rec-N" or "afi-N", made unique with "-2", "-3"… when taken.
  public static func newItem(kind: ItemKind, number: Int?, position: Int? = nil, among items: [Item])
    -> (id: String, label: String)
  {
    let shown =
      number ?? position
      ?? {
        let used = items.filter { $0.kind == kind }.compactMap {
          $0.number ?? Int($0.label.split(separator: " ").last ?? "")
        }
        return (used.max() ?? 0) + 1
      }()
    let prefix = idPrefix(kind)
    var id = "\(prefix)-\(shown)"
    var suffix = 2
    while items.contains(where: { $0.id == id }) {
      id = "\(prefix)-\(shown)-\(suffix)"
      suffix += 1
    }
    return (id, "\(kind.shortName) \(shown)")
  }
}

extension Report {
  /// The id and label for a new item of `kind` in this report (see ``Identifiers/newItem(kind:number:position:among:)``).
  public func newItemIdentity(kind: ItemKind, number: Int?) -> (id: String, label: String) {
    Identifiers.newItem(kind: kind, number: number, among: items)
  }
}

extension Item {
  /// An action id not yet used under this item: "a1", "a2"…
  public var nextActionID: String {
    var n = actions.count + 1
    while actions.contains(where: { $0.id == "a\(n)" }) { n += 1 }
    return "a\(n)"
  }

  /// The label of the action at `index`: the item's label and the action's position, "AFI 2.1".
  public func actionLabel(at index: Int) -> String { "\(label).\(index + 1)" }

  /// The label of the action `id`, or nil when the item has no such action (any more).
  public func actionLabel(of id: String) -> String? {
    actions.firstIndex { $0.id == id }.map(actionLabel(at:))
  }

  /// The label of the next action to be added: "AFI 2.4".
  public var nextActionLabel: String { actionLabel(at: actions.count) }
}
