/// The narrative an item's return to HMICFRS carries, and the letter's limit on its length.
///
/// HMICFRS's letter of 26 June 2023 asks, for each recommendation, for a narrative "of no more
/// than 300 words". Until the board writes one (`returnNarrative`), the published response stands
/// in for it; a blank narrative counts as none.
public enum ReturnNarrative {
  /// HMICFRS's limit on a narrative, in words.
  public static let wordLimit = 300

  /// The narrative the return carries for `item`: its `returnNarrative` when one is written (not
  /// blank), else its `response`; nil when it has neither.
  public static func of(_ item: Item) -> (text: String, field: NarrativeField)? {
    if let text = item.returnNarrative, !isBlank(text) { return (text, .returnNarrative) }
    if let text = item.response, !isBlank(text) { return (text, .response) }
    return nil
  }

  /// The words of `text` as the limit counts them.
  public static func words(_ text: String) -> Int { WordCount.of(text) }

  /// True when `text` is longer than HMICFRS allows.
  public static func isTooLong(_ text: String) -> Bool { words(text) > wordLimit }

  /// True when `words` is more than HMICFRS allows.
  public static func isTooLong(words: Int) -> Bool { words > wordLimit }

  /// True when `text` holds nothing but white space.
  public static func isBlank(_ text: String) -> Bool {
    text.allSatisfy { $0.isWhitespace || $0.isNewline }
  }
}
