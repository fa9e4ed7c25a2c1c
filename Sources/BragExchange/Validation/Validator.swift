import BragModel
import Foundation

/// The checks of `brag validate`: everything loading a file does not already refuse.
///
/// **Errors** (the data is wrong):
/// - a file that does not load (its ``DataFileError``, with line and column);
/// - an id used twice where ids must be unique: report ids across the folder, item ids in a
///   report, action ids under an item, and recommendations' official numbers in a report (a
///   recommendation is identified by its report and official number);
/// - a stored `due`/`precision` that disagrees with what ``TimescaleResolver`` makes of the
///   written words for the report's publication date (unless `basis` explains where the date
///   comes from);
/// - a link whose target names an item (or report) that does not exist.
///
/// **Warnings** (worth a look before anything goes out):
/// - an open item or action with no date because its timescale is missing or unresolved (an
///   item that has actions is left to its actions, which carry the dates);
/// - a return narrative over ``ReturnNarrative/wordLimit`` words;
/// - sensitive information (``SensitiveInformation``) in a return narrative, a response or a
///   quarterly update.
public struct Validator: Sendable {
  public let detector: any SensitiveTextScanner

  public init(watchList: WatchList = .empty) {
    detector = SensitiveInformation(watchList: watchList)
    checksWarnings = true
  }

  /// A validator for the errors alone: sensitive information (a warning) is not looked for.
  public static let errorsOnly = Validator(detector: NoSensitiveScan(), checksWarnings: false)

  /// False when only errors are wanted: the checks that can only warn are skipped.
  let checksWarnings: Bool

  init(detector: any SensitiveTextScanner, checksWarnings: Bool) {
    self.detector = detector
    self.checksWarnings = checksWarnings
  }

  /// Checks a loaded folder. `reportIDs` limits the findings to those reports (and their files);
  /// links and ids are still checked against the whole folder.
  public func validate(_ tracker: Tracker, reportIDs: Set<String>? = nil) -> [Finding] {
    validate(
      reports: tracker.reports.map { ($0.report, $0.path) }, failures: tracker.failures, reportIDs: reportIDs)
  }

  /// Checks reports with the files they came from, and the files that did not load.
  public func validate(
    reports: [(report: Report, file: String)], failures: [DataFileError] = [], reportIDs: Set<String>? = nil
  ) -> [Finding] {
    var findings: [Finding] = []
    let failedIDs = Set(
      failures.map { ((($0.file as NSString).lastPathComponent) as NSString).deletingPathExtension })
    for failure in failures {
      let id = (((failure.file as NSString).lastPathComponent) as NSString).deletingPathExtension
      if let reportIDs, !reportIDs.contains(id) { continue }
      findings.append(Finding(failure))
    }
    var byID: [String: [Item]] = [:]
    var firstFile: [String: String] = [:]
    for (report, file) in reports {
      if byID[report.id] == nil { byID[report.id] = report.items }
      if firstFile[report.id] == nil { firstFile[report.id] = file }
    }
    let folder = FolderView(itemsByReport: byID, failedReports: failedIDs)
    var seenReports: Set<String> = []
    var work: [ReportWork] = []
    for (report, file) in reports {
      let duplicate = !seenReports.insert(report.id).inserted
      if let reportIDs, !reportIDs.contains(report.id) { continue }
      work.append(ReportWork(report: report, file: file, duplicateOf: duplicate ? firstFile[report.id] : nil))
    }
    // Reports are independent: check them on every core (scanning text is most of the time).
    let detector = detector
    let checksWarnings = checksWarnings
    findings += ParallelMap.map(work) { job in
      var check = ReportCheck(report: job.report, file: job.file, folder: folder, detector: detector)
      check.checksWarnings = checksWarnings
      if let other = job.duplicateOf {
        check.error(
          job.report.id,
          "the report id '\(job.report.id)' is also used by \((other as NSString).lastPathComponent); "
            + "report ids must be unique in the folder")
      }
      check.run()
      return check.findings
    }.flatMap { $0 }
    return findings.enumerated().sorted { a, b in
      (a.element.file, a.offset) < (b.element.file, b.offset)
    }.map(\.element)
  }

  /// "2 errors, 7 warnings" and the like.
  public static func countLine(_ findings: [Finding], files: Int) -> String {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.count - errors
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(plural(files, "file")) checked: \(plural(errors, "error")), \(plural(warnings, "warning"))"
  }
}

/// One report to check, with the file that already holds its id when it is a duplicate.
private struct ReportWork: Sendable {
  var report: Report
  var file: String
  var duplicateOf: String?
}

/// What a report's links may point at.
struct FolderView: Sendable {
  var itemsByReport: [String: [Item]]
  /// Reports whose files did not load: links into them cannot be checked (the file's error is reported).
  var failedReports: Set<String>
}

/// The checks of one report, gathering findings as they go.
struct ReportCheck {
  let report: Report
  let file: String
  let folder: FolderView
  let detector: any SensitiveTextScanner
  var checksWarnings = true
  var findings: [Finding] = []
  /// Each written timescale resolved once per report (reports repeat the same few).
  var resolutions: [String: Timescale] = [:]

  init(report: Report, file: String, folder: FolderView, detector: any SensitiveTextScanner) {
    self.report = report
    self.file = file
    self.folder = folder
    self.detector = detector
  }

  mutating func error(_ id: String, _ message: String) {
    findings.append(Finding(severity: .error, file: file, id: id, message: message))
  }

  mutating func warning(_ id: String, _ message: String) {
    findings.append(Finding(severity: .warning, file: file, id: id, message: message))
  }

  mutating func run() {
    var itemIDs: Set<String> = []
    var numbers: [String: String] = [:]
    checkStandardReport()
    for item in report.items {
      let id = "\(report.id)/\(item.id)"
      if !itemIDs.insert(item.id).inserted {
        error(id, "the item id '\(item.id)' is used twice in this report; ids must be unique")
      }
      if let number = item.number {
        let key = "\(item.kind.rawValue) \(number)"
        if let first = numbers[key] {
          error(
            id,
            "official number \(number) is also used by \(first); "
              + "a \(kindWord(item.kind)) is identified by its report and official number")
        } else {
          numbers[key] = item.id
        }
      }
      checkTimescale(item.timescale, id: id)
      checkItemDate(item, id: id)
      checkClosure(item, id: id)
      checkExtensionsAndHold(item, id: id)
      checkAssessment(item, id: id)
      var actionIDs: Set<String> = []
      for action in item.actions {
        let actionID = "\(id)/\(action.id)"
        if !actionIDs.insert(action.id).inserted {
          error(
            actionID, "the action id '\(action.id)' is used twice under item '\(item.id)'; ids must be unique"
          )
        }
        checkTimescale(action.timescale, id: actionID)
        checkExtensionsAndHold(action, id: actionID)
        checkServes(action, of: item, id: actionID)
        if !action.isComplete && !item.isComplete && action.due == nil {
          missingDate(action.timescale, id: actionID, what: "open action")
        }
      }
      for link in item.links { checkLink(link, id: id) }
      guard checksWarnings else { continue }
      checkNarrative(item, id: id)
      for finding in detector.scan(item, reportID: report.id) {
        warning(
          id,
          "\(finding.description); "
            + "personal or sensitive information must not go in returns (tell the HMI directly)")
      }
    }
  }

  private func kindWord(_ kind: ItemKind) -> String {
    switch kind {
    case .recommendation, .causeOfConcern: "recommendation"
    case .areaForImprovement: "area for improvement"
    case .requirement: "requirement"
    }
  }

  /// The stored date and precision must be what the written words resolve to.
  private mutating func checkTimescale(_ timescale: Timescale, id: String) {
    if let basis = timescale.basis, !basis.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
    let expected: Timescale
    if let written = timescale.written, let known = resolutions[written] {
      expected = known
    } else {
      expected = TimescaleResolver.resolve(timescale.written, context: report.timescaleContext)
      if let written = timescale.written { resolutions[written] = expected }
    }
    guard expected.due != timescale.due || expected.precision != timescale.precision else { return }
    func show(_ t: Timescale) -> String {
      (t.due.map { "\($0) " } ?? "no date ") + "(\(t.precision.rawValue))"
    }
    let words = timescale.written.map { "'\(SafeText.singleLine($0))'" } ?? "with no written words"
    error(
      id,
      "the timescale \(words) resolves to \(show(expected)), but the file stores \(show(timescale)); "
        + "correct due and precision, or say where the date comes from in basis")
  }

  private mutating func checkItemDate(_ item: Item, id: String) {
    // An item with actions is done when they are: the actions carry the dates. A standard's
    // requirement has no deadline of its own; the actions for its gaps do.
    guard !item.isComplete, item.actions.isEmpty, item.due == nil, item.kind != .requirement else { return }
    missingDate(item.timescale, id: id, what: "open \(kindWord(item.kind))")
  }

  private mutating func missingDate(_ timescale: Timescale, id: String, what: String) {
    switch timescale.precision {
    case .missing:
      let words = timescale.written.map { " ('\(SafeText.singleLine($0))')" } ?? ""
      warning(id, "the \(what) has no timescale\(words); a missing date is itself a finding")
    case .unresolved:
      warning(
        id,
        "the \(what)'s timescale '\(SafeText.singleLine(timescale.written ?? ""))' "
          + "names no date brag can resolve; write a date, or set due and say why in basis")
    case .immediate:
      warning(
        id, "the \(what) is due with immediate effect, but the report has no published date to resolve it to")
    case .day, .month, .quarter, .financialYear, .year, .ongoing:
      return
    }
  }

  private mutating func checkLink(_ link: Link, id: String) {
    guard let target = link.target else { return }
    let words = "'\(SafeText.singleLine(link.text))'"
    let parts = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
      error(id, "the link \(words) has target '\(target)', which is not 'item' or 'report/item'")
      return
    }
    let (reportID, itemID, actionID) =
      parts.count == 1 ? (report.id, parts[0], nil) : (parts[0], parts[1], parts.count == 3 ? parts[2] : nil)
    if folder.failedReports.contains(reportID) { return }
    guard let items = folder.itemsByReport[reportID] else {
      error(id, "the link \(words) names '\(target)', but there is no report '\(reportID)' in the folder")
      return
    }
    guard let item = items.first(where: { $0.id == itemID }) else {
      let place = reportID == report.id ? "this report" : "report '\(reportID)'"
      error(id, "the link \(words) names '\(target)', but there is no item '\(itemID)' in \(place)")
      return
    }
    if let actionID, !item.actions.contains(where: { $0.id == actionID }) {
      error(id, "the link \(words) names '\(target)', but item '\(itemID)' has no action '\(actionID)'")
    }
  }

  private mutating func checkNarrative(_ item: Item, id: String) {
    guard let narrative = ReturnNarrative.of(item) else { return }
    let words = ReturnNarrative.words(narrative.text)
    if ReturnNarrative.isTooLong(words: words) {
      warning(
        id,
        "the return narrative (\(narrative.field)) is \(words) words; "
          + "HMICFRS allows no more than \(ReturnNarrative.wordLimit)")
    }
  }
}

/// Finds nothing: for checks that want errors only.
private struct NoSensitiveScan: SensitiveTextScanner {
  func scan(_ text: String) -> [SensitiveMatch] { [] }
}
