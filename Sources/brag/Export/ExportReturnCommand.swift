import ArgumentParser

struct ExportReturnCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "return",
    abstract: "The HMICFRS return for a report: one row per recommendation.")

  @OptionGroup var board: BoardOptions

  func run() throws {
    throw ValidationError("brag export return is not built yet")
  }
}
