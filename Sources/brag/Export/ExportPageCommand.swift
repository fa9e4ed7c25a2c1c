import ArgumentParser

struct ExportPageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "page",
    abstract: "A public progress page for a report, in Markdown or HTML.")

  @OptionGroup var board: BoardOptions

  func run() throws {
    throw ValidationError("brag export page is not built yet")
  }
}
