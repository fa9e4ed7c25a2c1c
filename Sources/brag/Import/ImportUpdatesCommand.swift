import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ImportUpdatesCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "updates",
    abstract: "Read owners' filled-in update requests back: updates, closure proposals, extension requests.",
    discussion: """
      Reads the CSV or Markdown form brag export requests wrote, filled in (or the CSV re-saved \
      as tab-separated text or an .xlsx workbook; columns are found by name under any title rows, \
      as "ID", "Your update", "Reply date", "Closure evidence", "Extension date", "Extension \
      reason", or a committee tracker's own names such as "Management response" and "Revised \
      target date").

      Each filled reply becomes a quarterly update on its item, for the quarter holding its \
      reply date (default: today); a reply about an action is kept as its item's update, \
      starting "Action a2: " (actions have no updates of their own). Evidence proposes the item's closure; a \
      new date with a reason asks for an extension. Everything is made under the data folder's \
      lock, as brag set makes it, with history.

      A malformed file or field (a date that is not one, an extension without its reason, \
      evidence on an action's row, a change the item's state does not allow) is reported with its \
      line and field, and nothing is written. Every report the replies touch is checked before \
      any is written, under one hold of the folder's lock: when one does not load, is read-only \
      or no longer takes its replies, none is written. Unknown ids and rows for complete items are \
      reported and left out; rows with nothing filled in are counted; a reply already recorded (the \
      same file imported again) is not added twice. --dry-run says what would \
      change and writes nothing.

      Examples:
        brag import updates replies.csv --dry-run
        brag import updates replies.md --as "Board secretary"
      """)

  @OptionGroup var board: BoardOptions

  @Argument(
    help: ArgumentHelp("The filled-in requests (.csv, .tsv, .md or .xlsx).", valueName: "file"),
    completion: .file())
  var file: String

  @Flag(name: .customLong("dry-run"), help: "Say what would change; write nothing.")
  var dryRun = false

  @OptionGroup var author: AuthorOptions

  var globalOptions: GlobalOptions { GlobalOptions(board, author) }

  func run(in context: CommandContext) throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw BragFailure("cannot read '\(file)' (check that it exists and its permissions)")
    }
    let replies: [UpdateReply]
    do {
      replies = try UpdateReplyImport.parse(data, fileName: file)
    } catch {
      throw BragFailure(
        messages: error.problems.map { $0.located(in: file) } + [
          "\(file): nothing was imported; mend the file and import it again"
        ])
    }
    let today = try context.today()
    let folder = try context.dataFolder()
    let known = Set(try folder.reportIDs())
    let reportIDs = Set(replies.compactMap { RowID($0.id)?.report }).sorted().filter(known.contains)
    let timestamp = context.timestamp()
    let nothingImported = "\(file): nothing was imported; mend the file and import it again"
    func makePlan(_ reports: [String: Report]) throws -> UpdateReplyPlan {
      let plan = UpdateReplyPlan.make(
        replies, reports: reports, today: today, author: context.author, timestamp: timestamp,
        fileExists: { path in
          FileManager.default.fileExists(atPath: (folder.path as NSString).appendingPathComponent(path))
        })
      guard plan.problems.isEmpty else {
        throw BragFailure(messages: plan.problems.map { $0.located(in: file) } + [nothingImported])
      }
      return plan
    }
    let plan: UpdateReplyPlan
    if dryRun {
      var reports: [String: Report] = [:]
      for id in reportIDs { reports[id] = try folder.loadReport(id: id).report }
      plan = try makePlan(reports)
    } else {
      try EditSession.checkWritable(folder)
      // Every report is read, planned and changed under one hold of the folder's lock, and
      // written only when every change applies to all of them: a report that does not load, is
      // read-only or no longer takes a reply leaves every file as it was.
      do {
        let (made, notes) = try folder.update(reportIDs: reportIDs) { reports in
          let plan = try makePlan(reports)
          for step in plan.steps {
            for (target, changes) in step.changes {
              do {
                try reports[target.report]!.apply(changes, to: target, author: context.author, at: timestamp)
              } catch {
                throw BragFailure(
                  messages: ["\(file): line \(step.line): \(target): \(error)", nothingImported])
              }
            }
          }
          return plan
        }
        EditSession.tell(notes)
        plan = made
      } catch let error as DataFolder.PartialWrite {
        throw BragFailure(error.description)
      } catch let failure as BragFailure {
        throw failure
      } catch {
        let failure = BragFailure.from(error) ?? BragFailure("\(error)")
        throw BragFailure(
          messages: failure.messages + ["\(file): nothing was imported"], exitCode: failure.exitCode)
      }
    }
    var out = ""
    for step in plan.steps {
      out += "line \(step.line)  \(step.id)  \(step.ref): \(step.words.joined(separator: "; "))\n"
    }
    for (line, message) in (plan.skipped + plan.alreadyRecorded).sorted(by: { $0.line < $1.line }) {
      out += "\(file): line \(line): \(message)\n"
    }
    if !plan.empty.isEmpty {
      let lines = plan.empty.map { String($0.line) }
      out +=
        "\(file): \(plan.empty.count == 1 ? "1 reply was" : "\(plan.empty.count) replies were") left empty "
        + "(line\(lines.count == 1 ? "" : "s") \(abbreviated(lines))): nothing to import for "
        + "\(plan.empty.count == 1 ? "it" : "them")\n"
    }
    Console.say(out)
    guard !plan.steps.isEmpty else {
      if !plan.alreadyRecorded.isEmpty && plan.skipped.isEmpty {
        Console.note("\(file): every reply in it is already recorded; nothing was written")
        return
      }
      throw BragFailure("\(file): no filled reply to import; nothing was written")
    }
    let what = describe(plan)
    if dryRun {
      Console.note("dry run: would import \(what); nothing was written")
      return
    }
    Console.note("imported \(what) from \(file); each change is in its history")
  }

  func describe(_ plan: UpdateReplyPlan) -> String {
    var updates = 0
    var closures = 0
    var extensions = 0
    for step in plan.steps {
      for (_, changes) in step.changes {
        for change in changes {
          switch change {
          case .addUpdate: updates += 1
          case .proposeClosure: closures += 1
          case .requestExtension: extensions += 1
          default: break
          }
        }
      }
    }
    let parts = [
      updates == 0 ? nil : updates == 1 ? "1 update" : "\(updates) updates",
      closures == 0 ? nil : closures == 1 ? "1 closure proposal" : "\(closures) closure proposals",
      extensions == 0 ? nil : extensions == 1 ? "1 extension request" : "\(extensions) extension requests",
    ].compactMap { $0 }
    let replies = plan.steps.count == 1 ? "1 reply" : "\(plan.steps.count) replies"
    return "\(replies) (\(parts.joined(separator: ", ")))"
  }

  /// "4, 5, 6, … 21 more" for a long list of line numbers.
  func abbreviated(_ lines: [String]) -> String {
    lines.count <= 8
      ? lines.joined(separator: ", ")
      : lines.prefix(6).joined(separator: ", ") + " and \(lines.count - 6) more"
  }
}
