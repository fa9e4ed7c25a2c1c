import BragModel
import Foundation

/// Finds personal or sensitive information that must not go into a return to HMICFRS: email
/// addresses, UK phone numbers, National Insurance numbers and names on the folder's watch list.
///
/// HMICFRS's letter of 26 June 2023 says returns must never carry "personal or sensitive
/// information"; such details go to the HMI directly. The detector is pure (no files, no state):
/// give it the text and the watch list.
///
/// It is built to stay quiet on what progress narratives are full of: dates ("01/06/2023",
/// "2024-03-07"), money ("£1,250,000"), financial years ("FP 2024/25"), timescales, recommendation
/// numbers ("Rec 4.1"), durations ("1.5-hrs") and 360-degree appraisals.
/// - A **phone number** starts `0`, `+44` or `0044` (optionally `(0)` after the country code,
///   or an area code in brackets) and has 10 or 11 digits in the national form, with the second
///   digit 1, 2, 3, 5, 7, 8 or 9; digits may be grouped with single spaces or hyphens.
/// - A **National Insurance number** is two capital letters, six digits and a suffix letter A–D,
///   with or without spaces ("QQ 12 34 56 C", "AB123456D"); prefixes HMRC never issues (a first
///   letter D, F, I, U or V; a second letter D, F, I, O, U or V; BG, GB, KN, NK, NT, TN, ZZ) do
///   not count. HMRC's specimen prefix QQ does, since people copy it.
/// - An **email address** is `local@domain.tld`.
/// - A **watch-list name** matches in any case, on word boundaries (see ``WatchList``).
public struct SensitiveInformation: SensitiveTextScanner {
  /// Every watch-list name in one pattern (longest first, so "Jo Bloggs" wins over "Jo"): one
  /// pass over the text however long the list.
  private let names: NSRegularExpression?
  /// The first word of every name, lower case: a text without any of them cannot match.
  private let firstWords: Set<String>
  public let watchList: WatchList

  public init(watchList: WatchList = .empty) {
    self.watchList = watchList
    firstWords = Set(watchList.names.compactMap(Self.firstWord))
    let patterns = watchList.names.sorted { $0.count > $1.count }.map(Self.namePattern).filter { !$0.isEmpty }
    names =
      patterns.isEmpty
      ? nil
      : try? NSRegularExpression(
        pattern: Self.before + "(?:" + patterns.joined(separator: "|") + ")" + Self.after,
        options: [.caseInsensitive])
  }

  /// Every match in `text`, in the order they appear.
  public func scan(_ text: String) -> [SensitiveMatch] {
    guard !text.isEmpty else { return [] }
    let whole = NSRange(text.startIndex..., in: text)
    var found: [(start: String.Index, kind: SensitiveKind, end: String.Index)] = []
    func add(_ kind: SensitiveKind, _ range: Range<String.Index>) {
      if !found.contains(where: { $0.kind == kind && $0.start == range.lowerBound }) {
        found.append((range.lowerBound, kind, range.upperBound))
      }
    }
    // Cheap looks first: most narratives have no "@" and no run of six digits.
    var hasAt = false
    var longestDigitRun = 0
    var run = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "@") { hasAt = true }
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        run += 1
        longestDigitRun = max(longestDigitRun, run)
      } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") && byte != 0xC2 && byte != 0xA0 {
        run = 0  // a space, hyphen or no-break space (C2 A0) keeps the run going
      }
    }
    if hasAt {
      for match in Self.email.matches(in: text, range: whole) {
        if let range = Range(match.range, in: text) { add(.emailAddress, range) }
      }
    }
    // Phone and NI numbers need at least six digits with only spaces or hyphens between them
    // (a phone number's brackets come before its last eight digits).
    if longestDigitRun >= 6 {
      for match in Self.phoneCandidate.matches(in: text, range: whole) {
        if let range = Range(match.range, in: text), let phone = Self.phoneNumber(in: text, range) {
          add(.phoneNumber, phone)
        }
      }
      for match in Self.nationalInsurance.matches(in: text, range: whole) {
        if let range = Range(match.range, in: text) { add(.nationalInsuranceNumber, range) }
      }
    }
    if let names, Self.containsWord(of: text, in: firstWords) {
      for match in names.matches(in: text, range: whole) {
        if let range = Range(match.range, in: text) { add(.watchListName, range) }
      }
    }
    found.sort { ($0.start, $0.kind) < ($1.start, $1.kind) }
    return found.map { hit in
      let (line, column) = Self.lineAndColumn(of: hit.start, in: text)
      return SensitiveMatch(
        kind: hit.kind, text: String(text[hit.start..<hit.end]), line: line, column: column)
    }
  }

  // MARK: - Patterns

  private static func regex(_ pattern: String, _ options: NSRegularExpression.Options = [])
    -> NSRegularExpression
  {
    try! NSRegularExpression(pattern: pattern, options: options)
  }

  /// Not inside a longer word or number.
  private static let before = #"(?<![\p{L}\p{N}_])"#
  private static let after = #"(?![\p{L}\p{N}_])"#

  private static let email = regex(
    #"(?<![\p{L}\p{N}._%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@"#
      + #"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\p{L}\p{N}_@-])"#)

  /// A run that could be a phone number; ``phoneNumber(in:_:)`` decides. Not after a letter,
  /// digit, `+`, `/`, `.`, `,`, `-` or a currency sign, so dates, money and decimals never start one.
  private static let phoneCandidate = regex(
    #"(?<![\p{L}\p{N}_+/.,:£$€-])"#
      + #"(?:(?:\+|00)44[ \u00A0-]?(?:\(0\)[ \u00A0-]?)?|\(0\d{1,4}\)[ \u00A0-]?|0)"#
      + #"\d(?:[ \u00A0-]?\d){6,13}(?![\p{L}\p{N}_/])"#)

  private static let nationalInsurance = regex(
    before + #"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-TW-Z][A-CEGHJ-NPQRSTW-Z]"#
      + #"[ \u00A0]?\d{2}[ \u00A0]?\d{2}[ \u00A0]?\d{2}[ \u00A0]?[A-D]"# + after)

  /// A watch-list name as a pattern: any white space between words, either apostrophe, every
  /// other character literal. (The whole pattern ignores case.)
  private static func namePattern(_ name: String) -> String {
    var pattern = ""
    var lastWasSpace = false
    for character in name {
      if character.isWhitespace {
        if !lastWasSpace { pattern += #"\s+"# }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      switch character {
      case "'", "\u{2019}", "\u{2018}": pattern += "['\u{2019}\u{2018}]"
      case "-", "\u{2010}", "\u{2011}": pattern += "[-\u{2010}\u{2011}]"
      default: pattern += NSRegularExpression.escapedPattern(for: String(character))
      }
    }
    return pattern
  }

  /// True when a word of `text` (lower case) is in `wanted`. Words split at everything that is
  /// not a letter or digit, apostrophes included, so "O'Brien's" holds "o" and "Lee's" holds
  /// "lee": a name's first word is always among the words of a text the name matches in.
  private static func containsWord(of text: String, in wanted: Set<String>) -> Bool {
    guard !wanted.isEmpty else { return false }
    var found = false
    forEachWord(text) { word in
      found = wanted.contains(word)
      return !found
    }
    return found
  }

  /// The first word of a name, as ``containsWord(of:in:)`` splits words.
  private static func firstWord(_ name: String) -> String? {
    var first: String?
    forEachWord(name) { word in
      first = word
      return false
    }
    return first
  }

  /// Calls `body` with each word, lower case, until it returns false. ASCII is folded by hand
  /// (narratives are mostly ASCII, and Unicode case mapping is slow); other letters use their
  /// Unicode lower-case mapping.
  private static func forEachWord(_ text: String, _ body: (String) -> Bool) {
    var word = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if (0x41...0x5A).contains(value) {
          word.unicodeScalars.append(Unicode.Scalar(UInt8(value + 0x20)))
          continue
        }
        if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
          word.unicodeScalars.append(scalar)
          continue
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        word += scalar.properties.lowercaseMapping
        continue
      }
      if !word.isEmpty {
        guard body(word) else { return }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { _ = body(word) }
  }

  /// The phone number at the start of a candidate run, or nil when the digits do not make one.
  ///
  /// The run is taken group by group (groups are split by spaces and hyphens) and the longest
  /// leading part with 10 or 11 national digits wins, so a number followed by a year or a count
  /// is still found.
  static func phoneNumber(in text: String, _ range: Range<String.Index>) -> Range<String.Index>? {
    let candidate = text[range]
    // The national prefix: "+44", "0044" (and an optional "(0)" after either) become "0".
    var index = candidate.startIndex
    var digits = ""
    var international = false
    for prefix in ["+44", "0044"] where candidate.hasPrefix(prefix) {
      index = candidate.index(index, offsetBy: prefix.count)
      digits = "0"
      international = true
    }
    if international {
      var rest = candidate[index...]
      while let first = rest.first, first == " " || first == "\u{00A0}" || first == "-" {
        rest = rest.dropFirst()
      }
      if rest.hasPrefix("(0)") { rest = rest.dropFirst(3) }
      index = rest.startIndex
    }
    var best: String.Index?
    var position = index
    while position < candidate.endIndex {
      let character = candidate[position]
      if let digit = character.wholeNumberValue, character.isASCII {
        digits.append(String(digit))
        let next = candidate.index(after: position)
        let endsGroup =
          next == candidate.endIndex
          || !(candidate[next].isASCII && candidate[next].isNumber)
        if endsGroup && (digits.count == 10 || digits.count == 11) && isNationalNumber(digits) {
          best = next
        }
        if digits.count > 11 { break }
      }
      position = candidate.index(after: position)
    }
    guard let end = best else { return nil }
    return range.lowerBound..<end
  }

  /// A UK national number: leading 0, then 1, 2, 3, 5, 7, 8 or 9.
  private static func isNationalNumber(_ digits: String) -> Bool {
    let scalars = Array(digits.unicodeScalars)
    guard scalars.count >= 2, scalars[0] == "0" else { return false }
    return "1235789".unicodeScalars.contains(scalars[1])
  }

  static func lineAndColumn(of index: String.Index, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for character in text[..<index] {
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
