import BragModel

/// Which items carry personal or sensitive information in the words that can reach HMICFRS,
/// worked out when a row is first drawn and remembered until its report file changes.
///
/// A class, so drawing (which does not change the board) can fill it as rows come into view:
/// checking every item up front would cost a second at 10,000 items.
final class SensitiveFlags: @unchecked Sendable {
  // Only touched from the board's single thread.
  let scanner: any SensitiveTextScanner
  private var known: [String: (FileIdentity, Bool)] = [:]

  init(scanner: any SensitiveTextScanner) {
    self.scanner = scanner
  }

  /// True when the item's words that can reach HMICFRS or the public (``RowField/reportable``:
  /// the model's one list of such fields) hold something to keep out.
  func isFlagged(_ row: IndexedRow, identity: FileIdentity) -> Bool {
    guard let id = row.string(.id) else { return false }
    if let (seen, flagged) = known[id], seen == identity { return flagged }
    let flagged = row.string(.reportable).map(scanner.flags) ?? false
    known[id] = (identity, flagged)
    return flagged
  }
}
