/// A table on a progress page, as a browser saves it: one row a line, cells between tabs, a
/// header row naming the columns ("Summary, Sub actions, Deadline date, Status, Overall %").
struct PageTable {
  enum Column {
    case item, deadline, status, response, other
  }

  var columns: [Column]

  /// The table a header row starts, or nil when the line is not one: it must name the item's
  /// column and at least one of deadline, status or progress.
  init?(header: String) {
    let cells = header.split(separator: "\t", omittingEmptySubsequences: false).map {
      PageImport.key(String($0))
    }
    guard cells.count >= 2 else { return nil }
    let columns = cells.map(Self.column)
    guard columns.filter({ $0 == .item }).count == 1,
      columns.contains(where: { $0 == .deadline || $0 == .status || $0 == .response })
    else { return nil }
    self.columns = columns
  }

  static func column(_ name: String) -> Column {
    switch name {
    case "summary", "recommendation", "recommendations", "area for improvement", "areas for improvement",
      "afi", "description", "finding", "item", "hmicfrs recommendation", "recommendation/afi":
      .item
    case "deadline", "deadline date", "due", "due date", "timescale", "target date", "completion date",
      "date due":
      .deadline
    case "status", "rag", "rag status", "rag rating", "brag", "progress status", "current status":
      .status
    case "update", "progress", "progress update", "response", "action", "actions", "comments", "action taken",
      "latest update":
      .response
    default: .other
    }
  }

  struct Row {
    var item = ""
    var deadline: String?
    var status: String?
    var response: String?
  }

  /// A row's cells by column, or nil when the line is not a row of this table.
  func row(_ line: String) -> Row? {
    let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard cells.count >= 2 else { return nil }
    var row = Row()
    for (column, cell) in zip(columns, cells) where !cell.isEmpty {
      switch column {
      case .item: row.item = cell
      case .deadline: row.deadline = cell
      case .status: row.status = cell
      case .response: row.response = cell
      case .other: break
      }
    }
    return row.item.isEmpty ? nil : row
  }
}
