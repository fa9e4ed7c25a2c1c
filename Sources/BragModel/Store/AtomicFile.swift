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
/// A rewrite keeps the target's permission bits, so a file the user locked down stays locked down;
/// a new file follows the umask.
public enum AtomicFile {
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot be saved: \(reason)" }
  }

  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw WriteError(path: path, reason: errnoText()) }
    let tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var committed = false
    defer {
      if !committed { unlink(tempPath) }
    }
    do {
      defer { close(fd) }
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
