import Testing

@testable import brag

@Suite("brag --version")
struct VersionTests: CLISuite {
  let scratch = Scratch()

  @Test("prints brag and the version on stdout and exits 0, before or after a subcommand")
  func version() throws {
    for arguments in [["--version"], ["list", "--version"]] {
      let result = try BragProcess.run(arguments, home: scratch.path)
      #expect(result.status == 0)
      #expect(result.stdout == "brag \(Brag.version)\n")
      #expect(result.stderr.isEmpty)
    }
    #expect(Brag.version.split(separator: ".").count == 3)
  }
}
