import BragModel

/// The deadlines that have passed and those falling due soon, as at a day: the shape of Annex A of
/// HMICFRS's reminder letter of 26 June 2023.
public struct Deadlines<R: RowFacts> {
  public var asAt: CalendarDate
  public var weeks: Int
  /// Only rows not complete were kept (`--open`).
  public var openOnly: Bool
  /// Due before `asAt`, in document order.
  public var passed: [R]
  /// Due from `asAt` to `asAt` plus `weeks` weeks inclusive, in document order.
  public var upcoming: [R]

  /// Sorts `rows` (items and actions, in document order) into passed and upcoming deadlines.
  /// Status does not matter unless `openOnly` is set: Annex A lists every deadline, met or not.
  /// Rows with no date (ongoing, missing) have no deadline and are left out.
  public init(
    rows: some Sequence<R>, asAt: CalendarDate, weeks: Int, openOnly: Bool = false
  ) {
    self.asAt = asAt
    self.weeks = weeks
    self.openOnly = openOnly
    let end = asAt.adding(days: 7 * max(0, weeks))
    var passed: [R] = []
    var upcoming: [R] = []
    for row in rows {
      guard let due = row.due else { continue }
      if openOnly && row.isComplete { continue }
      if due < asAt {
        passed.append(row)
      } else if due <= end {
        upcoming.append(row)
      }
    }
    self.passed = passed
    self.upcoming = upcoming
  }

  private init(asAt: CalendarDate, weeks: Int, openOnly: Bool, passed: [R], upcoming: [R]) {
    self.asAt = asAt
    self.weeks = weeks
    self.openOnly = openOnly
    self.passed = passed
    self.upcoming = upcoming
  }

  /// The same deadlines with each row transformed (an indexed row decoded into a full ``Row``).
  public func map<T>(_ transform: (R) -> T) -> Deadlines<T> {
    Deadlines<T>(
      asAt: asAt, weeks: weeks, openOnly: openOnly, passed: passed.map(transform),
      upcoming: upcoming.map(transform))
  }
}

/// The formats of `brag export deadlines`.
public enum DeadlineExport {
  /// `{"asAt": "YYYY-MM-DD", "passed": [rows], "upcoming": [rows]}`, each row with the fields of
  /// `brag list --format json`.
  public static func json<R: ExportableRow>(_ deadlines: Deadlines<R>) -> [UInt8] {
    var out = JSONWriter()
    out.raw("{\n")
    out.key("asAt", indent: 2)
    out.string(deadlines.asAt.description)
    out.raw(",\n")
    func list(_ key: StaticString, _ rows: [R]) {
      out.key(key, indent: 2)
      out.raw("[")
      for (index, row) in rows.enumerated() {
        out.raw(index == 0 ? "\n" : ",\n")
        RowExport.writeObject(row, today: deadlines.asAt, into: &out, indent: 4)
      }
      out.raw(rows.isEmpty ? "]" : "\n  ]")
    }
    list("passed", deadlines.passed)
    out.raw(",\n")
    list("upcoming", deadlines.upcoming)
    out.raw("\n}\n")
    return out.bytes
  }

  /// A reminder for people, wrapped to `width` columns:
  ///
  ///     The following deadlines have now passed:
  ///
  ///     Recommendation 3
  ///       By 1 June 2023, chief fire officers should review the support available for
  ///       …
  ///       Due 1 June 2023 · Complete
  ///
  /// then "Due within the next N weeks:" in the same form. Each report's rows are headed by its
  /// title and id.
  public static func text(
    _ deadlines: Deadlines<Row>, reports: [(id: String, title: String)], width: Int = 80
  ) -> String {
    let width = max(width, 30)
    let titles = Dictionary(reports.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    var lines: [String] = []
    let scope = deadlines.openOnly ? "open items and actions only" : "whatever their status"
    lines += wrap("Deadlines as at \(deadlines.asAt.longDescription), \(scope).", width: width)
    func section(_ heading: String, _ rows: [Row]) {
      lines.append("")
      lines += wrap(heading, width: width)
      if rows.isEmpty {
        lines.append("")
        lines.append("  None.")
        return
      }
      var currentReport: String?
      for row in rows {
        if row.report != currentReport {
          currentReport = row.report
          lines.append("")
          let title = SafeText.singleLine(titles[row.report] ?? "")
          lines += wrap(title.isEmpty ? row.report : "\(title) [\(row.report)]", width: width)
        }
        lines.append("")
        lines += entry(row, asAt: deadlines.asAt, width: width)
      }
    }
    section("The following deadlines have now passed:", deadlines.passed)
    section("Due within the next \(weeksPhrase(deadlines.weeks)):", deadlines.upcoming)
    return lines.joined(separator: "\n") + "\n"
  }

  /// "6 weeks", "week", "0 weeks".
  static func weeksPhrase(_ weeks: Int) -> String {
    weeks == 1 ? "week" : "\(weeks) weeks"
  }

  /// The heading, the text and the due line of one row.
  static func entry(_ row: Row, asAt: CalendarDate, width: Int) -> [String] {
    var lines = wrap(
      PublicLabel.heading(kind: row.kind, number: row.number, ref: SafeText.singleLine(row.ref)), width: width
    )
    for line in SafeText.multiLine(row.text).split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("- ") {
        lines += wrap(String(trimmed.dropFirst(2)), width: width, first: "  - ", rest: "    ")
      } else {
        lines += wrap(trimmed, width: width, first: "  ", rest: "  ")
      }
    }
    var facts: [String] = []
    if let due = row.due {
      var phrase = "Due \(due.longDescription)"
      if row.precision != .day, let written = row.timescale.map(SafeText.singleLine), !written.isEmpty {
        phrase += " (\(written))"
      }
      facts.append(phrase)
    }
    let status = row.status.map(SafeText.singleLine)?.trimmingCharacters(in: .whitespaces) ?? ""
    facts.append(status.isEmpty ? PageExport.notYetReported : status)
    if let days = row.daysOverdue(on: asAt) {
      facts.append(days == 1 ? "1 day overdue" : "\(days) days overdue")
    }
    lines += wrap(facts.joined(separator: " · "), width: width, first: "  ", rest: "    ")
    if let owner = row.owner.map(SafeText.singleLine), !owner.isEmpty {
      lines += wrap("Owner: \(owner)", width: width, first: "  ", rest: "    ")
    }
    return lines
  }

  /// Word-wraps one line of text to `width` columns, measuring with ``DisplayWidth``; words
  /// longer than a line are cut.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
    var lines: [String] = []
    var current = first
    var currentWidth = DisplayWidth.of(first)
    var hasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      var word = String(word)
      var wordWidth = DisplayWidth.of(word)
      if hasWord && currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = rest
        currentWidth = DisplayWidth.of(rest)
        hasWord = false
      }
      // A word wider than a whole line is cut at the line's end.
      while currentWidth + (hasWord ? 1 : 0) + wordWidth > width {
        let room = width - currentWidth - (hasWord ? 1 : 0)
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex, used + DisplayWidth.of(word[index]) <= room {
          used += DisplayWidth.of(word[index])
          head.append(word[index])
          index = word.index(after: index)
        }
        if head.isEmpty && !hasWord {
          // Not even one character fits (a wide character on a tiny width): place it anyway.
          head = String(word[word.startIndex])
          index = word.index(after: word.startIndex)
        }
        if !head.isEmpty {
          current += (hasWord ? " " : "") + head
        }
        lines.append(current)
        current = rest
        currentWidth = DisplayWidth.of(rest)
        hasWord = false
        word = String(word[index...])
        wordWidth = DisplayWidth.of(word)
      }
      if word.isEmpty { continue }
      current += (hasWord ? " " : "") + word
      currentWidth += (hasWord ? 1 : 0) + wordWidth
      hasWord = true
    }
    if hasWord || lines.isEmpty { lines.append(current) }
    return lines
  }
}
