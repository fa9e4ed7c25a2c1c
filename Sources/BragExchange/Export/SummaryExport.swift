import BragModel

/// The formats of `brag summary`.
public enum SummaryExport {
  public static func json(_ summary: Summary, today: CalendarDate, dueSoonDays: Int) -> [UInt8] {
    var out = JSONWriter()
    out.raw("{\n")
    out.key("asAt", indent: 2)
    out.string(today.description)
    out.raw(",\n")
    out.key("dueSoonDays", indent: 2)
    out.int(dueSoonDays)
    out.raw(",\n")
    out.key("reports", indent: 2)
    out.raw("[")
    for (index, report) in summary.reports.enumerated() {
      out.raw(index == 0 ? "\n" : ",\n")
      out.raw("    {\n")
      out.key("id", indent: 6)
      out.string(report.id)
      out.raw(",\n")
      out.key("title", indent: 6)
      out.string(report.title)
      out.raw(",\n")
      out.key("service", indent: 6)
      out.optionalString(report.service)
      out.raw(",\n")
      if let framework = report.framework {
        out.key("framework", indent: 6)
        out.string(framework.rawValue)
        out.raw(",\n")
      }
      writeTally(report.tally, into: &out, indent: 6)
      out.raw("\n    }")
    }
    out.raw(summary.reports.isEmpty ? "],\n" : "\n  ],\n")
    out.key("total", indent: 2)
    out.raw("{\n")
    writeTally(summary.total, into: &out, indent: 4)
    out.raw("\n  }\n}\n")
    return out.bytes
  }

  private static func writeTally(_ tally: Tally, into out: inout JSONWriter, indent: Int) {
    out.key("total", indent: indent)
    out.int(tally.items)
    out.raw(",\n")
    out.key("brag", indent: indent)
    out.raw("{\"blue\": ")
    out.int(tally.blue)
    out.raw(", \"red\": ")
    out.int(tally.red)
    out.raw(", \"amber\": ")
    out.int(tally.amber)
    out.raw(", \"green\": ")
    out.int(tally.green)
    out.raw(", \"unrated\": ")
    out.int(tally.unrated)
    out.raw("},\n")
    out.key("actions", indent: indent)
    out.int(tally.actions)
    out.raw(",\n")
    out.key("overdue", indent: indent)
    out.int(tally.overdue)
    out.raw(",\n")
    out.key("dueSoon", indent: indent)
    out.int(tally.dueSoon)
    out.raw(",\n")
    out.key("held", indent: indent)
    out.int(tally.held)
    out.raw(",\n")
    out.key("closureAwaiting", indent: indent)
    out.int(tally.closureAwaiting)
    out.raw(",\n")
    out.key("extensionsRequested", indent: indent)
    out.int(tally.extensionsRequested)
    out.raw(",\n")
    out.key("implemented", indent: indent)
    writeImplementation(tally.implementation, into: &out)
  }

  /// A Fire Standard's "% implemented" with the counts it rests on; null where no requirement counts.
  static func writeImplementation(_ counts: Implementation, into out: inout JSONWriter) {
    guard let percent = counts.percent else { return out.raw("null") }
    out.raw("{\"percent\": ")
    out.int(percent)
    let fields: [(StaticString, Int)] = [
      (", \"requirements\": ", counts.requirements), (", \"met\": ", counts.met),
      (", \"partly\": ", counts.partly), (", \"notMet\": ", counts.notMet),
      (", \"notAssessed\": ", counts.notAssessed), (", \"toReassess\": ", counts.toReassess),
    ]
    for (key, value) in fields {
      out.raw(key)
      out.int(value)
    }
    out.raw(", \"overall\": ")
    out.string(counts.overall.rawValue)
    out.raw("}")
  }

  /// A table for an 80-column terminal; number columns widen when the counts need it.
  public static func table(_ summary: Summary, today: CalendarDate, dueSoonDays: Int) -> String {
    // The "Impl" column appears only where a Fire Standard is tracked.
    let standards = !summary.total.implementation.isEmpty
    var headings = ["Items", "B", "R", "A", "G", "-", "Actions", "Late", "Soon", "Held"]
    if standards { headings.append("Impl") }
    func values(_ t: Tally) -> [String] {
      let counts = [
        t.items, t.blue, t.red, t.amber, t.green, t.unrated, t.actions, t.overdue, t.dueSoon, t.held,
      ]
      return counts.map(String.init) + (standards ? [t.implementation.percent.map { "\($0)%" } ?? ""] : [])
    }
    // The total is the largest value in each column.
    let widths = zip(headings, values(summary.total)).map {
      max($0.count, $1.count, 4 * ($0 == "Impl" ? 1 : 0))
    }
    func row(_ label: String, _ cells: [String]) -> String {
      var line = DisplayWidth.pad(label, to: 28)
      for (cell, width) in zip(cells, widths) {
        line += " " + String(repeating: " ", count: max(0, width - cell.count)) + cell
      }
      return line
    }
    let header = row("Report", headings)
    let rule = String(repeating: "-", count: DisplayWidth.of(header))
    var lines = ["As at \(today.longDescription); due soon = within \(dueSoonDays) days", "", header, rule]
    for report in summary.reports {
      lines.append(row(SafeText.singleLine(report.id), values(report.tally)))
      let detail = [report.title, report.service].compactMap { $0 }.map(SafeText.singleLine)
        .joined(separator: " · ")
      lines.append("  " + DisplayWidth.truncate(detail, to: 78))
    }
    lines.append(rule)
    lines.append(row("Total (\(summary.reports.count) reports)", values(summary.total)))
    lines.append("")
    lines.append(
      "B R A G - = Blue (complete), Red, Amber, Green, not rated; Late = overdue items and actions;")
    lines.append("Held = on hold, waiting on someone outside the service (never counted as late).")
    if standards {
      lines.append(
        "Impl = Fire Standards implemented, fully met 1, partly ½: "
          + summary.total.implementation.counts + ".")
    }
    if summary.total.closureAwaiting > 0 || summary.total.extensionsRequested > 0 {
      lines.append(
        "For the board: \(summary.total.closureAwaiting) closures to decide, "
          + "\(summary.total.extensionsRequested) extension requests.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
