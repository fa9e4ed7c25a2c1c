/// A global id as the command line and exports use it: `report/item` or `report/item/action`.
public struct RowID: Hashable, Sendable, CustomStringConvertible {
  public var report: String
  public var item: String
  public var action: String?

  public init(report: String, item: String, action: String? = nil) {
    self.report = report
    self.item = item
    self.action = action
  }

  /// Parses `report/item` or `report/item/action`; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 || parts.count == 3, parts.allSatisfy(IDRules.isValid) else { return nil }
    self.init(report: parts[0], item: parts[1], action: parts.count == 3 ? parts[2] : nil)
  }

  public var description: String { [report, item, action].compactMap { $0 }.joined(separator: "/") }
}
