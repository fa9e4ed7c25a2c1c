import BragModel

/// A deterministic generator of realistic tracker data: items the size of the seeds', fuzzy
/// timescales, about a third of open items overdue as at ``referenceToday``.
struct SyntheticTracker {
  /// The day the overdue share is arranged around (and the day benchmarks ask "as at").
  static let referenceToday = CalendarDate("2026-11-27")!

  var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  private static let vocabulary = """
    chief fire officers should make sure their services provide confidential way for staff to raise \
    concerns whistleblowing processes review support available action needed provisions suitable \
    professional standards function oversight cases fair transparent point of contact equality impact \
    assessment toolkit diversity data succession plans direct entry progression paths non-operational \
    roles core code of ethics recruitment promotion disciplinary leadership values culture survey \
    pulse feedback appraisal 360-degree misconduct investigation training managers supervisors \
    welfare occupational health grievance policy tracker trends quarterly board authority governance \
    safeguarding vulnerability quality assurance audit enforcement prosecution protection workforce \
    planning people organisational development representative bodies unions consultation \
    the and to of a in for is with on by as the and to of a in for is with on by as at be are \
    the and to of a in for has have will all its their this that new plan work
    """.split(separator: " ").map(String.init)

  private static let owners = [
    "People and Organisational Development", "Protection", "Prevention", "Operational Response",
    "Human Resources", "Learning and Development", "Strategy and Performance", "Legal Services",
    "Finance", "Corporate Communications",
  ]

  private static let openStatuses = ["On track", "In progress", "Not started", "On track", "Ongoing"]

  mutating func words(_ count: Int) -> String {
    var result: [String] = []
    result.reserveCapacity(count)
    for i in 0..<count {
      var word = Self.vocabulary[random.below(Self.vocabulary.count)]
      if i == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
      result.append(word)
    }
    return result.joined(separator: " ") + "."
  }

  /// A due date: for an open row, overdue a third of the time.
  mutating func dueDate(open: Bool) -> CalendarDate {
    let today = Self.referenceToday
    if open && random.below(3) == 0 {
      return today.adding(days: -(1 + random.below(700)))
    }
    return open ? today.adding(days: random.below(500)) : today.adding(days: -random.below(900))
  }

  private static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// A timescale as a service might write it, resolving to about `due`.
  mutating func timescale(near due: CalendarDate, context: TimescaleContext) -> Timescale {
    let written: String
    switch random.below(6) {
    case 0: written = "By \(due.longDescription)"
    case 1: written = "\(Self.monthNames[due.month - 1]) \(due.year)"
    case 2: written = "\(due.day)/\(due.month)/\(due.year % 100)"
    case 3:
      let fy = due.month >= 4 ? due.year : due.year - 1
      written = "Q\(due.month >= 4 ? (due.month - 4) / 3 + 1 : 4) \(fy)/\(zeroPadded((fy + 1) % 100, 2))"
    case 4: written = random.below(4) == 0 ? "Ongoing" : "\(due.longDescription)"
    default: written = "\(Self.monthNames[due.month - 1]) \(due.year % 100)"
    }
    return TimescaleResolver.resolve(written, context: context)
  }

  mutating func history(count: Int) -> [HistoryEntry] {
    (0..<count).map { i in
      HistoryEntry(
        at: "2025-0\(1 + i % 9)-1\(i % 10)T10:0\(i % 10):00Z", author: "board.secretary", field: .brag,
        before: "green", after: "amber", reason: random.below(2) == 0 ? nil : words(8))
    }
  }

  mutating func item(number: Int, context: TimescaleContext) -> Item {
    let complete = random.below(10) < 3
    let due = dueDate(open: !complete)
    var item = Item(
      id: "rec-\(number)", kind: random.below(3) == 0 ? .areaForImprovement : .recommendation,
      number: number, label: "Rec \(number)", section: nil, text: words(60),
      audience: "Chief fire officers", timescale: timescale(near: due, context: context),
      status: complete ? "Complete" : Self.openStatuses[random.below(Self.openStatuses.count)],
      brag: complete ? .blue : [BRAG.green, .amber, .red, .unrated][random.below(4)],
      response: words(80))
    for u in 0..<random.below(3) {
      item.updates.append(
        QuarterlyUpdate(
          period: "April–June 202\(4 + u)", date: CalendarDate(year: 2024 + u, month: 6, day: 30),
          text: words(80)))
    }
    for a in 0..<random.below(5) {
      let actionDue = dueDate(open: !complete)
      item.actions.append(
        Action(
          id: "a\(a + 1)", text: words(25), owner: Self.owners[random.below(Self.owners.count)],
          timescale: timescale(near: actionDue, context: context),
          status: complete ? "Complete" : nil, brag: complete ? .blue : .unrated,
          history: history(count: random.below(2))))
    }
    item.history = history(count: random.below(4))
    return item
  }

  /// `itemCount` items spread evenly over `reportCount` reports.
  mutating func reports(itemCount: Int, reportCount: Int) -> [Report] {
    let reportCount = max(1, min(reportCount, itemCount))
    return (0..<reportCount).map { r in
      let published = CalendarDate("2023-03-31")!.adding(days: r * 7)
      var report = Report(
        id: "report-\(zeroPadded(r, 4))", title: "Synthetic report \(r + 1)", kind: .inspection,
        publisher: "HMICFRS", service: "Synthetic Fire and Rescue Service", published: published)
      let count = itemCount / reportCount + (r < itemCount % reportCount ? 1 : 0)
      report.items = (0..<count).map { item(number: $0 + 1, context: report.timescaleContext) }
      return report
    }
  }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), so runs are repeatable.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// `n` with leading zeros to `width` digits.
func zeroPadded(_ n: Int, _ width: Int) -> String {
  let digits = "\(n)"
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
