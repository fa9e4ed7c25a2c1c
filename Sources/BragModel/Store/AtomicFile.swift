import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that a crash or power cut leaves either the old or the new content, never half.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk, and replace the
/// target by `rename`, which is atomic; the folder is then flushed so the rename itself survives.
/// A rewrite keeps the target's permission bits, so a file the user locked down stays locked down,
/// and its owner and group where the system permits; a new file follows the umask.
///
/// The temporary file is named `.<name>.brag-tmp-<pid>.XXXXXX`, so one left by a killed save can
/// be recognised and removed later (``removeStaleTemporaries(in:now:)``).
public enum AtomicFile {
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot be saved: \(reason)" }
  }

  /// Writes `data` to `path`; returns notes worth telling the user (an owner that could not be kept).
  @discardableResult
  public static func write(_ data: Data, to path: String) throws -> [String] {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    var template = Array("\(folder)/.\(name)\(temporaryMarker)\(getpid()).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw WriteError(path: path, reason: errnoText()) }
    let tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var committed = false
    var notes: [String] = []
    defer {
      if !committed { unlink(tempPath) }
    }
    do {
      defer { close(fd) }
      notes = keepOwner(fd: fd, path: path)
      try setPermissions(fd: fd, path: path)
      guard data.withUnsafeBytes({ writeAll(fd, $0) }) else {
        throw WriteError(path: path, reason: errnoText())
      }
      guard fsync(fd) == 0 else { throw WriteError(path: path, reason: errnoText()) }
    }
    guard rename(tempPath, path) == 0 else { throw WriteError(path: path, reason: errnoText()) }
    committed = true
    let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
    if folderFD >= 0 {
      fsync(folderFD)
      close(folderFD)
    }
    return notes
  }

  static let temporaryMarker = ".brag-tmp-"

  /// mkstemp makes the file ours; give it the existing file's owner and group. Without the right
  /// to give a file away (not root), keep at least the group when we belong to it, and say so.
  private static func keepOwner(fd: Int32, path: String) -> [String] {
    var existing = stat()
    guard stat(path, &existing) == 0 else { return [] }
    var mine = stat()
    guard fstat(fd, &mine) == 0 else { return [] }
    if mine.st_uid == existing.st_uid && mine.st_gid == existing.st_gid { return [] }
    if fchown(fd, existing.st_uid, existing.st_gid) == 0 { return [] }
    var notes: [String] = []
    if mine.st_uid != existing.st_uid {
      notes.append(
        "\(path): saved as owned by you; its owner (uid \(existing.st_uid)) could not be kept (\(errnoText()))"
      )
    }
    if mine.st_gid != existing.st_gid && fchown(fd, uid_t.max, existing.st_gid) != 0 {
      notes.append("\(path): its group (gid \(existing.st_gid)) could not be kept (\(errnoText()))")
    }
    return notes
  }

  /// Removes temporary files a killed save left in `folder`: this writer's own name pattern, when
  /// the process that made it is gone or it is more than a minute old (older versions of brag
  /// named them `.<name>.json.XXXXXX`, without a process id: those go after a minute). Call it
  /// only under the folder's lock, when no save is under way. Returns the names removed.
  public static func removeStaleTemporaries(in folder: String, now: Date = Date()) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for name in names where name.hasPrefix(".") {
      let path = (folder as NSString).appendingPathComponent(name)
      guard let pid = temporaryOwner(name) else { continue }
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
      #if os(Linux)
        let age = now.timeIntervalSince1970 - Double(info.st_mtim.tv_sec)
      #else
        let age = now.timeIntervalSince1970 - Double(info.st_mtimespec.tv_sec)
      #endif
      let writerGone = pid.map { kill($0, 0) != 0 && errno == ESRCH } ?? false
      if (writerGone || age > 60) && unlink(path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// For a temporary file's name: `.some(pid)` (this pattern), `.some(nil)` (the older one), nil
  /// when it is not one of ours.
  static func temporaryOwner(_ name: String) -> pid_t?? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 4, parts[0].isEmpty, let suffix = parts.last, suffix.count == 6,
      suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
    else { return nil }
    let middle = parts[parts.count - 2]
    if middle.hasPrefix("brag-tmp-"), let pid = pid_t(middle.dropFirst("brag-tmp-".count)) {
      return .some(pid)
    }
    if middle == "json" { return .some(nil) }
    return nil
  }

  /// mkstemp creates 0600; match the existing file, or what the umask gives a new one.
  private static func setPermissions(fd: Int32, path: String) throws {
    var existing = stat()
    let mode: mode_t
    if stat(path, &existing) == 0 {
      mode = existing.st_mode & 0o7777
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    guard fchmod(fd, mode) == 0 else { throw WriteError(path: path, reason: errnoText()) }
  }

  static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// Writes every byte, retrying short writes and interruptions. At file scope so that `write`
/// means the system call, not `AtomicFile.write`.
private func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
  var offset = 0
  while offset < buffer.count {
    let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
    if written < 0 {
      if errno == EINTR { continue }
      return false
    }
    offset += written
  }
  return true
}
