import Foundation

/// A deterministic 64-bit hash of a file's bytes (FNV-1a), so a save can tell that a file was
/// rewritten in place even when its size and modification time were put back (`cp -p`,
/// `tar x`, `touch -r`). Not `Hasher`: its seed changes from run to run.
public enum ContentHash {
  public static func of(_ data: Data) -> UInt64 {
    data.withUnsafeBytes { of($0) }
  }

  public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }
}

/// Data files are UTF-8 (a byte-order mark is allowed): anything else would be read and then
/// silently rewritten as UTF-8 at the next save, so it is refused, naming the file.
enum TextEncodingCheck {
  static func problem(in data: Data) -> String? {
    let bytes = [UInt8](data.prefix(4))
    let saveAs = "save it as UTF-8 (without changing anything else) and try again"
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
      return "is UTF-32, not UTF-8; \(saveAs)"
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return "is UTF-16, not UTF-8; \(saveAs)"
    }
    if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 {
      return "is UTF-16 or UTF-32 (it holds zero bytes), not UTF-8; \(saveAs)"
    }
    let valid = data.withUnsafeBytes {
      String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil
    }
    if !valid { return "is not UTF-8 (perhaps Windows-1252 or Latin-1); \(saveAs)" }
    return nil
  }
}
