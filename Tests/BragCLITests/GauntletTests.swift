import BragGauntlet
import Foundation
import Testing

/// A bounded round of the reliability gauntlet against the real binary (well under two minutes);
/// `swift run -c release brag-bench gauntlet --minutes 30` runs it for as long as asked.
@Suite("The reliability gauntlet (bounded)", .serialized)
struct GauntletTests {
  let scratch = Scratch()

  var gauntlet: Gauntlet { Gauntlet(binary: BragProcess.binary.path, work: scratch.path) }

  func check(_ report: Gauntlet.Report) {
    print(report)
    #expect(report.failures.isEmpty, "\(report)")
    #expect(report.trials > 0 || report.skipped != nil, "\(report)")
  }

  @Test("kill -9 during saves: every file loads, every field old or new") func kills() throws {
    check(try gauntlet.killDuringSaves(trials: 40))
  }

  @Test("corrupt files: never a crash, always named, never written over") func corrupt() throws {
    check(try gauntlet.corruptFiles(trials: 20))
  }

  @Test("a keystroke soak with resizes: the board stays up, its memory bounded") func soak() throws {
    check(try gauntlet.keystrokeSoak(keys: 800))
  }

  @Test("a full disk: refused saves say so, files still load, no temporary file left") func diskFull() throws
  {
    check(try gauntlet.diskFull())
  }
}
