import BragModel
import Foundation

/// The row formats of `brag list`: JSON for scripts, CSV for spreadsheets, an 80-column table for people.
public enum RowExport {
  /// A JSON array of row objects with the documented fields, in a fixed key order.
  public static func json(_ rows: [some ExportableRow], today: CalendarDate) -> [UInt8] {
    var all: [UInt8] = []
    json(rows, today: today) { all.append(contentsOf: $0) }
    return all
  }

  /// Streams indexed rows as a JSON array (specialised here, where the types are known).
  public static func json(_ rows: [IndexedRow], today: CalendarDate, sink: ([UInt8]) -> Void) {
    json(rows[...], today: today, sink: sink)
  }

  /// `brag list`'s rows, each with `shownUnder`: the item an action held elsewhere is placed
  /// under (``LinkedRows``), or null for a row in its own place.
  public static func json(
    placed rows: [(row: IndexedRow, under: String?)], today: CalendarDate, sink: ([UInt8]) -> Void
  ) {
    stream(rows, sink: sink) { placed, out in
      writeObject(placed.row, today: today, into: &out, indent: 2, shownUnder: .some(placed.under))
    }
  }

  /// Streams the JSON array to `sink` in chunks, so memory stays flat however many rows there are.
  public static func json(
    _ rows: some Sequence<some ExportableRow>, today: CalendarDate, sink: ([UInt8]) -> Void
  ) {
    stream(rows, sink: sink) { row, out in writeObject(row, today: today, into: &out, indent: 2) }
  }

  /// A JSON array of `elements`, each written by `write`, flushed to `sink` in 64 KiB chunks.
  private static func stream<S: Sequence>(
    _ elements: S, sink: ([UInt8]) -> Void, write: (S.Element, inout JSONWriter) -> Void
  ) {
    var out = JSONWriter(capacity: 1 << 16)
    out.raw("[")
    var first = true
    for element in elements {
      out.raw(first ? "\n" : ",\n")
      first = false
      write(element, &out)
      if out.bytes.count >= 1 << 16 { out.flush(to: sink) }
    }
    out.raw(first ? "]\n" : "\n]\n")
    out.flush(to: sink)
  }

  /// One row as a JSON object (without a trailing newline), indented by `indent` spaces.
  public static func writeObject(
    _ row: some ExportableRow, today: CalendarDate, into out: inout JSONWriter, indent: Int,
    shownUnder: String?? = .none
  ) {
    let inner = indent + 2
    func text(_ key: StaticString, _ field: RowField) {
      out.key(key, indent: inner)
      row.withUTF8(field) { out.optionalString(utf8: $0) }
      out.raw(",\n")
    }
    out.spaces(indent)
    out.raw("{\n")
    text("id", .id)
    out.key("report", indent: inner)
    out.string(row.report)
    out.raw(",\n")
    out.key("kind", indent: inner)
    out.string(row.kind.rawValue)
    out.raw(",\n")
    text("parent", .parent)
    text("ref", .ref)
    out.key("number", indent: inner)
    out.optionalInt(row.number)
    out.raw(",\n")
    text("text", .text)
    text("status", .status)
    out.key("brag", indent: inner)
    out.string(row.brag.rawValue)
    out.raw(",\n")
    out.key("due", indent: inner)
    out.optionalDate(row.due)
    out.raw(",\n")
    text("timescale", .timescale)
    out.key("precision", indent: inner)
    out.string(row.precision.rawValue)
    out.raw(",\n")
    out.key("overdue", indent: inner)
    out.bool(row.isOverdue(on: today))
    out.raw(",\n")
    out.key("daysOverdue", indent: inner)
    out.optionalInt(row.daysOverdue(on: today))
    out.raw(",\n")
    out.key("owner", indent: inner)
    row.withUTF8(.owner) { out.optionalString(utf8: $0) }
    out.raw(",\n")
    let work = row.workflow
    out.key("held", indent: inner)
    out.bool(row.isWaiting)
    out.raw(",\n")
    text("hold", .hold)
    out.key("closure", indent: inner)
    out.optionalString(work.closure?.rawValue)
    out.raw(",\n")
    out.key("monitorUntil", indent: inner)
    out.optionalDate(work.monitorUntil)
    out.raw(",\n")
    out.key("originalDue", indent: inner)
    out.optionalDate(work.originalDue)
    out.raw(",\n")
    out.key("extensions", indent: inner)
    out.int(work.extensionsGranted)
    out.raw(",\n")
    out.key("extensionRequested", indent: inner)
    out.optionalDate(work.extensionRequested)
    out.raw(",\n")
    out.key("compliance", indent: inner)
    out.optionalString(work.compliance?.rawValue)
    out.raw(",\n")
    out.key("toReassess", indent: inner)
    out.bool(work.toReassess)
    out.raw(",\n")
    out.key("retired", indent: inner)
    out.bool(work.isRetired)
    out.raw(",\n")
    out.key("serves", indent: inner)
    out.raw("[")
    row.withUTF8(.serves) { bytes in
      guard let bytes else { return }
      for (index, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
        if index > 0 { out.raw(", ") }
        out.string(String(decoding: UnsafeRawBufferPointer(rebasing: line), as: UTF8.self))
      }
    }
    out.raw("]")
    if case .some(let under) = shownUnder {
      out.raw(",\n")
      out.key("shownUnder", indent: inner)
      out.optionalString(under)
    }
    out.raw("\n")
    out.spaces(indent)
    out.raw("}")
  }

  public static let csvHeader = [
    "id", "report", "kind", "parent", "ref", "number", "text", "status", "brag", "due",
    "timescale", "overdue", "days_overdue", "owner", "held", "hold", "closure", "original_due", "extensions",
    "extension_requested", "compliance", "retired", "serves", "shown_under",
  ]

  /// CSV with a header row, RFC 4180 quoting, and cells that a spreadsheet would run as a
  /// formula neutralised.
  /// `under` gives, row by row, the item a linked action is shown under (``LinkedRows``).
  public static func csv(_ rows: [Row], today: CalendarDate, under: [String?] = []) throws -> String {
    var table = [csvHeader]
    for (index, row) in rows.enumerated() {
      let cells: [String] = [
        row.id, row.report, row.kind.rawValue, row.parent ?? "", row.ref,
        row.number.map(String.init) ?? "", row.text, row.status ?? "", row.brag.rawValue,
        row.due?.description ?? "", row.timescale ?? "", row.isOverdue(on: today) ? "true" : "false",
        row.daysOverdue(on: today).map(String.init) ?? "", row.owner ?? "", row.isWaiting ? "true" : "false",
        row.hold ?? "", row.workflow.closure?.rawValue ?? "", row.workflow.originalDue?.description ?? "",
        String(row.workflow.extensionsGranted), row.workflow.extensionRequested?.description ?? "",
        row.workflow.compliance?.rawValue ?? "", row.workflow.isRetired ? "true" : "false",
        row.serves?.split(separator: "\n").joined(separator: " ") ?? "",
        under.indices.contains(index) ? under[index] ?? "" : "",
      ]
      table.append(cells)
    }
    return SpreadsheetTable.render(table, format: .csv)
  }

  /// A table for an 80-column terminal, grouped under each report's id.
  ///
  /// `Ref  B  Due         Late  Status      Text`, with the BRAG letter always shown and
  /// "+45d" for days overdue (or "held", "close?", "ext?": ``RowStanding``), so nothing depends
  /// on colour.
  /// A linked action as the table shows it under an item of another report: in that report's
  /// group, its reference marked "+" and naming its home report.
  public static func shownUnder(_ row: Row, item: String?) -> Row {
    guard let item, let report = item.split(separator: "/").first else { return row }
    var shown = row
    shown.ref = "+" + row.ref
    shown.text = "(\(row.report)) " + row.text
    shown.report = String(report)
    return shown
  }

  public static func table(
    _ rows: [Row], reports: [(id: String, title: String)], today: CalendarDate, width: Int = 80
  ) -> String {
    var lines: [String] = []
    // Wide enough for the longest reference shown ("+AFI 2.10" under a standard), within reason.
    let longestRef = rows.lazy.map { DisplayWidth.of($0.ref) + ($0.kind == .action ? 2 : 0) }.max() ?? 0
    let refWidth = min(14, max(9, longestRef))
    let statusWidth = 12
    let fixed = 2 + refWidth + 1 + 1 + 1 + 10 + 1 + 6 + 1 + statusWidth + 1
    let textWidth = max(10, width - fixed)
    var currentReport: String?
    let titles = Dictionary(reports.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for row in rows {
      if row.report != currentReport {
        if currentReport != nil { lines.append("") }
        currentReport = row.report
        let heading = "\(row.report)  \(SafeText.singleLine(titles[row.report] ?? ""))"
        lines.append(DisplayWidth.truncate(heading, to: width))
      }
      let indent = row.kind == .action ? "    " : "  "
      let ref = DisplayWidth.pad(indent.dropFirst(2) + SafeText.singleLine(row.ref), to: refWidth)
      let due = row.due.map { $0.description } ?? row.precision.dueWord
      let late = RowStanding(row, on: today).word
      // A requirement without status words shows how far it is met instead.
      let statusWords = row.status ?? row.workflow.compliance.map(\.words) ?? ""
      let status = DisplayWidth.pad(SafeText.singleLine(statusWords), to: statusWidth)
      let text = DisplayWidth.truncate(SafeText.singleLine(row.text), to: textWidth)
      lines.append(
        "  \(ref) \(row.brag.letter) \(DisplayWidth.pad(due, to: 10)) \(DisplayWidth.pad(late, to: 6)) \(status) \(text)"
      )
      // A revised or extended date keeps the original in view, under the date column, worded by
      // the model's rule ("originally 1 May 2025; 1 extension granted").
      if let note = row.workflow.originalDueNote(due: row.due) {
        lines.append(
          DisplayWidth.truncate(String(repeating: " ", count: 4 + refWidth) + "(\(note))", to: width))
      }
    }
    if rows.isEmpty { lines.append("No items match.") }
    return lines.joined(separator: "\n") + "\n"
  }
}
