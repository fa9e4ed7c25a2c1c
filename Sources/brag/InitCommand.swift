import ArgumentParser
import BragModel

struct InitCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a data folder holding the sample data.",
    discussion: """
      Writes the four sample reports (Staffordshire's values-and-culture, misconduct and Round 3 \
      progress, and Merseyside's action plan) into DIR, which must be new or empty.
      """)

  @Argument(help: "The folder to create.", completion: .directory)
  var folder: String

  var globalOptions: GlobalOptions { GlobalOptions() }

  func run(in context: CommandContext) throws {
    try SampleInstaller.install(into: DataFolder(path: folder))
    Console.note("wrote the sample data into \(folder); try: brag summary --data \(folder)")
  }
}
