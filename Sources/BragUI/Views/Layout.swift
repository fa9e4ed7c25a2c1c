/// Where everything goes for a screen size. Computed the same way for drawing, scrolling and
/// mouse clicks, so a click lands on the row that was drawn there.
public struct Layout: Equatable, Sendable {
  /// Below this the board shows an "enlarge the window" message instead of garbage.
  public static let minimumWidth = 60
  public static let minimumHeight = 15

  public var header: Rect
  public var reports: Rect
  public var items: Rect
  public var detail: Rect
  public var status: Rect

  public init(width: Int, height: Int) {
    header = Rect(x: 0, y: 0, width: width, height: 1)
    status = Rect(x: 0, y: height - 1, width: width, height: 1)
    let bodyHeight = max(0, height - 2)
    // Wide terminals widen the reports pane with the width, so long titles show more: a
    // quarter of the width, at least 34 (as at 120 columns) and at most 56.
    let reportsWidth = width >= 110 ? max(34, min(56, width / 4)) : max(22, width * 30 / 100)
    reports = Rect(x: 0, y: 1, width: reportsWidth, height: bodyHeight)
    let rightWidth = width - reportsWidth
    let itemsHeight = max(6, bodyHeight * 11 / 20)
    items = Rect(x: reportsWidth, y: 1, width: rightWidth, height: itemsHeight)
    detail = Rect(x: reportsWidth, y: 1 + itemsHeight, width: rightWidth, height: bodyHeight - itemsHeight)
  }

  public static func isTooSmall(width: Int, height: Int) -> Bool {
    width < minimumWidth || height < minimumHeight
  }

  /// Lines inside a pane's border.
  static func innerHeight(_ rect: Rect) -> Int { max(0, rect.height - 2) }

  /// How many lines each entry of the reports pane takes.
  static let reportEntryHeight = 5
}
