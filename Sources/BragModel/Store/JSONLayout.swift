/// Lays out compact JSON in the data files' canonical form: two-space indent, `"key": value`,
/// and `[]`/`{}` for empty containers.
///
/// Foundation's pretty printer writes `"key" : value` and spreads an empty list over three lines,
/// which makes noisy diffs in a data folder kept in git; this is a single pass over the bytes.
enum JSONLayout {
  static func pretty(_ compact: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(compact.count + compact.count / 2)
    var depth = 0
    var inString = false
    var escaped = false
    var index = 0
    func newline() {
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
    while index < compact.count {
      let byte = compact[index]
      index += 1
      if inString {
        out.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        out.append(byte)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        out.append(byte)
        if index < compact.count && compact[index] == close {
          out.append(close)
          index += 1
        } else {
          depth += 1
          newline()
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        newline()
        out.append(byte)
      case UInt8(ascii: ","):
        out.append(byte)
        newline()
      case UInt8(ascii: ":"):
        out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        continue
      default:
        out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\n"))
    return out
  }
}
