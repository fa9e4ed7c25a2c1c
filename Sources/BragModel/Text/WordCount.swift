/// Counting words the way a reader would for HMICFRS's 300-word limit on return narratives.
public enum WordCount {
  /// Runs of characters that are not white space.
  public static func of(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for character in text {
      if character.isWhitespace {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }
}
