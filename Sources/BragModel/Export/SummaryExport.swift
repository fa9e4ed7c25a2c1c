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
  }

  /// A table for an 80-column terminal.
  public static func table(_ summary: Summary, today: CalendarDate, dueSoonDays: Int) -> String {
    var lines = ["As at \(today.longDescription); due soon = within \(dueSoonDays) days", ""]
    let header = "Report                              Items   B   R   A   G   -  Actions  Late  Soon"
    lines.append(header)
    lines.append(String(repeating: "-", count: DisplayWidth.of(header)))
    func numbers(_ t: Tally) -> String {
      func col(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, w - s.count)) + s
      }
      return col(t.items, 5) + col(t.blue, 4) + col(t.red, 4) + col(t.amber, 4) + col(t.green, 4)
        + col(t.unrated, 4) + col(t.actions, 9) + col(t.overdue, 6) + col(t.dueSoon, 6)
    }
    for report in summary.reports {
      lines.append(DisplayWidth.pad(SafeText.singleLine(report.id), to: 34) + numbers(report.tally))
      let detail = [report.title, report.service].compactMap { $0 }.map(SafeText.singleLine)
        .joined(separator: " · ")
      lines.append("  " + DisplayWidth.truncate(detail, to: 78))
    }
    lines.append(String(repeating: "-", count: DisplayWidth.of(header)))
    lines.append(
      DisplayWidth.pad("Total (\(summary.reports.count) reports)", to: 34) + numbers(summary.total))
    lines.append("")
    lines.append(
      "B R A G - = Blue (complete), Red, Amber, Green, not rated; Late = overdue items and actions.")
    return lines.joined(separator: "\n") + "\n"
  }
}
