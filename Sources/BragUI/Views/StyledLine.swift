import BragModel

/// A line made of styled pieces, for panes that build their content before drawing it.
struct StyledLine: Equatable {
  var segments: [(text: String, style: StyleRole)]
  /// Marks the line that holds the detail pane's selected action, so scrolling can follow it.
  var isSelected = false

  init(_ segments: [(String, StyleRole)] = [], selected: Bool = false) {
    self.segments = segments.map { (text: $0.0, style: $0.1) }
    isSelected = selected
  }

  init(_ text: String, _ style: StyleRole = .normal) { self.init([(text, style)]) }

  /// The columns the line takes on screen.
  var width: Int { segments.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  static func == (a: StyledLine, b: StyledLine) -> Bool {
    a.segments.map(\.text) == b.segments.map(\.text) && a.segments.map(\.style) == b.segments.map(\.style)
  }

  /// Word-wraps `text` to `width` columns, every line in `style`, continuation lines indented.
  static func wrap(_ text: String, width: Int, style: StyleRole = .normal, indent: Int = 0) -> [StyledLine] {
    var lines: [StyledLine] = []
    let pad = String(repeating: " ", count: indent)
    for paragraph in SafeText.multiLine(text).split(separator: "\n", omittingEmptySubsequences: false) {
      var current = ""
      var currentWidth = 0
      let available = max(1, width - indent)
      func flush() {
        lines.append(StyledLine(pad + current, style))
        current = ""
        currentWidth = 0
      }
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        // A word longer than the line is split hard.
        while wordWidth > available {
          if currentWidth > 0 { flush() }
          let head = DisplayWidth.truncate(word, to: available, ellipsis: "")
          lines.append(StyledLine(pad + head, style))
          word = String(word.dropFirst(head.count))
          wordWidth = DisplayWidth.of(word)
        }
        if currentWidth > 0 && currentWidth + 1 + wordWidth > available { flush() }
        if currentWidth > 0 {
          current += " "
          currentWidth += 1
        }
        current += word
        currentWidth += wordWidth
      }
      if currentWidth > 0 || paragraph.isEmpty { flush() }
    }
    return lines
  }
}

extension ScreenBuffer {
  /// Draws a styled line at (x, y), clipped to `width`.
  mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int) {
    var column = x
    for segment in line.segments {
      guard column < x + width else { break }
      let remaining = x + width - column
      let text =
        DisplayWidth.of(segment.text) > remaining
        ? DisplayWidth.truncate(segment.text, to: remaining, ellipsis: ellipsis) : segment.text
      column = write(text, x: column, y: y, style: segment.style, maxX: x + width)
    }
  }

  /// A box with a title on its top border; the focused pane's border is drawn as a title.
  mutating func box(_ rect: Rect, title: String, focused: Bool) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let style: StyleRole = focused ? .title : .border
    let (h, v, tl, tr, bl, br) =
      asciiOnly
      ? ("-", "|", "+", "+", "+", "+")
      : (focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘"))
    let horizontal = String(repeating: h, count: rect.width - 2)
    write(tl + horizontal + tr, x: rect.x, y: rect.y, style: style)
    write(bl + horizontal + br, x: rect.x, y: rect.maxY - 1, style: style)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      write(v, x: rect.x, y: y, style: style)
      write(v, x: rect.maxX - 1, y: y, style: style)
    }
    let label = " \(title) "
    write(
      DisplayWidth.truncate(label, to: rect.width - 4, ellipsis: ellipsis), x: rect.x + 2, y: rect.y,
      style: .title)
  }
}
