import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One element of a small XML document (a workbook part), read whole: its local name (the
/// namespace prefix dropped, so Strict and Transitional OOXML read alike), attributes by local
/// name, children and text.
final class XMLElement {
  let name: String
  let attributes: [String: String]
  var children: [XMLElement] = []
  var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  subscript(attribute: String) -> String? { attributes[attribute] }

  /// The part as UTF-8 that XML 1.0 allows, checked before `XMLParser` sees it: FoundationXML
  /// traps on a name holding a control character or broken UTF-8, where it should report an
  /// error. A UTF-16 part (rare, but allowed) is made UTF-8, its declaration dropped.
  static func checked(_ data: Data) throws -> Data {
    var data = data
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      guard var text = String(data: data, encoding: .utf16) else {
        throw XMLTree.Failure(line: 1, reason: "broken UTF-16")
      }
      if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = String(text[end.upperBound...]) }
      data = Data(text.utf8)
    }
    var line = 1
    for byte in data {
      switch byte {
      case 0x0A: line += 1
      case 0x09, 0x0D: break
      case 0x00...0x1F: throw XMLTree.Failure(line: line, reason: "a control character XML does not allow")
      default: break
      }
    }
    guard String(data: data, encoding: .utf8) != nil else {
      throw XMLTree.Failure(line: 1, reason: "not UTF-8")
    }
    return data
  }

  func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

  func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

  /// Parses `data`. Throws ``XMLTree/Failure`` with the line of the first error; a document
  /// type declaration is refused (no workbook part has one, and its entities could expand
  /// without end).
  static func parse(_ data: Data) throws -> XMLElement {
    let data = try checked(data)
    if data.prefix(4096).range(of: Data("<!DOCTYPE".utf8)) != nil {
      throw XMLTree.Failure(line: 1, reason: "a document type declaration, which workbooks never hold")
    }
    let builder = XMLTree()
    let parser = XMLParser(data: data)
    // Prefixes are dropped by hand: FoundationXML's namespace processing traps on some damaged names.
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not XML"
      throw XMLTree.Failure(line: parser.lineNumber, reason: reason)
    }
    // XMLParser on Linux can report success for a document cut off inside an element.
    guard builder.isComplete else {
      throw XMLTree.Failure(line: parser.lineNumber, reason: "it ends inside an element (cut short)")
    }
    return root
  }
}

/// Builds the tree as `XMLParser` reports it.
final class XMLTree: NSObject, XMLParserDelegate {
  struct Failure: Error {
    var line: Int
    var reason: String
  }

  var root: XMLElement?
  private var stack: [XMLElement] = []

  /// Every element that was opened was closed.
  var isComplete: Bool { stack.isEmpty }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    var local: [String: String] = [:]
    for (key, value) in attributes {
      local[key.split(separator: ":").last.map(String.init) ?? key] = value
    }
    let element = XMLElement(name: Self.localName(elementName), attributes: local)
    if let parent = stack.last { parent.children.append(element) } else { root = element }
    stack.append(element)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    _ = stack.popLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }

  // Whitespace inside <t xml:space="preserve"> is text too.
  func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
    stack.last?.text += whitespaceString
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    stack.last?.text += String(decoding: block, as: UTF8.self)
  }

  static func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }
}
