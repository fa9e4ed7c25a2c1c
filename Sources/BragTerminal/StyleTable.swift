import BragUI

/// What the terminal can do with colour.
public enum ColorSupport: Equatable, Sendable {
  /// No colour (`NO_COLOR`, or a terminal without colours): attributes only.
  case monochrome
  /// This many colours (8, 16, 256, …), drawn over the terminal's own default colours.
  case colors(Int)

  /// Decides from `has_colors()`, the terminal's colour count and the environment:
  /// any non-empty `NO_COLOR` turns colour off (https://no-color.org).
  public static func decide(hasColors: Bool, colorCount: Int, environment: [String: String]) -> ColorSupport {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
    guard hasColors, colorCount >= 8 else { return .monochrome }
    return .colors(colorCount)
  }
}

/// Text attributes, independent of curses so the table can be tested.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let reverse = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// How a role looks: curses colour numbers (-1 is the terminal's default) and attributes.
public struct Look: Hashable, Sendable {
  public var foreground: Int16
  public var background: Int16
  public var attributes: TextAttributes

  public init(foreground: Int16 = -1, background: Int16 = -1, _ attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}

/// The one place that says what each `StyleRole` looks like.
public enum StyleTable {
  // curses colour numbers
  static let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
  static let blue: Int16 = 4, cyan: Int16 = 6, grey: Int16 = 8, brightBlue: Int16 = 12
  static let amber256: Int16 = 214

  /// The look of `role`. In colour, BRAG roles get their colours (amber is yellow, or orange on a
  /// 256-colour terminal; unrated is grey) and overdue is bold red reversed. In monochrome only
  /// attributes are used, and selected (reverse), overdue (bold underline), error (bold reverse)
  /// and input (underline) all differ.
  public static func look(for role: StyleRole, colors: ColorSupport) -> Look {
    guard case .colors(let count) = colors else { return monochrome(role) }
    let rich = count >= 16
    let greyText = rich ? Look(foreground: grey) : Look(.dim)
    let amber = count >= 256 ? amber256 : yellow
    switch role {
    case .normal: return Look()
    case .title: return Look(.bold)
    case .border: return rich ? Look(foreground: grey) : Look()
    case .dim: return greyText
    case .selected: return Look(.reverse)
    case .selectedInactive: return Look(.underline)
    case .blue: return Look(foreground: rich ? brightBlue : blue, rich ? [] : [.bold])
    case .red: return Look(foreground: red)
    case .amber: return Look(foreground: amber)
    case .green: return Look(foreground: green)
    case .unrated: return greyText
    case .overdue: return Look(foreground: red, [.bold, .reverse])
    case .dueSoon: return Look(foreground: amber, .bold)
    case .message: return Look(foreground: cyan)
    case .error: return Look(foreground: red, .bold)
    case .input: return Look(.underline)
    case .cursor: return Look(.reverse)
    case .highlight: return Look(foreground: black, background: yellow)
    }
  }

  static func monochrome(_ role: StyleRole) -> Look {
    switch role {
    case .normal, .border, .blue, .amber, .green: return Look()
    case .title, .red, .dueSoon, .message: return Look(.bold)
    case .dim, .unrated: return Look(.dim)
    case .selected, .cursor: return Look(.reverse)
    case .selectedInactive, .input: return Look(.underline)
    case .overdue: return Look([.bold, .underline])
    case .error: return Look([.bold, .reverse])
    case .highlight: return Look([.reverse, .underline])
    }
  }

  /// The colour pair the backend gives `role` (pair 0 is fixed by curses).
  public static func pair(for role: StyleRole) -> Int16 { Int16(role.rawValue) + 1 }
}
