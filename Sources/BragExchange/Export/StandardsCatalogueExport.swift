import BragModel

/// One standard of the catalogue as `brag standards` lists it: its facts, and whether (and how
/// far) the service tracks it.
public struct CatalogueEntry: Sendable {
  public var standard: FireStandard
  /// The report that tracks it in this data folder, if any.
  public var report: String?
  /// The version that report follows.
  public var trackedVersion: String?
  public var implementation: Implementation?

  public init(
    standard: FireStandard, report: String? = nil, trackedVersion: String? = nil,
    implementation: Implementation? = nil
  ) {
    self.standard = standard
    self.report = report
    self.trackedVersion = trackedVersion
    self.implementation = implementation
  }

  /// The current version's requirements in the catalogue, else those of the report tracking it.
  public var requirementCount: Int? {
    standard.current?.requirements?.count ?? implementation.flatMap { $0.isEmpty ? nil : $0.requirements }
  }
}

/// The formats of `brag standards`.
public enum StandardsCatalogueExport {
  public static func json(_ entries: [CatalogueEntry]) -> [UInt8] {
    var out = JSONWriter()
    out.raw("[")
    for (index, entry) in entries.enumerated() {
      out.raw(index == 0 ? "\n  {" : ",\n  {")
      out.raw("\"order\": ")
      out.int(entry.standard.order)
      out.raw(", \"key\": ")
      out.string(entry.standard.key)
      out.raw(", \"code\": ")
      out.optionalString(entry.standard.code)
      out.raw(", \"title\": ")
      out.string(entry.standard.title)
      out.raw(", \"version\": ")
      out.optionalString(entry.standard.current?.reference)
      out.raw(", \"requirements\": ")
      if let count = entry.requirementCount { out.int(count) } else { out.raw("null") }
      out.raw(", \"tracked\": ")
      out.bool(entry.report != nil)
      out.raw(", \"report\": ")
      out.optionalString(entry.report)
      out.raw(", \"trackedVersion\": ")
      out.optionalString(entry.trackedVersion)
      out.raw(", \"implemented\": ")
      if let implementation = entry.implementation {
        SummaryExport.writeImplementation(implementation, into: &out)
      } else {
        out.raw("null")
      }
      out.raw(", \"source\": ")
      out.optionalString(entry.standard.current?.source)
      out.raw("}")
    }
    out.raw(entries.isEmpty ? "]\n" : "\n]\n")
    return out.bytes
  }

  /// A table for an 80-column terminal; "—" where the catalogue holds no such fact.
  public static func table(_ entries: [CatalogueEntry]) -> String {
    var lines = [
      row("No", "Code", "Title", "Reqs", "Tracked"),
      String(repeating: "-", count: 79),
    ]
    for entry in entries {
      let tracked: String
      if let report = entry.report {
        let percent = entry.implementation?.percent.map { " \($0)%" } ?? ""
        // A report following an earlier version says which is current.
        let version =
          entry.trackedVersion.flatMap { tracked in
            tracked == entry.standard.code ? nil : " (\(tracked); now \(entry.standard.code ?? "newer"))"
          } ?? ""
        tracked = "yes\(percent)\(version)" + (report == entry.standard.reportID ? "" : " as \(report)")
      } else {
        tracked = "no"
      }
      lines.append(
        row(
          String(entry.standard.order), entry.standard.current?.reference ?? "—", entry.standard.title,
          entry.requirementCount.map(String.init) ?? "—", tracked))
    }
    let count = entries.filter { $0.report != nil }.count
    lines.append("")
    lines.append("\(count) of \(entries.count) tracked. Track one: brag standards add CODE.")
    if entries.contains(where: { $0.requirementCount == nil }) {
      lines.append(
        "— = not in the bundled catalogue: import the standard's page with brag import standard FILE.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(
    _ order: String, _ code: String, _ title: String, _ count: String, _ tracked: String
  )
    -> String
  {
    DisplayWidth.pad(order, to: 3) + DisplayWidth.pad(SafeText.singleLine(code), to: 11)
      + DisplayWidth.pad(DisplayWidth.truncate(SafeText.singleLine(title), to: 40), to: 41)
      + DisplayWidth.pad(count, to: 5) + SafeText.singleLine(tracked)
  }
}
