import BragModel
import Foundation

/// Minutes of a board meeting (or any period): every change recorded since a time, grouped by
/// report and item, then what is still overdue. Markdown, for pasting into the papers.
public enum MinutesExport {
  public struct Options: Sendable {
    /// History entries at or after this ISO 8601 timestamp count ("2026-11-27T10:00:00Z").
    public var since: String
    public var today: CalendarDate
    public var attendees: String?
    public var title: String

    public init(
      since: String, today: CalendarDate, attendees: String? = nil,
      title: String = "Fire Standards Implementation Board"
    ) {
      self.since = since
      self.today = today
      self.attendees = attendees
      self.title = title
    }
  }

  /// Parses `--since`: a date (midnight UTC) or a full ISO 8601 timestamp; nil when neither.
  public static func normaliseSince(_ text: String) -> String? {
    if let date = CalendarDate(text) { return "\(date)T00:00:00Z" }
    guard let parsed = try? Date(text, strategy: .iso8601) else { return nil }
    return Timestamp.string(from: parsed)
  }

  public static func markdown(_ reports: [Report], options: Options) -> String {
    var lines: [String] = []
    lines.append("# \(options.title): minutes")
    lines.append("")
    lines.append("- Date: \(options.today.longDescription)")
    if let attendees = options.attendees, !attendees.isEmpty {
      lines.append("- Attendees: \(escape(attendees))")
    }
    lines.append("- Changes recorded since: \(options.since)")
    lines.append("")
    lines.append("## Changes and decisions")
    var any = false
    for report in reports {
      var reportLines: [String] = []
      for item in report.items {
        var entries = item.history.filter { $0.at >= options.since }.map { ("", $0) }
        for (index, action) in item.actions.enumerated() {
          entries += action.history.filter { $0.at >= options.since }.map {
            (item.actionLabel(at: index), $0)
          }
        }
        guard !entries.isEmpty else { continue }
        entries.sort { $0.1.at < $1.1.at }
        reportLines.append("")
        reportLines.append("### \(escape(item.label)) — \(escape(firstSentence(item.text)))")
        reportLines.append("")
        for (label, entry) in entries { reportLines.append("- \(describe(entry, label: label, in: item))") }
      }
      guard !reportLines.isEmpty else { continue }
      any = true
      lines.append("")
      lines.append("## \(escape(report.title))")
      lines += reportLines
    }
    if !any {
      lines.append("")
      lines.append("No changes were recorded in this period.")
    }
    lines.append("")
    lines.append("## Still overdue at the close (as at \(options.today.longDescription))")
    lines.append("")
    let overdue = stillOverdue(reports, on: options.today)
    lines += overdue.isEmpty ? ["Nothing is overdue."] : overdue.map { "- \(escape($0))" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What is overdue as at `today`, item and action alike, a line each in plain words:
  /// "Report: Rec 3 — first sentence (due 1 May 2025, 575 days overdue — owner)".
  static func stillOverdue(_ reports: [Report], on today: CalendarDate) -> [String] {
    reports.flatMap { report in
      report.rows.compactMap { row -> String? in
        guard let days = row.daysOverdue(on: today), let due = row.due else { return nil }
        let owner = row.owner.map { " — \($0)" } ?? ""
        return "\(report.title): \(row.ref) — \(firstSentence(row.text)) "
          + "(due \(due.longDescription), \(days) days overdue\(owner))"
      }
    }
  }

  /// One history entry in words: "BRAG Green → Red (slipping) — Chair, 2026-11-27 10:05",
  /// prefixed with the action's label for an action's change.
  static func describe(_ entry: HistoryEntry, label: String, in item: Item) -> String {
    let who = "\(escape(entry.author)), \(entry.shortTime)"
    let text = wording.changeWithReason(entry, in: item)
    return "\(label.isEmpty ? "" : "\(label): ")\(text) — \(who)"
  }

  /// History in the minutes' words: Markdown escaped, decisions in bold, updates to a sentence.
  static let wording = HistoryWording(
    quote: { escape($0) }, emphasis: { "**\($0)**" }, excerpt: { firstSentence($0) })

  /// The text up to the end of its first sentence: a full stop followed by a space and a capital
  /// (so "e.g." and "Rec. 4" do not end it), or the end; at most 160 columns.
  static func firstSentence(_ text: String) -> String {
    let characters = Array(SafeText.singleLine(text))
    var end = characters.count
    var index = 0
    while index + 2 < characters.count {
      if characters[index] == ".", characters[index + 1] == " ", characters[index + 2].isUppercase {
        end = index + 1
        break
      }
      index += 1
    }
    return DisplayWidth.truncate(String(characters[..<end]), to: 160)
  }

  /// Keeps text from being read as Markdown structure or HTML.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in SafeText.singleLine(text) {
      switch character {
      case "*", "_", "`", "[", "]", "<", ">", "#", "|", "\\":
        out.append("\\")
        out.append(character)
      default: out.append(character)
      }
    }
    return out
  }
}
