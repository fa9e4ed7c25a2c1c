/// How text reaches the terminal: as UTF-8, or as ASCII when the locale cannot encode UTF-8.
public enum TextMode: Equatable, Sendable {
  /// The user's locale is UTF-8.
  case unicode
  /// The user's locale was not UTF-8; `LC_CTYPE` was switched to this UTF-8 locale.
  case unicodeFallback(locale: String)
  /// No UTF-8 locale: borders, ellipses and quotes are drawn in ASCII, everything else as '?'.
  case ascii

  public var isASCII: Bool { self == .ascii }

  /// The locales tried, in order, when the user's code set is not UTF-8.
  public static let fallbackLocales = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

  /// True for the names C libraries give the UTF-8 code set ("UTF-8", "utf8", "UTF8").
  public static func isUTF8(codeset: String) -> Bool {
    let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return folded == "utf8"
  }

  /// Decides the mode from the code set after `setlocale(LC_ALL, "")`. `tryLocale` switches
  /// `LC_CTYPE` to a locale and returns its code set, or nil when the locale does not exist.
  public static func decide(codeset: String, tryLocale: (String) -> String?) -> TextMode {
    if isUTF8(codeset: codeset) { return .unicode }
    for locale in fallbackLocales {
      if let set = tryLocale(locale), isUTF8(codeset: set) { return .unicodeFallback(locale: locale) }
    }
    return .ascii
  }
}

/// ASCII stand-ins for what an ASCII-only terminal cannot show.
public enum ASCIIFallback {
  /// One cell's worth: the closest ASCII character, or "?" when there is none.
  public static func character(for character: Character) -> Character {
    if character.isASCII { return character }
    guard let scalar = character.unicodeScalars.first else { return "?" }
    // A decomposed letter ("e" + combining acute) keeps its base.
    if scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7F { return Character(scalar) }
    let v = scalar.value
    switch v {
    // Box drawing: horizontal, vertical, everything else (corners, tees, crosses) as '+'.
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576,
      0x2578, 0x257A, 0x257C, 0x257E:
      return "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577,
      0x2579, 0x257B, 0x257D, 0x257F:
      return "|"
    case 0x2500...0x257F: return "+"
    case 0x2580...0x259F: return "#"  // block elements
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
    case 0x2010...0x2015, 0x2212: return "-"  // hyphens, dashes, minus
    case 0x2026: return "."  // one cell of "..."
    case 0x2022, 0x00B7, 0x2027, 0x25CF, 0x25AA, 0x25A0: return "*"
    case 0x25CB, 0x25E6: return "o"
    case 0x2190: return "<"
    case 0x2192: return ">"
    case 0x2191, 0x25B2, 0x25B4: return "^"
    case 0x2193, 0x25BC, 0x25BE: return "v"
    case 0x25B6, 0x25B8, 0x25BA: return ">"
    case 0x25C0, 0x25C2, 0x25C4: return "<"
    case 0x2713, 0x2714: return "v"
    case 0x2717, 0x2718, 0x00D7: return "x"
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
    default: break
    }
    if let base = latinBase[v] { return base }
    return "?"
  }

  /// A whole string: like `character(for:)`, except that "…" becomes "...".
  public static func text(_ text: String) -> String {
    var out = ""
    for character in text {
      if character == "…" { out += "..." } else { out.append(self.character(for: character)) }
    }
    return out
  }

  /// Latin-1 and common Latin Extended-A letters without their accents.
  static let latinBase: [UInt32: Character] = {
    var table: [UInt32: Character] = [:]
    let groups: [(String, Character)] = [
      ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐÐ", "D"), ("ďđð", "d"),
      ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
      ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
      ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
      ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"), ("ţťŧ", "t"),
      ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"),
      ("ŹŻŽ", "Z"), ("źżž", "z"), ("ß", "s"), ("Æ", "A"), ("æ", "a"), ("Œ", "O"), ("œ", "o"),
    ]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar.value] = base }
    }
    return table
  }()
}
