import BragModel

extension Compliance {
  /// The style role that colours this compliance letter (the letter always shows beside it).
  var role: StyleRole {
    switch self {
    case .met: .blue
    case .partly: .amber
    case .notMet: .red
    case .notAssessed: .unrated
    }
  }
}

/// How the board draws the Fire Standards' facts: "% implemented" bars with their counts, and the
/// detail pane's lines for one requirement. The counts and the rule are the model's
/// (``Implementation``, ``Compliance``); these only lay them out.
enum StandardsLines {
  /// "62% ▇▇▇▁▁ 5M 2P 1N 0·" (ASCII "62% ###.. 5M 2P 1N 0."), cut down to `width`: the bar
  /// narrows, then goes, before the counts do. `prefix` comes first ("Standards ").
  static func implementation(
    _ implementation: Implementation, prefix: String = "", width: Int, ascii: Bool
  ) -> StyledLine {
    guard let percent = implementation.percent, let share = implementation.share else {
      return StyledLine(prefix + "no requirements", .dim)
    }
    let notAssessed = Compliance.notAssessed.letter(asciiOnly: ascii)
    var counts: [(String, StyleRole)] = [
      ("\(implementation.met)\(Compliance.met.letter)", Compliance.met.role), (" ", .normal),
      ("\(implementation.partly)\(Compliance.partly.letter)", Compliance.partly.role), (" ", .normal),
      ("\(implementation.notMet)\(Compliance.notMet.letter)", Compliance.notMet.role), (" ", .normal),
      ("\(implementation.notAssessed)\(notAssessed)", Compliance.notAssessed.role),
    ]
    if implementation.toReassess > 0 {
      counts += [(" ", .normal), ("\(implementation.toReassess)\(ascii ? "R" : "↻")", .dueSoon)]
    }
    let head: [(String, StyleRole)] = [(prefix, .dim), ("\(percent)%", .title), (" ", .normal)]
    let fixed = StyledLine(head + counts).width
    let barWidth = min(10, width - fixed - 1)
    guard barWidth >= 3 else { return StyledLine(head + counts) }
    // Rounded down, as the percentage is: a full bar means every requirement fully met.
    let filled = Int(Double(barWidth) * share)
    let (full, empty) = ascii ? ("#", ".") : ("▇", "▁")
    let bar: [(String, StyleRole)] = [
      (String(repeating: full, count: filled), .blue),
      (String(repeating: empty, count: barWidth - filled), .dim), (" ", .normal),
    ]
    return StyledLine(head + bar + counts)
  }

  /// The marks a requirement's row carries after the workflow's: to reassess, retired ("↻ ", or
  /// "[R] " in ASCII; "† " or "[X] ").
  static func marks(_ workflow: RowWorkflow, ascii: Bool) -> String {
    var marks: [(unicode: String, ascii: String)] = []
    if workflow.toReassess { marks.append(("↻", "R")) }
    if workflow.isRetired { marks.append(("†", "X")) }
    guard !marks.isEmpty else { return "" }
    return ascii ? "[" + marks.map(\.ascii).joined() + "] " : marks.map(\.unicode).joined() + " "
  }

  /// The detail pane's lines for a requirement: clause, must or should, how far it is met, on
  /// what evidence, by whom and when against which version, what asks for it to be made again,
  /// the version that retired it, and where its wording comes from.
  static func lines(for item: Item, in report: Report?, width: Int) -> [StyledLine] {
    guard let requirement = item.requirement else { return [] }
    var lines: [StyledLine] = []
    func wrap(_ text: String, _ style: StyleRole = .normal, indent: Int = 0) {
      lines += StyledLine.wrap(text, width: width, style: style, indent: indent)
    }
    var clause: [(String, StyleRole)] = [
      ("Clause \(requirement.clause)", .title), ("  ·  ", .dim),
      (requirement.obligation == .must ? "must" : "should", .normal),
    ]
    if let version = report?.standard?.version { clause.append(("  ·  \(version)", .dim)) }
    lines.append(StyledLine(clause))
    let compliance = item.compliance
    lines.append(
      StyledLine([
        ("Compliance: ", .dim), ("[\(compliance.letter)] \(compliance.words)", compliance.role),
        ("  (C sets it)", .dim),
      ]))
    if let assessment = item.assessment {
      for evidence in assessment.evidence { wrap("evidence: \(evidence.summary)", indent: 2) }
      if let provenance = assessment.provenance(day: \.shortDescription) { wrap(provenance, .dim, indent: 2) }
      if let reason = assessment.reassess { wrap("to reassess: \(reason)", .dueSoon, indent: 2) }
    }
    if let retired = requirement.retiredIn {
      wrap("retired in \(retired): kept with its history, no longer counted", .dim)
    }
    if let label = requirement.label { wrap("Our label: \(label)", .dim) }
    if item.text.isEmpty { wrap(Strings.wordingNotImported, .dim) }
    return lines
  }
}
