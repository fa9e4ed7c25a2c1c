import BragModel
import BragSampleData
import BragTestSupport
import Foundation
import Testing

/// The sample data must be faithful to the seed documents it was transcribed from.
@Suite("Sample data against the seeds")
struct SampleDataTests {
  /// Splits a Staffordshire progress page into (text, response, status) triples by its
  /// "Recommendation"/"Area for improvement", "Action we have taken" and "Status" headings.
  func pageEntries(_ seed: String, heading: String) -> [(text: String, response: String, status: String)] {
    let lines = seed.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    var entries: [(String, String, String)] = []
    var index = 0
    while index < lines.count {
      guard lines[index] == heading else {
        index += 1
        continue
      }
      var text: [String] = []
      index += 1
      while lines[index] != "Action we have taken" {
        text.append(lines[index])
        index += 1
      }
      var response: [String] = []
      index += 1
      while lines[index] != "Status" {
        response.append(lines[index])
        index += 1
      }
      entries.append((text.joined(separator: "\n"), response.joined(separator: "\n"), lines[index + 1]))
      index += 2
    }
    return entries
  }

  @Test("values and culture: 19 recommendations, word for word, with official numbers and deadlines")
  func valuesAndCulture() throws {
    let report = Samples.report("staffs-values-culture-2023")
    let entries = pageEntries(Samples.seed("000"), heading: "Recommendation")
    try #require(entries.count == 19)
    #expect(report.items.count == 19)
    for (item, entry) in zip(report.items, entries) {
      #expect(item.text == entry.text, "\(item.label) text")
      #expect(item.response == entry.response, "\(item.label) response")
      #expect(item.status == entry.status)
      #expect(item.brag == .blue)
      #expect(item.kind == .recommendation)
    }
    #expect(
      report.items.map(\.number) == [1, 3, 4, 5, 9, 12, 14, 17, 18, 20, 21, 22, 23, 24, 27, 28, 32, 33, 34])
    let deadlines = Dictionary(
      uniqueKeysWithValues: report.items.map { ($0.number!, $0.timescale.due?.description) })
    #expect(deadlines[1] == "2023-10-01")
    #expect(deadlines[3] == "2023-06-01")
    #expect(deadlines[12] == "2024-03-01")
    #expect(deadlines[17] == "2023-03-31")  // with immediate effect: the publication date
    #expect(deadlines[22] == "2023-09-01")
    #expect(deadlines[33] == "2023-08-01")
    #expect(report.items.first { $0.number == 34 }?.timescale.precision == .immediate)
    #expect(report.items.first { $0.number == 22 }?.links.map(\.target) == ["rec-21"])
    #expect(report.items.first { $0.number == 24 }?.links.map(\.target) == ["rec-23"])
  }

  @Test("the HMICFRS letter is a dated note whose Annex A lists the passed and upcoming deadlines")
  func letter() throws {
    let report = Samples.report("staffs-values-culture-2023")
    let note = try #require(report.notes.first)
    #expect(note.date == CalendarDate("2023-06-26"))
    #expect(note.text.contains("a short narrative of no more than 300 words per recommendation"))
    // Annex A's passed deadlines are exactly the recommendations due by the letter's date.
    let passed = report.items.filter { $0.timescale.due! < note.date! }.compactMap(\.number)
    #expect(passed == [3, 4, 5, 17, 20, 21, 23, 27, 28, 32, 34])
    let withinSixWeeks = report.items.filter {
      $0.timescale.due! >= note.date! && $0.timescale.due! <= note.date!.adding(days: 42)
    }.compactMap(\.number)
    #expect(withinSixWeeks == [18, 33])
  }

  @Test("misconduct: 15 recommendations in four sections, 12 complete and 3 on track")
  func misconduct() throws {
    let report = Samples.report("staffs-misconduct-2024")
    let entries = pageEntries(Samples.seed("001"), heading: "Recommendation")
    try #require(entries.count == 15)
    for (item, entry) in zip(report.items, entries) {
      #expect(item.text == entry.text, "\(item.label) text")
      #expect(item.response == entry.response, "\(item.label) response")
      #expect(item.status == entry.status)
      #expect(item.brag == (entry.status == "Complete" ? .blue : .green))
    }
    #expect(report.items.map(\.number) == Array(1...15))
    #expect(report.items.filter { $0.status == "On track" }.compactMap(\.number) == [2, 3, 6])
    var sections: [String] = []
    for item in report.items where sections.last != item.section { sections.append(item.section!) }
    #expect(
      sections == [
        "The culture in fire and rescue services",
        "The extent to which services are identifying misconduct",
        "The effectiveness of misconduct processes",
        "Understanding misconduct and sharing lessons learned",
      ])
    let due = Dictionary(
      uniqueKeysWithValues: report.items.map { ($0.number!, $0.timescale.due?.description) })
    #expect(due[1] == "2025-02-01" && due[2] == "2025-02-01" && due[4] == "2025-02-01")
    #expect(due[3] == "2025-05-01")
    #expect(due[9] == "2025-08-01")
    #expect(due[6]! == nil)
    #expect(report.items[9].links.first?.target == "staffs-values-culture-2023/rec-4")
  }

  @Test("Round 3: 5 areas for improvement, 11 judgement areas, 2 promising practices")
  func roundThree() throws {
    let report = Samples.report("staffs-round3-2024")
    let entries = pageEntries(Samples.seed("003"), heading: "Area for improvement")
    try #require(entries.count == 5)
    for (item, entry) in zip(report.items, entries) {
      #expect(item.text == entry.text)
      #expect(item.response == entry.response)
      #expect(item.status == entry.status)
      #expect(item.kind == .areaForImprovement)
    }
    #expect(report.items.map(\.status) == ["On track", "On track", "On track", "Complete", "On track"])
    #expect(report.judgements.count == 11)
    #expect(report.judgements.allSatisfy { $0.grade == nil })
    #expect(report.judgements.first?.name == "Responding to major incidents")
    #expect(report.promisingPractice.count == 2)
  }

  @Test("Merseyside: 5 areas for improvement, every action with its own timescale as written, not rated")
  func merseyside() throws {
    let report = Samples.report("mfrs-action-plan-2023")
    let seed = Samples.seed("004")
    #expect(report.items.count == 5)
    #expect(report.items.map(\.actions.count) == [1, 4, 5, 5, 7])
    #expect(report.items.map(\.hmiPage) == ["12", "33", nil, "36", "39"])
    for item in report.items {
      #expect(item.brag == .unrated)
      #expect(item.status == nil)
      #expect(seed.contains(item.text), "\(item.label) text is in the seed")
      #expect(item.updates.count == 1)
      #expect(item.updates.first?.period == "April–June 2025")
      for action in item.actions {
        #expect(action.owner != nil)
        #expect(action.brag == .unrated)
        // Every timescale is one the seed writes, and it resolves.
        let written = try #require(action.timescale.written)
        #expect(seed.contains(written), "\(written)")
        #expect(action.timescale.precision != .unresolved)
      }
    }
    let timescales = report.items.map { $0.actions.map { $0.timescale.written! } }
    #expect(timescales[1] == ["Aug 2024", "June 2024", "Ongoing", "Jan 2025"])
    #expect(timescales[3] == ["In FDP 24/25", "May 2024", "Dec 2024", "Jan 2025", "Dec 2024"])
    #expect(timescales[4][3] == "Aug 2024; June 2024; July 2024")
    #expect(report.items[0].actions[0].status == "Action Complete")
    #expect(report.items[0].actions[0].isComplete)
    #expect(report.items[4].actions[6].text.hasPrefix("Consider providing examples of behaviours"))
    #expect(report.items[1].actions[0].text == "Carry out a cultural survey to help assess what the issues.")
    #expect(report.items[4].updates[0].text.hasSuffix("The Dashboard will be visible to all staff."))
  }

  @Test(
    "as at 27 November 2026: the overdue Merseyside actions and misconduct 2 and 3, nothing from values and culture"
  )
  func overdueAsAtToday() {
    let rows = Samples.reports.values.flatMap(\.rows).filter { $0.isOverdue(on: Samples.today) }
    #expect(!rows.contains { $0.report == "staffs-values-culture-2023" })
    #expect(
      Set(rows.filter { $0.report == "staffs-misconduct-2024" }.map(\.ref)) == ["Rec 2", "Rec 3"])
    let merseyside = rows.filter { $0.report == "mfrs-action-plan-2023" }
    #expect(merseyside.count == 19)
    #expect(merseyside.allSatisfy { $0.kind == .action })
    // The one completed action and the ongoing ones are not overdue.
    #expect(!merseyside.contains { $0.id == "mfrs-action-plan-2023/afi-1/a1" })
    #expect(!merseyside.contains { $0.timescale == "Ongoing" })
  }

  @Test("the files compiled into the binary are the files in fixtures/")
  func embeddedMatchesFixtures() throws {
    let onDisk = try FileManager.default.contentsOfDirectory(atPath: Repository.fixtures.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(onDisk == SampleData.files.map(\.name))
    for file in SampleData.files {
      let bytes = try Data(contentsOf: Repository.fixtures.appendingPathComponent(file.name))
      let same = [UInt8](bytes) == file.bytes
      #expect(same, "\(file.name): rebuild after editing fixtures/")
    }
  }

  @Test("every stored due date is what the resolver gives for the written timescale")
  func storedDatesMatchResolver() {
    for report in Samples.reports.values {
      for item in report.items {
        let timescales = [item.timescale] + item.actions.map(\.timescale)
        for stored in timescales where stored.written != nil {
          let resolved = TimescaleResolver.resolve(stored.written, context: report.timescaleContext)
          #expect(resolved.due == stored.due, "\(report.id) \(item.id) \(stored.written!)")
          #expect(resolved.precision == stored.precision, "\(report.id) \(item.id) \(stored.written!)")
        }
      }
    }
  }
}
