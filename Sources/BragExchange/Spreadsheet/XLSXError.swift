/// Why a workbook cannot be read, with where: the sheet and cell when there is one
/// ("sheet 'Actions' B7: …"). The command line puts the file name in front.
public struct XLSXError: Error, CustomStringConvertible, Equatable, Sendable {
  public var sheet: String?
  /// An A1-style reference ("B7"), or a part of the workbook ("xl/sharedStrings.xml line 3").
  public var place: String?
  public var problem: String
  /// The names of the workbook's sheets, when the problem is a sheet that is not there.
  public var sheets: [String]

  public init(sheet: String? = nil, place: String? = nil, _ problem: String, sheets: [String] = []) {
    self.sheet = sheet
    self.place = place
    self.problem = problem
    self.sheets = sheets
  }

  public var description: String {
    var out = ""
    if let sheet { out += "sheet '\(sheet)'" }
    if let place { out += (out.isEmpty ? "" : " ") + place }
    return (out.isEmpty ? "" : out + ": ") + problem
  }
}
