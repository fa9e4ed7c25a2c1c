import BragModel

/// The owners' update requests (`brag export requests`): per owner, each open item and action
/// they hold with what they need to see to reply (id, ref, a short text, due date and the
/// original one, rating, status, hold, last update) and room for the reply: the update, and the
/// fields for proposing closure (evidence) or asking for more time (a new date and why).
///
/// Markdown for emailing or printing; CSV (through ``SpreadsheetTable``, the one writer, so no
/// cell starts a formula) for a spreadsheet that comes back. ``UpdateReplyImport`` reads both.
public enum UpdateRequestExport {
  public enum Format: String, CaseIterable, Sendable {
    case md, csv
  }

  /// One owner's part of a round.
  public struct OwnerRequest: Sendable {
    public var owner: String
    public var lines: [UpdateRequestLine]

    public init(owner: String, lines: [UpdateRequestLine]) {
      self.owner = owner
      self.lines = lines
    }
  }

  /// The CSV's columns, in order. The reply columns come last; ``UpdateReplyImport`` reads
  /// them (and ID, Owner) by name, so a spreadsheet may reorder or add columns.
  public static let csvHeader = [
    "Owner", "ID", "Ref", "Kind", "Text", "Due", "Original due", "Rating", "Status", "Held",
    "Last update period", "Last update date", "Last update", "Reply by", "Your update", "Reply date",
    "Closure evidence", "Extension date", "Extension reason",
  ]

  /// Labels of the reply fields in the Markdown form, as ``UpdateReplyImport`` finds them.
  public enum Label {
    public static let update = "Your update:"
    public static let replyDate = "Reply date (YYYY-MM-DD, if not the day it is imported):"
    public static let evidence = "Propose closure, with evidence (items only):"
    public static let extensionDate = "Extension, new date (YYYY-MM-DD):"
    public static let extensionReason = "Extension, reason:"
  }

  /// The first line of the Markdown form, which marks it as one for the importer.
  public static let markdownMarker = "<!-- brag update request -->"

  /// At most this many characters of an item's or action's text.
  public static let textLength = 160
  /// At most this many characters of the last update.
  public static let updateExcerptLength = 200

  public static func render(
    _ requests: [OwnerRequest], replyBy: CalendarDate, period: String, today: CalendarDate, format: Format
  ) -> String {
    switch format {
    case .csv: csv(requests, replyBy: replyBy)
    case .md: markdown(requests, replyBy: replyBy, period: period, today: today)
    }
  }

  /// One row per item or action, owners in turn, header first; control characters escaped.
  public static func rows(_ requests: [OwnerRequest], replyBy: CalendarDate) -> [[String]] {
    var rows = [csvHeader]
    for request in requests {
      for line in request.lines {
        rows.append([
          request.owner, line.id.description, line.ref, kindName(line.kind), short(line.text, textLength),
          line.due?.description ?? "", line.originalDue?.description ?? "", line.brag.displayName,
          line.status ?? "", line.hold ?? "", line.lastUpdate?.period ?? "",
          line.lastUpdate?.date?.description ?? "",
          line.lastUpdateText.map { short($0, updateExcerptLength) } ?? "",
          replyBy.description, "", "", "", "", "",
        ])
      }
    }
    return rows  // the one CSV/TSV writer escapes control characters
  }

  /// ``rows(_:replyBy:)`` as CSV: UTF-8 with a byte order mark and CRLF, for Excel.
  public static func csv(_ requests: [OwnerRequest], replyBy: CalendarDate) -> String {
    SpreadsheetTable.render(
      rows(requests, replyBy: replyBy), format: .csv, newline: "\r\n", byteOrderMark: true)
  }

  /// A form per owner: a heading, the reply-by date and how to reply, then a block per item or
  /// action with its facts as a list and the reply fields, each a label with a quoted line to
  /// write on.
  public static func markdown(
    _ requests: [OwnerRequest], replyBy: CalendarDate, period: String, today: CalendarDate
  ) -> String {
    var out = markdownMarker + "\n\n"
    out += "# Update requests: \(period)\n\n"
    out += "Sent \(today.longDescription). Please reply by **\(replyBy.longDescription)**.\n\n"
    out += "Write your update under \"Your update\" for each item and action below, on the lines "
    out += "starting with `>`. To propose closing an item, say what shows the work is done; to ask for "
    out += "more time, give the new date and the reason. Leave a field empty to say nothing. Keep the "
    out += "headings as they are: they tell the tracker which item each reply is for.\n"
    for request in requests {
      out += "\n## \(inline(request.owner))\n\n"
      out += "\(counted(request.lines)) to update.\n\n"
      out += Label.replyDate + "\n>\n"
      for line in request.lines {
        out += "\n### \(line.id) — \(inline(line.ref))\(line.isAction ? " (action)" : "")\n\n"
        out += "- Text: \(inline(short(line.text, textLength)))\n"
        out += "- Due: \(dueWords(line, today: today))\n"
        out += "- Rating: \(line.brag.displayName); status: \(line.status.map(inline) ?? "none")\n"
        if let hold = line.hold { out += "- Held: \(inline(hold))\n" }
        if let closure = line.closure { out += "- Closure: \(closure.words)\n" }
        if let asked = line.extensionRequested {
          out += "- Extension to \(asked.longDescription) already asked for\n"
        }
        if let update = line.lastUpdate {
          let date = update.date.map { ", \($0.longDescription)" } ?? ""
          let whose = line.lastUpdateIsItems ? " on \(inline(line.itemRef))" : ""
          let text = inline(short(line.lastUpdateText ?? "", updateExcerptLength))
          out += "- Last update\(whose) (\(inline(update.period))\(date)): \(text)\n"
        } else {
          out += "- Last update: none\n"
        }
        out += "\n" + Label.update + "\n>\n"
        if !line.isAction { out += "\n" + Label.evidence + "\n>\n" }
        out += "\n" + Label.extensionDate + "\n>\n"
        out += "\n" + Label.extensionReason + "\n>\n"
      }
    }
    return out
  }

  /// The due date in the model's words (with the original and extensions when it moved), and
  /// whether it is overdue by the model's rule.
  static func dueWords(_ line: UpdateRequestLine, today: CalendarDate) -> String {
    guard let due = line.due else { return "no date" }
    return (line.movedDeadline ?? due.longDescription) + (line.isOverdue ? ", overdue" : "")
  }

  static func kindName(_ kind: RowKind) -> String {
    switch kind {
    case .recommendation: "recommendation"
    case .areaForImprovement: "area for improvement"
    case .causeOfConcern: "cause of concern"
    case .requirement: "requirement"
    case .action: "action"
    }
  }

  /// One line, safe, at most `length` characters (then "…").
  static func short(_ text: String, _ length: Int) -> String {
    let line = SafeText.singleLine(text).trimmingCharacters(in: .whitespaces)
    guard line.count > length else { return line }
    return String(line.prefix(length - 1)).trimmingCharacters(in: .whitespaces) + "…"
  }

  /// Data for a Markdown line: one line, no control characters, escaped by the one Markdown
  /// escaper (``MarkdownText``) so that no text, owner or update can start a heading, list,
  /// quote or table, or make emphasis, code, links or HTML. ``UpdateReplyImport`` undoes it
  /// where it reads data back (the owner's heading).
  static func inline(_ text: String) -> String {
    MarkdownText.escape(SafeText.singleLine(text).trimmingCharacters(in: .whitespaces))
  }

  /// "1 item", "21 actions", "2 items and 21 actions".
  public static func counted(_ lines: [UpdateRequestLine]) -> String {
    let actions = lines.count(where: \.isAction)
    let items = lines.count - actions
    let counts = [
      items == 0 ? nil : count(items, "item", "items"),
      actions == 0 ? nil : count(actions, "action", "actions"),
    ].compactMap { $0 }
    return counts.isEmpty ? "nothing" : counts.joined(separator: " and ")
  }

  static func count(_ n: Int, _ one: String, _ many: String) -> String {
    n == 1 ? "1 \(one)" : "\(n) \(many)"
  }
}
