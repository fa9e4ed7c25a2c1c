import Foundation

/// An item's way to Blue: the owner proposes closure with evidence, the board accepts it
/// (optionally after a period of monitoring that the change is embedded) or rejects it with a
/// reason, and an accepted closure can be reopened. Boards close items formally, on evidence;
/// this keeps the decision and what it rested on with the item.
public struct Closure: Codable, Hashable, Sendable {
  public enum State: String, Codable, Sendable, CaseIterable {
    /// Proposed by the owner; the board has not decided.
    case proposed
    /// Accepted subject to monitoring until ``Closure/monitorUntil``; not Blue yet.
    case monitoring
    /// Accepted: the item is Blue and complete.
    case accepted
    /// Rejected, with a reason: the item stays open.
    case rejected
    /// Accepted once, then reopened with a reason.
    case reopened

    /// "proposed for closure", as lists, the board and papers say it.
    public var words: String {
      switch self {
      case .proposed: "proposed for closure"
      case .monitoring: "closure accepted, monitoring"
      case .accepted: "closed on evidence"
      case .rejected: "closure rejected"
      case .reopened: "reopened"
      }
    }
  }

  public var state: State
  @DefaultEmpty public var evidence: [Evidence]
  public var proposedBy: String?
  /// ISO 8601 timestamp of the proposal.
  public var proposedAt: String?
  /// The end of the monitoring period the board set when accepting, if it set one.
  public var monitorUntil: CalendarDate?
  public var decidedBy: String?
  public var decidedAt: String?
  /// Why it was rejected or reopened.
  public var reason: String?
  /// The rating and status the item had when the closure was accepted, put back on reopening.
  public var ratingBefore: BRAG?
  public var statusBefore: String?

  public init(
    state: State, evidence: [Evidence] = [], proposedBy: String? = nil, proposedAt: String? = nil,
    monitorUntil: CalendarDate? = nil, decidedBy: String? = nil, decidedAt: String? = nil,
    reason: String? = nil, ratingBefore: BRAG? = nil, statusBefore: String? = nil
  ) {
    self.state = state
    self.evidence = evidence
    self.proposedBy = proposedBy
    self.proposedAt = proposedAt
    self.monitorUntil = monitorUntil
    self.decidedBy = decidedBy
    self.decidedAt = decidedAt
    self.reason = reason
    self.ratingBefore = ratingBefore
    self.statusBefore = statusBefore
  }

  /// Waiting for the board: a proposal, or a monitoring period that has run out.
  public func awaitsDecision(on today: CalendarDate) -> Bool {
    Self.awaitsDecision(state, monitorUntil: monitorUntil, on: today)
  }

  static func awaitsDecision(_ state: State?, monitorUntil: CalendarDate?, on today: CalendarDate) -> Bool {
    switch state {
    case .proposed?: true
    case .monitoring?: monitorUntil.map { $0 <= today } ?? true
    default: false
    }
  }

  /// The history's value for the state: "proposed", "monitoring until 2027-03-31", "accepted".
  var historyValue: String {
    if state == .monitoring, let monitorUntil { return "monitoring until \(monitorUntil)" }
    return state.rawValue
  }
}

/// What a closure rests on: words, a web address, or a file kept in the data folder.
public struct Evidence: Codable, Hashable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case text, address, file
  }

  public var kind: Kind
  /// The words, the address, or the file's path relative to the data folder.
  public var value: String

  public init(kind: Kind, value: String) {
    self.kind = kind
    self.value = value
  }

  /// How evidence given as one string is read: an http(s) address, a file that exists in the
  /// data folder (`fileExists` is asked with the path as given), else words.
  public init(_ given: String, fileExists: (String) -> Bool) {
    let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
    let lower = trimmed.lowercased()
    if (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !trimmed.contains(" ") {
      self.init(kind: .address, value: trimmed)
    } else if !trimmed.contains("\n"), !trimmed.hasPrefix("/"), !trimmed.contains(".."), fileExists(trimmed) {
      self.init(kind: .file, value: trimmed)
    } else {
      self.init(kind: .text, value: trimmed)
    }
  }

  /// One line for lists and the board: "file: evidence/policy.pdf", "https://…", or the words.
  public var summary: String {
    switch kind {
    case .text: value
    case .address: value
    case .file: "file: \(value)"
    }
  }
}
