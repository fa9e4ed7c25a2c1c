import Foundation

/// What a timescale is resolved against: the report's publication date (for "With immediate
/// effect") and the date of the text it appears in (for a bare "Q2" inside a dated update).
public struct TimescaleContext: Sendable {
  public var publication: CalendarDate?
  public var reference: CalendarDate?

  public init(publication: CalendarDate? = nil, reference: CalendarDate? = nil) {
    self.publication = publication
    self.reference = reference
  }
}

/// Turns a timescale as written ("By 1 June 2023", "Dec 2024", "In FDP 24/25", "Q4 2024/25")
/// into a due date with its precision, following the rules in the domain notes.
///
/// Text that names no date it can resolve comes back `.unresolved` with no date: a guess
/// would put a wrong deadline in front of the board.
public enum TimescaleResolver {
  public static func resolve(_ written: String?, context: TimescaleContext = .init()) -> Timescale {
    guard let written else { return .none }
    let parts = resolveParts(written, context: context)
    guard !parts.isEmpty else {
      return Timescale(written: written, due: nil, precision: .missing)
    }
    if parts.contains(where: { $0.precision == .unresolved }) {
      return Timescale(written: written, due: nil, precision: .unresolved)
    }
    // Several dates for one action: it is done when the last part is, so the latest date is due.
    if let latest = parts.filter({ $0.due != nil }).max(by: { $0.due! < $1.due! }) {
      return Timescale(written: written, due: latest.due, precision: latest.precision)
    }
    return Timescale(written: written, due: nil, precision: parts[0].precision)
  }

  /// Resolves each timescale in a cell that may hold several ("Aug 2024; June 2024; July 2024"),
  /// in the order written. A blank cell gives no parts.
  public static func resolveParts(_ written: String, context: TimescaleContext = .init())
    -> [Timescale]
  {
    let text = written.trimmingCharacters(in: .whitespacesAndNewlines)
    if let whole = resolveSingle(text, context: context) {
      return [Timescale(written: text, due: whole.due, precision: whole.precision)]
    }
    let pieces = splitSeveral(text)
    guard pieces.count > 1 else {
      return [Timescale(written: text, due: nil, precision: .unresolved)]
    }
    return pieces.map { piece in
      let single = resolveSingle(piece, context: context)
      return Timescale(
        written: piece, due: single?.due, precision: single?.precision ?? .unresolved)
    }
  }

  /// Splits a cell into its timescales at line breaks, semicolons, " / " and " and ".
  public static func splitSeveral(_ text: String) -> [String] {
    var pieces = [text]
    for separator in ["\n", ";", " / ", " & ", " and ", ", "] {
      pieces = pieces.flatMap { $0.components(separatedBy: separator) }
    }
    return pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
  }

  // MARK: - One timescale

  private static let missingWords: Set<String> = [
    "", "tbc", "tba", "tbd", "n/a", "na", "-", "–", "none", "not set",
  ]
  private static let ongoingWords: Set<String> = [
    "ongoing", "bau", "business as usual", "continuous", "continual", "on-going", "rolling",
  ]
  private static let immediateWords: Set<String> = [
    "with immediate effect", "immediate effect", "immediate", "immediately",
  ]
  private static let leadingFillers: Set<String> = [
    "by", "in", "the", "end", "of", "before", "due", "until", "no", "later", "than", "within",
    "fp", "fdp", "fy", "from", "during", "for", "around", "approx", "approximately", "target",
  ]

  static func resolveSingle(_ raw: String, context: TimescaleContext)
    -> (due: CalendarDate?, precision: DuePrecision)?
  {
    let text = normalise(raw)
    if missingWords.contains(text) { return (nil, .missing) }
    if ongoingWords.contains(text) { return (nil, .ongoing) }
    if immediateWords.contains(text) { return (context.publication, .immediate) }

    var tokens = tokenize(text)
    while let first = tokens.first, case .word(let w) = first, leadingFillers.contains(w) {
      tokens.removeFirst()
    }
    while let last = tokens.last, case .separator = last { tokens.removeLast() }
    return match(tokens, context: context)
  }

  private static func normalise(_ raw: String) -> String {
    var text = raw.lowercased()
    for (from, to) in [("\u{2013}", "-"), ("\u{2014}", "-"), ("\u{00A0}", " "), ("\u{2019}", "'")] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    text = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n.,:"))
    return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      .joined(separator: " ")
  }

  enum Token: Equatable {
    case word(String)
    case number(String)
    case separator(Character)
  }

  static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var currentIsDigit = false
    func flush() {
      guard !current.isEmpty else { return }
      tokens.append(currentIsDigit ? .number(current) : .word(current))
      current = ""
    }
    for ch in text {
      if ch.isASCII && ch.isNumber {
        if !currentIsDigit { flush() }
        currentIsDigit = true
        current.append(ch)
      } else if ch.isLetter {
        if currentIsDigit {
          // Ordinals ("1st", "22nd") and "Q2"-style tokens after a number: drop the suffix letters.
          flush()
        }
        currentIsDigit = false
        current.append(ch)
      } else {
        flush()
        if ch == "/" || ch == "-" || ch == "." { tokens.append(.separator(ch)) }
      }
    }
    flush()
    // Drop ordinal suffixes: "1st" tokenizes as number + word("st").
    var cleaned: [Token] = []
    for token in tokens {
      if case .word(let w) = token, ["st", "nd", "rd", "th"].contains(w),
        let last = cleaned.last, case .number = last
      {
        continue
      }
      cleaned.append(token)
    }
    return cleaned
  }

  private static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
  ]

  /// A year written with two or four digits; two-digit years are this century.
  private static func year(_ digits: String) -> Int? {
    guard let value = Int(digits) else { return nil }
    switch digits.count {
    case 2: return 2000 + value
    case 4: return value
    default: return nil
    }
  }

  /// Financial year "2024/25" or "24/25" or "2024/2025": both years, consecutive.
  private static func financialYearStart(_ first: String, _ second: String) -> Int? {
    guard let start = year(first), let endDigits = Int(second) else { return nil }
    let endMatches =
      second.count == 4 ? endDigits == start + 1 : endDigits == (start + 1) % 100
    return endMatches && (first.count == 4 || first.count == 2) ? start : nil
  }

  /// Last day of financial-year quarter `q` of the year starting 1 April `fyStart`.
  static func endOfQuarter(_ q: Int, financialYearStarting fyStart: Int) -> CalendarDate? {
    switch q {
    case 1: return CalendarDate(year: fyStart, month: 6, day: 30)
    case 2: return CalendarDate(year: fyStart, month: 9, day: 30)
    case 3: return CalendarDate(year: fyStart, month: 12, day: 31)
    case 4: return CalendarDate(year: fyStart + 1, month: 3, day: 31)
    default: return nil
    }
  }

  /// The financial year (by its starting calendar year) that contains `date`.
  static func financialYearStart(containing date: CalendarDate) -> Int {
    date.month >= 4 ? date.year : date.year - 1
  }

  private static func match(_ tokens: [Token], context: TimescaleContext)
    -> (due: CalendarDate?, precision: DuePrecision)?
  {
    // Swift has no array patterns, so match on the token shape ("9a9" = number word number)
    // and read the values by position.
    var shape = ""
    var v: [String] = []
    for token in tokens {
      switch token {
      case .number(let n):
        shape.append("9")
        v.append(n)
      case .word(let w):
        shape.append(w == "q" ? "q" : "a")
        v.append(w)
      case .separator(let c):
        shape.append(c == "." ? "/" : c)
        v.append(String(c))
      }
    }
    func day(_ y: String, _ m: Int?, _ d: String) -> (CalendarDate?, DuePrecision)? {
      guard let year = year(y), let m, let d = Int(d),
        let date = CalendarDate(year: year, month: m, day: d)
      else { return nil }
      return (date, .day)
    }
    func quarter(_ q: String, _ start: Int?) -> (CalendarDate?, DuePrecision)? {
      guard let q = Int(q), let start, let end = endOfQuarter(q, financialYearStarting: start)
      else { return nil }
      return (end, .quarter)
    }
    switch shape {
    case "9a9":  // 1 June 2023, 30 Sep 23
      return day(v[2], months[v[1]], v[0])
    case "a99" where v[1].count <= 2:  // June 1 2023
      return day(v[2], months[v[0]], v[1])
    case "9-9-9" where v[0].count == 4:  // 2024-03-07
      return day(v[0], Int(v[2]), v[4])
    case "9/9/9", "9-9-9":  // 7/3/24: UK order, day first
      guard v[0].count <= 2, v[2].count <= 2 else { return nil }
      return day(v[4], Int(v[2]), v[0])
    case "a9", "a-9":  // Dec 2024, Nov 24, Nov-24
      guard let month = months[v[0]], let year = year(v.last!) else { return nil }
      return (CalendarDate.endOf(month: month, year: year), .month)
    case "q9":  // a bare "Q2": the quarter of the financial year the surrounding text is dated in
      guard let reference = context.reference else { return nil }
      return quarter(v[1], financialYearStart(containing: reference))
    case "q99":  // Q2 2025: quarter of the financial year starting April 2025
      return quarter(v[1], year(v[2]))
    case "q99/9", "q99-9":  // Q4 2024/25
      return quarter(v[1], financialYearStart(v[2], v[4]))
    case "9/9q9", "9-9q9":  // 2024/25 Q4
      return quarter(v[4], financialYearStart(v[0], v[2]))
    case "9/9", "9-9":  // 2024/25, 24/25, 2024-25
      guard let start = financialYearStart(v[0], v[2]) else { return nil }
      return (CalendarDate(year: start + 1, month: 3, day: 31), .financialYear)
    case "9" where v[0].count == 4:  // 2026
      return (CalendarDate(year: Int(v[0])!, month: 12, day: 31), .year)
    default:
      return nil
    }
  }
}
