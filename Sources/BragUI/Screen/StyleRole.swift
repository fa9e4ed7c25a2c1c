/// What a cell is for, not how it looks: the terminal backend maps each role to colours, or to
/// bold/reverse/underline when there is no colour (`NO_COLOR`, a monochrome terminal).
public enum StyleRole: UInt8, CaseIterable, Sendable {
  case normal
  /// Pane titles, the header bar and other chrome.
  case title
  /// Borders and separators.
  case border
  /// Quieter text: labels, hints, "not rated".
  case dim
  /// The selected row in the focused pane.
  case selected
  /// The selected row in a pane without focus.
  case selectedInactive
  case blue
  case red
  case amber
  case green
  case unrated
  /// Overdue markers ("+45d"): must stand out even without colour.
  case overdue
  /// Due soon markers.
  case dueSoon
  /// Status-line messages that confirm something happened ("Saved", "Undone: …").
  case message
  /// Errors and warnings ("read-only: file failed to parse").
  case error
  /// Text the user is typing into, and the cursor position in it.
  case input
  case cursor
  /// Search matches.
  case highlight
}
