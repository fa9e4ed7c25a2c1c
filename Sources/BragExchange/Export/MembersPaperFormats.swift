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

  static let style = """
    body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;line-height:1.4;color:#000}
    h2{border-bottom:1px solid #999;margin-top:2rem}
    table{border-collapse:collapse;width:100%;margin:0.5rem 0}
    th,td{border:1px solid #999;padding:0.25rem 0.4rem;text-align:left;vertical-align:top}
    td.n{text-align:right}
    figure{margin:1rem 0}
    @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
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
      out += "<table>\n<thead><tr>"
      for name in ["Report", "Item", "Rating", "Owner", "Why", "Latest update or decision"] {
        out += "<th scope=\"col\">\(name)</th>"
      }
      out += "</tr></thead>\n<tbody>\n"
      for line in section.lines {
        out += "<tr><td>\(e(line.report))</td><td>\(e(line.ref)) — \(e(line.text))</td>"
        out += "<td>\(Self.rating(line.brag))</td><td>\(e(line.owner ?? "no owner"))</td>"
        out += "<td>\(e(line.detail))</td><td>\(e(line.latest ?? "none recorded"))</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    return out + HTMLPage.end
  }
}
