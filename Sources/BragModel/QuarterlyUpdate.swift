/// A progress update recorded at a quarterly review ("April–June 2025 update").
public struct QuarterlyUpdate: Codable, Hashable, Sendable {
  /// The period as the service labels it: "April–June 2025".
  public var period: String
  /// The day the update speaks as at; usually the period's last day.
  public var date: CalendarDate?
  public var author: String?
  /// The narrative; paragraphs separated by blank lines, list items by "- " lines.
  public var text: String

  public init(period: String, date: CalendarDate?, author: String? = nil, text: String) {
    self.period = period
    self.date = date
    self.author = author
    self.text = text
  }
}
