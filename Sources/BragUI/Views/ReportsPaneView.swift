import BragModel

/// The reports pane: "All reports", then each report with its service, a bar of the share
/// complete, its counts per rating and its overdue count, and the rating that moved most since
/// the last meeting ("G 7→5"); then any files that failed to load.
struct ReportsPaneView {
  let board: Board

  func render(_ rect: Rect, into screen: inout ScreenBuffer) {
    let state = board.state
    screen.box(rect, title: title(width: rect.width), focused: state.focus == .reports)
    let inner = rect.inset(1)
    let visible = max(1, inner.height / Layout.reportEntryHeight)
    for slot in 0..<visible {
      let index = state.reportsScroll + slot
      guard index < board.reportEntryCount else { break }
      let top = inner.y + slot * Layout.reportEntryHeight
      let lines = entryLines(index, width: inner.width, ascii: screen.asciiOnly)
      for (offset, line) in lines.enumerated()
      where offset < Layout.reportEntryHeight && top + offset < inner.maxY {
        screen.draw(line, x: inner.x, y: top + offset, width: inner.width)
      }
      if index == state.selectedReport {
        let rows = min(Layout.reportEntryHeight - 1, inner.maxY - top)  // not the blank separator
        screen.restyle(
          Rect(x: inner.x, y: top, width: inner.width, height: rows),
          style: state.focus == .reports ? .selected : .selectedInactive)
      }
    }
  }

  private func entryLines(_ index: Int, width: Int, ascii: Bool) -> [StyledLine] {
    var lines = ownLines(index, width: width, ascii: ascii)
    // A framework's heading sits on the blank line above its first report.
    if let heading = heading(before: index + 1, ascii: ascii) {
      while lines.count < Layout.reportEntryHeight - 1 { lines.append(StyledLine("")) }
      lines.append(heading)
    }
    return lines
  }

  /// "── Fire Standards ──" when the report at `entry` starts a framework's group; only when the
  /// board holds reports of more than one framework.
  private func heading(before entry: Int, ascii: Bool) -> StyledLine? {
    guard board.frameworksPresent.count > 1, let slot = board.slot(atReportEntry: entry) else { return nil }
    let framework = board.store.slots[slot].framework
    if let previous = board.slot(atReportEntry: entry - 1), board.store.slots[previous].framework == framework
    {
      return nil
    }
    let rule = ascii ? "--" : "──"
    return StyledLine("\(rule) \(framework.title) \(rule)", .title)
  }

  private func ownLines(_ index: Int, width: Int, ascii: Bool) -> [StyledLine] {
    if index == 0 {
      let total = board.summary.total
      // With Fire Standards tracked, the second line is how far all of them are implemented.
      let second =
        total.implementation.isEmpty
        ? StyledLine(Strings.count(board.store.slots.count, "report"), .dim)
        : StandardsLines.implementation(
          total.implementation, prefix: Strings.allStandardsPrefix, width: width, ascii: ascii)
      let title =
        total.implementation.isEmpty ? "All reports" : "All reports (\(board.store.slots.count))"
      return [StyledLine(title, .title), second] + tallyLines(total, width: width, ascii: ascii)
    }
    if let slotIndex = board.slot(atReportEntry: index) {
      let slot = board.store.slots[slotIndex]
      let tally = board.summary.reports[slotIndex].tally
      var lines = [StyledLine(slot.title, .title), StyledLine(slot.service ?? slot.id, .dim)]
      if slot.framework == .fireStandards {
        // A standard: how far it is implemented, then its ratings and what is late.
        var counts = tallyLines(tally, width: width, ascii: ascii)[1]
        if tally.overdue > 0 { counts.segments.append(("  \(tally.overdue) late", .overdue)) }
        lines += [StandardsLines.implementation(tally.implementation, width: width, ascii: ascii), counts]
      } else {
        lines += tallyLines(tally, width: width, ascii: ascii)
      }
      if let change = changeSinceLastMeeting(slotIndex, ascii: ascii),
        lines[3].width + 2 + change.width <= width
      {
        lines[3].segments += [(text: "  ", style: .normal)] + change.segments
      }
      return lines
    }
    let failure = board.store.failures[index - 1 - board.store.slots.count]
    let name = failure.file.split(separator: "/").last.map(String.init) ?? failure.file
    return [
      StyledLine([("! ", .error), (name, .error)]),
      StyledLine("failed to load: read-only", .error),
      StyledLine("select it to see why", .dim),
    ]
  }

  /// "Reports · since 25 Nov 2026" when a meeting has ended before today and the words fit.
  private func title(width: Int) -> String {
    guard let since = board.context.lastMeeting else { return "Reports" }
    let title = "Reports · since \(since.day.shortDescription)"
    return DisplayWidth.of(title) + 4 <= width - 2 ? title : "Reports"
  }

  /// The rating of the report at `slot` that moved most since the last meeting, by the model's
  /// rule (``RatingShift/largest``), in its colour: "G 7→5"; "no change" when none moved. Nil
  /// without a last meeting or when the report cannot be read now.
  private func changeSinceLastMeeting(_ slot: Int, ascii: Bool) -> StyledLine? {
    guard let since = board.context.lastMeeting else { return nil }
    let today = board.context.today
    let data = board.store.slots[slot]
    let cached = board.trends.shift(report: data.id, identity: data.identity, since: since, today: today) {
      board.store.report(at: slot).map { RatingTrend.shift($0, from: since, to: .now(today)) }
    }
    guard let shift = cached else { return nil }
    guard let move = shift.largest else { return StyledLine("no change", .dim) }
    return StyledLine(move.text(arrow: ascii ? "->" : "→"), move.brag.role)
  }

  /// A progress bar of the share complete with the overdue count, then "B12 R0 A1 G2 -0".
  private func tallyLines(_ tally: Tally, width: Int, ascii: Bool) -> [StyledLine] {
    let percent = Int((tally.completeShare * 100).rounded())
    let late = tally.overdue > 0 ? "  \(tally.overdue) late" : ""
    let barWidth = max(4, min(20, width - 5 - late.count))
    let filled = Int((Double(barWidth) * tally.completeShare).rounded())
    let (full, empty) = ascii ? ("#", ".") : ("█", "░")
    let bar = StyledLine([
      (String(repeating: full, count: filled), .blue),
      (String(repeating: empty, count: barWidth - filled), .dim),
      (" \(percent)%", .normal), (late, .overdue),
    ])
    let counts: [(String, StyleRole)] = [
      ("B\(tally.blue)", .blue), (" ", .normal), ("R\(tally.red)", .red), (" ", .normal),
      ("A\(tally.amber)", .amber),
      (" ", .normal), ("G\(tally.green)", .green), (" ", .normal), ("-\(tally.unrated)", .unrated),
    ]
    return [bar, StyledLine(counts)]
  }
}
