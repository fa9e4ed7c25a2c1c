import BragModel

/// The members' paper as Markdown and as one HTML5 page: every text from the data escaped, no
/// external assets, the chart inline, printable in greyscale (letters beside colours).
extension MembersPaper {
  /// A section of items: heading and the lines, or what to say when there are none.
  struct Section {
    var heading: String
    var lines: [Line]
    var none: String
    /// How many, said before the table ("2 items completed."), where the section counts them.
    var count: ((Int) -> String)? = nil
  }

  static func counted(_ n: Int, _ one: String, _ many: String) -> String {
    n == 1 ? "1 \(one)" : "\(n) \(many)"
  }

  var sections: [Section] {
    [
      Section(
        heading: "Items completed since \(baseline)", lines: completedSince, none: "No item was completed.",
        count: { "\(Self.counted($0, "item", "items")) completed." }),
      Section(
        heading: "Actions completed since \(baseline)", lines: actionsCompletedSince,
        none: "No action was completed.", count: { "\(Self.counted($0, "action", "actions")) completed." }),
      Section(heading: "Overdue or Red", lines: exceptions, none: "Nothing is overdue or rated Red."),
      Section(
        heading: "Closures proposed, waiting for the board", lines: closuresProposed,
        none: "No closure is waiting for a decision."),
      Section(
        heading: "Closures accepted since \(baseline)", lines: closuresAccepted,
        none: "No closure was accepted."),
      Section(
        heading: "Extensions requested", lines: extensionsRequested,
        none: "No extension is waiting for a decision."),
      Section(
        heading: "Extensions granted since \(baseline)", lines: extensionsGranted,
        none: "No extension was granted."),
      Section(heading: "On hold", lines: held, none: "Nothing is on hold."),
    ]
  }

  /// The rows of the counts table: name, then the count at the baseline and now.
  var countRows: [(name: String, before: Int, after: Int, share: Bool)] {
    RatingCounts.order.map {
      ("\(RatingShift.symbol($0)) \($0.displayName)", counts.before[$0], counts.after[$0], true)
    } + [
      ("Open", counts.before.open, counts.after.open, true),
      ("Complete", counts.before.complete, counts.after.complete, true),
      ("Overdue items", counts.before.overdue, counts.after.overdue, false),
    ]
  }

  /// "12 (40%)": a count with its share of the items then.
  static func withShare(_ count: Int, of items: Int) -> String {
    items == 0 ? "\(count)" : "\(count) (\(Int((Double(count) * 100 / Double(items)).rounded()))%)"
  }

  static func change(_ before: Int, _ after: Int) -> String {
    after == before ? "0" : after > before ? "+\(after - before)" : "-\(before - after)"
  }

  static func rating(_ brag: BRAG) -> String { "\(RatingShift.symbol(brag)) \(brag.displayName)" }

  /// Text from the data for HTML: on one line, without control characters, `& < > " '` escaped.
  static func html(_ text: String) -> String {
    var out = ""
    for character in SafeText.singleLine(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  // MARK: - Markdown

  public var markdown: String {
    let e = MinutesExport.escape
    var lines = ["# \(e(title)): exception report", ""]
    lines.append("As at \(asAt.longDescription), compared with \(e(baseline)).")
    lines += ["", "## Counts", ""]
    lines.append("| Rating or status | At \(e(baseline)) | Now | Change |")
    lines.append("|---|---:|---:|---:|")
    for row in countRows {
      let before = row.share ? Self.withShare(row.before, of: counts.before.items) : "\(row.before)"
      let after = row.share ? Self.withShare(row.after, of: counts.after.items) : "\(row.after)"
      lines.append("| \(row.name) | \(before) | \(after) | \(Self.change(row.before, row.after)) |")
    }
    lines.append(
      "| Items | \(counts.before.items) | \(counts.after.items) | \(Self.change(counts.before.items, counts.after.items)) |"
    )
    lines += ["", "## Ratings at the last meetings", ""]
    lines.append("| | B | R | A | G | U | Items | Overdue |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for point in trend {
      let c = point.counts
      lines.append(
        "| \(e(point.label)) | \(c.blue) | \(c.red) | \(c.amber) | \(c.green) | \(c.unrated) | \(c.items) | \(c.overdue) |"
      )
    }
    for section in sections {
      lines += ["", "## \(e(section.heading))", ""]
      guard !section.lines.isEmpty else {
        lines.append(section.none)
        continue
      }
      if let count = section.count { lines += [count(section.lines.count), ""] }
      lines.append("| Report | Item | Rating | Owner | Why | Latest update or decision |")
      lines.append("|---|---|---|---|---|---|")
      for line in section.lines {
        let cells = [
          line.report, "\(line.ref) — \(line.text)", Self.rating(line.brag), line.owner ?? "no owner",
          line.detail,
          line.latest ?? "none recorded",
        ]
        lines.append("| " + cells.map(e).joined(separator: " | ") + " |")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - HTML

  /// Text from the data for a table cell, escaped (``html(_:)``), with each word too long for a
  /// narrow column (an address, a file path) in a `span.long`, which may break between any two
  /// letters: ordinary words keep the table's natural widths and never break.
  static func breakable(_ text: String) -> String {
    let line = SafeText.singleLine(text)
    guard line.count > longWord else { return html(line) }
    return line.split(separator: " ", omittingEmptySubsequences: false).map { word in
      word.count > longWord ? "<span class=\"long\">\(html(String(word)))</span>" : html(String(word))
    }.joined(separator: " ")
  }

  /// Longer than this, a word is a `span.long`.
  static let longWord = 24

  /// The columns of a section's table.
  static let itemColumns = ["Report", "Item", "Rating", "Owner", "Why", "Latest update or decision"]

  /// A long word in the data (an evidence address) may break anywhere (``breakable(_:)``), so it
  /// wraps inside its cell rather than push the table off the page; the chart scrolls sideways on a narrow screen and shrinks to the page
  /// in print; on a phone each item of a section is a block of its own, every value labelled
  /// with its column (`data-label`), as six columns do not fit.
  static let style = """
    body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;line-height:1.4;color:#000}
    h2{border-bottom:1px solid #999;margin-top:2rem}
    table{border-collapse:collapse;width:100%;margin:0.5rem 0}
    th,td{border:1px solid #999;padding:0.25rem 0.4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
    td.n{text-align:right}
    span.long{word-break:break-all}
    figure{margin:1rem 0;overflow-x:auto}
    @media screen and (max-width:40rem){
    body{margin:1rem auto}
    table.items,table.items tbody,table.items tr,table.items td{display:block;width:auto}
    table.items thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    table.items tr{border:1px solid #999;margin:0 0 0.75rem;padding:0.25rem 0}
    table.items td{border:none;padding:0.1rem 0.5rem}
    table.items td::before{content:attr(data-label) ": ";font-weight:bold}
    }
    @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}figure{overflow:visible}figure svg{max-width:100%;height:auto}}
    """

  public var html: String {
    let e = Self.html
    var out = HTMLPage.start(
      title: "\(SafeText.singleLine(title)): exception report, \(asAt.longDescription)", style: Self.style)
    out += """
      <h1>\(e(title)): exception report</h1>
      <p>As at \(asAt.longDescription), compared with \(e(baseline)).</p>
      <h2>Counts</h2>
      <table>
      <thead><tr><th scope="col">Rating or status</th><th scope="col">At \(e(baseline))</th><th scope="col">Now</th><th scope="col">Change</th></tr></thead>
      <tbody>

      """
    for row in countRows {
      let before = row.share ? Self.withShare(row.before, of: counts.before.items) : "\(row.before)"
      let after = row.share ? Self.withShare(row.after, of: counts.after.items) : "\(row.after)"
      out +=
        "<tr><th scope=\"row\">\(row.name)</th><td class=\"n\">\(before)</td><td class=\"n\">\(after)</td>"
        + "<td class=\"n\">\(Self.change(row.before, row.after))</td></tr>\n"
    }
    out +=
      "<tr><th scope=\"row\">Items</th><td class=\"n\">\(counts.before.items)</td><td class=\"n\">"
      + "\(counts.after.items)</td><td class=\"n\">\(Self.change(counts.before.items, counts.after.items))</td></tr>\n"
    out += "</tbody>\n</table>\n<h2>Ratings at the last meetings</h2>\n<figure>\n"
    out += RatingChart.svg(trend) + "\n"
    out +=
      "<figcaption>Items by rating at the end of each meeting, and now (B Blue, R Red, A Amber, G Green, U not rated).</figcaption>\n</figure>\n"
    out += "<table>\n<thead><tr><th scope=\"col\">At the end of</th>"
    for name in ["B", "R", "A", "G", "U", "Items", "Overdue"] { out += "<th scope=\"col\">\(name)</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for point in trend {
      let c = point.counts
      out += "<tr><th scope=\"row\">\(e(point.label))</th>"
      for value in [c.blue, c.red, c.amber, c.green, c.unrated, c.items, c.overdue] {
        out += "<td class=\"n\">\(value)</td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    for section in sections {
      out += "<h2>\(e(section.heading))</h2>\n"
      guard !section.lines.isEmpty else {
        out += "<p>\(section.none)</p>\n"
        continue
      }
      if let count = section.count { out += "<p>\(count(section.lines.count))</p>\n" }
      out += "<table class=\"items\">\n<thead><tr>"
      for name in Self.itemColumns { out += "<th scope=\"col\">\(name)</th>" }
      out += "</tr></thead>\n<tbody>\n"
      for line in section.lines {
        let cells = [
          line.report, "\(line.ref) — \(line.text)", Self.rating(line.brag), line.owner ?? "no owner",
          line.detail,
          line.latest ?? "none recorded",
        ].map(Self.breakable)
        out += "<tr>"
        for (cell, name) in zip(cells, Self.itemColumns) { out += "<td data-label=\"\(name)\">\(cell)</td>" }
        out += "</tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    return out + HTMLPage.end
  }
}
