import BragModel
import Foundation

/// A Fire Standard's page as a service saved it from the Fire Standards Board's site
/// (firestandards.org), read by ``StandardPageReader``: what the page says, in its own words.
public struct StandardPage: Hashable, Sendable {
  public var title: String
  /// The page's reference, "FSD-PRO02", from "Reference number", "Reference" or "Code", or the
  /// first reference the page's text holds; nil where it gives none.
  public var code: String?
  public var approved: CalendarDate?
  public var issued: CalendarDate?
  public var review: CalendarDate?
  public var desiredOutcome: String?
  /// The requirements in the page's order.
  public var requirements: [PageRequirement]

  public init(
    title: String, code: String? = nil, approved: CalendarDate? = nil, issued: CalendarDate? = nil,
    review: CalendarDate? = nil, desiredOutcome: String? = nil, requirements: [PageRequirement]
  ) {
    self.title = title
    self.code = code
    self.approved = approved
    self.issued = issued
    self.review = review
    self.desiredOutcome = desiredOutcome
    self.requirements = requirements
  }
}

/// One requirement as the page words it.
public struct PageRequirement: Hashable, Sendable {
  /// Its number on the page: "3", "1.2" (a nested item gets its parent's number in front; a
  /// lettered or bulleted one is numbered by its place under its parent: "a)" under 1 is "1.1",
  /// and so is "e)" when it is the first under 4 of a list lettered straight through).
  public var clause: String
  /// The heading it sits under on the page, where the page groups its requirements.
  public var heading: String?
  public var obligation: Obligation
  /// The page's words, as plain text: entities decoded, tags, control characters and escape
  /// sequences gone, white space closed up.
  public var text: String
  /// The line of the file it starts on.
  public var line: Int

  public init(clause: String, heading: String? = nil, obligation: Obligation, text: String, line: Int = 0) {
    self.clause = clause
    self.heading = heading
    self.obligation = obligation
    self.text = text
    self.line = line
  }
}

/// Why a file cannot be read as a standard's page: the file, the line where there is one, what
/// is wrong and what to do about it.
public struct StandardPageError: Error, CustomStringConvertible, Equatable, Sendable {
  public var file: String
  public var line: Int?
  public var problem: String
  public var advice: String

  public init(file: String, line: Int? = nil, problem: String, advice: String) {
    self.file = file
    self.line = line
    self.problem = problem
    self.advice = advice
  }

  /// "standard.html line 40: …: …", or without the line where the problem is the whole file.
  public var description: String {
    let place = line.map { "\(file) line \($0)" } ?? file
    return SafeText.singleLine("\(place): \(problem): \(advice)")
  }

  static let savePage = "save the standard's own page from firestandards.org"
}
