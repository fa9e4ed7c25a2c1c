import Foundation

/// The program's only way to print: bytes to stdout in one write, notes and errors to stderr.
enum Console {
  static func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          return  // stdout closed (a pipe into `head`): nothing more to say
        }
        offset += n
      }
    }
  }

  static func write(_ text: String) { write(Array(text.utf8)) }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data("brag: \(message)\n".utf8))
  }

  static func error(_ message: String) {
    FileHandle.standardError.write(Data("brag: error: \(message)\n".utf8))
  }
}
