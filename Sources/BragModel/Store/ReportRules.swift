import Foundation

/// Checks that make a decoded report safe to work with: ids unique and matching the file name.
/// (Softer checks such as unresolvable dates and word limits belong to `brag validate`.)
enum ReportRules {
  static func structuralProblem(in report: Report, data: Data, file: String) -> DataFileError? {
    let bytes = [UInt8](data)
    func error(_ path: [JSONLocator.PathComponent], _ field: String, _ message: String) -> DataFileError {
      let offset = JSONLocator.offset(of: [.key("report")] + path, in: bytes) ?? 0
      let place = JSONLocator.lineAndColumn(of: offset, in: bytes)
      return DataFileError(
        file: file, line: place.line, column: place.column, fieldPath: "report" + field, message: message)
    }
    let expectedID = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    if report.id != expectedID {
      return error(
        [.key("id")], ".id",
        "the report id '\(report.id)' must match the file name '\(expectedID).json'; rename the file or change the id"
      )
    }
    if !IDRules.isValid(report.id) {
      return error([.key("id")], ".id", IDRules.rule)
    }
    var seenItems: Set<String> = []
    for (i, item) in report.items.enumerated() {
      if !IDRules.isValid(item.id) {
        return error([.key("items"), .index(i), .key("id")], ".items[\(i)].id", IDRules.rule)
      }
      if !seenItems.insert(item.id).inserted {
        return error(
          [.key("items"), .index(i), .key("id")], ".items[\(i)].id",
          "the item id '\(item.id)' is used twice in this report; ids must be unique")
      }
      var seenActions: Set<String> = []
      for (j, action) in item.actions.enumerated() {
        let path: [JSONLocator.PathComponent] = [
          .key("items"), .index(i), .key("actions"), .index(j), .key("id"),
        ]
        if !IDRules.isValid(action.id) {
          return error(path, ".items[\(i)].actions[\(j)].id", IDRules.rule)
        }
        if !seenActions.insert(action.id).inserted {
          return error(
            path, ".items[\(i)].actions[\(j)].id",
            "the action id '\(action.id)' is used twice under item '\(item.id)'; ids must be unique")
        }
      }
    }
    return nil
  }
}

/// Ids are slugs: they appear in file names and in `report/item/action` paths.
public enum IDRules {
  public static let rule =
    "an id may contain only lower-case letters, digits, '-' and '_', and must start with a letter or digit"

  public static func isValid(_ id: String) -> Bool {
    guard let first = id.utf8.first, id.utf8.count <= 100 else { return false }
    func allowed(_ b: UInt8) -> Bool {
      (97...122).contains(b) || (48...57).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }
    return allowed(first) && first != UInt8(ascii: "-") && first != UInt8(ascii: "_")
      && id.utf8.allSatisfy(allowed)
  }
}
