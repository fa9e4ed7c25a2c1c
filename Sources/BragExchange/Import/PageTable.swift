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

  /// The plan importer's header names (``PlanField``) first, so both read a column alike; then
  /// the words only a page's table uses for the item and its progress.
  static func column(_ name: String) -> Column {
    switch PlanField(header: name) {
    case .text: return .item
    case .timescale: return .deadline
    case .status, .brag: return .status
    case .notes, .actions: return .response
    case .ref, .hmiPage, .requiredOutcomes, .owner: return .other
    case nil: break
    }
    switch name {
    case "summary", "description", "recommendations", "hmicfrs recommendation": return .item
    case "deadline date", "date due", "completion date": return .deadline
    case "update", "progress", "progress update", "action taken", "latest update": return .response
    default: return .other
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
