import BragExchange
import BragModel
import Foundation
import Testing

/// The page importer measured on documents modelled on other services' publications
/// (`Corpus/README.md`): each item compared field by field with its hand-written expectation.
@Suite("Import corpus")
struct CorpusTests {
  struct Expectation: Decodable {
    struct Update: Decodable {
      var period: String
      var text: String
    }

    struct Entry: Decodable {
      var kind: String
      var number: Int?
      var pageLabel: String?
      var title: String?
      var text: String
      var deadline: String?
      var status: String?
      var response: String?
      var updates: [Update]
    }

    var service: String
    var imitates: String
    var report: String
    var published: String?
    var items: [Entry]
    var furniture: [String]
  }

  struct Document {
    var name: String
    var text: String
    var expected: Expectation
  }

  static let documents: [Document] = {
    let folder = Bundle.module.url(forResource: "Corpus/pages", withExtension: nil)!
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
      let base = String(name.dropLast(4))
      let text = ImportText.decode(try! Data(contentsOf: folder.appendingPathComponent(name)))
      let json = try! Data(contentsOf: folder.appendingPathComponent(base + ".expected.json"))
      let expected = try! JSONDecoder().decode(Expectation.self, from: json)
      return Document(name: base, text: text, expected: expected)
    }
  }()

  /// Spaces folded, typographic quotes and dashes made plain: how two texts are compared.
  static func plain(_ text: String) -> String {
    var out = ""
    var space = false
    for character in text {
      let c: Character =
        switch character {
        case "\u{2018}", "\u{2019}": "'"
        case "\u{201C}", "\u{201D}": "\""
        case "\u{2013}", "\u{2014}": "-"
        case "\u{00A0}": " "
        default: character
        }
      if c.isWhitespace {
        space = !out.isEmpty
      } else {
        if space { out.append(" ") }
        space = false
        out.append(c)
      }
    }
    return out
  }

  static func starts(_ text: String?, with prefix: String) -> Bool {
    guard let text else { return false }
    return plain(text).lowercased().hasPrefix(plain(prefix).lowercased())
  }

  /// What differs between an imported item and its expectation; empty when it is exactly right.
  static func differences(_ item: Item, _ expected: Expectation.Entry) -> [String] {
    var out: [String] = []
    let kind = item.kind.rawValue
    if kind != expected.kind { out.append("kind \(kind), expected \(expected.kind)") }
    // An area for improvement's number lives in its label ("AFI 3").
    let number = item.kind == .areaForImprovement ? Self.number(in: item.label) : item.number
    if number != expected.number {
      out.append(
        "number \(number.map(String.init) ?? "none"), expected \(expected.number.map(String.init) ?? "none")")
    }
    if let label = expected.pageLabel, let printed = Self.number(in: label),
      Self.number(in: item.label) != printed
    {
      out.append("label '\(item.label)', expected the page's '\(label)'")
    }
    let due = item.timescale.due?.description
    if due != expected.deadline {
      out.append("deadline \(due ?? "none"), expected \(expected.deadline ?? "none")")
    }
    if plain(item.status ?? "") != plain(expected.status ?? "") {
      out.append("status '\(item.status ?? "none")', expected '\(expected.status ?? "none")'")
    }
    if let response = expected.response {
      if !starts(item.response, with: response) {
        out.append("response '\(item.response?.prefix(60) ?? "none")', expected '\(response.prefix(60))…'")
      }
    } else if item.response != nil {
      out.append("response '\(item.response!.prefix(60))', expected none")
    }
    if item.updates.count != expected.updates.count {
      out.append(
        "updates \(item.updates.map(\.period)), expected \(expected.updates.map(\.period))")
    } else {
      for (update, want) in zip(item.updates, expected.updates) {
        if plain(update.period).lowercased() != plain(want.period).lowercased() {
          out.append("update period '\(update.period)', expected '\(want.period)'")
        }
        if !starts(update.text, with: want.text) {
          out.append(
            "update \(want.period) text '\(update.text.prefix(50))', expected '\(want.text.prefix(50))…'")
        }
      }
    }
    return out
  }

  static func number(in label: String) -> Int? {
    let digits = label.reversed().drop { !$0.isNumber }.prefix { $0.isNumber }
    return digits.isEmpty ? nil : Int(String(digits.reversed()))
  }

  struct Score {
    var right = 0
    var items = 0
    var spurious = 0
    var failures: [String] = []
  }

  static func score() -> Score {
    var score = Score()
    for document in documents {
      let published = document.expected.published.flatMap(CalendarDate.init)
      let options = ImportOptions(
        reportID: "corpus", title: document.name, service: document.expected.service, published: published)
      let result = PageImport.parse(document.text, options: options)
      var unmatched = result.report.items
      for expected in document.expected.items {
        score.items += 1
        guard let index = unmatched.firstIndex(where: { starts($0.text, with: expected.text) }) else {
          score.failures.append(
            "\(document.name): not found: \(expected.pageLabel ?? "") '\(expected.text.prefix(50))…'")
          continue
        }
        let item = unmatched.remove(at: index)
        var problems = differences(item, expected)
        let lines = ([item.text, item.response ?? "", item.status ?? ""] + item.updates.map(\.text))
          .flatMap { $0.split(separator: "\n") }.map { plain(String($0)) }
        for line in document.expected.furniture where lines.contains(plain(line)) {
          problems.append("holds the furniture line '\(line)'")
        }
        if problems.isEmpty {
          score.right += 1
        } else {
          score.failures.append("\(document.name) \(item.label): " + problems.joined(separator: "; "))
        }
      }
      score.spurious += unmatched.count
      for item in unmatched {
        score.failures.append("\(document.name): spurious \(item.label) '\(item.text.prefix(50))'")
      }
    }
    return score
  }

  @Test("the corpus has at least 12 documents from at least 8 services, each naming its original")
  func corpusShape() {
    #expect(Self.documents.count >= 12)
    #expect(Set(Self.documents.map(\.expected.service)).count >= 8)
    for document in Self.documents {
      #expect(document.expected.imitates.contains("."), "\(document.name) names no address")
    }
  }

  /// The bar the README reports. Raise it as the importer improves; never lower it.
  static let bar = 0.95

  @Test("the importer reads the corpus: items exactly right, and no spurious items")
  func measure() {
    let score = Self.score()
    let share = Double(score.right) / Double(max(score.items, 1))
    print(
      "corpus: \(score.right) of \(score.items) items exactly right "
        + "(\(String(format: "%.1f", share * 100))%), \(score.spurious) spurious, \(Self.documents.count) documents"
    )
    if ProcessInfo.processInfo.environment["BRAG_CORPUS_DETAIL"] == "1" {
      for failure in score.failures { print("  " + failure) }
    }
    #expect(share >= Self.bar, "below the bar: \(score.failures.prefix(20).joined(separator: "\n"))")
    #expect(
      score.spurious == 0,
      "items the corpus does not hold: \(score.failures.filter { $0.contains("spurious") })")
  }
}
