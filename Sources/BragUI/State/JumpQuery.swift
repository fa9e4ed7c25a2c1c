import BragModel

/// What `:` was asked for: a label ("AFI 3", "Rec 21", "Recommendation 21", "rec21", "area for
/// improvement 3") or a bare number ("21").
struct JumpQuery: Equatable, Sendable {
  /// The text as labels are compared: see ``key(_:)``.
  var key: String
  /// The kind the text names, if any ("rec", "afi").
  var kind: RowKind?
  /// The number in the text, when it is a number with or without a kind.
  var number: Int?

  init?(_ text: String) {
    key = Self.key(text)
    guard !key.isEmpty else { return nil }
    for (prefix, kind) in [("rec", RowKind.recommendation), ("afi", .areaForImprovement)]
    where key.hasPrefix(prefix) {
      let rest = key.dropFirst(prefix.count)
      if !rest.isEmpty, rest.allSatisfy(\.isASCIIDigit) {
        self.kind = kind
        number = Int(rest)
      }
    }
    if key.allSatisfy(\.isASCIIDigit) { number = Int(key) }
  }

  /// A label as the jump compares it: lower case, the kind's words shortened, no spaces.
  /// "Recommendation 21", "Rec 21" and "rec21" all read "rec21"; "Area for improvement 3" and
  /// "AFI 3" read "afi3".
  static func key(_ text: String) -> String {
    var text = text.lowercased().replacingOccurrences(of: "-", with: " ")
    for (long, short) in [
      ("areas for improvement", "afi"), ("area for improvement", "afi"), ("recommendations", "rec"),
      ("recommendation", "rec"), ("rec.", "rec"),
    ] {
      text = text.replacingOccurrences(of: long, with: short)
    }
    return String(text.filter { !$0.isWhitespace })
  }

  /// How well an item matches, 0 best: its label; else its official number (of the kind asked
  /// for, if one was); else, for a bare number, the number its label ends with ("3" for AFI 3).
  /// Nil: no match.
  func rank(of row: IndexedRow) -> Int? {
    let label = Self.key(row.string(.ref) ?? "")
    if label == key { return 0 }
    guard let number else { return nil }
    if row.number == number && (kind == nil || kind == row.kind) { return 1 }
    if kind == nil {
      let digits = label.reversed().prefix { $0.isASCIIDigit }
      if !digits.isEmpty, Int(String(digits.reversed())) == number { return 2 }
    }
    return nil
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The items the last jump found, best first: what n and N step through after it.
struct JumpMatches: Equatable, Sendable {
  var text: String
  var items: [RowID]
}
