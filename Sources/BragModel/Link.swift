/// A cross-reference from one item to another, as the source words it.
public struct Link: Codable, Hashable, Sendable {
  /// The target's id: "rec-21" in the same report, or "report-id/rec-4" in another;
  /// nil when the target is not in this tracker (an earlier inspection, say).
  public var target: String?
  /// The words that make the link: "As per Recommendation 21 above".
  public var text: String

  public init(target: String?, text: String) {
    self.target = target
    self.text = text
  }
}
