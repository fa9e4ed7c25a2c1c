import Foundation

/// Reading the status words a service writes. The words are kept exactly as written;
/// this only decides whether they mean the work is finished.
public enum Status {
  private static let completeWords: Set<String> = [
    "complete", "completed", "closed", "action complete", "done", "achieved", "met",
    "complete and closed", "completed and closed",
  ]

  /// Made once: the union was built on every call, a third of validating a large import.
  private static let trimmed = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

  /// True when the status words say the work is finished ("Complete", "Closed", "Action Complete").
  public static func meansComplete(_ status: String?) -> Bool {
    guard let status else { return false }
    let key = status.lowercased().trimmingCharacters(in: trimmed)
      .split(separator: " ").joined(separator: " ")
    return completeWords.contains(key)
  }
}
