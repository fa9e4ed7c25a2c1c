import ArgumentParser

struct ExportMinutesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract: "Minutes of the changes made since a time.")

  @OptionGroup var board: BoardOptions

  func run() throws {
    throw ValidationError("brag export minutes is not built yet")
  }
}
