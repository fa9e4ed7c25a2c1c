import BragModel

/// The Fire Standards on the board: a requirement's compliance (`C`), an action answering further
/// items (`L`), and a meeting over one framework (`F`). The rules are the model's: the step is
/// ``Report/assessmentStep(_:evidence:)``, the link ``Change/link(_:)``, the counts ``Tally``.
extension Board {
  // MARK: - Compliance

  /// `C`: how far the selected requirement (or every marked one) is met.
  mutating func askCompliance() -> ProgramResponse {
    let targets = state.marked.isEmpty ? selectedItemID.map { [$0] } ?? [] : state.marked
    guard !targets.isEmpty else {
      state.message = .error(Strings.noItemSelected)
      return .redraw
    }
    let others = targets.filter { rowKind(of: $0) != .requirement }
    if !others.isEmpty {
      state.message = .error(
        targets.count == 1 && state.marked.count <= 1
          ? Strings.notARequirement(label(of: others[0])) : Strings.notRequirements(others.map(label(of:))))
      return .redraw
    }
    state.mode = .confirm(
      Confirmation(
        purpose: .compliance(targets), question: Strings.complianceQuestion(describe(targets)),
        choices: Self.complianceChoices.map { ($0.key, $0.compliance.words) } + [("c", "cancel")]))
    return .redraw
  }

  /// The compliance menu's keys: m fully met, p partly, n not met, u not assessed.
  static let complianceChoices: [(key: Character, compliance: Compliance)] = [
    ("m", .met), ("p", .partly), ("n", .notMet), ("u", .notAssessed),
  ]

  mutating func answerCompliance(_ answer: Character, _ targets: [RowID]) {
    guard let compliance = Self.complianceChoices.first(where: { $0.key == answer })?.compliance else {
      state.message = .info(Strings.cancelled)
      return
    }
    state.mode = .prompt(
      Prompt(
        .complianceEvidence(targets, compliance),
        label: Strings.complianceEvidencePrompt(describe(targets), compliance)))
  }

  /// Enter on the evidence prompt: the assessment, against each report's version, as one step.
  mutating func finishCompliance(_ targets: [RowID], _ compliance: Compliance, _ trimmed: String) {
    let evidence = trimmed.isEmpty ? [] : [Evidence(trimmed, fileExists: store.evidenceFileExists)]
    editEach(targets, describing: Strings.assessed(compliance)) { board, target in
      let report = board.store.slotIndex(of: target.report).flatMap { board.store.report(at: $0) }
      return [
        report?.assessmentStep(compliance, evidence: evidence)
          ?? .assess(compliance, evidence: evidence, version: nil)
      ]
    }
  }

  /// The kind of the row `id` names, from the index.
  func rowKind(of id: RowID) -> RowKind? {
    guard let slot = store.slotIndex(of: id.report) else { return nil }
    let wanted = id.description
    return store.slots[slot].rows.first { $0.string(.id) == wanted }?.kind
  }

  // MARK: - Linked actions

  /// `L` on a picked action: link it to a further item; on one already linked, offer to unlink.
  mutating func askLink() -> ProgramResponse {
    guard let target = editTarget, target.action != nil else {
      state.message = .error(Strings.pickAnActionToLink)
      return .redraw
    }
    let serves = currentServes(of: target)
    guard !serves.isEmpty else {
      state.mode = .prompt(Prompt(.linkTarget(target), label: Strings.linkPrompt(label(of: target))))
      return .redraw
    }
    let unlink = serves.prefix(9).enumerated().map { offset, served in
      (Character(String(offset + 1)), "unlink \(linkName(served))")
    }
    state.mode = .confirm(
      Confirmation(
        purpose: .links(target, Array(serves.prefix(9))), question: Strings.linkQuestion(label(of: target)),
        choices: [("l", "link to another item")] + unlink + [("n", "cancel")]))
    return .redraw
  }

  mutating func answerLinks(_ answer: Character, _ target: RowID, _ serves: [String]) {
    if answer == "l" {
      state.mode = .prompt(Prompt(.linkTarget(target), label: Strings.linkPrompt(label(of: target))))
      return
    }
    guard let number = answer.wholeNumberValue, serves.indices.contains(number - 1) else {
      state.message = .info(Strings.cancelled)
      return
    }
    let served = serves[number - 1]
    edit(.unlink(served), target, describing: Strings.unlinkedFrom(linkName(served)))
  }

  /// Enter on the link prompt: the item typed, found, then linked.
  mutating func finishLink(_ target: RowID, _ trimmed: String) {
    guard !trimmed.isEmpty else {
      state.message = .info(Strings.cancelled)
      return
    }
    let found = linkTargets(trimmed, for: target)
    guard let item = found.first else {
      state.message = .error(Strings.noSuchLinkTarget(trimmed))
      return
    }
    guard found.count == 1 else {
      state.message = .error(Strings.ambiguousLinkTarget(trimmed, found.count))
      return
    }
    guard item != RowID(report: target.report, item: target.item) else {
      state.message = .error(Strings.ownItem)
      return
    }
    let row = store.slots.first { $0.id == item.report }?.rows.first { $0.string(.id) == item.description }
    if let row,
      let refusal = LinkRule.refusal(label: row.string(.ref) ?? item.item, isRetired: row.workflow.isRetired)
    {
      state.message = .error(refusal)
      return
    }
    edit(.link(item.description), target, describing: Strings.linkedTo(linkName(item.description)))
  }

  /// The items `text` names: a global id ("report/item"); else an item's id or label in the
  /// report in view (or the action's own); else a label anywhere.
  func linkTargets(_ text: String, for action: RowID) -> [RowID] {
    func items(in slot: Int, _ matches: (IndexedRow) -> Bool) -> [RowID] {
      let data = store.slots[slot]
      return data.itemRows.compactMap { row in
        matches(data.rows[row]) ? data.rows[row].string(.id).flatMap(RowID.init) : nil
      }
    }
    if let id = RowID(text), id.action == nil, let slot = store.slotIndex(of: id.report) {
      return items(in: slot) { $0.string(.id) == id.description }
    }
    let key = JumpQuery.key(text)
    let byLabel: (IndexedRow) -> Bool = { JumpQuery.key($0.string(.ref) ?? "") == key }
    let current =
      state.selectedReport > 0 ? slotsInView.first : store.slotIndex(of: action.report)
    if let current {
      let here = items(in: current) { row in
        row.string(.id).map { $0.hasSuffix("/" + text) } ?? false
      }
      if !here.isEmpty { return here }
      let labelled = items(in: current, byLabel)
      if !labelled.isEmpty { return labelled }
    }
    return store.slots.indices.flatMap { items(in: $0, byLabel) }
  }

  /// "Req 1.2 (Protection)": how a link names the item it points to.
  func linkName(_ served: String) -> String {
    guard let id = RowID(served), let slot = store.slotIndex(of: id.report) else { return served }
    return "\(label(of: id)) (\(store.slots[slot].title))"
  }

  /// The items the action answers besides its own, as its report holds it now.
  func currentServes(of action: RowID) -> [String] {
    guard let slot = store.slotIndex(of: action.report) else { return [] }
    return store.report(at: slot)?.action(action)?.serves ?? []
  }

  // MARK: - A meeting over one framework

  /// `F` in a meeting: the agenda over HMICFRS, then Fire Standards, then Other, then all; only
  /// the frameworks the board holds.
  mutating func cycleMeetingFramework() {
    guard var meeting = state.meeting else { return }
    let present = frameworksPresent
    let order: [Framework?] = [nil] + present
    let at = order.firstIndex(of: meeting.framework) ?? 0
    meeting.framework = order[(at + 1) % order.count]
    let current =
      meeting.agenda.indices.contains(meeting.position) ? meeting.agenda[meeting.position].item : nil
    state.meeting = meeting
    meeting.agenda = meetingAgenda(includeRest: meeting.includesRest)
    meeting.position = current.flatMap { id in meeting.agenda.firstIndex { $0.item == id } } ?? 0
    state.meeting = meeting
    ensureEntries()
    showMeetingPosition()
    state.message = .info(Strings.agendaFramework(meeting.framework, count: meeting.agenda.count))
  }
}
