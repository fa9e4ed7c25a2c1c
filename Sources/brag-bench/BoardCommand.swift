import ArgumentParser
import BragExchange
import BragModel
import BragUI
import Foundation

struct BoardBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "board",
    abstract: "Measure the dashboard: first frame, overdue toggle, moving the selection, a BRAG edit.",
    discussion: """
      In-process figures render into the screen buffer at 120×40 (what the terminal backend then \
      draws). The whole-process first frame starts the release `brag` in tmux and waits for the \
      items pane to appear on the screen.
      """)

  @Option(help: "Item counts to measure, comma-separated.")
  var sizes: String = "1000,10000"

  @Option(help: "Runs per measurement (the median is reported).")
  var repeats: Int = 15

  @Option(help: "Where generated data is kept between runs.")
  var work: String?

  func run() throws {
    let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    let workFolder = work ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("brag-bench")
    let today = SyntheticTracker.referenceToday
    let ms = Measure.milliseconds
    print("brag-bench board: medians of \(repeats) runs at 120×40; as at \(today)")
    print("")
    print(
      "| items | open board + first frame | toggle overdue + redraw | move selection + redraw | BRAG edit saved + redraw | first frame, whole process in tmux |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for count in counts {
      let folder = try RunCommand.dataset(items: count, in: workFolder)
      let cache = (workFolder as NSString).appendingPathComponent("board-cache-\(count).bin")
      _ = try FolderBoardStore(folder: folder, cachePath: cache)  // warm the cache, as any earlier run would
      let context = BoardContext(
        today: today, author: "bench", dataLabel: "data: bench", scanner: SensitiveInformation(),
        minutesText: { _, _ in "" })
      var screen = ScreenBuffer(width: 120, height: 40)

      let open = try Measure.median(repeats: repeats) {
        let store = try FolderBoardStore(folder: folder, cachePath: cache)
        let board = Board(store: store, context: context)
        board.render(into: &screen)
      }
      var board = Board(store: try FolderBoardStore(folder: folder, cachePath: cache), context: context)
      let toggle = Measure.median(repeats: repeats) {
        _ = board.handle(.key(.character("o")))
        board.render(into: &screen)
      }
      let move = Measure.median(repeats: repeats) {
        _ = board.handle(.key(.down))
        board.render(into: &screen)
      }
      var flip = false
      let edit = Measure.median(repeats: repeats) {
        flip.toggle()
        // A rating asks why; Enter saves it without a reason.
        _ = board.handle(.key(.character(flip ? "R" : "G")))
        _ = board.handle(.key(.enter))
        board.render(into: &screen)
      }
      let process = try firstFrameInTmux(folder: folder, today: today)
      print(
        "| \(count) | \(ms(open)) ms | \(ms(toggle)) ms | \(ms(move)) ms | \(ms(edit)) ms | "
          + "\(process.map { "\(ms($0)) ms" } ?? "n/a (no tmux)") |")
    }
  }

  /// Median time from starting `brag` in a detached tmux session to its items pane being on screen.
  func firstFrameInTmux(folder: DataFolder, today: CalendarDate) throws -> Double? {
    let tmux = "/usr/bin/tmux"
    guard FileManager.default.isExecutableFile(atPath: tmux) else { return nil }
    let brag = try RunCommand.bragBinary()
    let socket = "brag-bench-\(getpid())"
    var samples: [Double] = []
    for _ in 0..<max(3, repeats / 3) {
      let command = "env TERM=xterm-256color \(brag) --data \(folder.path) --today \(today) --as bench"
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try ChildProcess.run([
        tmux, "-L", socket, "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", command,
      ])
      let capture = NSTemporaryDirectory() + "brag-bench-capture-\(getpid())"
      var seen = false
      while !seen && DispatchTime.now().uptimeNanoseconds - start < 10_000_000_000 {
        _ = try ChildProcess.run(["/bin/sh", "-c", "\(tmux) -L \(socket) capture-pane -p -t b > \(capture)"])
        seen = (try? String(contentsOfFile: capture, encoding: .utf8))?.contains("Items ·") ?? false
      }
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      _ = try ChildProcess.run([tmux, "-L", socket, "kill-server"])
      unlink(capture)
      if seen { samples.append(elapsed) }
    }
    return samples.isEmpty ? nil : Measure.median(samples)
  }
}
