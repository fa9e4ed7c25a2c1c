/// One terminal cell: a character, its display width, and its style role.
///
/// A wide character (East Asian, most emoji) occupies two cells: the first holds it with
/// `width == 2`, the second is a continuation with `width == 0` and an empty character.
public struct Cell: Equatable, Sendable {
  public var character: Character
  public var width: UInt8
  public var style: StyleRole

  public init(_ character: Character = " ", width: UInt8 = 1, style: StyleRole = .normal) {
    self.character = character
    self.width = width
    self.style = style
  }

  public static let blank = Cell()

  /// The right half of a wide character.
  public static func continuation(style: StyleRole) -> Cell { Cell(" ", width: 0, style: style) }

  public var isContinuation: Bool { width == 0 }
}
