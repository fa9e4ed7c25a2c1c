import BragModel

/// The built-in templates of ``PageExport``: Mustache text, so a service can copy one, change it
/// to its house style and pass it back with `brag export page --template FILE`.
///
/// ## Writing a template
///
/// Print values with `{{name}}` only: it escapes every value for the format (HTML entities in
/// HTML; backslash escapes in Markdown, where line breaks in a value also become spaces). A
/// template using `{{{name}}}`, `{{&name}}`, a delimiter change (`{{=…=}}`) or a pragma
/// (`{{%…}}`) is refused. Use `{{#key}}…{{/key}}` to show a part when a flag is true or to repeat
/// it for each element of a list, and `{{^key}}…{{/key}}` when the flag is false or the list empty.
/// The partial `{{> block}}` prints one text block (a paragraph or a list) in the format's
/// built-in way, so `{{#response}}{{> block}}{{/response}}` prints a whole response.
///
/// ## The keys
///
/// Every object below always has every one of its keys: text is `""` when absent, so test the
/// matching `has…` flag rather than the text. Dates come as "1 June 2023" and, for `datetime`
/// attributes, as `…ISO` ("2023-06-01").
///
/// The page (top level):
/// - `lang` ("en-GB"), `id` (the report id), `title` (the id when the title is empty), `kind` ("inspection", "thematic",
///   "spotlight", "action-plan", "other"), `isInspection`
/// - `service`, `hasService`; `publisher`, `hasPublisher`; `published`, `publishedISO`,
///   `hasPublished`; `source`, `hasSource`
/// - `asAt`, `asAtISO`: the day the page speaks as at (`--today`, `BRAG_TODAY`, else today)
/// - `introduction` (blocks; the report's summary), `hasIntroduction`
/// - `judgements`, `hasJudgements`: each `name`, `grade`, `hasGrade`
/// - `promisingPractice`, `hasPromisingPractice`: each `text`
/// - `itemsHeading` ("Recommendations", "Areas for improvement", or both), `itemsNoun` (the same
///   in lower case, singular for one item), `itemCount`, `completeCount`, `hasItems`
/// - `groups`: runs of items under one heading, in document order; each `heading` (the section
///   heading, or `itemsHeading` when the report has no sections), `isSection`, `items`
///
/// An item (in `groups.items`):
/// - `id` ("rec-3"), `anchor` (the id made safe for an HTML `id`), `label` ("Rec 3"), `heading` ("Recommendation 3", "Area for improvement 2"),
///   `kind` ("recommendation", "area-for-improvement"), `kindName` ("Recommendation"),
///   `number` (text; "" when none), `hasNumber`
/// - `text` (blocks); `audience`, `hasAudience`
/// - `timescale` (as written), `hasTimescale`; `due`, `dueISO`, `hasDue`
/// - `requiredOutcomes` (blocks), `hasRequiredOutcomes`
/// - `response` (blocks: "Action we have taken"), `hasResponse`
/// - `status`: the status as written, or "Not yet reported" when the source gives none;
///   `statusReported`, `isComplete`, `statusClass` ("complete", "open", "not-reported")
/// - `brag` ("blue", "red", "amber", "green", "unrated"), `bragName` ("Blue", "Not rated")
/// - `actions`, `hasActions`: each `label` ("AFI 2.1"), `text` (blocks), `owner`, `hasOwner`,
///   `timescale`, `hasTimescale`, `due`, `dueISO`, `hasDue`, `status`, `hasStatus`,
///   `isComplete`, and `facts`, `hasFacts` (each `name` and `value`: Responsible, Timescale,
///   Status, Notes — only those given)
/// - `isHeld`, `hold` ("On hold, waiting on NFCC: …"); `deadlineNote`, `hasDeadlineNote` ("30 June 2027
///   (originally 1 May 2025; 1 extension granted)") when the deadline has moved
/// - `latestUpdate` (an object; empty when there is none), `hasLatestUpdate`: `period`
///   ("April–June 2025"), `date`, `dateISO`, `hasDate`, `author`, `hasAuthor`, `text` (blocks)
///
/// A block (in any list of blocks): `isParagraph` with `text`, or `isList` with `items` (each
/// `text`). A source line starting "- " is a list item; every other line is a paragraph.
public enum PageTemplates {
  /// The built-in page template for `format`.
  public static func main(_ format: PageFormat) -> String {
    switch format {
    case .html: html
    case .markdown: markdown
    }
  }

  /// The built-in `block` partial for `format`.
  public static func block(_ format: PageFormat) -> String {
    switch format {
    case .html: htmlBlock
    case .markdown: markdownBlock
    }
  }

  /// One HTML5 file with no external assets: readable on a phone, printable.
  public static let html = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}{{#hasService}} – {{service}}{{/hasService}}</title>
    <style>
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.125rem 3rem;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      font-size: 1.125rem; line-height: 1.55; color: #1b1b1b; background: #fff; overflow-wrap: break-word; }
    header { border-bottom: 4px solid #1d4f91; padding-bottom: 0.75rem; margin-bottom: 1.5rem; }
    .service { margin: 0; font-weight: 600; color: #505a5f; }
    h1 { font-size: 1.875rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
    h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.5rem; padding-bottom: 0.375rem;
      border-bottom: 2px solid #1d4f91; }
    h3 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 0.5rem; }
    h4 { font-size: 1rem; line-height: 1.3; margin: 1.25rem 0 0.25rem; color: #383f43; }
    p { margin: 0 0 0.75rem; }
    ul, ol { margin: 0 0 0.75rem; padding-left: 1.5rem; }
    li { margin: 0.25rem 0; }
    .as-at { color: #505a5f; margin: 0; }
    .item { border-top: 1px solid #b1b4b6; padding: 1.25rem 0 0.75rem; }
    h2 + .item { border-top: 0; padding-top: 0.5rem; }
    .status { display: inline-block; margin: 0; padding: 0.125rem 0.625rem; border: 2px solid currentColor;
      border-radius: 0.25rem; font-weight: 700; }
    .status-complete { color: #1d4f91; }  /* Blue: BRAG's colour for complete */
    .status-open { color: #0b0c0c; }
    .status-not-reported { color: #505a5f; border-style: dashed; }
    .update { margin: 1.25rem 0 0; padding: 0.25rem 1rem 0.25rem; background: #f3f2f1; border-left: 4px solid #b1b4b6; }
    .update h4 { margin-top: 0.75rem; }
    .actions > li { margin-bottom: 1rem; }
    .facts { margin: 0.25rem 0 0; font-size: 1rem; color: #383f43; }
    .facts dt { display: inline; font-weight: 600; }
    .facts dt::after { content: ": "; }
    .facts dd { display: inline; margin: 0; }
    .facts dd::after { content: ""; display: block; }
    footer { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid #b1b4b6; font-size: 1rem; color: #505a5f; }
    @page { margin: 18mm 16mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; line-height: 1.4; color: #000; }
      header { border-bottom-width: 2px; }
      h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
      p, li { orphans: 3; widows: 3; }
      .status { break-inside: avoid; }
      .status, .status-complete, .status-open, .status-not-reported { color: #000; border-width: 1px; }
      .update { background: none; border-left-width: 2px; }
    }
    </style>
    </head>
    <body>
    <header>
    {{#hasService}}
    <p class="service">{{service}}</p>
    {{/hasService}}
    <h1>{{title}}</h1>
    <p class="as-at">Progress as at <time datetime="{{asAtISO}}">{{asAt}}</time>: {{completeCount}} of {{itemCount}} {{itemsNoun}} complete.</p>
    </header>
    <main>
    {{#hasIntroduction}}
    <section class="introduction">
    {{#introduction}}
    {{> block}}
    {{/introduction}}
    </section>
    {{/hasIntroduction}}
    {{#hasJudgements}}
    <section class="judgements">
    <h2>Judgement areas</h2>
    <ul>
    {{#judgements}}
    <li>{{name}}{{#hasGrade}}: {{grade}}{{/hasGrade}}</li>
    {{/judgements}}
    </ul>
    </section>
    {{/hasJudgements}}
    {{#hasPromisingPractice}}
    <section class="promising-practice">
    <h2>Promising practice</h2>
    <ul>
    {{#promisingPractice}}
    <li>{{text}}</li>
    {{/promisingPractice}}
    </ul>
    </section>
    {{/hasPromisingPractice}}
    {{#groups}}
    <section class="group">
    <h2>{{heading}}</h2>
    {{#items}}
    <article class="item" id="{{anchor}}">
    <h3>{{heading}}</h3>
    {{#text}}
    {{> block}}
    {{/text}}
    {{#hasRequiredOutcomes}}
    <h4>Required outcomes</h4>
    {{#requiredOutcomes}}
    {{> block}}
    {{/requiredOutcomes}}
    {{/hasRequiredOutcomes}}
    {{#hasResponse}}
    <h4>Action we have taken</h4>
    {{#response}}
    {{> block}}
    {{/response}}
    {{/hasResponse}}
    {{#hasActions}}
    <h4>Actions</h4>
    <ol class="actions">
    {{#actions}}
    <li>
    {{#text}}
    {{> block}}
    {{/text}}
    {{#hasFacts}}
    <dl class="facts">
    {{#facts}}
    <dt>{{name}}</dt><dd>{{value}}</dd>
    {{/facts}}
    </dl>
    {{/hasFacts}}
    </li>
    {{/actions}}
    </ol>
    {{/hasActions}}
    <h4>Status</h4>
    <p><span class="status status-{{statusClass}}">{{status}}</span></p>
    {{#isHeld}}
    <p class="hold">{{hold}}</p>
    {{/isHeld}}
    {{#hasDeadlineNote}}
    <p class="deadline">Deadline: {{deadlineNote}}</p>
    {{/hasDeadlineNote}}
    {{#hasLatestUpdate}}
    {{#latestUpdate}}
    <section class="update">
    <h4>Latest update: {{period}}</h4>
    {{#text}}
    {{> block}}
    {{/text}}
    </section>
    {{/latestUpdate}}
    {{/hasLatestUpdate}}
    </article>
    {{/items}}
    </section>
    {{/groups}}
    {{^hasItems}}
    <p>There are no recommendations or areas for improvement to report.</p>
    {{/hasItems}}
    </main>
    <footer>
    <p>{{#hasService}}{{service}}. {{/hasService}}{{#hasSource}}Source: {{source}}{{#hasPublished}}, published {{published}}{{/hasPublished}}. {{/hasSource}}Progress as at {{asAt}}.</p>
    </footer>
    </body>
    </html>

    """

  /// The HTML `block` partial: a paragraph or a bulleted list.
  public static let htmlBlock = """
    {{#isParagraph}}
    <p>{{text}}</p>
    {{/isParagraph}}
    {{#isList}}
    <ul>
    {{#items}}
    <li>{{text}}</li>
    {{/items}}
    </ul>
    {{/isList}}

    """

  /// Markdown in the same shape; runs of blank lines are closed up after rendering.
  public static let markdown = """
    # {{title}}

    {{#hasService}}
    {{service}}

    {{/hasService}}
    Progress as at {{asAt}}: {{completeCount}} of {{itemCount}} {{itemsNoun}} complete.

    {{#introduction}}
    {{> block}}
    {{/introduction}}
    {{#hasJudgements}}
    ## Judgement areas

    {{#judgements}}
    - {{name}}{{#hasGrade}}: {{grade}}{{/hasGrade}}
    {{/judgements}}

    {{/hasJudgements}}
    {{#hasPromisingPractice}}
    ## Promising practice

    {{#promisingPractice}}
    - {{text}}
    {{/promisingPractice}}

    {{/hasPromisingPractice}}
    {{#groups}}
    ## {{heading}}

    {{#items}}
    ### {{heading}}

    {{#text}}
    {{> block}}
    {{/text}}
    {{#hasRequiredOutcomes}}
    #### Required outcomes

    {{#requiredOutcomes}}
    {{> block}}
    {{/requiredOutcomes}}
    {{/hasRequiredOutcomes}}
    {{#hasResponse}}
    #### Action we have taken

    {{#response}}
    {{> block}}
    {{/response}}
    {{/hasResponse}}
    {{#hasActions}}
    #### Actions

    {{#actions}}
    ##### {{label}}

    {{#text}}
    {{> block}}
    {{/text}}
    {{#facts}}
    - {{name}}: {{value}}
    {{/facts}}

    {{/actions}}
    {{/hasActions}}
    #### Status

    {{status}}

    {{#isHeld}}
    {{hold}}

    {{/isHeld}}
    {{#hasDeadlineNote}}
    Deadline: {{deadlineNote}}

    {{/hasDeadlineNote}}
    {{#hasLatestUpdate}}
    {{#latestUpdate}}
    #### Latest update: {{period}}

    {{#text}}
    {{> block}}
    {{/text}}
    {{/latestUpdate}}
    {{/hasLatestUpdate}}
    {{/items}}
    {{/groups}}
    {{^hasItems}}
    There are no recommendations or areas for improvement to report.

    {{/hasItems}}
    ---

    {{#hasService}}{{service}}. {{/hasService}}{{#hasSource}}Source: {{source}}{{#hasPublished}}, published {{published}}{{/hasPublished}}. {{/hasSource}}Progress as at {{asAt}}.

    """

  /// The Markdown `block` partial: a paragraph or a bulleted list, each followed by a blank line.
  public static let markdownBlock = """
    {{#isParagraph}}
    {{text}}

    {{/isParagraph}}
    {{#isList}}
    {{#items}}
    - {{text}}
    {{/items}}

    {{/isList}}

    """
}
