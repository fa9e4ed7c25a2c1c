import BragModel
import Foundation
import Testing

/// Escape sequences in the data never reach a terminal, through any command that prints: each
/// runs under a pseudo-terminal (`script`), as a person would run it, and the bytes the terminal
/// receives are checked; JSON escapes them wherever it goes.
@Suite("Escape injection through the command line")
struct EscapeInjectionTests: CLISuite {
  let scratch = Scratch()

  /// An OSC that retitles the window, a clear-screen CSI, DEL, a C1 CSI and a right-to-left override.
  static let payload = "Evil \u{1B}]0;pwned\u{07}\u{1B}[2J\u{7F}\u{9B}31m\u{202E}txt end"

  /// What must never reach a terminal, as UTF-8.
  static func unsafe(in bytes: [UInt8]) -> [String] {
    var found: [String] = []
    if bytes.contains(0x1B) { found.append("ESC") }
    if bytes.contains(0x07) { found.append("BEL") }
    if bytes.contains(0x7F) { found.append("DEL") }
    for i in bytes.indices.dropLast() where bytes[i] == 0xC2 && (0x80...0x9F).contains(bytes[i + 1]) {
      found.append("C1")
    }
    for i in bytes.indices.dropLast(2) where bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xAE
    {
      found.append("RLO")
    }
    return found
  }

  /// Every byte the terminal would have received from brag.
  func underTerminal(_ arguments: [String]) throws -> [UInt8] {
    try BragProcess.underTerminal(arguments, home: scratch.path).output
  }

  func hostileData() throws -> String {
    let data = try initialised()
    let file = (data as NSString).appendingPathComponent("staffs-misconduct-2024.json")
    var report = try ReportCoding.decode(Data(contentsOf: URL(fileURLWithPath: file)), file: file)
    report.items[1].text = Self.payload
    report.items[1].status = Self.payload
    report.items[1].response = Self.payload
    report.items[1].returnNarrative = Self.payload
    try report.apply(
      .note(Self.payload), to: RowID(report: report.id, item: "rec-2"), author: Self.payload,
      at: "2026-11-27T10:00:00Z")
    try ReportCoding.encode(report).write(to: URL(fileURLWithPath: file))
    // A broken file whose very name carries an escape sequence.
    try "{ broken".write(
      toFile: (data as NSString).appendingPathComponent("x\u{1B}]0;title\u{07}.json"), atomically: true,
      encoding: .utf8)
    return data
  }

  @Test(
    "every command that prints, under a terminal: no escape sequence, control character or override gets through"
  )
  func everyCommand() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      Issue.record("script (util-linux) is needed for the pseudo-terminal; .ci/run installs it")
      return
    }
    let data = try hostileData()
    let page = scratch.file("page.txt")
    try "Recommendation 1\nChief fire officers should act.\nStatus: \(Self.payload)\n".write(
      toFile: page, atomically: true, encoding: .utf8)
    let commands: [[String]] = [
      ["list", "--data", data], ["list", "--data", data, "--format", "csv"],
      ["list", "--data", data, "--format", "json"], ["summary", "--data", data],
      ["history", "staffs-misconduct-2024/rec-2", "--data", data], ["validate", "--data", data],
      [
        "export", "return", "--report", "staffs-misconduct-2024", "--format", "md", "--force", "--data", data,
      ],
      ["export", "page", "--report", "staffs-misconduct-2024", "--format", "md", "--force", "--data", data],
      ["export", "plan", "--report", "staffs-misconduct-2024", "--format", "tsv", "--data", data],
      ["export", "deadlines", "--data", data],
      ["export", "minutes", "--since", "2026-01-01", "--data", data],
      ["import", "page", page, "--report-id", "t-2026", "--title", "T", "--dry-run", "--data", data],
      ["set", "nope\u{1B}]0;x\u{07}/rec-1", "--brag", "red", "--data", data],
      ["list", "--data", scratch.file("missing\u{1B}[2J")],
    ]
    for command in commands {
      let bytes = try underTerminal(command)
      #expect(!bytes.isEmpty, "\(command.prefix(2))")
      #expect(Self.unsafe(in: bytes).isEmpty, "\(command.prefix(3)): \(Self.unsafe(in: bytes))")
    }
  }

  @Test("JSON escapes DEL, the C1 controls and bidirectional overrides wherever it goes")
  func jsonEscapes() throws {
    let data = try hostileData()
    let json = try brag(["list", "--data", data, "--format", "json", "--report", "staffs-misconduct-2024"])
    #expect(Self.unsafe(in: Array(json.stdout.utf8)).isEmpty)
    #expect(json.stdout.contains(#"Evil \u001b]0;pwned\u0007\u001b[2J\u007f\u009b31m\u202etxt end"#))
    let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(parsed?.contains { $0["text"] as? String == Self.payload } == true)
  }
}
