import BragModel

/// The ratings from meeting to meeting as an inline SVG chart: one stacked bar per meeting (Blue
/// at the foot, then Green, Amber, Red, not rated), each part in its colour and a pattern of its
/// own, with its letter and count written in it, and a legend of letters. So it reads printed in
/// greyscale, and needs nothing from outside the page. A part too small to hold its label (one
/// Red item among forty) is drawn at the label's height, the bar's larger parts giving up the
/// room, so no rating present goes unlabelled: the counts are in the label and the table below.
enum RatingChart {
  /// Bottom to top.
  static let stack: [BRAG] = [.blue, .green, .amber, .red, .unrated]

  static func fill(_ brag: BRAG) -> String {
    switch brag {
    case .blue: "#1f5fbf"
    case .red: "#c62828"
    case .amber: "#f2a900"
    case .green: "#2e7d32"
    case .unrated: "#d9d9d9"
    }
  }

  /// A pattern per rating, drawn over the colour: what tells them apart without colour.
  static func pattern(_ brag: BRAG) -> String {
    let id = "pattern-\(brag.rawValue)"
    let shape: String =
      switch brag {
      case .blue: #"<circle cx="3" cy="3" r="1.2" fill="white"/>"#
      case .red: #"<path d="M0,6 L6,0" stroke="white" stroke-width="1.5"/>"#
      case .amber: #"<path d="M0,3 L6,3" stroke="black" stroke-width="1"/>"#
      case .green: #"<path d="M3,0 L3,6" stroke="white" stroke-width="1"/>"#
      case .unrated: #"<path d="M0,0 L6,6 M6,0 L0,6" stroke="gray" stroke-width="0.7"/>"#
      }
    return #"<pattern id="\#(id)" width="6" height="6" patternUnits="userSpaceOnUse">\#(shape)</pattern>"#
  }

  /// The height a part's label needs.
  static let labelHeight = 14

  /// The parts' heights (in ``stack`` order) of a bar `total` high for `counts`: in proportion,
  /// except that each part present is at least ``labelHeight``, taken from the larger parts.
  static func heights(_ counts: [Int], total: Int) -> [Int] {
    let sum = counts.reduce(0, +)
    guard sum > 0 else { return counts.map { _ in 0 } }
    let natural = counts.map { Double($0) * Double(total) / Double(sum) }
    let small = zip(counts, natural).map { $0 > 0 && $1 < Double(labelHeight) }
    let reserved = small.filter { $0 }.count * labelHeight
    let largeSum = zip(counts, small).filter { !$1 }.map(\.0).reduce(0, +)
    let rest = Double(max(total - reserved, 0))
    return zip(counts, small).map { count, isSmall in
      guard count > 0 else { return 0 }
      if isSmall { return labelHeight }
      return max(labelHeight, Int((Double(count) * rest / Double(max(largeSum, 1))).rounded()))
    }
  }

  /// The chart of `points` (labels are dates and "Now", never data from the files).
  static func svg(_ points: [MembersPaper.Point]) -> String {
    let barWidth = 44
    let gap = 28
    let left = 40
    let top = 20
    let plot = 200
    let legendWidth = 150
    let width = left + points.count * (barWidth + gap) + legendWidth
    let height = top + plot + 40
    let most = max(1, points.map(\.counts.items).max() ?? 1)
    func scaled(_ count: Int) -> Int { Int((Double(count) * Double(plot) / Double(most)).rounded()) }
    var out = [
      #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="Ratings at the end of each meeting, as in the table below">"#,
      "<title>Ratings at the end of each meeting</title>",
      "<defs>" + stack.map(pattern).joined() + "</defs>",
      #"<line x1="\#(left - 4)" y1="\#(top + plot)" x2="\#(left + points.count * (barWidth + gap))" y2="\#(top + plot)" stroke="black"/>"#,
    ]
    for (index, point) in points.enumerated() {
      let x = left + index * (barWidth + gap)
      var y = top + plot
      let parts = heights(stack.map { point.counts[$0] }, total: scaled(point.counts.items))
      for (brag, h) in zip(stack, parts) {
        let count = point.counts[brag]
        guard count > 0 else { continue }
        y -= h
        out.append(
          #"<rect x="\#(x)" y="\#(y)" width="\#(barWidth)" height="\#(h)" fill="\#(fill(brag))" stroke="black" stroke-width="0.5"/>"#
        )
        out.append(
          #"<rect x="\#(x)" y="\#(y)" width="\#(barWidth)" height="\#(h)" fill="url(#pattern-\#(brag.rawValue))"/>"#
        )
        if h >= labelHeight {
          out.append(
            #"<rect x="\#(x + 6)" y="\#(y + h / 2 - 7)" width="\#(barWidth - 12)" height="14" fill="white" stroke="black" stroke-width="0.5"/>"#
          )
          out.append(
            #"<text x="\#(x + barWidth / 2)" y="\#(y + h / 2 + 4)" text-anchor="middle" font-family="sans-serif" font-size="11">\#(RatingShift.symbol(brag)) \#(count)</text>"#
          )
        }
      }
      out.append(
        #"<text x="\#(x + barWidth / 2)" y="\#(y - 5)" text-anchor="middle" font-family="sans-serif" font-size="11">\#(point.counts.items)</text>"#
      )
      out.append(
        #"<text x="\#(x + barWidth / 2)" y="\#(top + plot + 16)" text-anchor="middle" font-family="sans-serif" font-size="11">\#(MembersPaper.html(point.label))</text>"#
      )
    }
    let legendX = left + points.count * (barWidth + gap) + 10
    for (index, brag) in stack.reversed().enumerated() {
      let y = top + index * 22
      out.append(
        #"<rect x="\#(legendX)" y="\#(y)" width="16" height="16" fill="\#(fill(brag))" stroke="black" stroke-width="0.5"/>"#
      )
      out.append(
        #"<rect x="\#(legendX)" y="\#(y)" width="16" height="16" fill="url(#pattern-\#(brag.rawValue))"/>"#)
      out.append(
        #"<text x="\#(legendX + 22)" y="\#(y + 12)" font-family="sans-serif" font-size="11">\#(RatingShift.symbol(brag)) \#(brag.displayName)</text>"#
      )
    }
    out.append("</svg>")
    return out.joined(separator: "\n")
  }
}
