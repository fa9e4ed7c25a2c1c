/// Dated correspondence or a remark attached to a report (an HMICFRS letter, say).
public struct Note: Codable, Hashable, Sendable {
  public var date: CalendarDate?
  public var title: String
  public var from: String?
  public var text: String

  public init(date: CalendarDate?, title: String, from: String? = nil, text: String) {
    self.date = date
    self.title = title
    self.from = from
    self.text = text
  }
}
