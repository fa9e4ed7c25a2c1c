import ArgumentParser
import BragExchange
import BragModel
import Foundation

struct ExportPageCommand: BragCommand {
  static let configuration = CommandConfiguration(
    commandName: "page",
    abstract: "A public progress page for a report, in Markdown or HTML.",
    discussion: """
      The shape of a service's progress page: the title, the introduction (the report's \
      summary), the judgement areas and promising practice of an inspection, then each \
      recommendation or area for improvement, under its section heading where the report has \
      sections, with its text, "Action we have taken", "Status" (as written; "Not yet reported" \
      when there is none) and the latest update.

      The HTML is one file with no external assets, readable on a phone and printable. Every \
      value is escaped. --template FILE replaces the built-in template with your own Mustache \
      template (house style); values must be printed with {{name}}, which escapes them, so \
      templates with {{{name}}} or {{&name}} are refused. The keys a template can use are listed \
      in the documentation of PageTemplates (Sources/BragExchange/Export/PageTemplates.swift).

      Examples:
        brag export page --report staffs-misconduct-2024 --output misconduct.html
        brag export page --report staffs-round3-2024 --format md > round3.md
        brag export page --report staffs-round3-2024 --template house.html
      """)

  @OptionGroup var board: BoardOptions

  @Option(help: ArgumentHelp("The report to publish (see brag summary).", valueName: "id"))
  var report: String

  @Option(help: "Output format: html or md (Markdown).")
  var format: PageFormat = .html

  @Option(
    help: ArgumentHelp(
      "A Mustache template to use instead of the built-in one for the format.", valueName: "file"),
    completion: .file())
  var template: String?

  @OptionGroup var output: OutputOptions

  @Flag(help: "Publish even when responses or updates hold personal or sensitive information.")
  var force = false

  var globalOptions: GlobalOptions { GlobalOptions(board) }

  func run(in context: CommandContext) throws {
    let today = try context.today()
    var templateText: String?
    if let template {
      guard let data = FileManager.default.contents(atPath: template) else {
        throw BragFailure("--template: cannot read '\(template)' (check that it exists and its permissions)")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw BragFailure("--template: '\(template)' is not UTF-8 text")
      }
      templateText = text
    }
    let folder = try context.dataFolder()
    let loaded = try folder.loadReport(id: report).report
    if let refusal = BragFailure.notForStandards(loaded, export: "public progress page") { throw refusal }
    // The public page is the most exposed output: the same guard as the return.
    let detector = try SensitiveInformation.forFolder(folder)
    let findings = detector.scan(loaded)
    let lines = findings.map {
      "\(loaded.id)/\($0.itemID): \($0.match.kind.description) in the \($0.field.longDescription)"
    }
    if !findings.isEmpty && !force {
      throw BragFailure(
        messages: lines + [
          "the page would publish personal or sensitive information (above); remove it, or use --force to publish anyway"
        ])
    }
    for line in lines { Console.note("warning: \(line)") }
    let page: String
    do {
      page = try PageExport.render(
        loaded, format: format, asAt: today, template: templateText, templateSource: template ?? "template")
    } catch {
      throw BragFailure("--template: \(error)")
    }
    try output.write(page)
  }

}

extension PageFormat: ExpressibleByArgument {}
