import Foundation

/// Asking for an extension and granting it in one step, as the board does for several marked
/// items at once: the request, then exactly what granting it takes (``Extendable/grantSteps()``,
/// worked out on the item as it will be once the request is made).
extension Item {
  public func requestAndGrantSteps(to date: CalendarDate, reason: String) -> [Change] {
    var requested = self
    requested.extensions.append(DateExtension(due: date, reason: Self.trimmed(reason)))
    return [.requestExtension(date, reason: reason)] + requested.grantSteps()
  }

  fileprivate static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

extension Action {
  public func requestAndGrantSteps(to date: CalendarDate, reason: String) -> [Change] {
    var requested = self
    requested.extensions.append(DateExtension(due: date, reason: Item.trimmed(reason)))
    return [.requestExtension(date, reason: reason)] + requested.grantSteps()
  }
}
