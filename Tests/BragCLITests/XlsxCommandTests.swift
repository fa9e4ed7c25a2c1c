import BragModel
import Foundation
import Testing

/// `brag import plan` reading workbooks, and `brag export return|plan --format xlsx`, through
/// the real binary; the exported workbooks are checked by openpyxl and LibreOffice when this
/// machine has them (each check says when it skipped).
@Suite("brag and .xlsx workbooks")
struct XlsxCommandTests: CLISuite {
  let scratch = Scratch()
  let baseEnvironment = ["USER": "importer", "BRAG_TODAY": "2026-11-27"]

  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../BragExchangeTests/Corpus/plans").standardizedFileURL

  struct Expected: Decodable {
    struct Sheet: Decodable {
      var sheet: String?
      var read: String
      var kind: String
      var items: [Item]
    }
    struct Item: Decodable {
      var label: String
      var text: String
      var hmiPage: String?
      var actions: [Action]
    }
    struct Action: Decodable {
      var text: String
      var owner: String?
      var timescale: String?
      var due: String?
    }
    var imitates: String
    var made: String
    var sheets: [Sheet]
  }

  static var corpusNames: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return files.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }
      .sorted()
  }

  @Test("the corpus: each imitated plan's workbook imports as its expectation says, sheet by sheet")
  func corpus() throws {
    #expect(Self.corpusNames.count >= 3)
    let data = try initialised()
    for name in Self.corpusNames {
      let expected = try JSONDecoder().decode(
        Expected.self, from: Data(contentsOf: Self.corpus.appendingPathComponent(name + ".expected.json")))
      #expect(
        expected.imitates.hasPrefix("https://")
          && expected.made.contains("soffice --headless --convert-to xlsx"))
      for (index, sheet) in expected.sheets.enumerated() {
        let id = "corpus-\(index)-" + name
        var arguments = [
          "import", "plan", Self.corpus.appendingPathComponent(name + ".xlsx").path, "--data", data,
          "--report-id", id,
          "--title", name,
        ]
        if let chosen = sheet.sheet { arguments += ["--sheet", chosen] }
        let run = try brag(arguments)
        #expect(run.status == 0, "\(name) \(sheet.read): \(run.stderr)")
        #expect(run.stdout.contains("read sheet '\(sheet.read)'"), "\(name): \(run.stdout)")
        let report = try report(data, id)
        #expect(report.items.map(\.label) == sheet.items.map(\.label), "\(name) \(sheet.read)")
        for (item, want) in zip(report.items, sheet.items) {
          #expect(item.kind.rawValue == sheet.kind, "\(name) \(item.id)")
          #expect(item.text.hasPrefix(want.text), "\(name) \(item.id): \(item.text)")
          if let page = want.hmiPage { #expect(item.hmiPage == page, "\(name) \(item.id)") }
          #expect(item.actions.count == want.actions.count, "\(name) \(item.id)")
          for (action, wanted) in zip(item.actions, want.actions) {
            let place = "\(name) \(item.id)/\(action.id)"
            #expect(action.text.hasPrefix(wanted.text), "\(place): \(action.text)")
            #expect(action.owner == wanted.owner, "\(place)")
            #expect(action.timescale.written == wanted.timescale, "\(place)")
            #expect(action.timescale.due?.description == wanted.due, "\(place)")
          }
        }
      }
    }
  }

  @Test("each corpus workbook is what its 'made' command makes of the .fods (when LibreOffice is installed)")
  func corpusMade() throws {
    guard let soffice = Self.which("soffice") else {
      print("XlsxCommandTests: skipped remaking the corpus workbooks: soffice is not installed")
      return
    }
    let data = try initialised()
    let out = scratch.file("remade")
    for name in Self.corpusNames {
      let expected = try JSONDecoder().decode(
        Expected.self, from: Data(contentsOf: Self.corpus.appendingPathComponent(name + ".expected.json")))
      // The recorded command, run on a copy of the .fods, with a profile of its own.
      let words = expected.made.split(separator: " ").map(String.init)
      #expect(words.first == "soffice" && words.last == name + ".fods", "\(expected.made)")
      let arguments =
        ["-env:UserInstallation=file://" + scratch.file("lo-profile")]
        + words.dropFirst().dropLast().map { $0 == "." ? out : $0 }
        + [Self.corpus.appendingPathComponent(name + ".fods").path]
      let made = try Self.run(soffice, arguments)
      #expect(made.status == 0, "\(made.output)")
      for sheet in expected.sheets {
        func imported(_ file: String) throws -> String {
          var arguments = [
            "import", "plan", file, "--data", data, "--report-id", "remade", "--title", name, "--dry-run",
          ]
          if let chosen = sheet.sheet { arguments += ["--sheet", chosen] }
          return try brag(arguments).stdout.replacingOccurrences(of: file, with: "FILE")
        }
        let committed = try imported(Self.corpus.appendingPathComponent(name + ".xlsx").path)
        #expect(
          try imported((out as NSString).appendingPathComponent(name + ".xlsx")) == committed, "\(name)")
        #expect(committed.contains("would create remade"), "\(committed)")
      }
    }
  }

  @Test("errors name the file, the sheet and the cell; broken workbooks fail cleanly")
  func errors() throws {
    let data = try initialised()
    let bucks = Self.corpus.appendingPathComponent("bucks-2019-action-plan.xlsx").path
    func run(_ file: String, _ extra: [String] = []) throws -> BragProcess.Output {
      try brag(
        ["import", "plan", file, "--data", data, "--report-id", "x", "--title", "X", "--dry-run"] + extra)
    }
    let missing = try run(bucks, ["--sheet", "Actions"])
    #expect(missing.status == 1)
    #expect(
      missing.stderr.contains(
        "\(bucks): no sheet named 'Actions'; the sheets are: 'Cover', 'Cause of concern', 'Areas for improvement'"
      ))
    let cover = try run(bucks, ["--sheet", "Cover"])
    #expect(cover.status == 1)
    #expect(cover.stderr.contains("\(bucks): sheet 'Cover': no header row found"), "\(cover.stderr)")

    let whole = try Data(contentsOf: URL(fileURLWithPath: bucks))
    let truncated = scratch.file("truncated.xlsx")
    try whole.prefix(whole.count - 200).write(to: URL(fileURLWithPath: truncated))
    let cut = try run(truncated)
    #expect(cut.status == 1)
    #expect(cut.stderr.contains("truncated.xlsx: the workbook is damaged or cut short"), "\(cut.stderr)")

    let text = write("notes.xlsx", "Ref,Action\n1,Do it\n")
    #expect(try run(text).stderr.contains("notes.xlsx: not an .xlsx workbook (it is not a zip file)"))
    let csv = write("plan.csv", "Ref,Area for improvement,Action,Owner\n1,An area,Do it,Me\n")
    let sheetOnCSV = try run(csv, ["--sheet", "One"])
    #expect(sheetOnCSV.status == 1 && sheetOnCSV.stderr.contains("--sheet is for .xlsx workbooks"))
  }

  @Test("export plan --format xlsx: the CSV's plan, read back to the same items; never to a terminal")
  func exportPlan() throws {
    let data = try initialised()
    let workbook = scratch.file("plan.xlsx")
    let made = try brag([
      "export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "--format", "xlsx", "-o",
      workbook,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    let piped = try brag([
      "export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "--format", "xlsx",
    ])
    #expect(piped.status == 0 && piped.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let csv = write(
      "plan.csv", try brag(["export", "plan", "--data", data, "--report", "mfrs-action-plan-2023"]).stdout)
    func dryRun(_ file: String) throws -> [String] {
      let run = try brag([
        "import", "plan", file, "--data", data, "--report-id", "back", "--title", "T", "--dry-run",
      ])
      #expect(run.status == 0, "\(run.stderr)")
      return run.stdout.split(separator: "\n").map(String.init).filter { !$0.contains("read sheet") }
        .map { $0.replacingOccurrences(of: file, with: "FILE") }
    }
    #expect(try dryRun(workbook) == dryRun(csv))
    #expect(try dryRun(workbook).contains { $0.contains("would create back with 5 items and 22 actions") })

    let terminal = try underTerminal([
      "export", "plan", "--data", data, "--report", "mfrs-action-plan-2023", "--format", "xlsx",
    ])
    #expect(terminal.status == 1)
    #expect(terminal.output.contains("is binary and standard output is a terminal; nothing written"))
    #expect(!terminal.output.contains("PK"))
  }

  @Test(
    "export return --format xlsx: refused as the CSV is, and a workbook openpyxl and LibreOffice read as meant"
  )
  func exportReturn() throws {
    let data = try initialised()
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    var report = try ReportCoding.decode(Data(contentsOf: URL(fileURLWithPath: file)), file: file)
    report.items[0].returnNarrative = "=HYPERLINK(\"http://example.com\",\"click\") and more words"
    report.items[1].returnNarrative = "Write to jo.bloggs@example.com for the evidence."
    report.items[2].selfAssessment = .met
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: file))
    let workbook = scratch.file("return.xlsx")
    let arguments = [
      "export", "return", "--data", data, "--report", "staffs-misconduct-2024", "--format", "xlsx",
    ]
    let refused = try brag(arguments + ["-o", workbook])
    #expect(refused.status == 1 && refused.stderr.contains("the return was not written"))
    #expect(!FileManager.default.fileExists(atPath: workbook))

    report.items[1].returnNarrative = "Evidence goes to the HMI directly."
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: file))
    let made = try brag(arguments + ["-o", workbook])
    #expect(made.status == 0, "\(made.stderr)")
    let terminal = try underTerminal(arguments)
    #expect(terminal.status == 1 && terminal.output.contains("use -o FILE"))

    let checks = """
      import sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      ws = wb.worksheets[0]
      assert ws.freeze_panes == "A2", ws.freeze_panes
      header = [c.value for c in ws[1]]
      assert header == ["Recommendation", "Text", "Deadline", "Self-assessment", "Narrative", "Words"], header
      dv = ws.data_validations.dataValidation
      assert len(dv) == 1 and dv[0].type == "list" and dv[0].formula1 == '"met,not met"', dv
      assert str(dv[0].sqref) == "D2:D%d" % ws.max_row, dv[0].sqref
      for row in ws.iter_rows():
          for c in row:
              assert c.data_type != "f", (c.coordinate, c.value)
              assert c.alignment.wrap_text, c.coordinate
      assert ws["E2"].value.startswith("=HYPERLINK") and ws["E2"].data_type == "s"
      assert ws["D4"].value == "met"
      assert all(isinstance(ws.cell(r, 6).value, int) for r in range(2, ws.max_row + 1))
      assert ws["F2"].value == 4, ws["F2"].value  # the formula-like text is one word, then "and more words"
      widths = [ws.column_dimensions[l].width for l in "ABCDEF"]
      assert all(8 <= w <= 60 for w in widths) and widths[1] == 60, widths
      print("openpyxl: ok")
      """
    if let python = Self.python(with: "openpyxl") {
      let run = try Self.run(python, ["-c", checks, workbook])
      #expect(run.status == 0 && run.output.contains("openpyxl: ok"), "\(run.output)")
    } else {
      print(
        "XlsxCommandTests: skipped the openpyxl checks: python3 cannot import openpyxl (pip install openpyxl)"
      )
    }

    if let soffice = Self.which("soffice") {
      let out = scratch.file("lo")
      let run = try Self.run(
        soffice,
        [
          "-env:UserInstallation=file://" + scratch.file("lo-profile"), "--headless", "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, workbook,
        ])
      #expect(run.status == 0, "\(run.output)")
      let converted = try String(
        contentsOfFile: (out as NSString).appendingPathComponent("return.csv"), encoding: .utf8)
      let ours = try brag(["export", "return", "--data", data, "--report", "staffs-misconduct-2024"]).stdout
      // The same rows: LibreOffice's CSV of the workbook is ours plus the Words column, and the
      // cell ours neutralises with an apostrophe is a plain string there.
      let compare = """
        import csv, io, sys
        lo = list(csv.reader(io.StringIO(open(sys.argv[1], encoding="utf-8").read())))
        ours = list(csv.reader(io.StringIO(sys.argv[2].lstrip("\\ufeff"))))
        ours = [[c[1:] if c.startswith("'=") else c for c in row] for row in ours]
        assert len(lo) == len(ours), (len(lo), len(ours))
        for a, b in zip(lo, ours):
            assert a[:-1] == b, (a, b)
        print("libreoffice: ok")
        """
      if let python = Self.python() {
        let compared = try Self.run(
          python, ["-c", compare, (out as NSString).appendingPathComponent("return.csv"), ours])
        #expect(compared.status == 0 && compared.output.contains("libreoffice: ok"), "\(compared.output)")
      }
      #expect(converted.contains("=HYPERLINK"))
    } else {
      print("XlsxCommandTests: skipped the LibreOffice check: soffice is not installed")
    }
  }

  // MARK: - Helpers

  /// Runs brag under a pseudo-terminal (`script`): its exit status and all it printed.
  func underTerminal(_ arguments: [String]) throws -> (status: Int32, output: String) {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      Issue.record("script (util-linux) is needed for the pseudo-terminal; .ci/run installs it")
      return (0, "")
    }
    let run = try BragProcess.underTerminal(arguments, home: scratch.path)
    return (run.status, String(decoding: run.output, as: UTF8.self))
  }

  /// Every executable of that name on PATH (and in the usual places), in order.
  static func all(_ tool: String) -> [String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    var seen: Set<String> = []
    return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]).map {
      "\($0)/\(tool)"
    }
    .filter { FileManager.default.isExecutableFile(atPath: $0) && seen.insert($0).inserted }
  }

  static func which(_ tool: String) -> String? { all(tool).first }

  /// A python3 that can import `module` (pip may have put it in another python than the first).
  static func python(with module: String? = nil) -> String? {
    guard let module else { return which("python3") }
    return all("python3").first { succeeds($0, ["-c", "import \(module)"]) }
  }

  static func succeeds(_ tool: String, _ arguments: [String]) -> Bool {
    (try? run(tool, arguments).status) == 0
  }

  static func run(_ tool: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (
    status: Int32, output: String
  ) {
    let run = try BragProcess.tool(tool, arguments, environment: environment)
    return (run.status, String(decoding: run.output, as: UTF8.self))
  }
}
