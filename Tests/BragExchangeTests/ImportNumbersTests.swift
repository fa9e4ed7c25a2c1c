import BragExchange
import BragModel
import BragTestSupport
import Testing

@Suite("Importing a page with official numbers given")
struct ImportNumbersTests {
  @Test("seed 000 with --numbers reproduces the sample data's numbers, ids, labels and deadlines")
  func valuesAndCulture() {
    var options = ImportOptions(
      reportID: "staffs-values-culture-2023", title: "Values and culture in fire and rescue services",
      published: CalendarDate("2023-03-31"), kind: .spotlight)
    options.officialNumbers = [1, 3, 4, 5, 9, 12, 14, 17, 18, 20, 21, 22, 23, 24, 27, 28, 32, 33, 34]
    let result = PageImport.parse(Samples.seed("000"), options: options)
    let sample = Samples.report("staffs-values-culture-2023")
    #expect(result.report.items.map(\.id) == sample.items.map(\.id))
    #expect(result.report.items.map(\.number) == sample.items.map(\.number))
    #expect(result.report.items.map(\.label) == sample.items.map(\.label))
    #expect(result.report.items.map(\.timescale.due) == sample.items.map(\.timescale.due))
    #expect(!result.messages.contains { $0.text.contains("numbered by their position") })
  }

  @Test("a list of the wrong length is reported")
  func wrongLength() {
    var options = ImportOptions(reportID: "r", title: "T")
    options.officialNumbers = [1, 2]
    let result = PageImport.parse(Samples.seed("000"), options: options)
    #expect(result.messages.contains { $0.text.contains("--numbers gives 2 numbers for 19 recommendations") })
  }
}
