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
  /// The ASCII members of `trimmed`, from the set itself.
  private static let asciiTrimmed: [Bool] = (0..<128).map { trimmed.contains(Unicode.Scalar(UInt8($0))) }
  private static let completeInitials = Set(completeWords.compactMap(\.utf8.first))

  /// True when the status words say the work is finished ("Complete", "Closed", "Action Complete").
  public static func meansComplete(_ status: String?) -> Bool {
    guard let status else { return false }
    // Every listed phrase begins with "a", "c", "d" or "m": when the first byte past the
    // trimmed ASCII is ASCII and none of them, no phrase is there ("On track", "Green").
    if let first = status.utf8.first(where: { $0 >= 0x80 || !asciiTrimmed[Int($0)] }), first < 0x80,
      !completeInitials.contains(first | 0x20)
    {
      return false
    }
    let key = status.lowercased().trimmingCharacters(in: trimmed)
      .split(separator: " ").joined(separator: " ")
    return completeWords.contains(key)
  }
}
