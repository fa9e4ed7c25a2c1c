/// One change made through the program: who changed which field, from what to what, and why.
public struct HistoryEntry: Codable, Hashable, Sendable {
  /// When, as an ISO 8601 timestamp with offset ("2026-11-27T10:15:00Z").
  public var at: String
  public var author: String
  /// The changed field's name as it appears in the data file ("brag", "status", "revisedDue").
  public var field: String
  public var before: String?
  public var after: String?
  public var reason: String?

  public init(
    at: String, author: String, field: String, before: String?, after: String?,
    reason: String? = nil
  ) {
    self.at = at
    self.author = author
    self.field = field
    self.before = before
    self.after = after
    self.reason = reason
  }
}
