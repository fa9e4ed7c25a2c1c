import BragExchange
import BragModel
import Foundation
import Testing

@Suite("Planning a standard's import")
struct StandardImportTests {
  func page(_ code: String, _ texts: [String]) -> StandardPage {
    StandardPage(
      title: "Protection", code: code,
      requirements: texts.enumerated().map {
        PageRequirement(clause: String($0 + 1), obligation: .must, text: $1)
      })
  }

  @Test("without the catalogue's numbering, a requirement is followed by its wording through a revision")
  func followsWording() throws {
    let first = page(
      "FSD-PRO01",
      [
        "Keep a register of premises by risk.",
        "Train inspectors to the national framework.",
        "Publish the inspection programme every year.",
      ])
    let plan = try StandardImport.plan(first, file: "pro01.html", existing: nil)
    var report = plan.standard.newReport(
      version: plan.version, source: plan.source, service: nil, requirements: plan.requirements)
    for index in report.items.indices { report.items[index].assessment = Assessment(compliance: .met) }
    // The revision puts a new requirement first, rewords the second a little and drops the third.
    let second = page(
      "FSD-PRO02",
      [
        "Have a protection strategy linked to the risk management plan.",
        "Keep a register of premises by risk.",
        "Train and assess inspectors to the national framework.",
      ])
    let revised = try StandardImport.plan(second, file: "pro02.html", existing: report)
    let outcome = report.revise(to: revised.version, requirements: revised.requirements, author: "a", at: "t")
    #expect(outcome.summary == "FSD-PRO01 → FSD-PRO02: 1 added, 1 changed, 1 renumbered, 1 removed")
    let train = try #require(report.items.first { $0.text.hasPrefix("Train and assess") })
    #expect(train.id == "req-2" && train.requirement?.clause == "3" && train.label == "Req 3")
    #expect(train.compliance == .met && train.assessment?.reassess == "wording changed in FSD-PRO02")
    let register = try #require(report.items.first { $0.text.hasPrefix("Keep a register") })
    #expect(
      register.id == "req-1" && register.requirement?.clause == "2" && register.assessment?.reassess == nil)
    let published = try #require(report.items.first { $0.text.hasPrefix("Publish") })
    #expect(published.requirement?.retiredIn == "FSD-PRO02" && published.id == "req-3")
    let strategy = try #require(report.items.first { $0.text.hasPrefix("Have a protection strategy") })
    // Ids stay, so links, replies and journals hold; a new requirement gets one of its own.
    #expect(strategy.assessment == nil && strategy.id == "req-1-2" && strategy.label == "Req 1")
  }

  @Test("a page of a standard the catalogue does not know is refused, naming the file")
  func unknown() {
    let stranger = StandardPage(title: "Underwater Rescue", code: "FSX-UW01", requirements: [])
    #expect {
      try StandardImport.plan(stranger, file: "uw.html", existing: nil)
    } throws: { error in
      (error as? StandardPageError)?.file == "uw.html"
    }
  }

  @Test("numbering that starts again under each heading is lettered by group, so no number repeats")
  func lettered() throws {
    let url = try #require(
      Bundle.module.url(forResource: "Standards/code-of-ethics-fsc-eth01.txt", withExtension: nil))
    let page = try StandardPageReader.read(try Data(contentsOf: url), file: "code-of-ethics.txt")
    #expect(Set(page.requirements.map(\.clause)).count < page.requirements.count)
    let plan = try StandardImport.plan(page, file: "code-of-ethics.txt", existing: nil)
    #expect(plan.requirements.map(\.clause) == ["A1", "A2", "A3", "A4", "B1", "B2", "C1", "C2", "C3"])
    let report = plan.standard.newReport(
      version: plan.version, source: plan.source, service: nil, requirements: plan.requirements)
    #expect(report.items.map(\.label).prefix(5) == ["Req A1", "Req A2", "Req A3", "Req A4", "Req B1"])
    #expect(Set(report.items.map(\.id)).count == 9)
  }
}
