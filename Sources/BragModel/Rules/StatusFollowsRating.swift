import Foundation

/// Status words and the rating never contradict each other, on the board, on the public page or
/// in a return.
///
/// The rule: a service's own words ("Consultation with the unions under way") are kept whatever
/// the rating, since they say what is happening, not how it is going. Words that are themselves a
/// verdict ("Complete", "On track", "At risk", "Off track", "Delayed") follow the rating: when the
/// board rates an item, such words that disagree become the rating's word, and anything shown to
/// the public or HMICFRS shows the rating's word instead of a disagreeing verdict. The board's
/// rating prompt says which status will be saved.
public enum StatusFollowsRating {
  /// The status word that goes with a rating; nil for "not rated", which has no verdict.
  public static func word(for brag: BRAG) -> String? {
    switch brag {
    case .blue: "Complete"
    case .green: "On track"
    case .amber: "At risk"
    case .red: "Off track"
    case .unrated: nil
    }
  }

  private static let verdicts: [String: BRAG] = [
    "complete": .blue, "completed": .blue, "closed": .blue, "action complete": .blue, "done": .blue,
    "achieved": .blue, "met": .blue, "complete and closed": .blue, "completed and closed": .blue,
    "on track": .green, "on target": .green, "green": .green,
    "at risk": .amber, "slipping": .amber, "amber": .amber, "some risk": .amber,
    "off track": .red, "delayed": .red, "overdue": .red, "behind schedule": .red, "red": .red,
    "blue": .blue,
  ]

  /// The rating that status words amount to, when they are a verdict; nil for a service's own words.
  public static func verdict(of status: String?) -> BRAG? {
    guard let status else { return nil }
    let key = status.lowercased()
      .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters))
      .split(separator: " ").joined(separator: " ")
    return verdicts[key]
  }

  /// The status to save with a new rating, or nil when the current one stays: a missing status
  /// or a verdict that disagrees takes the rating's word.
  public static func status(_ current: String?, whenRated brag: BRAG) -> String? {
    guard let word = word(for: brag) else { return nil }
    let blank = current.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? true
    if blank { return word }
    guard let verdict = verdict(of: current), verdict != brag else { return nil }
    return word
  }

  /// The status words to show the public or HMICFRS: the service's words, unless they are a
  /// verdict the rating contradicts, when the rating's word stands instead.
  public static func shown(_ status: String?, rating brag: BRAG) -> String? {
    guard let verdict = verdict(of: status), verdict != brag, let word = word(for: brag) else {
      return status
    }
    return word
  }

  /// The changes that rate a target `brag` for `reason`, with the status that follows.
  public static func changes(rating brag: BRAG, reason: String?, currentStatus: String?) -> [Change] {
    var changes: [Change] = [.brag(brag, reason: reason)]
    if let status = status(currentStatus, whenRated: brag) { changes.append(.status(status)) }
    return changes
  }
}
