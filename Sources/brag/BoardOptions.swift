import ArgumentParser

/// `--data` and `--today`: where the tracker is and what day it is, for every command that reads it.
struct BoardOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The data folder (default: $BRAG_DATA, else ~/.local/share/bragboard).", valueName: "dir"),
    completion: .directory)
  var data: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "View the tracker as at this day (default: $BRAG_TODAY, else the local date).", valueName: "yyyy-mm-dd")
  )
  var today: String?
}

/// `--as`: who is editing, for every command that records history.
struct AuthorOptions: ParsableArguments {
  @Option(
    name: .customLong("as"),
    help: ArgumentHelp("Your name for the history of every change (default: $USER).", valueName: "name"))
  var name: String?
}
