/// "% implemented" for a standard or a set of them: requirements fully met count 1, partly met a
/// half, the rest nothing, out of every requirement in force. The share is always shown with the
/// counts, so a high percentage over few assessed requirements misleads nobody.
public struct Implementation: Sendable, Equatable, Codable {
  public var met = 0
  public var partly = 0
  public var notMet = 0
  public var notAssessed = 0
  /// Requirements whose assessment a revision asks to be made again (counted in the above too).
  public var toReassess = 0

  public init() {}

  public init(met: Int, partly: Int, notMet: Int, notAssessed: Int, toReassess: Int = 0) {
    self.met = met
    self.partly = partly
    self.notMet = notMet
    self.notAssessed = notAssessed
    self.toReassess = toReassess
  }

  /// Counts the live requirements among `items`.
  public init(items: some Sequence<Item>) {
    for item in items where item.isLiveRequirement {
      add(item.compliance, reassess: item.assessment?.reassess != nil)
    }
  }

  public var requirements: Int { met + partly + notMet + notAssessed }

  public var isEmpty: Bool { requirements == 0 }

  /// 0…1, or nil when there are no requirements to count.
  public var share: Double? {
    guard requirements > 0 else { return nil }
    return (Double(met) + Double(partly) / 2) / Double(requirements)
  }

  /// Whole percent, rounded to the nearest; but "100%" only when every requirement is fully
  /// met, and "0%" only when none counts at all.
  public var percent: Int? {
    guard requirements > 0 else { return nil }
    let halves = met * 2 + partly
    let rounded = (halves * 100 + requirements) / (requirements * 2)
    if halves == requirements * 2 { return 100 }
    return min(max(rounded, halves > 0 ? 1 : 0), 99)
  }

  /// "62% implemented (5 met, 2 partly, 1 not met, 0 not assessed of 8)".
  public var sentence: String {
    guard let percent else { return "no requirements" }
    return "\(percent)% implemented (\(counts))"
  }

  /// "5 met, 2 partly, 1 not met, 0 not assessed of 8", with the reassessments when there are any.
  public var counts: String {
    var text =
      "\(met) met, \(partly) partly, \(notMet) not met, \(notAssessed) not assessed of \(requirements)"
    if toReassess > 0 { text += "; \(toReassess) to reassess" }
    return text
  }

  /// The standard's overall self-assessment: not assessed until something is; met when every
  /// requirement is; not met when nothing assessed is met even partly; else partly.
  public var overall: Compliance {
    if requirements == 0 || notAssessed == requirements { return .notAssessed }
    if met == requirements { return .met }
    if met == 0 && partly == 0 { return .notMet }
    return .partly
  }

  public mutating func add(_ compliance: Compliance, reassess: Bool = false) {
    switch compliance {
    case .met: met += 1
    case .partly: partly += 1
    case .notMet: notMet += 1
    case .notAssessed: notAssessed += 1
    }
    if reassess { toReassess += 1 }
  }

  public mutating func add(_ other: Implementation) {
    met += other.met
    partly += other.partly
    notMet += other.notMet
    notAssessed += other.notAssessed
    toReassess += other.toReassess
  }
}
