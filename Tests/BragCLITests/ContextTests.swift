import BragModel
import Foundation
import Testing

/// The one context every command runs with: the data folder, today, the cache and the author,
/// from the options and the environment.
@Suite("the command context")
struct ContextTests: CLISuite {
  let scratch = Scratch()

  @Test("BRAG_TODAY sets the summary's day; --today wins over it")
  func today() throws {
    let data = try initialised()
    let fromEnvironment = try brag(["summary", "--data", data], environment: ["BRAG_TODAY": "2025-06-30"])
    #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
    #expect(fromEnvironment.stdout.contains("As at 30 June 2025"))
    let fromOption = try brag(
      ["summary", "--data", data, "--today", "2026-11-27"], environment: ["BRAG_TODAY": "2025-06-30"])
    #expect(fromOption.stdout.contains("As at 27 November 2026"))
  }

  @Test("the row index is cached under XDG_CACHE_HOME, and BRAG_NO_CACHE=1 leaves no cache")
  func cache() throws {
    let data = try initialised()
    let cache = scratch.file("cache/bragboard")
    let uncached = try brag(["summary", "--data", data], environment: ["BRAG_NO_CACHE": "1"])
    #expect(uncached.status == 0)
    #expect(!FileManager.default.fileExists(atPath: cache))
    let cached = try brag(["summary", "--data", data])
    #expect(cached.stdout == uncached.stdout)
    let files = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(files.count == 1 && files[0].hasPrefix("index-"), "\(files)")
  }

  @Test("the author for the history: --as, else USER, else LOGNAME, else unknown")
  func author() throws {
    let data = try initialised()
    let id = "staffs-misconduct-2024/rec-2"
    for (environment, extra, expected) in [
      (["USER": "user", "LOGNAME": "logname"], ["--as", "Chair"], "Chair"),
      (["USER": "user", "LOGNAME": "logname"], [], "user"),
      (["LOGNAME": "logname"], [], "logname"),
      ([:], [], "unknown"),
    ] {
      let result = try brag(["set", id, "--data", data, "--note", "noted"] + extra, environment: environment)
      #expect(result.status == 0, "\(result.stderr)")
      let entry = try #require(try report(data, "staffs-misconduct-2024").items[1].history.last)
      #expect(entry.author == expected, "\(environment) \(extra)")
    }
  }

  @Test("history timestamps are the clock's time, as ISO 8601")
  func timestamps() throws {
    let data = try initialised()
    let before = Date().addingTimeInterval(-1)
    let result = try brag(["set", "staffs-misconduct-2024/rec-2", "--data", data, "--note", "noted"])
    #expect(result.status == 0)
    let entry = try #require(try report(data, "staffs-misconduct-2024").items[1].history.last)
    let at = try #require(try? Date(entry.at, strategy: .iso8601))
    #expect(at >= before.addingTimeInterval(-1) && at <= Date().addingTimeInterval(1), "\(entry.at)")
  }
}
