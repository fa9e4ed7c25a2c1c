/// The opening every standalone HTML export shares (minutes, the members' paper, the evidence
/// pack): an HTML5 document in British English, UTF-8, sized for phones, with its own style and
/// no external assets. `title` is escaped here; `style` is the export's own CSS.
enum HTMLPage {
  static func start(title: String, style: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTMLCellText.escape(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>

    """
  }

  static let end = "</body>\n</html>\n"

  /// The body of a document meant to be read and printed: a readable measure, system fonts.
  static let readingStyle =
    "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
}
