/// The board's three panes, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
  case reports
  case items
  case detail

  var next: Pane { Pane(rawValue: (rawValue + 1) % 3)! }
  var previous: Pane { Pane(rawValue: (rawValue + 2) % 3)! }
}
