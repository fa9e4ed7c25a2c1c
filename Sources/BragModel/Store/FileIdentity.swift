import Foundation

/// What tells us a file changed on disk: size, modification time and inode.
///
/// Checked before every save (so another copy's edit is never overwritten) and used to key the
/// disposable row index.
public struct FileIdentity: Hashable, Sendable, Codable {
  public var size: Int64
  public var modifiedNanoseconds: Int64
  public var inode: UInt64

  public init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
    self.size = size
    self.modifiedNanoseconds = modifiedNanoseconds
    self.inode = inode
  }

  /// The identity of the file at `path`, or nil when it does not exist.
  public static func of(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if os(Linux)
      let nanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    #else
      let nanos = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
    #endif
    return FileIdentity(size: Int64(info.st_size), modifiedNanoseconds: nanos, inode: UInt64(info.st_ino))
  }
}
