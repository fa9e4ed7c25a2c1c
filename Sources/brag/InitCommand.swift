import ArgumentParser
import BragModel

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a data folder holding the sample data.",
    discussion: """
      Writes the four sample reports (Staffordshire's values-and-culture, misconduct and Round 3 \
      progress, and Merseyside's action plan) into DIR, which must be new or empty.
      """)

  @Argument(help: "The folder to create.", completion: .directory)
  var folder: String

  func run() throws {
    try SampleInstaller.install(into: DataFolder(path: folder))
    Console.note("wrote the sample data into \(folder); try: brag summary --data \(folder)")
  }
}
