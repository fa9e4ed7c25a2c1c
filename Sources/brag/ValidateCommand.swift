import ArgumentParser

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check every data file: format, ids, dates, word limits, sensitive information.")

  @OptionGroup var board: BoardOptions

  func run() throws {
    throw ValidationError("brag validate is not built yet")
  }
}
