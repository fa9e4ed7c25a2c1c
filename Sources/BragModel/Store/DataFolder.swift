import Foundation

/// A report loaded from its data file, with the file's identity at the moment it was read.
public struct LoadedReport: Sendable {
  public var report: Report
  /// The file's path (the folder joined with `<report id>.json`).
  public var path: String
  public var identity: FileIdentity
  /// ``ContentHash`` of the bytes read, when known: a save compares it with the file's current
  /// bytes, which catches a rewrite that kept the size and put the modification time back.
  public var contentHash: UInt64?

  public init(report: Report, path: String, identity: FileIdentity, contentHash: UInt64? = nil) {
    self.report = report
    self.path = path
    self.identity = identity
    self.contentHash = contentHash
  }
}

/// What a save under the lock produced: the report as saved (with its new identity) and notes
/// worth telling the user (other hard links, an owner that could not be kept, stale temporary
/// files removed).
public struct SaveOutcome: Sendable {
  public var loaded: LoadedReport
  public var notes: [String]
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
    case readOnly(String, String)

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
      case .readOnly(let path, let reason):
        "\(path): \(reason); nothing was changed"
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
    readFile(file).flatMap { decodeFile(file, identity: $0.identity, data: $0.data) }
  }

  /// The bytes of a report file and its identity, refusing anything that is not UTF-8.
  static func readFile(_ file: String) -> Result<(identity: FileIdentity, data: Data), DataFileError> {
    // Identity first: if the file changes while we read it, the next save sees a mismatch.
    guard let identity = FileIdentity.of(file),
      let data = FileManager.default.contents(atPath: file)
    else {
      return .failure(
        DataFileError(file: file, message: "cannot be read (check that it exists and its permissions)"))
    }
    if let problem = TextEncodingCheck.problem(in: data) {
      return .failure(DataFileError(file: file, message: problem))
    }
    return .success((identity, data))
  }

  static func decodeFile(_ file: String, identity: FileIdentity, data: Data) -> Result<
    LoadedReport, DataFileError
  > {
    do {
      let report = try ReportCoding.decode(data, file: file)
      if let problem = ReportRules.structuralProblem(in: report, data: data, file: file) {
        return .failure(problem)
      }
      return .success(
        LoadedReport(report: report, path: file, identity: identity, contentHash: ContentHash.of(data)))
    } catch {
      return .failure(error)
    }
  }

  /// Saves `report` atomically, refusing when the file changed on disk since `expected` was read
  /// (and, given `contentHash`, when its bytes differ from those read). Returns the new identity.
  @discardableResult
  public func save(_ report: Report, expecting expected: FileIdentity?, contentHash: UInt64? = nil) throws
    -> FileIdentity
  {
    let file = filePath(for: report.id)
    let encoded = try ReportCoding.encode(report)
    // Two copies of brag saving at once take turns, so the check and the rename cannot interleave.
    let folderLock = try FolderLock(path)
    defer { folderLock.release() }
    if FileIdentity.of(file) != expected { throw FolderError.changedOnDisk(file) }
    if let contentHash, let data = FileManager.default.contents(atPath: file),
      ContentHash.of(data) != contentHash
    {
      throw FolderError.changedOnDisk(file)
    }
    return try writeLocked(encoded, to: file).identity
  }

  /// An edit made under the folder's lock: the report's file is read as it is now, `body`
  /// changes it, and it is saved (only if it changed) before the lock is released, so two
  /// writers take turns and neither loses the other's edit, nor is refused for editing another
  /// part of the same file. `cached` (a copy read earlier) is used when the file's bytes are
  /// still the ones it was read from, saving a parse. A read-only folder, or a file that does not
  /// load, is refused before `body` runs; a read-only file before anything is written.
  public func update<T>(
    reportID: String, cached: LoadedReport? = nil, _ body: (inout Report) throws -> T
  ) throws -> (value: T, outcome: SaveOutcome) {
    if let problem = writeProblem() { throw FolderError.readOnly(path, problem) }
    let file = filePath(for: reportID)
    // One stat, not a listing of the folder: the list is wanted only to say what exists.
    if reportID.isEmpty || reportID.contains("/") || reportID.hasPrefix(".")
      || !FileManager.default.fileExists(atPath: file)
    {
      throw FolderError.unknownReport(reportID, known: try reportIDs())
    }
    let folderLock = try FolderLock(path)
    defer { folderLock.release() }
    let (identity, data) = try Self.readFile(file).get()
    var current: LoadedReport
    if let cached, cached.identity == identity, cached.contentHash == ContentHash.of(data) {
      current = cached
    } else {
      current = try Self.decodeFile(file, identity: identity, data: data).get()
    }
    var report = current.report
    let value = try body(&report)
    guard report != current.report else { return (value, SaveOutcome(loaded: current, notes: [])) }
    let encoded = try ReportCoding.encode(report)
    let written = try writeLocked(encoded, to: file)
    current = LoadedReport(
      report: report, path: file, identity: written.identity, contentHash: ContentHash.of(encoded))
    return (value, SaveOutcome(loaded: current, notes: written.notes))
  }

  /// A save of several reports that stopped part way (the disk filled, say): the files in
  /// `written` hold the new content, `failed` and those after it the old.
  public struct PartialWrite: Error, CustomStringConvertible {
    public var written: [String]
    public var failed: String
    public var reason: String

    public var description: String {
      "\(failed): not saved: \(reason); already saved: \(written.joined(separator: ", ")) "
        + "(each change there is in its history, undoable); the rest were not changed"
    }
  }

  /// An edit of several reports as one step under the folder's lock: every file is read as it
  /// is now and `body` changes them together (keyed by report id). Nothing is written unless
  /// `body` returns: a file that does not load, or a refusal in `body`, leaves every file as it
  /// was; so does a read-only file among those that changed, checked before any is written.
  /// Then each changed report is saved in turn (atomically, one file at a time: a failure while
  /// writing, such as a full disk, is a ``PartialWrite`` naming what was saved). Returns the
  /// value and the notes from the saves.
  public func update<T>(reportIDs: [String], _ body: (inout [String: Report]) throws -> T) throws -> (
    value: T, notes: [String]
  ) {
    if let problem = writeProblem() { throw FolderError.readOnly(path, problem) }
    for id in reportIDs
    where id.isEmpty || id.contains("/") || id.hasPrefix(".")
      || !FileManager.default.fileExists(atPath: filePath(for: id))
    {
      throw FolderError.unknownReport(id, known: try self.reportIDs())
    }
    let folderLock = try FolderLock(path)
    defer { folderLock.release() }
    var before: [String: Report] = [:]
    for id in reportIDs {
      let file = filePath(for: id)
      let (identity, data) = try Self.readFile(file).get()
      before[id] = try Self.decodeFile(file, identity: identity, data: data).get().report
    }
    var reports = before
    let value = try body(&reports)
    let changed = reportIDs.filter { reports[$0] != before[$0] }
    for id in changed {
      if let problem = Self.fileWriteProblem(filePath(for: id)) {
        throw FolderError.readOnly(filePath(for: id), problem)
      }
    }
    let encoded = try changed.map { try ReportCoding.encode(reports[$0]!) }
    var notes: [String] = []
    var written: [String] = []
    for (id, data) in zip(changed, encoded) {
      do {
        notes += try writeLocked(data, to: filePath(for: id)).notes
      } catch {
        guard !written.isEmpty else { throw error }
        throw PartialWrite(written: written, failed: filePath(for: id), reason: "\(error)")
      }
      written.append(filePath(for: id))
    }
    return (value, notes)
  }

  /// Writes a report file under the lock already held: through every symbolic link to the final
  /// target, keeping its owner where permitted, after removing temporary files a killed save left.
  private func writeLocked(_ encoded: Data, to file: String) throws -> (
    identity: FileIdentity, notes: [String]
  ) {
    if let problem = Self.fileWriteProblem(file) { throw FolderError.readOnly(file, problem) }
    var notes: [String] = []
    let removed = AtomicFile.removeStaleTemporaries(in: path)
    if !removed.isEmpty {
      notes.append(
        "removed \(removed.count == 1 ? "a temporary file" : "\(removed.count) temporary files") left by an interrupted save: \(removed.joined(separator: ", "))"
      )
    }
    let target = Self.resolvingLink(file)
    var info = stat()
    if stat(target, &info) == 0, info.st_nlink > 1 {
      notes.append(
        "\(file) has other hard links; they keep the old content (a save replaces the file, it does not rewrite it in place)"
      )
    }
    notes += try AtomicFile.write(encoded, to: target)
    guard let identity = FileIdentity.of(file) else {
      throw FolderError.unreadable(file, "vanished after saving")
    }
    return (identity, notes)
  }

  /// Why nothing can be saved in this folder (a read-only folder or mount), or nil.
  public func writeProblem() -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    if access(path, W_OK) != 0 {
      return errno == EROFS
        ? "the data folder is on a read-only file system; edits cannot be saved"
        : "the data folder is read-only (\(AtomicFile.errnoText())); edits cannot be saved"
    }
    if info.st_mode & 0o222 == 0 {
      return "the data folder is read-only (no write permission); edits cannot be saved"
    }
    return nil
  }

  /// Why the file (the final target of its links) must not be written, or nil: read-only for
  /// everyone, or not writable by this user.
  public static func fileWriteProblem(_ file: String) -> String? {
    let target = resolvingLink(file)
    var info = stat()
    guard stat(target, &info) == 0 else { return nil }
    if info.st_mode & 0o222 == 0 || access(target, W_OK) != 0 {
      return "the file is read-only; make it writable (chmod u+w) to edit this report"
    }
    return nil
  }

  /// The file a chain of symbolic links ends at, so a save replaces the final target rather than
  /// a link (a link in the middle of the chain would otherwise become a regular file).
  static func resolvingLink(_ file: String) -> String {
    var current = file
    for _ in 0..<40 {
      guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
        return current
      }
      current =
        destination.hasPrefix("/")
        ? destination
        : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
    }
    return current
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
