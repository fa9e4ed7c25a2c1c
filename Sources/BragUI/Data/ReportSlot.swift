import BragModel

/// One report as the board holds it: rows for lists and counts, the full report once needed.
public struct ReportSlot: Sendable {
  public var id: String
  public var title: String
  public var service: String?
  /// HMICFRS, Fire Standards or Other: the group the reports pane shows it under.
  public var framework: Framework
  public var path: String
  public var identity: FileIdentity
  /// Items and their actions, in document order (each item's actions follow it).
  public var rows: [IndexedRow]
  /// Positions in `rows` of the items (recommendations and areas for improvement).
  public var itemRows: [Int]
  /// The decoded report, once the detail pane or an edit needed it.
  public var report: Report?

  init(_ entry: IndexedReport, folder: DataFolder) {
    self.init(entry, path: folder.filePath(for: entry.id))
  }

  init(_ entry: IndexedReport, path: String) {
    id = entry.id
    title = entry.title
    service = entry.service
    framework = entry.kind.framework
    self.path = path
    identity = entry.identity
    rows = entry.rows
    itemRows = entry.rows.indices.filter { entry.rows[$0].kind != .action }
    report = nil
  }

  /// The rows of the actions under the item at `rows[itemRow]`.
  public func actionRows(of itemRow: Int) -> Range<Int> {
    var end = itemRow + 1
    while end < rows.count && rows[end].kind == .action { end += 1 }
    return (itemRow + 1)..<end
  }
}
