import Foundation

/// Reading the status words a service writes. The words are kept exactly as written;
/// this only decides whether they mean the work is finished.
public enum Status {
  private static let completeWords: Set<String> = [
    "complete", "completed", "closed", "action complete", "done", "achieved", "met",
    "complete and closed", "completed and closed",
  ]

  /// True when the status words say the work is finished ("Complete", "Closed", "Action Complete").
  public static func meansComplete(_ status: String?) -> Bool {
    guard let status else { return false }
    let key = status.lowercased()
      .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters))
      .split(separator: " ").joined(separator: " ")
    return completeWords.contains(key)
  }
}
