/// How far ahead "due soon" looks; `w` cycles through these.
public enum DueSoonWindow: Int, CaseIterable, Sendable {
  case none
  case twoWeeks
  case sixWeeks
  case threeMonths

  public var days: Int? {
    switch self {
    case .none: nil
    case .twoWeeks: 14
    case .sixWeeks: 42
    case .threeMonths: 91
    }
  }

  public var label: String {
    switch self {
    case .none: "no due-soon window"
    case .twoWeeks: "due within 2 weeks"
    case .sixWeeks: "due within 6 weeks"
    case .threeMonths: "due within 3 months"
    }
  }

  /// "the next 6 weeks": what "nothing falls due in …" says.
  public var span: String {
    switch self {
    case .none: "no window"
    case .twoWeeks: "the next 2 weeks"
    case .sixWeeks: "the next 6 weeks"
    case .threeMonths: "the next 3 months"
    }
  }

  var next: DueSoonWindow { DueSoonWindow(rawValue: (rawValue + 1) % DueSoonWindow.allCases.count)! }
}
