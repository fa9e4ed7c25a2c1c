import BragModel

/// The annual Fire Standards update a fire authority receives: per standard tracked, its
/// self-assessed rating and % implemented (always with the counts), the gaps — requirements not
/// fully met — with the actions answering them and their owners, and what a revision asks to be
/// reassessed; then the standards not yet tracked.
public struct StandardsUpdate: Sendable {
  public struct ActionLine: Sendable, Equatable {
    public var ref: String
    public var text: String
    public var owner: String?
    public var due: String
    public var rating: BRAG
    public var status: String?
    /// The report it is held in, when it is linked here from another.
    public var heldIn: String?
  }

  public struct Gap: Sendable, Equatable {
    public var ref: String
    public var obligation: Obligation
    public var text: String
    public var compliance: Compliance
    public var evidence: [String]
    public var reassess: String?
    public var actions: [ActionLine]
  }

  public struct Section: Sendable, Equatable {
    public var title: String
    public var reportID: String
    public var version: String?
    public var implementation: Implementation
    public var gaps: [Gap]
    /// Requirements not yet assessed: "Req 3 (an audit)" or the start of their wording.
    public var unassessed: [String]
    /// Requirements a revision removed, kept with their history and no longer counted.
    public var retired: Int
  }

  public var service: String?
  public var asAt: CalendarDate
  public var sections: [Section]
  public var total: Implementation
  /// Catalogue standards no report tracks, by title.
  public var untracked: [String]

  /// Builds the update from the fire-standard reports among `reports`; actions in any of
  /// `reports` that serve a requirement are listed under it.
  public static func build(
    reports: [Report], asAt: CalendarDate, catalogue: [FireStandard] = FireStandards.all
  )
    -> StandardsUpdate
  {
    let line = SafeText.singleLine
    let linked = linkedActions(in: reports)
    let standards = reports.filter { $0.kind == .fireStandard }
    var total = Implementation()
    let sections = standards.map { report -> Section in
      let implementation = Implementation(items: report.items)
      total.add(implementation)
      let live = report.items.filter(\.isLiveRequirement)
      let unassessed = live.filter { $0.compliance == .notAssessed && $0.actions.isEmpty }
        .map { item in
          line(item.label) + " ("
            + DisplayWidth.truncate(line(item.requirement?.label ?? item.shownText), to: 60) + ")"
        }
      // A gap: assessed short of fully met, due for reassessment, or with work planned already.
      let gaps = live.filter {
        ($0.compliance != .met && !($0.compliance == .notAssessed && $0.actions.isEmpty))
          || $0.assessment?.reassess != nil
      }
      .map { item -> Gap in
        let own = item.actions.enumerated().map { position, action in
          actionLine(action, ref: item.actionLabel(at: position), heldIn: nil)
        }
        return Gap(
          ref: line(item.label), obligation: item.requirement?.obligation ?? .must,
          text: line(item.shownText),
          compliance: item.compliance, evidence: item.assessment?.evidence.map { line($0.summary) } ?? [],
          reassess: item.assessment?.reassess.map(line),
          actions: own + (linked["\(report.id)/\(item.id)"] ?? []))
      }
      return Section(
        title: line(report.title), reportID: report.id, version: report.standard?.version.map(line),
        implementation: implementation, gaps: gaps, unassessed: unassessed,
        retired: report.items.filter { $0.kind == .requirement && !$0.isLiveRequirement }.count)
    }
    let trackedKeys = Set(standards.compactMap { $0.standard?.key })
    return StandardsUpdate(
      service: reports.compactMap(\.service).first.map(line), asAt: asAt, sections: sections, total: total,
      untracked: catalogue.filter { !trackedKeys.contains($0.key) }.map(\.title))
  }

  /// Every action of `reports` that answers further items, as the line each of those items
  /// lists it by, keyed by the served item's global id ("report/item").
  public static func linkedActions(in reports: [Report]) -> [String: [ActionLine]] {
    var linked: [String: [ActionLine]] = [:]
    for report in reports {
      for item in report.items {
        for (position, action) in item.actions.enumerated() {
          for target in action.serves {
            linked[target, default: []].append(
              actionLine(action, ref: item.actionLabel(at: position), heldIn: report.title))
          }
        }
      }
    }
    return linked
  }

  static func retiredSentence(_ count: Int) -> String {
    (count == 1
      ? "1 requirement removed by a revision is" : "\(count) requirements removed by a revision are")
      + " kept in the tracker and not counted."
  }

  static func actionLine(_ action: Action, ref: String, heldIn: String?) -> ActionLine {
    let line = SafeText.singleLine
    return ActionLine(
      ref: line(ref), text: line(action.text), owner: action.owner.map(line),
      due: action.due?.longDescription ?? action.timescale.written.map(line) ?? "no date",
      rating: action.brag,
      status: action.status.map(line), heldIn: heldIn.map(line))
  }

  /// "partly met (assessed by Jo Bloggs, 2 December 2026, against FSD-PRO02)", or "not assessed".
  public static func assessmentWords(_ item: Item) -> String {
    guard let assessment = item.assessment else { return Compliance.notAssessed.words }
    let provenance = assessment.provenance(day: \.longDescription).map { " (\(SafeText.singleLine($0)))" }
    return assessment.compliance.words + (provenance ?? "")
  }

  var title: String { "Fire Standards: annual update" + (service.map { ", \($0)" } ?? "") }

  public var markdown: String {
    let e = MarkdownText.escape
    var lines = ["# \(e(title))", "", "As at \(asAt.longDescription).", ""]
    lines.append(
      sections.isEmpty
        ? "No Fire Standard is tracked yet; `brag standards add CODE` starts one."
        : "Over the \(sections.count) standards tracked: \(total.sentence). "
          + "Fully met counts 1, partly met a half.")
    if !sections.isEmpty {
      lines += [
        "", "| Standard | Version | Self-assessment | Implemented | Counts |", "|---|---|---|---|---|",
      ]
      for section in sections {
        lines.append(
          "| \(e(section.title)) | \(e(section.version ?? "—")) | \(section.implementation.overall.words) | "
            + "\(section.implementation.percent.map { "\($0)%" } ?? "—") | \(section.implementation.counts) |"
        )
      }
    }
    for section in sections {
      lines += ["", "## \(e(section.title))", ""]
      lines.append(
        "\(e(section.version ?? "Version not known")) · self-assessed \(section.implementation.overall.words) · "
          + section.implementation.sentence + ".")
      if section.retired > 0 {
        lines += [
          "",
          Self.retiredSentence(section.retired),
        ]
      }
      if section.gaps.isEmpty && section.unassessed.isEmpty {
        lines += ["", "Every requirement is fully met."]
      }
      for gap in section.gaps {
        lines += [
          "", "### \(e(gap.ref)) (\(gap.obligation.rawValue)): \(gap.compliance.words)", "", e(gap.text),
        ]
        if let reassess = gap.reassess { lines += ["", "To reassess: \(e(reassess))."] }
        if !gap.evidence.isEmpty { lines += [""] + gap.evidence.map { "- Evidence: \(e($0))" } }
        lines += [""]
        lines += gap.actions.map { "- \(Self.actionWords($0, e))" }
        if gap.actions.isEmpty && gap.compliance != .met {
          lines.append("- No action is planned for this gap yet.")
        }
      }
      if !section.unassessed.isEmpty {
        lines +=
          ["", "### Not yet assessed (\(section.unassessed.count))", ""]
          + section.unassessed.map { "- \(e($0))" }
      }
    }
    if !untracked.isEmpty {
      lines += ["", "## Not yet tracked", ""] + untracked.map { "- \(e($0))" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func actionWords(_ action: ActionLine, _ e: (String) -> String) -> String {
    var words =
      "\(e(action.ref)): \(e(action.text)) — \(e(action.owner ?? "no owner")) — due \(e(action.due)) — "
    words += action.rating.displayName + (action.status.map { ", “\(e($0))”" } ?? "")
    if let heldIn = action.heldIn { words += " — held under \(e(heldIn))" }
    return words
  }

  public var html: String {
    let e = HTMLCellText.escape
    var out = HTMLPage.start(
      title: title,
      style:
        HTMLPage.readingStyle
        + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}"
        + ".bar{display:inline-block;height:.8rem;border:1px solid #333;width:8rem;vertical-align:middle;overflow:hidden}"
        + ".bar span{display:block;height:100%;background:#555}"
        + "@media print{h2{break-before:page}}")
    out += "<h1>\(e(title))</h1>\n<p>As at \(e(asAt.longDescription)).</p>\n"
    if sections.isEmpty {
      out += "<p>No Fire Standard is tracked yet.</p>\n"
    } else {
      out +=
        "<p>Over the \(sections.count) standards tracked: \(e(total.sentence)). Fully met counts 1, partly met a half.</p>\n"
      out +=
        "<table>\n<thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Version</th>"
        + "<th scope=\"col\">Self-assessment</th><th scope=\"col\">Implemented</th><th scope=\"col\">Counts</th></tr></thead>\n<tbody>\n"
      for section in sections {
        let percent = section.implementation.percent ?? 0
        out +=
          "<tr><td>\(e(section.title))</td><td>\(e(section.version ?? "—"))</td>"
          + "<td>\(e(section.implementation.overall.words))</td>"
          + "<td><span class=\"bar\" role=\"img\" aria-label=\"\(percent)% implemented\"><span style=\"width:\(percent)%\">&nbsp;</span></span> \(percent)%</td>"
          + "<td>\(e(section.implementation.counts))</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    for section in sections {
      out += "<section>\n<h2>\(e(section.title))</h2>\n"
      out +=
        "<p>\(e(section.version ?? "Version not known")) · self-assessed \(e(section.implementation.overall.words)) · \(e(section.implementation.sentence)).</p>\n"
      if section.retired > 0 {
        out +=
          "<p>\(Self.retiredSentence(section.retired))</p>\n"
      }
      if section.gaps.isEmpty && section.unassessed.isEmpty {
        out += "<p>Every requirement is fully met.</p>\n"
      }
      for gap in section.gaps {
        out +=
          "<h3>\(e(gap.ref)) (\(gap.obligation.rawValue)): \(e(gap.compliance.words))</h3>\n<p>\(e(gap.text))</p>\n"
        if let reassess = gap.reassess { out += "<p>To reassess: \(e(reassess)).</p>\n" }
        var items = gap.evidence.map { "Evidence: \(e($0))" }
        items += gap.actions.map { Self.actionWords($0, e) }
        if gap.actions.isEmpty && gap.compliance != .met {
          items.append("No action is planned for this gap yet.")
        }
        if !items.isEmpty { out += "<ul>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n" }
      }
      if !section.unassessed.isEmpty {
        out +=
          "<h3>Not yet assessed (\(section.unassessed.count))</h3>\n<ul>\n"
          + section.unassessed.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
      }
      out += "</section>\n"
    }
    if !untracked.isEmpty {
      out += "<h2>Not yet tracked</h2>\n<ul>\n" + untracked.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    }
    return out + HTMLPage.end
  }
}
