import Foundation

/// One report's share of the index: its identity on disk, its titles and its rows.
public struct IndexedReport: Sendable {
  public var fileName: String
  public var identity: FileIdentity
  public var id: String
  public var title: String
  public var service: String?
  /// The report's kind, so lists can group reports by framework without parsing them.
  public var kind: ReportKind
  public var rows: [IndexedRow]
  /// Where this entry's row headers and strings sit, so rewriting the cache copies them
  /// instead of encoding the rows again.
  let storage: IndexBuffer
  let headers: Range<Int>
  let blob: Range<Int>
  /// Where its search-only words sit.
  let more: Range<Int>
}

/// Lists and counts without parsing every report: a disposable cache of each file's rows,
/// keyed on the file's identity (size, modification time, inode) and kept outside the data folder.
///
/// Parsing 10,000 seed-sized items of pretty JSON takes hundreds of milliseconds; reading their
/// rows back from this cache takes a few. A file whose identity changed is parsed again and its
/// entry replaced; a damaged or foreign cache is ignored and rebuilt. The data files stay the
/// only source of truth.
public struct RowIndex: Sendable {
  /// Where the cache for `folder` lives inside `cacheFolder`.
  public static func cachePath(for folder: DataFolder, in cacheFolder: String) -> String {
    let absolute = URL(fileURLWithPath: folder.path).standardizedFileURL.path
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a: stable across runs, unlike Hasher
    for byte in absolute.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01B3
    }
    return (cacheFolder as NSString).appendingPathComponent("index-\(String(hash, radix: 16)).bin")
  }

  /// The result of a load: the reports (in file-name order), broken files, and how many files had
  /// to be parsed because the cache did not cover them.
  public struct Load: Sendable {
    public var reports: [IndexedReport]
    public var failures: [DataFileError]
    public var parsedFiles: Int
  }

  /// Loads the folder's rows, using and refreshing the cache at `cachePath` (nil: no cache).
  public static func load(_ folder: DataFolder, cachePath: String?) throws(DataFolder.FolderError) -> Load {
    let files = try folder.reportFiles()
    let absolute = URL(fileURLWithPath: folder.path).standardizedFileURL.path
    let cached = cachePath.flatMap { read($0, folderPath: absolute) } ?? [:]

    var reports: [IndexedReport?] = Array(repeating: nil, count: files.count)
    var toParse: [Int] = []
    for (position, file) in files.enumerated() {
      let name = (file as NSString).lastPathComponent
      if let entry = cached[name], FileIdentity.of(file) == entry.identity {
        reports[position] = entry
      } else {
        toParse.append(position)
      }
    }
    var failures: [DataFileError] = []
    if !toParse.isEmpty {
      let parsed = ParallelMap.map(toParse) { position in DataFolder.loadFile(files[position]) }
      for (position, result) in zip(toParse, parsed) {
        switch result {
        case .success(let loaded):
          reports[position] = entry(for: loaded)
        case .failure(let error):
          failures.append(error)
        }
      }
      if let cachePath {
        try? write(reports.compactMap { $0 }, folderPath: absolute, to: cachePath)
      }
    } else if cached.count != files.count, let cachePath {
      // Files were removed: drop their entries so the cache does not grow stale.
      try? write(reports.compactMap { $0 }, folderPath: absolute, to: cachePath)
    }
    return Load(reports: reports.compactMap { $0 }, failures: failures, parsedFiles: toParse.count)
  }

  /// Builds an entry from a parsed report, going through the binary form so that cached and
  /// fresh rows are the same kind of value.
  public static func entry(for loaded: LoadedReport) -> IndexedReport {
    var writer = RowIndexWriter()
    var blob = RowIndexWriter()
    var more = RowIndexWriter()
    let rows = loaded.report.rows
    writer.entry(
      fileName: (loaded.path as NSString).lastPathComponent, identity: loaded.identity, id: loaded.report.id,
      title: loaded.report.title, service: loaded.report.service, kind: loaded.report.kind, rows: rows,
      blob: &blob, blobOffset: 0, more: &more, moreOffset: nil)
    // One buffer: the blob at offset 0 and the words after it, as the entry says, then the entry.
    let entryStart = blob.bytes.count + more.bytes.count
    var reader = RowIndexReader(
      buffer: IndexBuffer(blob.bytes + more.bytes + writer.bytes), offset: entryStart)
    return reader.entry()!
  }

  private static func read(_ path: String, folderPath: String) -> [String: IndexedReport]? {
    guard let buffer = IndexBuffer(mapping: path), buffer.starts(with: RowIndexFormat.magic) else {
      return nil
    }
    var reader = RowIndexReader(buffer: buffer, offset: RowIndexFormat.magic.count)
    guard let count = reader.uint32(), let storedPath = reader.string(), storedPath == folderPath else {
      return nil
    }
    var entries: [String: IndexedReport] = [:]
    for _ in 0..<count {
      guard let entry = reader.entry() else { return nil }
      entries[entry.fileName] = entry
    }
    return entries
  }

  private static func write(_ reports: [IndexedReport], folderPath: String, to path: String) throws {
    var writer = RowIndexWriter()
    writer.bytes.append(contentsOf: RowIndexFormat.magic)
    writer.uint32(UInt32(reports.count))
    writer.string(folderPath)
    // The entries come first, then every blob, then every entry's search-only words.
    var entriesSize = 0
    for report in reports {
      var prefix = RowIndexWriter()
      prefix.entryPrefix(
        fileName: report.fileName, identity: report.identity, id: report.id, title: report.title,
        service: report.service, kind: report.kind, rowCount: report.rows.count, blobOffset: 0, blobLength: 0,
        moreOffset: 0,
        moreLength: 0)
      entriesSize += prefix.bytes.count + report.headers.count
    }
    var blobOffset = writer.bytes.count + entriesSize
    var moreOffset = blobOffset + reports.reduce(0) { $0 + $1.blob.count }
    for report in reports {
      writer.entryPrefix(
        fileName: report.fileName, identity: report.identity, id: report.id, title: report.title,
        service: report.service, kind: report.kind, rowCount: report.rows.count, blobOffset: blobOffset,
        blobLength: report.blob.count, moreOffset: moreOffset, moreLength: report.more.count)
      writer.bytes.append(contentsOf: report.storage.bytes(report.headers))
      blobOffset += report.blob.count
      moreOffset += report.more.count
    }
    for report in reports { writer.bytes.append(contentsOf: report.storage.bytes(report.blob)) }
    for report in reports { writer.bytes.append(contentsOf: report.storage.bytes(report.more)) }
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try AtomicFile.write(Data(writer.bytes), to: path)
  }
}
