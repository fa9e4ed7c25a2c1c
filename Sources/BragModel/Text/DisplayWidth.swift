/// How many terminal columns text takes, computed per character from Unicode properties so it
/// does not depend on the C library's locale tables.
public enum DisplayWidth {
  /// Columns taken by one character: 0 for combining marks and controls, 2 for wide East Asian
  /// and emoji presentation, else 1.
  public static func of(_ character: Character) -> Int {
    // Most text is ASCII: answer it without looking up Unicode properties.
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.count > 1,
      character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F })
    {
      return 2
    }
    return of(first)
  }

  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    if isWide(value) { return 2 }
    return 1
  }

  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15, abridged to blocks that occur in text).
  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// Cuts `text` to at most `width` columns, ending with `ellipsis` when anything was cut.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    let ellipsisWidth = of(ellipsis)
    guard width > ellipsisWidth else { return String(repeating: ".", count: width) }
    var result = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > width - ellipsisWidth { break }
      result.append(character)
      used += w
    }
    return result + ellipsis
  }

  /// Pads `text` with spaces to exactly `width` columns (truncating first when longer).
  public static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    let cut = truncate(text, to: width, ellipsis: ellipsis)
    return cut + String(repeating: " ", count: max(0, width - of(cut)))
  }
}
