import BragModel
import Foundation

/// Turns the HTML fragments spreadsheet cells carry (`<p>`, `<ul><li>`, `<ol>`, `<br>`) into the
/// data format's text: one line per paragraph, "- " lines for list items. Bullets written inside a
/// list without `<li>` ("• one • two", "-one -two", "1. one 2. two") become one line each.
public enum HTMLCellText {
  public static func containsHTML(_ text: String) -> Bool {
    text.range(of: #"<(p|ul|ol|li|br|div)[\s>/]"#, options: [.regularExpression, .caseInsensitive]) != nil
  }

  /// The cell as lines; plain text is only trimmed line by line.
  public static func lines(_ cell: String) -> [String] {
    guard containsHTML(cell) else {
      return cell.components(separatedBy: "\n").map(clean).filter { !$0.isEmpty }
    }
    var lines: [String] = []
    var current = ""
    var listDepth = 0
    var inItem = false
    func flush() {
      let text = clean(current)
      current = ""
      guard !text.isEmpty else { return }
      if inItem {
        lines.append("- " + text)
      } else if listDepth > 0 {
        lines.append(contentsOf: splitBullets(text))
      } else {
        lines.append(text)
      }
    }
    var index = cell.startIndex
    while index < cell.endIndex {
      if cell[index] == "<", let close = cell[index...].firstIndex(of: ">") {
        let tag = cell[cell.index(after: index)..<close].lowercased()
        let name =
          tag.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
          .split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
        let closing = tag.hasPrefix("/")
        switch name {
        case "p", "div", "br", "h1", "h2", "h3", "h4", "tr":
          flush()
        case "ul", "ol":
          flush()
          listDepth = max(0, listDepth + (closing ? -1 : 1))
        case "li":
          flush()
          inItem = !closing
        default:
          break  // <strong>, <span> and the like: the words stay, the tag goes.
        }
        index = cell.index(after: close)
        continue
      }
      if cell[index] == "\n" {
        flush()
      } else {
        current.append(cell[index])
      }
      index = cell.index(after: index)
    }
    flush()
    return lines
  }

  /// The cell as text: its lines joined by line breaks.
  public static func text(_ cell: String) -> String { lines(cell).joined(separator: "\n") }

  /// Paragraphs only (each `<p>` or line one entry), for cells that hold one entry per paragraph.
  public static func paragraphs(_ cell: String) -> [String] { lines(cell) }

  /// "• a • b" → ["- a", "- b"]; "-a -b" → ["-a", "-b"]; "1. a 2. b" → ["1. a", "2. b"].
  static func splitBullets(_ text: String) -> [String] {
    if text.contains("•") {
      let parts = text.components(separatedBy: "•").map { $0.trimmingCharacters(in: .whitespaces) }
      var out: [String] = []
      if let first = parts.first, !first.isEmpty { out.append(first) }
      out.append(contentsOf: parts.dropFirst().filter { !$0.isEmpty }.map { "- " + $0 })
      return out
    }
    let marked = text.replacingOccurrences(
      of: #"(?:^|\s+)(-(?=\S)|\d{1,2}\.\s)"#, with: "\u{1E}$1", options: .regularExpression)
    return marked.components(separatedBy: "\u{1E}").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// Entities decoded, runs of white space closed up, ends trimmed.
  static func clean(_ text: String) -> String {
    var out = decodeEntities(text).replacingOccurrences(of: "\u{00A0}", with: " ")
    out = out.replacingOccurrences(of: #"[ \t]+"#, with: " ", options: .regularExpression)
    return out.trimmingCharacters(in: .whitespaces)
  }

  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
    "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "hellip": "…",
    "pound": "£",
  ]

  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let pattern = try! NSRegularExpression(pattern: "&(#x?[0-9a-fA-F]+|[a-zA-Z]+);")
    var out = ""
    var last = text.startIndex
    for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
      guard let range = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text) else {
        continue
      }
      out += text[last..<range.lowerBound]
      let key = String(text[name])
      var replacement: String?
      if key.hasPrefix("#x") || key.hasPrefix("#X") {
        replacement = UInt32(key.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
      } else if key.hasPrefix("#") {
        replacement = UInt32(key.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
      } else {
        replacement = entities[key]
      }
      out += replacement ?? String(text[range])
      last = range.upperBound
    }
    out += text[last...]
    return out
  }

  /// Text in the data format as an HTML cell: a `<p>` per line, "- " lines as `<ul><li>`, every
  /// character that HTML would read escaped. One plain line stays as it is (escaped).
  public static func html(_ text: String) -> String {
    let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    if lines.count == 1 && !lines[0].hasPrefix("- ") { return escape(lines[0]) }
    var out = ""
    var inList = false
    for line in lines {
      if line.hasPrefix("- ") {
        if !inList { out += "<ul>" }
        inList = true
        out += "<li>\(escape(String(line.dropFirst(2))))</li>"
      } else {
        if inList { out += "</ul>" }
        inList = false
        out += "<p>\(escape(line))</p>"
      }
    }
    if inList { out += "</ul>" }
    return out
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
