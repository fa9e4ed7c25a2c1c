import BragModel

/// Official numbers and deadlines for a page's recommendations from the catalogue of the national
/// reports (``NationalRecommendations``), matched on their text by ``NationalMatcher``: a page in a
/// service's own order, or with no numbers or no deadlines, still gets the official ones, while the
/// items keep the page's own labels.
enum NationalNumbers {
  struct Match {
    var recommendation: NationalRecommendation
    var reportTitle: String

    var number: Int { recommendation.number }
    var audience: String? { recommendation.audience }

    /// The report's deadline for a page that leaves it out: the date, not words the page never
    /// wrote, and where it comes from; nil where the catalogue has none.
    var reportDeadline: Timescale? {
      guard let due = recommendation.due else { return nil }
      return Timescale(
        written: nil, due: due, precision: recommendation.timescale.precision, basis: NationalNumbers.basis)
    }
  }

  /// Why an imported item has a date its page does not show.
  static let basis = "service deadline in the HMICFRS report; not shown on the service's page"

  static func assign(drafts: [PageParser.Draft], options: ImportOptions) -> [Match?] {
    let candidates = drafts.indices.filter { drafts[$0].kind == .recommendation }
    guard !candidates.isEmpty else { return drafts.map { _ in nil } }
    let matches = NationalMatcher.shared.assignMatches(
      texts: candidates.map { drafts[$0].text.joined(separator: "\n") },
      printedNumbers: candidates.map { drafts[$0].number })
    var result = [Match?](repeating: nil, count: drafts.count)
    for (index, match) in zip(candidates, matches) {
      guard let match else { continue }
      let title = NationalRecommendations.report(match.reportKey)?.title ?? match.reportKey
      result[index] = Match(recommendation: match.recommendation, reportTitle: title)
    }
    return result
  }
}
