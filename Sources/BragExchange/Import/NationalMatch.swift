import BragModel
import Foundation

/// A catalogue recommendation an imported item was matched to.
public struct NationalMatch: Hashable, Sendable {
  /// How the match was made.
  public enum Basis: String, Hashable, Sendable {
    /// The item's words matched the recommendation's.
    case text
    /// The item had no words to match; the number the page prints was taken as official.
    case printedNumber = "printed-number"
  }

  public let recommendation: NationalRecommendation
  /// 0...1: 1 when the item's content words and the recommendation's are the same; 0 for a printed
  /// number.
  public let score: Double
  public let basis: Basis

  public var number: Int { recommendation.number }
  public var reportKey: String { recommendation.reportKey }

  public init(recommendation: NationalRecommendation, score: Double, basis: Basis = .text) {
    self.recommendation = recommendation
    self.score = score
    self.basis = basis
  }
}

/// Finds which national recommendation an imported text is.
///
/// Texts arrive reflowed, with curly quotes and bullets, with or without the deadline clause, cut
/// to their first sentence, behind a local title, or lightly reworded, so matching is on content
/// words rather than on the text as a whole. Each word weighs by how rare it is in the catalogue
/// (inverse document frequency): the boilerplate every recommendation shares ("chief fire officers
/// should make sure") is dropped outright, and words many recommendations share weigh little, so
/// the score rests on what sets one recommendation apart.
///
/// The score is P × (0.35 + 0.65 √R): P is the weighted share of the text's words the
/// recommendation holds (an unrelated text brings words the recommendation lacks), R the share of
/// the recommendation's words the text holds, softened so that a text cut to its first sentence
/// still matches. Words the catalogue never uses count against a match too, but less than most
/// catalogue words the recommendation lacks, since paraphrases and local titles bring new words.
/// A match needs `threshold`, and a clear lead over the runner-up (`ambiguityRatio`).
public struct NationalMatcher: Sendable {
  /// The lowest score taken as a match: between the tests' light paraphrases (0.40 and up) and
  /// the nearest unrelated texts, areas for improvement on the same themes (0.35 at most).
  public static let threshold = 0.38
  /// The least shared weight taken as a match: about two distinctive words, so a one-word text
  /// ("Training") never matches on its own.
  public static let minimumSharedWeight = 4.0

  /// The matcher over the bundled catalogue.
  public static let shared = NationalMatcher()

  struct Document: Sendable {
    let recommendation: NationalRecommendation
    /// The weight of all its words.
    let total: Double
  }

  /// Which document holds a word, and the word's weight.
  struct Posting: Sendable {
    let document: Int
    let weight: Double
  }

  let documents: [Document]
  /// Word → its index into `postings` and `idf`.
  let vocabulary: [String: Int]
  let idf: [Double]
  /// For each word, the documents holding it: a text is scored against every document at once.
  let postings: [[Posting]]
  /// The weight of a word the catalogue never uses.
  let unknownWeight: Double

  /// A matcher over these recommendations; those with neither text nor label cannot be matched.
  public init(catalogue: [NationalRecommendation] = NationalRecommendations.all) {
    var tokenSets: [(NationalRecommendation, Set<String>)] = []
    for recommendation in catalogue {
      // The label stands in only where no text is held: beside a text it would add our own words
      // that no service's page contains.
      guard let words = recommendation.text ?? recommendation.label else { continue }
      let tokens = Set(NationalMatcher.tokens(words))
      if !tokens.isEmpty { tokenSets.append((recommendation, tokens)) }
    }
    var vocabulary: [String: Int] = [:]
    var frequency: [Int] = []
    for (_, tokens) in tokenSets {
      for token in tokens.sorted() {
        if let id = vocabulary[token] {
          frequency[id] += 1
        } else {
          vocabulary[token] = frequency.count
          frequency.append(1)
        }
      }
    }
    let count = Double(max(tokenSets.count, 1))
    let idf = frequency.map { Foundation.log(1 + count / Double($0)) }
    var postings = [[Posting]](repeating: [], count: frequency.count)
    var documents: [Document] = []
    for (index, (recommendation, tokens)) in tokenSets.enumerated() {
      var total = 0.0
      // In a fixed order, so sums (and so ties) come out the same in every run.
      for token in tokens.sorted() {
        let id = vocabulary[token]!
        postings[id].append(Posting(document: index, weight: idf[id]))
        total += idf[id]
      }
      documents.append(Document(recommendation: recommendation, total: total))
    }
    self.vocabulary = vocabulary
    self.idf = idf
    self.postings = postings
    self.documents = documents
    // As much as a word a fifth of the catalogue shares.
    unknownWeight = Foundation.log(1 + 5)
  }

  // MARK: - One text

  /// Every recommendation sharing weight with the text, best first (scores below the threshold
  /// included), optionally within one report.
  public func candidates(for text: String, report: String? = nil) -> [NationalMatch] {
    candidates(scores(text), report: report)
  }

  private func candidates(_ scores: [Double], report: String?) -> [NationalMatch] {
    var result: [NationalMatch] = []
    for (index, score) in scores.enumerated() where score > 0 {
      let recommendation = documents[index].recommendation
      if let report, recommendation.reportKey != report { continue }
      result.append(NationalMatch(recommendation: recommendation, score: score))
    }
    return result.sorted(by: NationalMatcher.better)
  }

  /// The text's score against every document, by document index (0 where they share nothing).
  func scores(_ text: String) -> [Double] {
    var best = [Double](repeating: 0, count: documents.count)
    let tokens = NationalMatcher.tokens(text)
    guard !tokens.isEmpty else { return best }
    // A local title in front ("Raising concerns – Rec 4: …") brings words of its own, which may be
    // another recommendation's; the text is also scored without it, and the better score stands.
    // A title ends at punctuation, so the rest's words are the text's less the title's.
    var starts = [0]
    for title in NationalMatcher.titles(text) {
      let dropped = NationalMatcher.tokens(title).count
      if dropped > starts.last!, dropped < tokens.count { starts.append(dropped) }
    }
    // Each word counts once however often it is repeated.
    let ids = tokens.map { vocabulary[$0] ?? -1 }
    var seen = [Int](repeating: -1, count: idf.count)
    var shared = [Double](repeating: 0, count: documents.count)
    for start in starts {
      var unknown: Set<String> = []
      var queryTotal = 0.0
      for index in shared.indices { shared[index] = 0 }
      for position in start..<tokens.count {
        let id = ids[position]
        guard id >= 0 else {
          unknown.insert(tokens[position])
          continue
        }
        guard seen[id] != start else { continue }
        seen[id] = start
        queryTotal += idf[id]
        for posting in postings[id] { shared[posting.document] += posting.weight }
      }
      queryTotal += Double(unknown.count) * unknownWeight
      for index in shared.indices where shared[index] > 0 {
        let score = score(shared: shared[index], query: queryTotal, document: documents[index].total)
        if score > best[index] { best[index] = score }
      }
    }
    return best
  }

  /// The score of the text against one recommendation (0 when they share nothing), or nil when the
  /// catalogue holds no words for it.
  public func score(_ text: String, report: String, number: Int) -> Double? {
    guard
      let index = documents.firstIndex(where: {
        $0.recommendation.reportKey == report && $0.recommendation.number == number
      })
    else { return nil }
    return scores(text)[index]
  }

  private func score(shared: Double, query: Double, document: Double) -> Double {
    // A shared word weighs the same on both sides, so both shares come from one sum.
    let precision = shared / query
    let recall = shared / document
    var score = precision * (0.35 + 0.65 * recall.squareRoot())
    if shared < NationalMatcher.minimumSharedWeight {
      score *= shared / NationalMatcher.minimumSharedWeight
    }
    return score
  }

  /// Up to two short leading titles, each with what came before it: a few words ended by a colon,
  /// a dash or a line break, with at least three words after.
  static func titles(_ text: String) -> [Substring] {
    var titles: [Substring] = []
    var rest = Substring(text)
    for _ in 0..<2 {
      guard let cut = titleEnd(rest) else { break }
      titles.append(text[..<cut])
      rest = rest[cut...]
    }
    return titles
  }

  /// Where the text after a short leading title starts, if the text has one.
  private static func titleEnd(_ text: Substring) -> Substring.Index? {
    var words = 0
    var inWord = false
    var index = text.startIndex
    while index < text.endIndex {
      let ch = text[index]
      let next = text.index(after: index)
      let isDash = (ch == "–" || ch == "—" || ch == "-") && !inWord && words > 0
      if ch == ":" || ch.isNewline || isDash {
        guard words > 0, text[next...].split(separator: " ", maxSplits: 3).count >= 3 else {
          return nil
        }
        return next
      }
      if ch == " " || ch == "\t" {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > 10 { return nil }
      }
      index = next
    }
    return nil
  }

  /// When the runner-up scores at least this share of the best, the text cannot tell them apart:
  /// the boilerplate 12 and 14 share ("provide assurances to HMICFRS that they have implemented
  /// the standard"), or "Core Code of Ethics" alone. The closest honest pair in the seeds (22 cut
  /// to its first sentence, against 21) is at 0.89.
  public static let ambiguityRatio = 0.9

  /// The best match at or above the threshold, or nil; nil too when the text fits two
  /// recommendations about equally well.
  public func match(_ text: String, report: String? = nil) -> NationalMatch? {
    let candidates = candidates(for: text, report: report)
    guard let best = candidates.first, best.score >= NationalMatcher.threshold else { return nil }
    if candidates.count > 1, candidates[1].score >= best.score * NationalMatcher.ambiguityRatio {
      return nil
    }
    return best
  }

  /// Higher score first; ties by report and number so results never depend on catalogue order.
  static func better(_ a: NationalMatch, _ b: NationalMatch) -> Bool {
    if a.score != b.score { return a.score > b.score }
    if a.reportKey != b.reportKey { return a.reportKey < b.reportKey }
    return a.number < b.number
  }

  // MARK: - A whole page

  /// The national report a page's texts belong to: the one whose matches add up to the most, or
  /// nil when no text matches either.
  public func report(for texts: [String]) -> String? {
    report(scores: texts.map(scores))
  }

  private func report(scores: [[Double]]) -> String? {
    var totals: [String: Double] = [:]
    for row in scores {
      var bestPerReport: [String: Double] = [:]
      for (index, score) in row.enumerated() where score >= NationalMatcher.threshold {
        let key = documents[index].recommendation.reportKey
        bestPerReport[key] = max(bestPerReport[key] ?? 0, score)
      }
      for (key, score) in bestPerReport { totals[key, default: 0] += score }
    }
    return totals.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
  }

  /// How far below a text's best score another candidate may be and still be given to it when its
  /// best went to a closer text: a text cut short may sit nearer a sibling than its own
  /// recommendation, but a second copy of a text must not take an unrelated number.
  public static let fallbackRatio = 0.7

  /// The official number of each text, one-to-one across the page: no number is given twice, and a
  /// text with no match at or above the threshold gets nil. The report is found from the texts
  /// unless given.
  public func assign(texts: [String], report: String? = nil) -> [Int?] {
    assignMatches(texts: texts, report: report).map { $0?.number }
  }

  /// As `assign(texts:report:)`, with each match and its score. Where a text has no content words
  /// (the page prints only a number) and `printedNumbers` gives one, that number is taken as
  /// official if no text claimed it.
  public func assignMatches(texts: [String], printedNumbers: [Int?] = [], report: String? = nil)
    -> [NationalMatch?]
  {
    var result = [NationalMatch?](repeating: nil, count: texts.count)
    let rows = texts.map(scores)
    guard let key = report ?? self.report(scores: rows) else { return result }
    var pairs: [(index: Int, match: NationalMatch)] = []
    var ambiguous: [(index: Int, matches: [NationalMatch])] = []
    for (index, row) in rows.enumerated() {
      var best = 0.0
      var bestElsewhere = 0.0
      for (document, score) in row.enumerated() {
        if documents[document].recommendation.reportKey == key {
          best = max(best, score)
        } else {
          bestElsewhere = max(bestElsewhere, score)
        }
      }
      // An item of the other report on the same page (both reports ask for a professional
      // standards function, for one) is left unnumbered rather than given its nearest sibling here.
      if best < bestElsewhere * NationalMatcher.fallbackRatio { continue }
      var near: [NationalMatch] = []
      let floor = max(NationalMatcher.threshold, best * NationalMatcher.fallbackRatio)
      for (document, score) in row.enumerated()
      where score >= floor && documents[document].recommendation.reportKey == key {
        near.append(NationalMatch(recommendation: documents[document].recommendation, score: score))
      }
      let closeRunnersUp = near.filter { $0.score >= best * NationalMatcher.ambiguityRatio }
      if closeRunnersUp.count > 1 {
        ambiguous.append((index, closeRunnersUp))
      } else {
        pairs += near.map { (index, $0) }
      }
    }
    // Greedy on the best remaining pair: a page's texts are few and each is usually far closer to
    // its own recommendation than to any other.
    pairs.sort { a, b in
      a.match.score != b.match.score
        ? a.match.score > b.match.score
        : (a.index, a.match.number) < (b.index, b.match.number)
    }
    var taken: Set<Int> = []
    for pair in pairs where result[pair.index] == nil && !taken.contains(pair.match.number) {
      result[pair.index] = pair.match
      taken.insert(pair.match.number)
    }
    // A text that fits several about equally gets the one the rest of the page left free, if only
    // one is.
    for (index, matches) in ambiguous {
      let free = matches.filter { !taken.contains($0.number) }
      guard free.count == 1 else { continue }
      result[index] = free[0]
      taken.insert(free[0].number)
    }
    for (index, text) in texts.enumerated() where result[index] == nil {
      guard index < printedNumbers.count, let number = printedNumbers[index],
        NationalMatcher.tokens(text).isEmpty, !taken.contains(number),
        let recommendation = NationalRecommendations.recommendation(report: key, number: number)
      else { continue }
      result[index] = NationalMatch(recommendation: recommendation, score: 0, basis: .printedNumber)
      taken.insert(number)
    }
    return result
  }

  /// The recommendation a printed label names ("Recommendation 21", "Rec 21", "R21", "21."), by
  /// the first number in it, if the report has one so numbered. Only for pages known to print
  /// official numbers: some services number in their own order.
  public static func recommendation(printed label: String, report: String)
    -> NationalRecommendation?
  {
    guard let number = printedNumber(label) else { return nil }
    return NationalRecommendations.recommendation(report: report, number: number)
  }

  /// The first run of ASCII digits in a label, as a number.
  public static func printedNumber(_ label: String) -> Int? {
    var value: Int?
    for byte in label.utf8 {
      if (48...57).contains(byte) {
        let next = (value ?? 0) * 10 + Int(byte - 48)
        guard next < 10_000 else { return nil }
        value = next
      } else if value != nil {
        break
      }
    }
    return value
  }

  // MARK: - Words

  /// Content words, folded and stemmed: lower case; apostrophes and in-word hyphens dropped
  /// ("don’t" → "dont", "360-degree" → "360degree"); day and year numbers dropped; stop words out.
  static func tokens<S: StringProtocol>(_ text: S) -> [String] {
    var tokens: [String] = []
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var digitsOnly = true
    // Bytes rather than scalars or characters: this runs over every text of every page imported.
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 65...90:
        word.append(byte + 32)
        digitsOnly = false
      case 97...122:
        word.append(byte)
        digitsOnly = false
      case 48...57:
        word.append(byte)
      case 0x27, 0x2D:
        // Dropped: inside a word it joins ("360-degree", "don't"); as a bullet or a dash the
        // space beside it already ends the word.
        break
      case 0xE2:
        // General punctuation (U+2000–U+206F: dashes, curly quotes, bullets) ends a word, except
        // the curly apostrophes and the hyphens, which join like their ASCII forms.
        let second = index < bytes.count ? bytes[index] : 0
        let third = index + 1 < bytes.count ? bytes[index + 1] : 0
        index = min(index + 2, bytes.count)
        let joins = second == 0x80 && (third == 0x98 || third == 0x99 || third == 0x90 || third == 0x91)
        if !joins { finish(&word, &digitsOnly, into: &tokens) }
      case 0xC2:
        // Latin-1 punctuation and the no-break space.
        index += 1
        finish(&word, &digitsOnly, into: &tokens)
      case 0x80...0xFF:
        // Other letters beyond ASCII ("é") stay in the word as written.
        word.append(byte)
        digitsOnly = false
      default:
        finish(&word, &digitsOnly, into: &tokens)
      }
    }
    finish(&word, &digitsOnly, into: &tokens)
    return tokens
  }

  /// Ends the word being read: keeps it, stemmed, unless it is a stop word or a day or year.
  private static func finish(_ word: inout [UInt8], _ digitsOnly: inout Bool, into tokens: inout [String]) {
    defer {
      word.removeAll(keepingCapacity: true)
      digitsOnly = true
    }
    guard !word.isEmpty else { return }
    // Days and years say when, not what; a three-digit number ("360") is content.
    if digitsOnly && word.count != 3 { return }
    stem(&word)
    // Stop words are checked stemmed, so one string is made per word.
    let token = String(decoding: word, as: UTF8.self)
    if !stopStems.contains(token) { tokens.append(token) }
  }

  /// Function words, and the boilerplate every recommendation (and every AFI) opens with, and the
  /// words of deadline clauses: none tells one recommendation from another.
  static let stopWords: [String] = [
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at", "as", "is",
    "are", "be", "been", "being", "was", "were", "that", "this", "these", "those", "their",
    "they", "them", "themselves", "there", "it", "its", "from", "into", "any", "all", "should",
    "must", "will", "would", "can", "could", "may", "how", "what", "which", "who", "whom",
    "where", "when", "if", "also", "not", "no", "so", "such", "than", "then", "do", "does",
    "have", "has", "had", "we", "our", "us", "you", "your", "he", "she", "his", "her", "i",
    "one", "each", "both", "whether", "including", "within", "between", "through", "about",
    "chief", "fire", "officer", "officers", "cfo", "cfos", "make", "sure", "ensure", "ensures",
    "service", "services", "rescue", "frs", "frss", "recommendation", "recommendations", "rec",
    "immediate", "immediately", "effect", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  static let stopStems: Set<String> = Set(
    stopWords.map { word in
      var bytes = Array(word.utf8)
      stem(&bytes)
      return String(decoding: bytes, as: UTF8.self)
    })

  /// A light suffix stripper, enough that "raise", "raised", "raising" and "concerns", "concern"
  /// meet: plurals, -ed, -ing, -ly, then a final e; y after a consonant becomes i. Never leaves
  /// fewer than three letters. Written as plain byte comparisons: it runs once per word.
  static func stem(_ w: inout [UInt8]) {
    let a = UInt8(ascii: "a")
    let d = UInt8(ascii: "d")
    let e = UInt8(ascii: "e")
    let g = UInt8(ascii: "g")
    let i = UInt8(ascii: "i")
    let l = UInt8(ascii: "l")
    let n = UInt8(ascii: "n")
    let o = UInt8(ascii: "o")
    let s = UInt8(ascii: "s")
    let u = UInt8(ascii: "u")
    let y = UInt8(ascii: "y")
    var count = w.count
    // Plurals; "process", "status", "analysis" are not.
    if count > 4 && w[count - 4] == s && w[count - 3] == s && w[count - 2] == e && w[count - 1] == s {
      count -= 2
    } else if count > 3 && w[count - 3] == i && w[count - 2] == e && w[count - 1] == s {
      if count - 2 >= 3 { count -= 2 }  // policies → polici, as policy → polici below
    } else if count > 2 && w[count - 1] == s
      && (w[count - 2] == s || w[count - 2] == u || w[count - 2] == i)
    {
      // not a plural
    } else if count > 1 && w[count - 1] == s {
      if count - 1 >= 3 { count -= 1 }
    }
    if count > 3 && w[count - 3] == i && w[count - 2] == n && w[count - 1] == g {
      if count - 3 >= 3 { count -= 3 }
    } else if count > 2 && w[count - 2] == e && w[count - 1] == d {
      if count - 2 >= 3 { count -= 2 }
    } else if count > 2 && w[count - 2] == l && w[count - 1] == y {
      if count - 2 >= 3 { count -= 2 }
    }
    if count > 3 && w[count - 1] == e { count -= 1 }
    if count > 3 && w[count - 1] == y {
      let before = w[count - 2]
      if before != a && before != e && before != i && before != o && before != u { w[count - 1] = i }
    }
    w.removeLast(w.count - count)
  }
}
