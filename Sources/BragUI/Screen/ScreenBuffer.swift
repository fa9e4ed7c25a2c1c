import BragModel

/// An in-memory screen: rows of cells that views write into and tests read back as text.
///
/// Nothing here touches a terminal; the backend compares frames and draws what changed.
/// Writes are clipped to the buffer (and to an optional clip rectangle), by display width, so a
/// view can never spill over a border or wrap at the edge.
public struct ScreenBuffer: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should be shown (while typing), or nil to hide it.
  public var cursor: (x: Int, y: Int)? {
    get { cursorX.map { ($0, cursorY) } }
    set {
      cursorX = newValue?.x
      cursorY = newValue?.y ?? 0
    }
  }
  private var cursorX: Int?
  private var cursorY = 0
  /// Use ASCII for borders and ellipses (a terminal whose locale cannot show UTF-8).
  public var asciiOnly: Bool

  public init(width: Int, height: Int, asciiOnly: Bool = false) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.asciiOnly = asciiOnly
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
    a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX
      && a.cursorY == b.cursorY
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills a rectangle with blanks of a style.
  public mutating func fill(_ rect: Rect, style: StyleRole = .normal, character: Character = " ") {
    let r = rect.clipped(to: bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<(r.y + r.height) {
      for x in r.x..<(r.x + r.width) { self[x, y] = Cell(character, width: 1, style: style) }
    }
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// Writes `text` at (x, y), never past `maxX` (exclusive) or the buffer's edge; returns the
  /// column after the last character written. Control characters are dropped, so nothing from a
  /// data file can reach the terminal as an escape sequence.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, style: StyleRole = .normal, maxX: Int? = nil)
    -> Int
  {
    guard y >= 0, y < height else { return x }
    let limit = min(maxX ?? width, width)
    var column = x
    for character in text {
      if let scalar = character.unicodeScalars.first, SafeText.isControl(scalar) { continue }
      let w = DisplayWidth.of(character)
      if w == 0 {
        continue  // a lone combining mark or format character: nothing to place
      }
      if column + w > limit { break }
      if column >= 0 {
        self[column, y] = Cell(character, width: UInt8(w), style: style)
        if w == 2 { self[column + 1, y] = .continuation(style: style) }
      }
      column += w
    }
    return column
  }

  /// Writes `text` cut to `width` columns with an ellipsis, padding the rest with spaces.
  public mutating func write(
    _ text: String, x: Int, y: Int, width: Int, style: StyleRole = .normal, pad: Bool = true
  ) {
    guard width > 0 else { return }
    let cut = DisplayWidth.truncate(SafeText.singleLine(text), to: width, ellipsis: ellipsis)
    let end = write(cut, x: x, y: y, style: style, maxX: x + width)
    if pad && end < x + width { fill(Rect(x: end, y: y, width: x + width - end, height: 1), style: style) }
  }

  public var ellipsis: String { asciiOnly ? "..." : "…" }

  /// Changes the style of every cell in a rectangle, keeping the characters.
  public mutating func restyle(_ rect: Rect, style: StyleRole) {
    let r = rect.clipped(to: bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<(r.y + r.height) {
      for x in r.x..<(r.x + r.width) { cells[y * width + x].style = style }
    }
  }

  /// One row as text (continuation cells skipped), trailing spaces kept.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<width {
      let cell = self[x, y]
      if !cell.isContinuation { text.append(cell.character) }
    }
    return text
  }

  /// The whole screen as text, one line per row with trailing spaces trimmed: what a test compares.
  public var text: String {
    (0..<height).map { y in
      var line = line(y)
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  /// The style of the first cell whose text starts `needle` on row `y`, for tests.
  public func style(of needle: String, onLine y: Int) -> StyleRole? {
    var characters: [(Character, Int)] = []
    for x in 0..<width where !self[x, y].isContinuation {
      characters.append((self[x, y].character, x))
    }
    let text = String(characters.map(\.0))
    guard let range = text.range(of: needle) else { return nil }
    let index = text.distance(from: text.startIndex, to: range.lowerBound)
    return self[characters[index].1, y].style
  }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var maxX: Int { x + width }
  public var maxY: Int { y + height }

  public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  public func clipped(to other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
  }

  /// The rectangle shrunk by `n` cells on every side.
  public func inset(_ n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: max(0, width - 2 * n), height: max(0, height - 2 * n))
  }
}
