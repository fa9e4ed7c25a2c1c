import BragModel

/// The words of the year's workflow on the board: closure, extensions, holds, marks and views.
extension Strings {
  // MARK: Closure
  static func closureQuestion(_ label: String) -> String { "Closure of \(label):" }
  static func evidencePrompt(_ label: String) -> String {
    "Evidence that \(label) is done (words, a web address, or a file in the data folder):"
  }
  static func monitorPrompt(_ label: String) -> String {
    "Accept closure of \(label): monitor until (a date; Enter closes it now):"
  }
  static func rejectPrompt(_ label: String) -> String { "Why is closure of \(label) rejected?" }
  static func reopenPrompt(_ label: String) -> String { "Why is \(label) reopened?" }
  static let proposedForClosure = "proposed for closure"
  static func monitoring(until date: CalendarDate) -> String {
    "closure accepted, monitoring until \(date.shortDescription)"
  }
  static let closedOnEvidence = "closed on evidence, rated Blue"
  static let closureRejected = "closure rejected"
  static let reopened = "reopened"

  // MARK: Extensions
  static func extensionQuestion(_ label: String) -> String { "Extension for \(label):" }
  static func extensionDatePrompt(_ what: String, grant: Bool) -> String {
    grant
      ? "Extend \(what) to (granted at once; 2027-03-31, Mar 2027):"
      : "Extension for \(what): new date asked for (2027-03-31, Mar 2027):"
  }
  static func extensionReasonPrompt(_ what: String, _ date: CalendarDate) -> String {
    "Why should \(what) move to \(date.longDescription)?"
  }
  static func refusePrompt(_ label: String) -> String { "Why is the extension for \(label) refused?" }
  static func extensionRequested(_ date: CalendarDate) -> String {
    "asked for an extension to \(date.shortDescription)"
  }
  static func extensionGranted(_ date: CalendarDate?) -> String {
    date.map { "extension granted: now due \($0.shortDescription)" } ?? "extension granted"
  }
  static let extensionRefused = "extension refused"

  // MARK: Holds
  static func holdPrompt(_ what: String, many: Bool) -> String {
    "Why \(many ? "are" : "is") \(what) on hold?"
  }
  static let waitingOnPrompt = "Waiting on whom (NFCC, Home Office; Enter for nobody named)?"
  static func held(waitingOn: String?) -> String {
    waitingOn.map { "on hold, waiting on \($0)" } ?? "on hold"
  }
  static let released = "released from hold"

  // MARK: Marks
  static func markCount(_ count: Int) -> String { "\(count) marked" }
  static func marked(_ count: Int) -> String {
    count == 0
      ? "No items marked"
      : "\(markCount(count)): B R A G U, O, D, h, H, t and C apply to all of them · Esc clears the marks"
  }
  static let marksCleared = "Marks cleared"
  /// "the 3 marked items", as prompts say it.
  static func markedItems(_ count: Int) -> String {
    count == 1 ? "the marked item" : "the \(count) marked items"
  }
  static func bulkRatingPrompt(_ count: Int, _ brag: BRAG) -> String {
    "Why are \(markedItems(count)) \(brag.displayName)? (one reason for all · Enter: no reason · Esc: cancel)"
  }
  static func bulkOwnerPrompt(_ count: Int) -> String { "Owner of \(markedItems(count)) (empty clears):" }
  static func bulkDatePrompt(_ count: Int) -> String {
    "New due date for \(markedItems(count)) (2027-03-31, Mar 2027, Q4 2026/27):"
  }
  static func bulkReasonPrompt(_ count: Int, _ date: CalendarDate) -> String {
    "Why are \(markedItems(count)) moving to \(date.longDescription)?"
  }
  /// "3 items": how a step on marked items starts its message.
  static func items(_ count: Int) -> String { Strings.count(count, "item") }

  // MARK: Views
  static let viewsQuestion = "Views:"
  static let noViewsQuestion = "No saved views yet:"
  static let saveViewChoice = "save the current view"
  static let viewNamePrompt = "Save the current view as:"
  static let viewNotNamed = "No name given: view not saved"
  static let deleteViewChoice = "delete one"
  static let renameViewChoice = "rename one"
  static let deleteWhichView = "Delete which view?"
  static let renameWhichView = "Rename which view?"
  static let viewNotRenamedEmpty = "No name given: view not renamed"
  static func viewDeleted(_ name: String) -> String { "View '\(name)' deleted" }
  static func viewRenamePrompt(_ name: String) -> String { "Rename view '\(name)' to:" }
  static func viewRenamed(_ old: String, to name: String) -> String { "View '\(old)' renamed '\(name)'" }
  static func viewNameTaken(_ name: String) -> String {
    "A view named '\(name)' exists already: view not renamed"
  }
  static func viewGone(_ name: String) -> String { "View '\(name)' is no longer saved" }
  static func viewSaved(_ name: String) -> String { "View '\(name)' saved: v then its number switches to it" }
  static func viewNotSaved(_ reason: String) -> String { "View not saved: \(reason)" }
  static func viewShown(_ name: String, items: Int) -> String {
    "View '\(name)': \(Strings.count(items, "item"))"
  }
  static func viewEmpty(_ name: String) -> String {
    "View '\(name)' matches nothing now (Esc clears it)"
  }
  static func viewReportGone(_ name: String, _ report: String) -> String {
    "View '\(name)': report '\(report)' is no longer loaded, so all reports are shown"
  }

  // MARK: Counts
  /// The status bar's "waiting 3": items and actions on hold, counted apart from late.
  static func waiting(_ count: Int) -> String { "waiting \(count)" }
}

/// The words of the Fire Standards on the board: compliance, linked actions, the meeting's
/// framework.
extension Strings {
  // MARK: Compliance
  static let allStandardsPrefix = "Standards "
  static let wordingNotImported =
    "The standard's wording is not imported: this is our own label. Bring it in with "
    + "'brag import standard FILE' (the service's saved copy of the standard's page)."
  static func complianceQuestion(_ what: String) -> String { "Compliance of \(what):" }
  static func notARequirement(_ label: String) -> String {
    "\(label) is not a Fire Standard's requirement: C sets a requirement's compliance (S is the HMICFRS self-assessment)"
  }
  static func notRequirements(_ labels: [String]) -> String {
    "Not Fire Standard requirements: \(labels.prefix(3).joined(separator: ", "))"
      + (labels.count > 3 ? " and \(labels.count - 3) more" : "") + "; unmark them or use S"
  }
  static func complianceEvidencePrompt(_ what: String, _ compliance: Compliance) -> String {
    "Evidence that \(what) is \(compliance.words) (words, a web address or a file; Enter: none):"
  }
  static func assessed(_ compliance: Compliance) -> String { "assessed as \(compliance.words)" }

  // MARK: Linked actions
  static let pickAnActionToLink = "Pick an action in the detail pane (Tab, ↑↓) to link it to a further item"
  static func linkPrompt(_ label: String) -> String {
    "Link \(label) to which item too? (report/item, an item id, or a label such as Req 1.2, AFI 3):"
  }
  static func linkQuestion(_ label: String) -> String { "Links of \(label):" }
  static func noSuchLinkTarget(_ text: String) -> String { "No item '\(text)' to link to" }
  static func ambiguousLinkTarget(_ text: String, _ count: Int) -> String {
    "'\(text)' names \(count) items: give the report too (report/item)"
  }
  static func linkedTo(_ label: String) -> String { "now also answers \(label)" }
  static func unlinkedFrom(_ label: String) -> String { "no longer answers \(label)" }
  static let ownItem = "An action already answers its own item"

  // MARK: Meeting framework
  static func agendaFramework(_ framework: Framework?, count: Int) -> String {
    "Agenda: \(framework?.title ?? "every framework") (\(Strings.count(count, "item")))"
  }
}
