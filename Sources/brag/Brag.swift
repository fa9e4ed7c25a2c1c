import ArgumentParser

@main
struct Brag: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brag",
    abstract: "BRAG Board: track HMICFRS recommendations, areas for improvement and actions.",
    discussion: """
      Every recommendation and area for improvement a fire and rescue service owes, with its \
      actions, owners, deadlines and Blue/Red/Amber/Green rating, kept as one JSON file per \
      report in a data folder.

      The data folder is --data DIR, else $BRAG_DATA, else $XDG_DATA_HOME/bragboard \
      (~/.local/share/bragboard). The first run creates that default folder from the sample data.
      "Today" is --today YYYY-MM-DD, else $BRAG_TODAY, else the local date: set it to see the \
      tracker as at any day.

      Examples:
        brag                      the live dashboard
        brag --today 2025-06-30   the dashboard as it stood on 30 June 2025
        brag summary
        brag list --overdue
        brag list --report staffs-misconduct-2024 --brag red,amber --format csv > open.csv
        brag init ~/board-data
      """,
    subcommands: [
      BoardCommand.self, MeetingCommand.self, SummaryCommand.self, ListCommand.self, HistoryCommand.self,
      SetCommand.self,
      AddCommand.self, ExportCommand.self, ValidateCommand.self, InitCommand.self, ImportCommand.self,
    ],
    defaultSubcommand: BoardCommand.self
  )
}
