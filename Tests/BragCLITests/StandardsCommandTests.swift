import BragModel
import BragTestSupport
import Foundation
import Testing

@Suite("brag standards, import standard, set --compliance, link, export standards")
struct StandardsCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "assessor", "BRAG_TODAY": "2026-12-02"]

  /// A test page written for these tests in the shape of the Fire Standards Board's pages.
  func page(_ name: String) -> String {
    Repository.root.appendingPathComponent("Tests/BragExchangeTests/Standards/\(name)").path
  }

  func json(_ arguments: [String]) throws -> Any {
    let result = try brag(arguments + ["--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  @Test("the catalogue lists all 19 standards with code, title, version, requirements and tracked")
  func catalogue() throws {
    let data = try initialised()
    let text = try brag(["standards", "--data", data])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("8  FSD-PRO02  Protection"))
    #expect(text.stdout.contains("0 of 19 tracked"))
    let list = try #require(try json(["standards", "--data", data]) as? [[String: Any]])
    #expect(list.count == 19)
    #expect(list.map { $0["title"] as? String }.first == "Emergency Response Driving")
    for entry in list {
      for key in ["code", "title", "version", "requirements", "tracked"] { #expect(entry.keys.contains(key)) }
      #expect(entry["tracked"] as? Bool == false)
    }
    let protection = try #require(list.first { $0["key"] as? String == "protection" })
    #expect(protection["code"] as? String == "FSD-PRO02")
    #expect(protection["requirements"] is NSNull)  // the catalogue does not hold its numbering
  }

  @Test("standards add: from the catalogue's numbering, none assessed; refused twice and where it has none")
  func add() throws {
    let data = try initialised()
    let none = try brag(["standards", "add", "protection", "--data", data])
    #expect(none.status == 1)
    #expect(none.stderr.contains("brag import standard FILE"))
    let codeless = try brag(["standards", "add", "fire control", "--data", data])
    #expect(codeless.stderr.contains("requirements of Fire Control; save the standard's page"))
    let unknown = try brag(["standards", "add", "FSD-XYZ99", "--data", data])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no Fire Standard is called 'FSD-XYZ99'"))
    let added = try brag(["standards", "add", "FSD-RSP01", "--data", data])
    #expect(added.status == 0, "\(added.stderr)")
    let report = try report(data, "fire-standard-emergency-response-driving")
    #expect(report.kind == .fireStandard)
    #expect(report.standard?.version == "FSD-RSP01")
    #expect(report.items.count == 9)
    #expect(report.items.allSatisfy { $0.kind == .requirement && $0.assessment == nil })
    #expect(report.items.map(\.label).suffix(4) == ["Req S1", "Req S1.1", "Req S1.2", "Req S1.3"])
    #expect(try brag(["standards", "add", "FSD-RSP01", "--data", data]).status == 1)
    let list = try #require(try json(["standards", "--data", data]) as? [[String: Any]])
    #expect(list[0]["tracked"] as? Bool == true)
    #expect(list[0]["trackedVersion"] as? String == "FSD-RSP01")
  }

  @Test("import standard: a new standard from its page; the revision keeps, marks and retires")
  func importAndRevise() throws {
    let data = try initialised()
    let dry = try brag(["import", "standard", page("protection-fsd-pro01.html"), "--dry-run", "--data", data])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("would create fire-standard-protection"))
    #expect(!FileManager.default.fileExists(atPath: data + "/fire-standard-protection.json"))
    let created = try brag(["import", "standard", page("protection-fsd-pro01.html"), "--data", data])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("page: 8. Protection FSD-PRO01 (matched by code)"))
    let before = try report(data, "fire-standard-protection")
    #expect(before.items.allSatisfy { !$0.text.isEmpty })
    // Assess every requirement, then bring in the revision.
    for item in before.items {
      let result = try brag([
        "set", "fire-standard-protection/\(item.id)", "--compliance", "partly", "--evidence", "audit 2026",
        "--data", data,
      ])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let revised = try brag(["import", "standard", page("protection-fsd-pro02.html"), "--data", data])
    #expect(revised.status == 0, "\(revised.stderr)")
    #expect(revised.stdout.contains("updated fire-standard-protection: FSD-PRO01 → FSD-PRO02"))
    let after = try report(data, "fire-standard-protection")
    #expect(after.standard?.version == "FSD-PRO02")
    for item in after.items {
      let old = before.items.first { $0.requirement?.key == item.requirement?.key }
      switch (old, item.requirement?.retiredIn) {
      case (nil, _):  // added: not assessed
        #expect(item.assessment == nil)
      case (_, .some):  // removed: retired, assessment and history kept
        #expect(item.compliance == .partly)
      case (let old?, nil):
        #expect(item.compliance == .partly)
        let changed = Report.normalised(old.text) != Report.normalised(item.text)
        #expect((item.assessment?.reassess != nil) == changed, "\(item.id)")
      }
    }
    let changed = try #require(after.items.first { $0.assessment?.reassess != nil })
    let history = try brag(["history", "fire-standard-protection/\(changed.id)", "--data", data]).stdout
    #expect(history.contains("wording updated (revised as FSD-PRO02)"))
    // Importing the older page again is refused.
    let back = try brag(["import", "standard", page("protection-fsd-pro01.html"), "--data", data])
    #expect(back.status == 1)
    #expect(back.stderr.contains("older than the FSD-PRO02 tracked"))
  }

  @Test("ids stay through a revision, labels follow the numbers, links hold; a wrong page is refused")
  func renumbered() throws {
    let data = try initialised()
    #expect(
      try brag(["import", "standard", page("fire-investigation-2022.html"), "--data", data]).status == 0)
    let id = "fire-standard-fire-investigation"
    let first = try report(data, id).items[0]
    #expect(first.id == "req-1")
    let action = "mfrs-action-plan-2023/afi-2/a1"
    #expect(try brag(["link", action, "\(id)/req-1", "--data", data]).status == 0)
    #expect(try brag(["set", "\(id)/req-1", "--compliance", "met", "--data", data]).status == 0)
    let revised = try brag(["import", "standard", page("fire-investigation-fsd-pro03.html"), "--data", data])
    #expect(revised.status == 0, "\(revised.stderr)")
    let after = try report(data, id)
    // A new first requirement: the old first is now Req 2, keeping its id, so the link holds.
    let moved = try #require(after.items.first { $0.requirement?.key == first.requirement?.key })
    #expect(moved.id == "req-1" && moved.label == "Req 2" && moved.compliance == .met)
    #expect(after.items.first?.label == "Req 1" && after.items.first?.assessment == nil)
    let plan = try report(data, "mfrs-action-plan-2023")
    #expect(plan.items[1].actions[0].serves == ["\(id)/req-1"])
    #expect(try brag(["validate", "--data", data]).stdout.contains("\(id)/req-") == false)
    // A page with Fire Investigation's code and another title is not taken for it.
    let source = try String(contentsOfFile: page("fire-investigation-fsd-pro03.html"), encoding: .utf8)
    let wrong = write(
      "wrong.html",
      source.replacingOccurrences(of: "<h1>Fire Investigation</h1>", with: "<h1>Totally New Standard</h1>"))
    let refused = try brag(["import", "standard", wrong, "--data", data])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("--force"))
  }

  @Test("tracked from the catalogue, then a later version's page: assessments follow the numbers, marked")
  func catalogueThenPage() throws {
    let data = try initialised()
    #expect(try brag(["standards", "add", "FSD-RSP01", "--data", data]).status == 0)
    let id = "fire-standard-emergency-response-driving"
    #expect(try brag(["set", "\(id)/req-1", "--compliance", "met", "--data", data]).status == 0)
    // The later version's page (its numbering is not in the catalogue), here our RSP01 page
    // under the FSD-RSP04 reference.
    let source = try String(contentsOfFile: page("erd-fsd-rsp01.html"), encoding: .utf8)
    let later = write("erd-rsp04.html", source.replacingOccurrences(of: "FSD-RSP01", with: "FSD-RSP04"))
    #expect(later != page("erd-fsd-rsp01.html"))
    let result = try brag(["import", "standard", later, "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("removed"))
    let first = try report(data, id).items[0]
    #expect(first.compliance == .met && first.requirement?.retiredIn == nil)
    #expect(first.assessment?.reassess?.contains("FSD-RSP04") == true)
    // The same page again changes nothing.
    let again = try brag(["import", "standard", later, "--data", data])
    #expect(again.stdout.contains("FSD-RSP04: 9 unchanged"), "\(again.stdout)")
  }

  @Test("importing the same page twice changes nothing, even where a sentence repeats under two headings")
  func idempotent() throws {
    let data = try initialised()
    let source = try String(contentsOfFile: page("code-of-ethics-fsc-eth01.txt"), encoding: .utf8)
    let repeated = source.replacingOccurrences(
      of: "2. Placeholder six: behave as the code asks.",
      with: "2. Placeholder one: take the core code on and build it in.")
    #expect(repeated != source)
    let file = write("ethics.txt", repeated)
    #expect(try brag(["import", "standard", file, "--data", data]).status == 0)
    let id = "fire-standard-code-of-ethics"
    #expect(try brag(["set", "\(id)/req-a1", "--compliance", "met", "--data", data]).status == 0)
    #expect(try brag(["set", "\(id)/req-b2", "--compliance", "partly", "--data", data]).status == 0)
    let before = try report(data, id)
    let again = try brag(["import", "standard", file, "--data", data])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains(": 9 unchanged"), "\(again.stdout)")
    let after = try report(data, id)
    #expect(after.items.map(\.assessment) == before.items.map(\.assessment))
    #expect(after.items.map(\.id) == before.items.map(\.id))
    #expect(try brag(["validate", "--data", data]).stdout.contains("also used by") == false)
  }

  @Test("a hand-edited requirement without its requirement record is refused by validate, not a crash")
  func missingRecord() throws {
    let data = try initialised()
    #expect(try brag(["import", "standard", page("protection-fsd-pro01.html"), "--data", data]).status == 0)
    var standard = try report(data, "fire-standard-protection")
    standard.items[0].requirement = nil
    try ReportCoding.encode(standard).write(to: URL(fileURLWithPath: "\(data)/fire-standard-protection.json"))
    let result = try brag(["import", "standard", page("protection-fsd-pro02.html"), "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    let validate = try brag(["validate", "--data", data])
    #expect(validate.stdout.contains("a requirement without requirement.key and clause"))
    #expect(try brag(["summary", "--data", data]).status == 0)
  }

  @Test("a page whose numbering differs from the catalogue's is refused unless --force")
  func differs() throws {
    let data = try initialised()
    let source = try String(contentsOfFile: page("erd-fsd-rsp01.txt"), encoding: .utf8)
    // Drop requirement 4 from the copy.
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let cut = lines.filter { !$0.hasPrefix("4.") }.joined(separator: "\n")
    #expect(cut != source)
    let file = write("erd-cut.txt", cut)
    let refused = try brag(["import", "standard", file, "--data", data])
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("missing from the page: must 4"))
    #expect(refused.stderr.contains("--force"))
    #expect(try brag(["import", "standard", file, "--force", "--data", data]).status == 0)
    let notAPage = write("notes.txt", "Meeting notes\nNothing about standards here.\n")
    let broken = try brag(["import", "standard", notAPage, "--data", data])
    #expect(broken.status != 0)
    #expect(broken.stderr.contains("notes.txt"))
  }

  @Test("set --compliance: levels, evidence, refused on an HMICFRS item; summary and list count it")
  func compliance() throws {
    let data = try initialised()
    #expect(try brag(["standards", "add", "FSD-RSP01", "--data", data]).status == 0)
    let id = "fire-standard-emergency-response-driving/req-1"
    let bad = try brag(["set", id, "--compliance", "mostly", "--data", data])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("use met, partly, not-met or not-assessed"))
    let hmicfrs = try brag(["set", "staffs-round3-2024/afi-1", "--compliance", "met", "--data", data])
    #expect(hmicfrs.status == 1)
    #expect(hmicfrs.stderr.contains("not a Fire Standard's requirement"))
    #expect(
      try brag(["set", id, "--compliance", "met", "--evidence", "https://example.org/policy", "--data", data])
        .status == 0)
    #expect(
      try brag([
        "set", "fire-standard-emergency-response-driving/req-2", "--compliance", "partly", "--data", data,
      ])
      .status == 0)
    let item = try report(data, "fire-standard-emergency-response-driving").items[0]
    #expect(item.assessment?.evidence == [Evidence(kind: .address, value: "https://example.org/policy")])
    #expect(item.assessment?.version == "FSD-RSP01")
    #expect(item.assessment?.assessedBy == "assessor")
    let summary = try #require(try json(["summary", "--data", data]) as? [String: Any])
    let reports = try #require(summary["reports"] as? [[String: Any]])
    let standard = try #require(
      reports.first { $0["id"] as? String == "fire-standard-emergency-response-driving" })
    #expect(standard["framework"] as? String == "fire-standards")
    let implemented = try #require(standard["implemented"] as? [String: Any])
    #expect(implemented["percent"] as? Int == 17)  // (1 + ½) of 9
    #expect(implemented["met"] as? Int == 1 && implemented["partly"] as? Int == 1)
    #expect(implemented["requirements"] as? Int == 9)
    #expect(reports.first { $0["id"] as? String == "staffs-round3-2024" }?["implemented"] is NSNull)
    let table = try brag(["summary", "--data", data]).stdout
    #expect(table.contains("Impl"))
    #expect(table.contains("1 met, 1 partly, 0 not met, 7 not assessed of 9"))
    let rows = try #require(
      try json(["list", "--report", "fire-standard-emergency-response-driving", "--data", data])
        as? [[String: Any]])
    #expect(rows.first?["compliance"] as? String == "met")
    #expect(rows.first?["kind"] as? String == "requirement")
  }

  @Test(
    "link: one action under each item it serves, counted once; export standards lists it as a gap's action")
  func link() throws {
    let data = try initialised()
    #expect(try brag(["standards", "add", "FSD-RSP01", "--data", data]).status == 0)
    let target = "fire-standard-emergency-response-driving/req-2"
    #expect(try brag(["set", target, "--compliance", "not-met", "--data", data]).status == 0)
    let action = "mfrs-action-plan-2023/afi-2/a1"
    let countsBefore = try #require(try json(["summary", "--data", data]) as? [String: Any])
    let missing = try brag([
      "link", action, "fire-standard-emergency-response-driving/req-99", "--data", data,
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("req-99"))
    let own = try brag(["link", action, "mfrs-action-plan-2023/afi-2", "--data", data])
    #expect(own.status == 64)
    #expect(own.stderr.contains("the action's own item"))
    let linked = try brag(["link", action, target, "--data", data])
    #expect(linked.status == 0, "\(linked.stderr)")
    let rows = try #require(
      try json(["list", "--report", "fire-standard-emergency-response-driving", "--data", data])
        as? [[String: Any]])
    let ids = rows.compactMap { $0["id"] as? String }
    let at = try #require(ids.firstIndex(of: target))
    #expect(ids[at + 1] == action)
    #expect(rows[at + 1]["serves"] as? [String] == [target])
    #expect(rows[at + 1]["shownUnder"] as? String == target)
    #expect(rows[at]["shownUnder"] is NSNull)
    let csv = try brag([
      "list", "--report", "fire-standard-emergency-response-driving", "--format", "csv", "--data", data,
    ])
    #expect(csv.stdout.contains(",\(target),\(target)\r\n") || csv.stdout.contains(",\(target),\(target)\n"))
    let text = try brag(["list", "--report", "fire-standard-emergency-response-driving", "--data", data])
      .stdout
    #expect(text.contains("+AFI 2.1 ") && text.contains("(mfrs-action-plan-2023) Carry out"))
    let countsAfter = try #require(try json(["summary", "--data", data]) as? [String: Any])
    #expect(
      (countsBefore["total"] as? [String: Any])?["actions"] as? Int
        == (countsAfter["total"] as? [String: Any])?["actions"] as? Int)
    let update = try brag(["export", "standards", "--data", data]).stdout
    #expect(update.contains("### Req 2 (must): not met"))
    #expect(update.contains("held under HMICFRS Report 2023 Action Plan"))
    let pack = try brag(["export", "evidence", target, "--data", data])
    #expect(pack.status == 0, "\(pack.stderr)")
    #expect(pack.stdout.contains("### Actions held elsewhere that also answer it"))
    #expect(pack.stdout.contains("AFI 2.1: Carry out"))
    #expect(update.contains("## Not yet tracked"))
    let html = try brag(["export", "standards", "--format", "html", "--data", data])
    #expect(html.status == 0)
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(try brag(["link", action, target, "--remove", "--data", data]).status == 0)
    let unlinked = try #require(
      try json(["list", "--report", "fire-standard-emergency-response-driving", "--data", data])
        as? [[String: Any]])
    #expect(!unlinked.contains { $0["id"] as? String == action })
  }
}

@Suite("brag validate and export return on the Fire Standards")
struct StandardsValidationTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "assessor", "BRAG_TODAY": "2026-12-02"]

  @Test("hand edits a board never makes are found; a return for a standard is refused")
  func validate() throws {
    let data = try initialised()
    #expect(try brag(["standards", "add", "FSD-RSP01", "--data", data]).status == 0)
    let id = "fire-standard-emergency-response-driving"
    var standard = try report(data, id)
    let firstKey = standard.items[0].requirement!.key
    standard.items[1].requirement?.key = firstKey
    standard.items[2].assessment = Assessment(compliance: .met, version: "FSD-RSP00")
    try ReportCoding.encode(standard).write(to: URL(fileURLWithPath: "\(data)/\(id).json"))
    var plan = try report(data, "mfrs-action-plan-2023")
    plan.items[0].actions[0].serves = ["\(id)/req-99", "nowhere/req-1", "\(id)/req-1"]
    plan.items[0].assessment = Assessment(compliance: .partly)
    try ReportCoding.encode(plan).write(to: URL(fileURLWithPath: "\(data)/mfrs-action-plan-2023.json"))
    let result = try brag(["validate", "--data", data])
    #expect(result.status == 1)
    let out = result.stdout + result.stderr
    #expect(
      out.contains("the requirement key 'emergency-response-driving.legal-compliance' is also used by req-1"))
    #expect(out.contains("report '\(id)' has no item 'req-99'"))
    #expect(out.contains("there is no report 'nowhere' in the folder"))
    #expect(out.contains("only requirements take one"))
    // A requirement has no deadline of its own; the actions for its gaps do.
    #expect(!out.contains("\(id)/req-3: warning: the open"))
    #expect(!out.contains("answers '\(id)/req-1', but"))
    let refused = try brag(["export", "return", "--report", id, "--data", data])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("brag export standards"))
  }
}
