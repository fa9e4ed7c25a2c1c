/// A graded area of an inspection ("Understanding fire and risk"), with its grade when known.
public struct JudgementArea: Codable, Hashable, Sendable {
  public var name: String
  /// Outstanding, Good, Adequate, Requires improvement or Inadequate; nil when the source omits it.
  public var grade: String?

  public init(name: String, grade: String? = nil) {
    self.name = name
    self.grade = grade
  }
}
