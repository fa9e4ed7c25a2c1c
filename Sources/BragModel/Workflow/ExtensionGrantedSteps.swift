import Foundation

/// Asking for an extension and granting it in one step, as the board does for several marked
/// items at once: the request, then exactly what granting it takes (``Extendable/grantSteps()``,
/// worked out on the item as it will be once the request is made).
extension Item {
  public func requestAndGrantSteps(to date: CalendarDate, reason: String) -> [Change] {
    Self.requestAndGrant(self, to: date, reason: reason)
  }
}

extension Action {
  public func requestAndGrantSteps(to date: CalendarDate, reason: String) -> [Change] {
    Item.requestAndGrant(self, to: date, reason: reason)
  }
}

extension Item {
  fileprivate static func requestAndGrant(_ subject: some Editable, to date: CalendarDate, reason: String)
    -> [Change]
  {
    var requested = subject
    requested.extensions.append(
      DateExtension(due: date, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines)))
    return [.requestExtension(date, reason: reason)] + requested.grantSteps()
  }
}
