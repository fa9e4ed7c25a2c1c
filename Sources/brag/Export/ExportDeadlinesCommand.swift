import ArgumentParser

struct ExportDeadlinesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deadlines",
    abstract: "Deadlines passed and falling due soon, as in Annex A of HMICFRS's letter.")

  @OptionGroup var board: BoardOptions

  func run() throws {
    throw ValidationError("brag export deadlines is not built yet")
  }
}
