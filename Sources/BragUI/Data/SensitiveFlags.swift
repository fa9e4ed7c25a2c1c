import BragModel

/// Which items carry personal or sensitive information in the words that can reach HMICFRS,
/// worked out when a row is first drawn and remembered until its report file changes.
///
/// A class, so drawing (which does not change the board) can fill it as rows come into view:
/// checking every item up front would cost a second at 10,000 items.
final class SensitiveFlags: @unchecked Sendable {
  // Only touched from the board's single thread.
  let scanner: SensitiveInformation
  private var known: [String: (FileIdentity, Bool)] = [:]

  init(folder: DataFolder) {
    scanner = SensitiveInformation(watchList: (try? WatchList.load(from: folder)) ?? .empty)
  }

  /// True when the item row's response, narrative or updates hold something to keep out.
  func isFlagged(_ row: IndexedRow, identity: FileIdentity) -> Bool {
    guard let id = row.string(.id) else { return false }
    if let (seen, flagged) = known[id], seen == identity { return flagged }
    let flagged = row.string(.more).map(scanner.flags) ?? false
    known[id] = (identity, flagged)
    return flagged
  }
}
