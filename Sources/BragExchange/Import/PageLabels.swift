import BragModel

/// What one line of a progress page is, as services write them: item headings in their many
/// styles, the labels of responses and statuses, dated progress entries and page furniture.
///
/// Hand-written scanners rather than regular expressions: a page is read line by line, and a
/// 12 MB page must import in about a second.
extension PageImport {
  enum Label: Equatable {
    case item(ItemKind, number: Int?, rest: String)
    /// "Recommendations", "Areas for improvement", "Cause for concern": what the items below are.
    case listHeading(ItemKind?)
    case response(rest: String)
    case status(rest: String)
    /// A bare "Action: …": the response on some pages, the status on pages that label the
    /// response otherwise ("RBFRS action: …" then "Action: In progress").
    case action(rest: String)
    /// A status on a line of its own, unlabelled ("Complete").
    case bareStatus
    case requiredOutcomes
    case actions
    /// `marked`: with a colon or the word "update"; a bare "October 2023" counts only where
    /// entries are expected.
    case update(period: String, rest: String, marked: Bool)
    case judgements
    case promisingPractice
    /// "And" on its own between two recommendations that share one response.
    case join
    /// "The service should …" with no heading: an item under a list heading.
    case unlabelledItem
  }

  static let responseLabels: Set<String> = [
    "action we have taken", "actions we have taken", "action taken", "actions taken", "progress",
    "our response", "response", "what we have done", "progress update", "our progress",
    "progress to date", "what we are doing", "service response", "update", "summary", "review",
    "our action", "our actions", "service action", "actions we are taking", "action being taken",
  ]
  static let statusLabels: Set<String> = [
    "status", "current status", "progress status", "rag status", "rag rating", "brag status",
    "action status", "overall status",
  ]
  /// Status words seen on a line of their own.
  static let bareStatuses: Set<String> = [
    "complete", "completed", "in progress", "partially complete", "partially completed", "on track",
    "off track", "not started", "ongoing", "open", "closed", "delayed", "at risk", "complete and closed",
  ]
  static let listHeadings: [String: ItemKind?] = [
    "recommendations": .recommendation, "areas for improvement": .areaForImprovement,
    "recommendations and areas for improvement": nil, "cause for concern": .causeOfConcern,
    "cause of concern": .causeOfConcern, "causes of concern": .causeOfConcern,
    "causes for concern": .causeOfConcern, "list of recommendations": .recommendation,
  ]

  /// Lower case, without " \t:.-–" at either end, single spaces between words.
  static func key(_ text: String) -> String {
    // Every line of a page has a key: ASCII lines (nearly all) are keyed byte by byte.
    if let bytes = ImportScan.asciiLowercasedTrimmed(text, trims: asciiKeyTrims) {
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var space = false
      for byte in bytes {
        if byte == UInt8(ascii: " ") {
          space = true
          continue
        }
        if space { out.append(UInt8(ascii: " ")) }
        space = false
        out.append(byte)
      }
      return String(decoding: out, as: UTF8.self)
    }
    return generalKey(text)
  }

  /// The ASCII characters ``key(_:)`` trims: " \t:.-" (its "–" and no-break space are not ASCII).
  private static let asciiKeyTrims: [Bool] = (0..<128).map { " \t:.-".utf8.contains(UInt8($0)) }

  /// ``key(_:)`` through String's lower case and splitting, for any text.
  static func generalKey(_ text: String) -> String {
    let scalars = text.lowercased().unicodeScalars
    func trims(_ s: Unicode.Scalar) -> Bool {
      s == " " || s == "\t" || s == ":" || s == "." || s == "-" || s == "–" || s == "\u{A0}"
    }
    guard let start = scalars.firstIndex(where: { !trims($0) }),
      let end = scalars.lastIndex(where: { !trims($0) })
    else { return "" }
    return String(scalars[start...end]).split(separator: " ").joined(separator: " ")
  }

  static func classify(_ line: Line) -> Label? {
    let text = line.text
    // Every label and heading this compares with is short: a long line is none of them.
    let whole = text.utf8.count <= 64 ? line.key : ""
    if let kind = listHeadings[whole] { return .listHeading(kind) }
    if whole == "judgement areas" && line.isHeading { return .judgements }
    if whole == "promising practice" && line.isHeading { return .promisingPractice }
    if whole == "required outcomes" { return .requiredOutcomes }
    if whole == "actions" && line.isHeading { return .actions }
    if whole == "and" { return .join }
    // A line of cells (a table saved as text) is never a heading.
    if !text.utf8.contains(9), let heading = itemHeading(text) {
      return .item(heading.kind, number: heading.number, rest: heading.rest)
    }
    // The first colon, if it is within 40 characters: only that far is looked at.
    if let colon = ImportScan.firstASCII(UInt8(ascii: ":"), in: text[...], within: 40) {
      let before = String(text[..<colon])
      let label = key(before)
      let rest = String(text[text.index(after: colon)...]).trimmed(newlines: false)
      if label == "action" { return .action(rest: rest) }
      if responseLabels.contains(label) || isServiceResponseLabel(before) { return .response(rest: rest) }
      if statusLabels.contains(label) { return .status(rest: rest) }
    } else if !whole.isEmpty {
      if whole == "action" { return .action(rest: "") }
      if responseLabels.contains(whole) || isServiceResponseLabel(text) { return .response(rest: "") }
      if statusLabels.contains(whole) { return .status(rest: "") }
      if bareStatuses.contains(whole) { return .bareStatus }
    }
    if let update = updateHeading(text) {
      return .update(period: update.period, rest: update.rest, marked: update.marked)
    }
    if startsUnlabelledItem(text) { return .unlabelledItem }
    return nil
  }

  /// "RBFRS action", "KFRS Action", "ECFRS response": the service's initials, then the label.
  static func isServiceResponseLabel(_ text: String) -> Bool {
    // Every label word ends in "n", "s" or "e": an ASCII last byte that is none of them (nor
    // white space trimmed off) ends no label.
    if let last = text.utf8.last, last < 0x80, last != 0x20, last != 0x09,
      ![UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "e")].contains(last | 0x20)
    {
      return false
    }
    return isServiceResponseLabelByWords(text)
  }

  /// ``isServiceResponseLabel(_:)`` without the look at the last byte.
  static func isServiceResponseLabelByWords(_ text: String) -> Bool {
    let words = text.trimmed(newlines: false).split(separator: " ")
    guard words.count == 2, words[0].count >= 2, words[0].count <= 8 else { return false }
    let initials = words[0].filter(\.isLetter)
    guard initials.count >= 2, initials.filter(\.isUppercase).count >= 2 else { return false }
    return ["action", "actions", "response", "update", "progress"].contains(words[1].lowercased())
  }

  /// "The service should …" opening a paragraph: an item that carries no heading of its own.
  static func startsUnlabelledItem(_ text: String) -> Bool {
    let head = text.prefix(24).lowercased()
    return head.hasPrefix("the service should ") || head.hasPrefix("the service must ")
  }

  // MARK: - Item headings

  private static let itemWords: [(word: String, kind: ItemKind, short: Bool)] = [
    ("recommendation", .recommendation, false), ("area for improvement", .areaForImprovement, false),
    ("afi", .areaForImprovement, true), ("rec", .recommendation, true),
  ]

  /// "Recommendation 4", "Recommendation 4:", "Rec 17: text", "Recommendation: text",
  /// "Recommendation 2 By 1 October 2023, …", "AFI 3 - text", "AFI The service should …".
  /// Not "AFI 1.1" (an action), nor "Recommendations" or "Recommendation tracker".
  static func itemHeading(_ text: String) -> (kind: ItemKind, number: Int?, rest: String)? {
    guard mayStartItemWord(text) else { return nil }
    return itemHeadingByScalars(text)
  }

  /// ``itemHeading(_:)`` without the look at the first three bytes.
  static func itemHeadingByScalars(_ text: String) -> (kind: ItemKind, number: Int?, rest: String)? {
    guard let first = text.utf8.first.map({ $0 | 0x20 }),
      first == UInt8(ascii: "r") || first == UInt8(ascii: "a")
    else { return nil }
    let scalars = Array(text.unicodeScalars.prefix(600))
    func lower(_ i: Int) -> Unicode.Scalar? {
      i < scalars.count ? Unicode.Scalar(scalars[i].properties.lowercaseMapping.unicodeScalars.first!) : nil
    }
    for (word, kind, short) in itemWords {
      let letters = Array(word.unicodeScalars)
      guard scalars.count >= letters.count, (0..<letters.count).allSatisfy({ lower($0) == letters[$0] })
      else { continue }
      var i = letters.count
      // The word must end here: "Recommendations", "Recommended" are other words.
      if i < scalars.count, scalars[i].properties.isAlphabetic { return nil }
      func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{A0}" { i += 1 } }
      skipSpaces()
      if lower(i) == "n", lower(i + 1) == "o", i + 2 < scalars.count,
        scalars[i + 2] == "." || scalars[i + 2] == " "
      {
        i += 3
        skipSpaces()
      }
      var digits = ""
      while i < scalars.count, ("0"..."9").contains(scalars[i]), digits.count < 3 {
        digits.unicodeScalars.append(scalars[i])
        i += 1
      }
      if i < scalars.count, ("0"..."9").contains(scalars[i]) { return nil }
      // "Recommendation 1Recommendation 21": link labels run together, not a heading.
      if !digits.isEmpty, i < scalars.count, scalars[i].properties.isAlphabetic { return nil }
      // "AFI 1.1" names an action.
      if !digits.isEmpty, i + 1 < scalars.count, scalars[i] == ".", ("0"..."9").contains(scalars[i + 1]) {
        return nil
      }
      skipSpaces()
      var separated = false
      if i < scalars.count, [":", ".", ")", "-", "–", "—"].contains(scalars[i]) {
        separated = true
        i += 1
        skipSpaces()
      }
      let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(i))).trimmed(newlines: false)
      let number = Int(digits)
      if rest.isEmpty {
        if short && number == nil { return nil }
        return (kind, number, "")
      }
      if separated { return short && number == nil && !rest.contains(" should") ? nil : (kind, number, rest) }
      // No separator: "Recommendation 2 By 1 October 2023, …", "AFI The service should …".
      guard let initial = rest.first, initial.isUppercase || initial.isNumber else { return nil }
      if number != nil { return (kind, number, rest) }
      if short && kind == .areaForImprovement && rest.contains(" should") { return (kind, nil, rest) }
      return nil
    }
    return nil
  }

  /// False when the first three bytes are ASCII and, in lower case, begin none of the item
  /// words ("rec…", "are…", "afi"): most lines that start with "r" or "a" ("Action we have
  /// taken", "April 2025") are turned away before their scalars are read.
  static func mayStartItemWord(_ text: String) -> Bool {
    var head: [UInt8] = []
    for byte in text.utf8.prefix(3) {
      // A scalar beyond ASCII may lower-case to a letter of the word ("İ" to "i̇").
      guard byte < 0x80 else { return true }
      head.append((65...90).contains(byte) ? byte | 0x20 : byte)
    }
    return itemWords.contains { head.elementsEqual($0.word.utf8.prefix(head.count)) }
  }

  // MARK: - Dated entries

  /// "April 2023:", "October 2023", "April–June 2025 update: …", "Q2 2024/25 - …",
  /// "Latest update: March 2024": a dated progress entry and the words after it.
  static func updateHeading(_ text: String) -> (period: String, rest: String, marked: Bool)? {
    // An update heading holds a year.
    guard text.utf8.count <= 400, text.utf8.contains(where: { (48...57).contains($0) }) else { return nil }
    var body = Substring(text)
    var isUpdate = false
    // Lower case begins with "l" only for "l" or "L" when the first byte is ASCII.
    if body.utf8.first.map({ $0 >= 0x80 || $0 | 0x20 == UInt8(ascii: "l") }) == true,
      body.lowercased().hasPrefix("latest update:")
    {
      body = body.dropFirst("latest update:".count).drop(while: \.isWhitespace)
      isUpdate = true
    }
    var words: [Substring] = []
    var index = body.startIndex
    // The period: up to five words, ending at the year.
    var year: Substring?
    while index < body.endIndex, words.count < 6 {
      let start = index
      while index < body.endIndex, !body[index].isWhitespace, body[index] != ":" {
        index = body.index(after: index)
      }
      let word = body[start..<index]
      if word.isEmpty { break }
      words.append(word)
      if word.count >= 4, word.prefix(4).allSatisfy(\.isNumber),
        word.count == 4 || word.dropFirst(4).first == "/"
      {
        year = word
        break
      }
      while index < body.endIndex, body[index] == " " { index = body.index(after: index) }
    }
    guard year != nil, let first = words.first else { return nil }
    let quarter = first.count == 2 && first.lowercased().hasPrefix("q") && ("1"..."4").contains(first.last!)
    let middle = words.dropFirst().dropLast()
    if quarter {
      guard middle.isEmpty else { return nil }
    } else {
      if first.contains(where: { "-–—".contains($0) }) {
        let parts = first.split(whereSeparator: { "-–—".contains($0) })
        guard parts.count == 2, month(parts[0]) != nil, month(parts[1]) != nil, middle.isEmpty else {
          return nil
        }
      } else {
        guard month(first) != nil else { return nil }
      }
      switch middle.count {
      case 0: break
      case 1:
        let joined = String(middle[middle.startIndex])
        let parts = joined.split(whereSeparator: { "-–—".contains($0) })
        guard ["-", "–", "—"].contains(joined) || (parts.count == 1 && month(parts[0]) != nil) else {
          return nil
        }
      case 2:
        let dash = middle[middle.startIndex]
        guard ["-", "–", "—", "to"].contains(dash.lowercased()),
          month(middle[middle.index(after: middle.startIndex)]) != nil
        else { return nil }
      default: return nil
      }
    }
    let period = String(body[body.startIndex..<index])
    var after = body[index...].drop(while: \.isWhitespace)
    if after.lowercased().hasPrefix("update") {
      isUpdate = true
      after = after.dropFirst(6).drop(while: \.isWhitespace)
    }
    if let mark = after.first, ":-–—".contains(mark) {
      return (normalisePeriod(period), String(after.dropFirst()).trimmed(newlines: false), true)
    }
    guard after.isEmpty else { return nil }
    return (normalisePeriod(period), "", isUpdate)
  }
}
