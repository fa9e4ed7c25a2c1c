import Foundation

/// An exclusive advisory lock on a data folder, held while a save checks and replaces a file.
///
/// `flock` on the folder itself, so no lock file appears among the user's reports (or in their git).
struct FolderLock {
  private let descriptor: Int32

  init(_ folder: String) throws {
    descriptor = open(folder, O_RDONLY | O_DIRECTORY)
    guard descriptor >= 0 else { throw DataFolder.FolderError.unreadable(folder, AtomicFile.errnoText()) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let reason = AtomicFile.errnoText()
        close(descriptor)
        throw DataFolder.FolderError.unreadable(folder, "cannot lock the folder: \(reason)")
      }
    }
  }

  func release() {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
