/// The lines a saved web page brings with it that belong to no item: skip links, feedback
/// prompts, loading notices, cookie banners, breadcrumbs. They are dropped and counted, never
/// glued into an item's text.
enum PageFurniture {
  private static let lines: Set<String> = [
    "skip to content", "skip to main content", "skip to main navigation", "skip navigation",
    "did you find this page useful?", "was this page useful?", "was this page helpful?",
    "is this page useful?", "loading", "loading…", "back to top", "return to top", "link to search",
    "print this page", "print", "share this page", "share", "accessible html version",
    "(accessible html version)", "accept all cookies", "reject all cookies", "cookie settings",
    "manage cookies", "accept cookies", "reject cookies", "search", "menu", "close", "open menu",
    "close menu", "report a problem with this page", "start typing and press enter to search",
    "previous", "next", "top of page", "read the full report", "accessibility",
  ]
  private static let openings = [
    "your browser is unsupported", "we use cookies", "this website uses cookies", "this site uses cookies",
    "you are here:", "you are here", "last updated:", "page last updated", "rate this page",
  ]

  static func isFurniture(_ line: PageImport.Line) -> Bool {
    // Furniture is short: a long line has no key and is not searched.
    let lower = line.key
    guard !lower.isEmpty else { return false }
    let text = line.text
    if lines.contains(lower) || lines.contains(lower + "?") { return true }
    if openings.contains(where: { lower.hasPrefix($0) }) { return true }
    return isBreadcrumb(text)
  }

  /// "Home > About us > HMICFRS", "Home / Your service / Values": short steps between arrows.
  static func isBreadcrumb(_ text: String) -> Bool {
    // Every separator holds '>', '/' or a byte above ASCII: skip the searches on other lines.
    guard text.utf8.contains(where: { $0 == 0x3E || $0 == 0x2F || $0 >= 0x80 }) else { return false }
    for separator in [" > ", " › ", " » ", " / ", " ▸ "] where text.contains(separator) {
      let steps = text.components(separatedBy: separator)
      if steps.count >= 3, steps.allSatisfy({ !$0.isEmpty && $0.count <= 50 && !$0.hasSuffix(".") }) {
        return true
      }
    }
    return false
  }
}
