import BragModel
import Testing

@Suite("FireStandardsCatalogue")
struct FireStandardsCatalogueTests {
  let titles = [
    "Emergency Response Driving", "Operational Preparedness", "Operational Competence",
    "Operational Learning", "Code of Ethics", "Community Risk Management Planning", "Prevention",
    "Protection", "Safeguarding", "Fire Investigation", "Emergency Preparedness and Resilience",
    "Data Management", "Leading the Service", "Leading and Developing People", "Fire Control",
    "Communication and Engagement", "Internal Governance and Assurance", "Digital and Cyber",
    "Procurement and Commercial",
  ]

  @Test("all 19 standards, in published order")
  func nineteenInOrder() {
    #expect(FireStandards.all.map(\.title) == titles)
    #expect(FireStandards.all.map(\.order) == Array(1...19))
  }

  @Test("keys and codes are unique; every version cites a source")
  func uniqueKeysAndCodes() {
    let keys = FireStandards.all.map(\.key)
    #expect(Set(keys).count == keys.count)
    for key in keys {
      #expect(key == key.lowercased() && !key.contains(" "), "key \(key)")
    }
    // Within a standard every code is its own; across standards the published pages reuse one:
    // FSD-PRO02 names both Fire Investigation's first version and Protection's revision.
    for standard in FireStandards.all {
      let codes = standard.versions.compactMap(\.code).map { $0.uppercased() }
      #expect(Set(codes).count == codes.count, "\(standard.key) uses a code twice: \(codes)")
    }
    let all = FireStandards.all.flatMap { $0.versions.compactMap(\.code) }.map { $0.uppercased() }
    #expect(all.count - Set(all).count == 1)
    for standard in FireStandards.all {
      for version in standard.versions {
        #expect(
          !version.source.trimmingCharacters(in: .whitespaces).isEmpty,
          "\(standard.title) \(version.reference ?? "?") has no source")
      }
      // A revision says what changed.
      for version in standard.versions.dropFirst() {
        #expect(version.change != nil, "\(standard.title) \(version.reference ?? "?")")
      }
    }
  }

  @Test("the codes known from public pages")
  func knownCodes() {
    func codes(_ key: String) -> [String?] {
      FireStandards.all.first { $0.key == key }?.versions.map(\.code) ?? []
    }
    #expect(codes("emergency-response-driving") == ["FSD-RSP01", "FSD-RSP04"])
    #expect(codes("operational-preparedness") == ["FSD-RSP02a", "FSD-RSP05a"])
    #expect(codes("protection") == ["FSD-PRO01", "FSD-PRO02"])
    #expect(codes("safeguarding") == ["FSD-PRE02"])
    #expect(codes("leading-the-service") == ["FSC-LED01b"])
    #expect(codes("data-management") == ["FSE-DAT01"])
    #expect(codes("procurement-and-commercial") == ["FSE-PC01"])
    #expect(codes("fire-investigation") == ["FSD-PRO02", "FSD-PRO03"])
    #expect(FireStandards.standards(code: "fsd-pro02").map(\.key) == ["protection", "fire-investigation"])
    #expect(codes("operational-learning") == ["FSD-RSP02c"])
    #expect(codes("operational-competence") == ["FSD-RSP02b", "FSD-RSP05b"])
    #expect(codes("leading-and-developing-people") == ["FSC-LED01a"])
    #expect(codes("code-of-ethics") == ["FSC-ETH01"])
    #expect(FireStandards.standard(named: "protection")?.code == "FSD-PRO02")
  }

  @Test("requirement keys are unique within a version, and stable across versions")
  func requirementKeys() {
    for standard in FireStandards.all {
      for version in standard.versions {
        guard let requirements = version.requirements else { continue }
        let keys = requirements.map(\.key)
        #expect(Set(keys).count == keys.count, "\(standard.title) \(version.reference ?? "?")")
        for key in keys {
          #expect(key.hasPrefix(standard.key + "."), "\(key) is not under \(standard.key)")
        }
        // Within must and within should, a clause is given once.
        let clauses = requirements.map { "\($0.obligation.rawValue) \($0.clause)" }
        #expect(Set(clauses).count == clauses.count)
      }
    }
  }

  @Test("clauses are in published order: musts then shoulds, each numbered upwards")
  func clausesInOrder() {
    func parts(_ clause: String) -> [Int] { clause.split(separator: ".").compactMap { Int($0) } }
    for standard in FireStandards.all {
      for version in standard.versions {
        guard let requirements = version.requirements else { continue }
        #expect(!requirements.isEmpty)
        let obligations = requirements.map(\.obligation)
        #expect(
          obligations == obligations.filter { $0 == .must } + obligations.filter { $0 == .should },
          "\(standard.title): a must after a should")
        for obligation in Obligation.allCases {
          let numbers = requirements.filter { $0.obligation == obligation }.map { parts($0.clause) }
          for (before, after) in zip(numbers, numbers.dropFirst()) {
            #expect(before.lexicographicallyPrecedes(after), "\(standard.title) \(before) \(after)")
          }
          for number in numbers { #expect(!number.isEmpty) }
        }
      }
    }
  }

  @Test("labels are short, lower case and our own")
  func labels() {
    var seen: Set<String> = []
    for standard in FireStandards.all {
      for version in standard.versions {
        for requirement in version.requirements ?? [] {
          let label = requirement.label
          let words = label.split(separator: " ")
          #expect(label.count <= 60, "\(label)")
          #expect((3...8).contains(words.count), "\(label)")
          #expect(label.first?.isLowercase == true, "\(label)")
          #expect(!label.hasSuffix(".") && !label.hasSuffix(";"), "\(label)")
          // Standards' sentences begin with a verb in the imperative and run long; a label
          // must not read as one ("Ensure that …", "Comply with …").
          for opening in ["ensure ", "comply ", "adopt ", "have ", "give "] {
            #expect(!label.hasPrefix(opening), "\(label) reads like the standard's words")
          }
          seen.insert(requirement.key)
        }
      }
    }
    #expect(!seen.isEmpty)
  }

  @Test("a revision with a known numbering keeps its keys for the same requirements")
  func revisionsKeepKeys() {
    for standard in FireStandards.all {
      let numbered = standard.versions.compactMap(\.requirements)
      for (older, newer) in zip(numbered, numbered.dropFirst()) {
        let olderLabels = Dictionary(uniqueKeysWithValues: older.map { ($0.key, $0.label) })
        for requirement in newer {
          if let label = olderLabels[requirement.key] { #expect(!label.isEmpty) }
        }
      }
    }
  }

  @Test("standard(named:) finds by any version's code, by key and by title")
  func lookUp() {
    #expect(FireStandards.standard(named: "FSD-PRO01")?.key == "protection")
    #expect(FireStandards.standard(named: "fsd-pro02")?.key == "protection")
    #expect(FireStandards.standard(named: "FSD-RSP01")?.key == "emergency-response-driving")
    #expect(FireStandards.standard(named: "FSD-RSP02a")?.key == "operational-preparedness")
    #expect(FireStandards.standard(named: "fire-investigation")?.title == "Fire Investigation")
    #expect(FireStandards.standard(named: " Code of Ethics ")?.key == "code-of-ethics")
    #expect(FireStandards.standard(named: "leading the service")?.code == "FSC-LED01b")
    #expect(FireStandards.standard(named: "FSD-XYZ99") == nil)
    #expect(FireStandards.standard(named: "") == nil)
    let protection = FireStandards.standard(named: "Protection")
    #expect(protection?.version(code: "FSD-PRO01")?.code == "FSD-PRO01")
    #expect(protection?.current?.code == "FSD-PRO02")
  }

  @Test("what was not found is nil, never guessed")
  func nothingInvented() {
    // Every standard's page was found, but not every page showed its reference.
    #expect(FireStandards.all.allSatisfy { !$0.versions.isEmpty })
    let codeless = FireStandards.all.filter { $0.code == nil }.map(\.key)
    #expect(
      codeless == ["fire-control", "communication-and-engagement", "internal-governance-and-assurance"])
    // Only Emergency Response Driving's first version is known clause by clause.
    let numbered = FireStandards.all.flatMap { standard in
      standard.versions.filter { $0.requirements != nil }.map { "\(standard.key) \($0.code ?? "-")" }
    }
    #expect(numbered == ["emergency-response-driving FSD-RSP01"])
    let erd = FireStandards.standard(named: "FSD-RSP01")?.version(code: "FSD-RSP01")
    #expect(erd?.approved == CalendarDate(year: 2021, month: 2, day: 15))
    #expect(erd?.requirements?.filter { $0.obligation == .must }.count == 5)
    #expect(erd?.requirements?.filter { $0.obligation == .should }.count == 4)
  }
}
