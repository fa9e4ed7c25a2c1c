/// Makes text from data files safe to print: control characters and escape sequences never reach
/// a terminal, where they could move the cursor, change colours or retitle the window.
public enum SafeText {
  /// Replaces line breaks and tabs with spaces and removes every other control character,
  /// including ESC and the C1 controls (0x80–0x9F), and bidirectional overrides.
  public static func singleLine(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var lastWasSpace = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\t" || scalar == "\r" {
        if !lastWasSpace { result.unicodeScalars.append(" ") }
        lastWasSpace = true
        continue
      }
      if isUnsafe(scalar) { continue }
      result.unicodeScalars.append(scalar)
      lastWasSpace = scalar == " "
    }
    return result
  }

  /// Keeps line breaks (for wrapped multi-line text) but removes every other control character.
  public static func multiLine(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        result.unicodeScalars.append(scalar)
      } else if scalar == "\t" {
        result.unicodeScalars.append(" ")
      } else if !isUnsafe(scalar) {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// True for characters that must never reach a terminal: C0 and C1 controls, DEL, and
  /// bidirectional overrides that could make text display other than it reads.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool { isUnsafe(scalar) }

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }
}
