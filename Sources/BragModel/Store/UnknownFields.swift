import Foundation

/// Finds fields in a data file that the format does not know, such as a misspelt `"stauts"`.
///
/// Decoding ignores unknown keys, and the next save would then drop them: a hand edit would be
/// lost without a word. So every file's keys are checked against the format's schema, taken
/// from ``schemaSample`` (a report with every field set), in one pass over the bytes.
enum UnknownFields {
  /// The schema: for an object, its known keys and their schemas; for a list, its elements'.
  final class Node: Sendable {
    let keys: [(key: [UInt8], node: Node)]
    let element: Node?

    init(keys: [(key: [UInt8], node: Node)] = [], element: Node? = nil) {
      self.keys = keys
      self.element = element
    }

    func child<Key: Collection<UInt8>>(_ key: Key) -> Node? { keys.first { $0.key.elementsEqual(key) }?.node }

    /// Whether a key this object's schema lacks is reported, given its value: `null` is taken as
    /// absent, and a list's schema says nothing of keys.
    func reportsMissingKey(valueIsNull: Bool) -> Bool { !valueIsNull && (!keys.isEmpty || element == nil) }

    /// Builds a schema from a decoded JSON value, merging the shapes of list elements.
    static func from(_ value: Any) -> Node {
      if let object = value as? [String: Any] {
        return Node(keys: object.map { (Array($0.key.utf8), from($0.value)) })
      }
      if let array = value as? [Any] {
        return Node(element: array.map(from).reduce(Node(), merge))
      }
      return Node()
    }

    static func merge(_ a: Node, _ b: Node) -> Node {
      var keys = a.keys
      for (key, node) in b.keys {
        if let index = keys.firstIndex(where: { $0.key == key }) {
          keys[index].node = merge(keys[index].node, node)
        } else {
          keys.append((key, node))
        }
      }
      let element: Node? =
        switch (a.element, b.element) {
        case (let x?, let y?): merge(x, y)
        case (let x?, nil): x
        case (nil, let y): y
        }
      return Node(keys: keys, element: element)
    }
  }

  static let schema: Node = {
    let data = try! ReportCoding.encodeCompact(schemaSample)
    return Node.from(try! JSONSerialization.jsonObject(with: data))
  }()

  /// The path of the first unknown field and its byte offset, or nil when every field is known.
  static func first(in bytes: [UInt8]) -> (path: [JSONLocator.PathComponent], offset: Int)? {
    var scanner = Scanner(bytes: bytes)
    return scanner.run()
  }

  /// Walks the JSON text alongside the schema. The text already decoded, so it is valid JSON.
  private struct Scanner {
    let bytes: [UInt8]
    var position = 0
    var path: [JSONLocator.PathComponent] = []

    mutating func run() -> (path: [JSONLocator.PathComponent], offset: Int)? {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
      return value(schema)
    }

    mutating func skipSpace() {
      while position < bytes.count,
        bytes[position] == 0x20 || bytes[position] == 0x0A
          || bytes[position] == 0x0D || bytes[position] == 0x09
      {
        position += 1
      }
    }

    /// Scans a value; returns the first unknown key found inside it.
    mutating func value(_ node: Node?) -> (path: [JSONLocator.PathComponent], offset: Int)? {
      skipSpace()
      guard position < bytes.count else { return nil }
      switch bytes[position] {
      case UInt8(ascii: "{"):
        position += 1
        skipSpace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
          position += 1
          return nil
        }
        while position < bytes.count {
          skipSpace()
          let keyStart = position
          let key = string()
          skipSpace()
          position += 1  // ':'
          skipSpace()
          let child = node?.child(key)
          if let node, child == nil,
            node.reportsMissingKey(valueIsNull: bytes[position...].starts(with: Array("null".utf8)))
          {
            return (path + [.key(String(decoding: key, as: UTF8.self))], keyStart)
          }
          path.append(.key(String(decoding: key, as: UTF8.self)))
          if let found = value(child) { return found }
          path.removeLast()
          skipSpace()
          if position < bytes.count && bytes[position] == UInt8(ascii: ",") {
            position += 1
          } else {
            position += 1  // '}'
            return nil
          }
        }
        return nil
      case UInt8(ascii: "["):
        position += 1
        skipSpace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
          position += 1
          return nil
        }
        var index = 0
        while position < bytes.count {
          path.append(.index(index))
          if let found = value(node?.element) { return found }
          path.removeLast()
          skipSpace()
          index += 1
          if position < bytes.count && bytes[position] == UInt8(ascii: ",") {
            position += 1
          } else {
            position += 1  // ']'
            return nil
          }
        }
        return nil
      case UInt8(ascii: "\""):
        _ = string()
        return nil
      default:
        // A number, true, false or null: skip to the next delimiter.
        while position < bytes.count {
          let byte = bytes[position]
          if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
            || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
          {
            break
          }
          position += 1
        }
        return nil
      }
    }

    /// Reads a string's raw bytes (escapes left as written: keys in this format never need them).
    mutating func string() -> ArraySlice<UInt8> {
      position += 1
      let start = position
      while position < bytes.count && bytes[position] != UInt8(ascii: "\"") {
        position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
      }
      let end = min(position, bytes.count)
      position += 1
      return bytes[start..<end]
    }
  }

  /// "report.items[2].stauts" for a path.
  static func describe(_ path: [JSONLocator.PathComponent]) -> String {
    var text = ""
    for component in path {
      switch component {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  /// A report with every field set and every list holding one element: its encoding is the schema.
  /// A test checks that nothing in it is nil or empty, so a new field cannot be forgotten here.
  static let schemaSample: Report = {
    let date = CalendarDate(year: 2024, month: 1, day: 1)!
    let timescale = Timescale(written: "w", due: date, precision: .day, basis: "b")
    let revision = DueRevision(due: date, reason: "r", author: "a", at: "t")
    let history = HistoryEntry(at: "t", author: "a", field: .other("f"), before: "b", after: "a", reason: "r")
    let extensions = [
      DateExtension(
        due: date, reason: "r", state: .refused, requestedBy: "a", requestedAt: "t", decidedBy: "a",
        decidedAt: "t", refusal: "r")
    ]
    let hold = Hold(reason: "r", waitingOn: "w", by: "a", since: "t")
    let closure = Closure(
      state: .proposed, evidence: [Evidence(kind: .text, value: "v")], proposedBy: "a", proposedAt: "t",
      monitorUntil: date, decidedBy: "a", decidedAt: "t", reason: "r", ratingBefore: .green, statusBefore: "s"
    )
    let action = Action(
      id: "a", text: "t", owner: "o", timescale: timescale, revisedDue: revision, status: "s", brag: .red,
      notes: "n",
      history: [history], extensions: extensions, hold: hold, serves: ["r/i"])
    let item = Item(
      id: "i", kind: .recommendation, number: 1, label: "l", section: "s", text: "t", audience: "a",
      owner: "o",
      timescale: timescale, revisedDue: revision, status: "s", brag: .red, hmiPage: "p",
      requiredOutcomes: "r",
      response: "r", selfAssessment: .met, returnNarrative: "n", actions: [action],
      updates: [QuarterlyUpdate(period: "p", date: date, author: "a", text: "t")],
      links: [Link(target: "t", text: "t")], history: [history], closure: closure, extensions: extensions,
      hold: hold,
      requirement: RequirementRef(key: "k", clause: "1", obligation: .should, label: "l", retiredIn: "v"),
      assessment: Assessment(
        compliance: .partly, evidence: [Evidence(kind: .text, value: "v")], assessedBy: "a", assessedAt: "t",
        version: "v", reassess: "r"))
    return Report(
      id: "r", title: "t", kind: .other, publisher: "p", service: "s", published: date, source: "s",
      summary: "s",
      judgements: [JudgementArea(name: "n", grade: "g")], promisingPractice: ["p"],
      notes: [Note(date: date, title: "t", from: "f", text: "t")], items: [item],
      standard: StandardReference(key: "k", version: "v"))
  }()
}
