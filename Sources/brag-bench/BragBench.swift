import ArgumentParser

@main
struct BragBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brag-bench",
    abstract: "Synthetic data and benchmarks for BRAG Board.",
    discussion: """
      Build in release mode first: swift build -c release
      Then: swift run -c release brag-bench run
      """,
    subcommands: [
      GenerateCommand.self, RunCommand.self, BoardBenchCommand.self, GauntletCommand.self,
      ImportBenchCommand.self, StandardsBenchCommand.self,
    ],
    defaultSubcommand: RunCommand.self)
}
