import Foundation

/// The bytes of a row index: a read-only memory map of the cache file, or a private copy for
/// entries built from freshly parsed reports. Shared by every row read from it.
///
/// Mapping rather than reading means a list touches only the pages it needs: the row headers
/// always, the texts only of the rows it prints.
final class IndexBuffer: @unchecked Sendable {
  // Immutable after init, so safe to share between threads.
  let base: UnsafeRawPointer
  let count: Int
  private let isMapped: Bool

  /// A private copy of `bytes`.
  init(_ bytes: [UInt8]) {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
    bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
    base = UnsafeRawPointer(memory)
    count = bytes.count
    isMapped = false
  }

  /// Maps the file at `path` read-only, or returns nil when it cannot.
  init?(mapping path: String) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else {
      return nil
    }
    // Rows are read out of order and most texts never: no read-ahead.
    madvise(pointer, size, Int32(MADV_RANDOM))
    base = UnsafeRawPointer(pointer)
    count = size
    isMapped = true
  }

  deinit {
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: base), count)
    } else {
      base.deallocate()
    }
  }

  @inline(__always) func uint8(at offset: Int) -> UInt8 { base.load(fromByteOffset: offset, as: UInt8.self) }

  @inline(__always) func uint32(at offset: Int) -> UInt32 {
    UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  @inline(__always) func uint64(at offset: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  func string(at offset: Int, length: Int) -> String {
    String(decoding: UnsafeRawBufferPointer(start: base + offset, count: length), as: UTF8.self)
  }

  func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
  }

  func starts(with prefix: [UInt8]) -> Bool {
    count >= prefix.count && prefix.withUnsafeBytes { memcmp(base, $0.baseAddress!, prefix.count) == 0 }
  }
}
