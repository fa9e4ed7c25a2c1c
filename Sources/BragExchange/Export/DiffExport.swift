import BragModel

/// What `brag diff` prints: what changed between two moments, per report then per item and
/// action, with the counts at each end. The changes are worded by ``HistoryWording``, so a
/// field added to the history later is worded here without a change to this file.
public enum DiffExport {
  /// The diff of each report (in the order given) and of all of them together.
  public struct Diff: Sendable {
    public var start: Moment
    public var end: Moment
    /// Whether `end` is the data as it stands (no `--until`).
    public var endIsNow: Bool
    public var reports: [ReportDiff]
    public var total: RatingShift

    public init(_ reports: [Report], from start: Moment, to end: Moment, endIsNow: Bool) {
      self.start = start
      self.end = end
      self.endIsNow = endIsNow
      self.reports = reports.map { ReportDiff.between($0, from: start, to: end) }
      total = RatingShift(
        from: RatingTrend.counts(reports, at: start), to: RatingTrend.counts(reports, at: end))
    }
  }

  /// Plain text for a person; the caller prints it through the sanitiser.
  public static func text(_ diff: Diff) -> String {
    let until = diff.endIsNow ? "now (as at \(diff.end.day))" : diff.end.canonical
    var lines = ["Changes from \(diff.start.canonical) to \(until)", ""]
    var unchanged = 0
    for report in diff.reports {
      guard !report.isEmpty else {
        unchanged += 1
        continue
      }
      lines.append(SafeText.singleLine("\(report.title) (\(report.reportID))"))
      lines.append("  counts  \(report.shift.summary())")
      let width = report.targets.map { DisplayWidth.of($0.label) }.max() ?? 0
      for target in report.targets {
        let label = target.label + String(repeating: " ", count: width - DisplayWidth.of(target.label))
        for entry in target.changes {
          let change = HistoryWording.plain.changeWithReason(entry, in: target.item)
          lines.append(SafeText.singleLine("  \(label)  \(change) · \(entry.author), \(entry.shortTime)"))
        }
      }
      if report.targets.isEmpty { lines.append("  no changes recorded (the counts moved with the dates)") }
      lines.append("")
    }
    if diff.reports.count > 1 || diff.reports.allSatisfy(\.isEmpty) {
      lines.append("All reports")
      lines.append("  counts  \(diff.total.summary())")
      if unchanged > 0 {
        lines.append(
          unchanged == diff.reports.count
            ? "  nothing changed" : "  \(unchanged) of \(diff.reports.count) reports unchanged")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// JSON with every text escaped (``JSONWriter``): the period, the counts at each end, and per
  /// report every change with its raw values and its words.
  public static func json(_ diff: Diff) -> [UInt8] {
    var out = JSONWriter()
    out.raw("{\n")
    out.key("since", indent: 2)
    out.string(diff.start.canonical)
    out.raw(",\n")
    out.key("until", indent: 2)
    if diff.endIsNow { out.raw("null") } else { out.string(diff.end.canonical) }
    out.raw(",\n")
    // The day deadlines are judged as at for the end's counts (today, or the --until day).
    out.key("asAt", indent: 2)
    out.string(diff.end.day.description)
    out.raw(",\n")
    out.key("total", indent: 2)
    shift(diff.total, indent: 2, into: &out)
    out.raw(",\n")
    out.key("reports", indent: 2)
    out.raw("[")
    for (index, report) in diff.reports.enumerated() {
      out.raw(index == 0 ? "\n" : ",\n")
      out.spaces(4)
      out.raw("{\n")
      out.key("id", indent: 6)
      out.string(report.reportID)
      out.raw(",\n")
      out.key("title", indent: 6)
      out.string(report.title)
      out.raw(",\n")
      out.key("counts", indent: 6)
      shift(report.shift, indent: 6, into: &out)
      out.raw(",\n")
      out.key("changes", indent: 6)
      out.raw("[")
      var first = true
      for target in report.targets {
        for entry in target.changes {
          out.raw(first ? "\n" : ",\n")
          first = false
          change(entry, of: target, into: &out)
        }
      }
      out.raw(first ? "]\n" : "\n      ]\n")
      out.spaces(4)
      out.raw("}")
    }
    out.raw(diff.reports.isEmpty ? "]\n" : "\n  ]\n")
    out.raw("}\n")
    return out.bytes
  }

  private static func change(_ entry: HistoryEntry, of target: ReportDiff.Target, into out: inout JSONWriter)
  {
    out.spaces(8)
    out.raw("{\"id\": ")
    out.string(target.id)
    out.raw(", \"label\": ")
    out.string(target.label)
    out.raw(", \"kind\": ")
    out.string(target.isAction ? "action" : "item")
    out.raw(", \"field\": ")
    out.string(entry.field.rawValue)
    out.raw(", \"before\": ")
    out.optionalString(entry.before)
    out.raw(", \"after\": ")
    out.optionalString(entry.after)
    out.raw(", \"reason\": ")
    out.optionalString(entry.reason)
    out.raw(", \"at\": ")
    out.string(entry.at)
    out.raw(", \"author\": ")
    out.string(entry.author)
    out.raw(", \"text\": ")
    out.string(HistoryWording.plain.change(entry, in: target.item))
    out.raw("}")
  }

  private static func shift(_ shift: RatingShift, indent: Int, into out: inout JSONWriter) {
    out.raw("{\"before\": ")
    counts(shift.before, into: &out)
    out.raw(",\n")
    out.spaces(indent + 2)
    out.raw("\"after\": ")
    counts(shift.after, into: &out)
    out.raw("}")
  }

  private static func counts(_ counts: RatingCounts, into out: inout JSONWriter) {
    out.raw("{\"items\": ")
    out.int(counts.items)
    for brag in RatingCounts.order {
      out.raw(", ")
      out.string(brag.rawValue)
      out.raw(": ")
      out.int(counts[brag])
    }
    out.raw(", \"open\": ")
    out.int(counts.open)
    out.raw(", \"complete\": ")
    out.int(counts.complete)
    out.raw(", \"overdue\": ")
    out.int(counts.overdue)
    out.raw("}")
  }
}
