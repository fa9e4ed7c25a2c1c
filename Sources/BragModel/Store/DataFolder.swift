import Foundation

/// A report loaded from its data file, with the file's identity at the moment it was read.
public struct LoadedReport: Sendable {
  public var report: Report
  /// The file's path (the folder joined with `<report id>.json`).
  public var path: String
  public var identity: FileIdentity

  public init(report: Report, path: String, identity: FileIdentity) {
    self.report = report
    self.path = path
    self.identity = identity
  }
}

/// Everything in a data folder: the reports that loaded and the files that did not.
///
/// A broken file never stops the others loading; it is listed in ``failures`` and is never
/// written over.
public struct Tracker: Sendable {
  public var reports: [LoadedReport]
  public var failures: [DataFileError]

  public init(reports: [LoadedReport], failures: [DataFileError]) {
    self.reports = reports
    self.failures = failures
  }

  public func report(id: String) -> LoadedReport? { reports.first { $0.report.id == id } }
}

/// A folder holding one JSON file per report.
public struct DataFolder: Sendable {
  public enum FolderError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case notAFolder(String)
    case unreadable(String, String)
    case changedOnDisk(String)
    case unknownReport(String, known: [String])
    case notEmpty(String)

    public var description: String {
      switch self {
      case .missing(let path):
        "\(path): the data folder does not exist; create it with 'brag init \(path)' or point --data at an existing one"
      case .notAFolder(let path):
        "\(path): is a file, not a data folder; give --data the folder that holds the report files"
      case .unreadable(let path, let reason):
        "\(path): cannot be read: \(reason)"
      case .changedOnDisk(let path):
        "\(path): changed on disk since it was read (another copy of brag, or a git pull); reload and make the edit again"
      case .unknownReport(let id, let known):
        "no report with id '\(id)'; known reports: \(known.joined(separator: ", "))"
      case .notEmpty(let path):
        "\(path): the folder is not empty; choose a new or empty folder so nothing there is overwritten"
      }
    }
  }

  public let path: String

  public init(path: String) { self.path = path }

  /// Path of the file holding `reportID`.
  public func filePath(for reportID: String) -> String {
    (path as NSString).appendingPathComponent("\(reportID).json")
  }

  /// The report files in the folder, sorted by name. Hidden files and non-JSON files are ignored.
  public func reportFiles() throws(FolderError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .missing(path)
    }
    guard isFolder.boolValue else { throw .notAFolder(path) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .unreadable(path, (error as NSError).localizedDescription)
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
      .map { (path as NSString).appendingPathComponent($0) }
  }

  /// The ids of the reports in the folder (their file names without `.json`), sorted.
  public func reportIDs() throws(FolderError) -> [String] {
    try reportFiles().map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
  }

  /// Loads one report by id. Throws ``FolderError/unknownReport(_:known:)`` listing the known ids,
  /// or the file's own ``DataFileError`` when it does not load.
  public func loadReport(id: String) throws -> LoadedReport {
    let known = try reportIDs()
    guard known.contains(id) else { throw FolderError.unknownReport(id, known: known) }
    return try DataFolder.loadFile(filePath(for: id)).get()
  }

  /// Loads every report, parsing files in parallel; broken files are reported, not fatal.
  public func load() throws(FolderError) -> Tracker {
    let files = try reportFiles()
    let results = ParallelMap.map(files) { file in DataFolder.loadFile(file) }
    var reports: [LoadedReport] = []
    var failures: [DataFileError] = []
    for result in results {
      switch result {
      case .success(let loaded): reports.append(loaded)
      case .failure(let error): failures.append(error)
      }
    }
    return Tracker(reports: reports, failures: failures)
  }

  /// Reads and checks one report file.
  public static func loadFile(_ file: String) -> Result<LoadedReport, DataFileError> {
    // Identity first: if the file changes while we read it, the next save sees a mismatch.
    guard let identity = FileIdentity.of(file),
      let data = FileManager.default.contents(atPath: file)
    else {
      return .failure(
        DataFileError(file: file, message: "cannot be read (check that it exists and its permissions)"))
    }
    do {
      let report = try ReportCoding.decode(data, file: file)
      if let problem = ReportRules.structuralProblem(in: report, data: data, file: file) {
        return .failure(problem)
      }
      return .success(LoadedReport(report: report, path: file, identity: identity))
    } catch {
      return .failure(error)
    }
  }

  /// Saves `report` atomically, refusing when the file changed on disk since `expected` was read.
  /// Returns the new identity.
  @discardableResult
  public func save(_ report: Report, expecting expected: FileIdentity?) throws -> FileIdentity {
    let file = filePath(for: report.id)
    let encoded = try ReportCoding.encode(report)
    // Two copies of brag saving at once take turns, so the check and the rename cannot interleave.
    let folderLock = try FolderLock(path)
    defer { folderLock.release() }
    if FileIdentity.of(file) != expected { throw FolderError.changedOnDisk(file) }
    try AtomicFile.write(encoded, to: Self.resolvingLink(file))
    guard let identity = FileIdentity.of(file) else {
      throw FolderError.unreadable(file, "vanished after saving")
    }
    return identity
  }

  /// The file a symbolic link points at, so a save replaces the target rather than the link.
  static func resolvingLink(_ file: String) -> String {
    guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: file) else {
      return file
    }
    if destination.hasPrefix("/") { return destination }
    return ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
  }

  /// Creates the folder (and its parents) if needed, following the umask.
  public func create() throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// True when the folder does not exist or holds nothing.
  public var isAbsentOrEmpty: Bool {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      return !FileManager.default.fileExists(atPath: path)
    }
    return names.isEmpty
  }
}
