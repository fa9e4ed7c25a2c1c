import Foundation
import ZIPFoundation

/// The zip container of a workbook: its parts by name, each read on demand with a size limit.
/// Files that only look like workbooks are told apart here, so the error says what the file is:
/// an encrypted (password-protected) workbook or an Excel 97–2003 `.xls` (both OLE compound
/// files, not zips), an OpenDocument spreadsheet, a zip of something else, a cut-off download.
struct XLSXContainer {
  /// No part of a plan comes near this; a part claiming more is a zip bomb or damage.
  static let partLimit = 256 << 20

  private let archive: Archive
  private let entries: [String: Entry]
  private let bytes: [UInt8]
  /// Where each deflated part's compressed bytes are, from the zip's central directory.
  private let deflated: [String: Range<Int>]

  init(data: Data) throws(XLSXError) {
    let compoundFile: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    if data.starts(with: compoundFile) {
      // Excel encrypts a workbook into an OLE compound file holding a stream of this name.
      let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      if data.range(of: marker) != nil {
        throw XLSXError(
          "the workbook is encrypted (password-protected); save a copy without the password, or as CSV")
      }
      throw XLSXError("this is an Excel 97–2003 workbook (.xls), not .xlsx; save it as .xlsx or CSV")
    }
    guard data.starts(with: [0x50, 0x4B]) else {
      throw XLSXError("not an .xlsx workbook (it is not a zip file)")
    }
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
      "brag-xlsx-\(UUID().uuidString).zip")
    do {
      try data.write(to: copy)
    } catch {
      throw XLSXError(
        "cannot make the temporary copy it is read from (\(copy.path)): \(error.localizedDescription)")
    }
    // Removed at once: the archive's open handle keeps it readable until the archive is released.
    defer { try? FileManager.default.removeItem(at: copy) }
    let archive: Archive
    do {
      // From a file: ZIPFoundation's in-memory backing traps on an offset past the end (a
      // damaged directory), where reading a file just comes up short.
      archive = try Archive(url: copy, accessMode: .read)
    } catch {
      throw XLSXError("the workbook is damaged or cut short (its zip directory cannot be read)")
    }
    var entries: [String: Entry] = [:]
    for entry in archive where entry.type == .file {
      entries[entry.path] = entry
    }
    self.archive = archive
    self.entries = entries
    bytes = [UInt8](data)
    deflated = Self.deflatedRanges(bytes)
    if entries["xl/workbook.xml"] == nil && !entries.keys.contains(where: { $0.hasSuffix("workbook.xml") }) {
      if let mimetype = try? part("mimetype"),
        String(decoding: mimetype, as: UTF8.self).contains("opendocument")
      {
        throw XLSXError("this is an OpenDocument file (.ods), not .xlsx; save it as .xlsx or CSV")
      }
      throw XLSXError("a zip file but not an .xlsx workbook (it has no xl/workbook.xml)")
    }
  }

  func has(_ path: String) -> Bool { entries[path] != nil }

  /// The compressed bytes of each deflated entry, by path: the end of central directory record
  /// (found from the end), each central directory header, and the local header it points to
  /// (whose name and extra field lengths may differ from the central copy). Entries whose
  /// sizes or offsets are in ZIP64 fields are left out, as is anything that does not add up.
  static func deflatedRanges(_ bytes: [UInt8]) -> [String: Range<Int>] {
    func u16(_ at: Int) -> Int? {
      at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil
    }
    func u32(_ at: Int) -> Int? {
      guard let low = u16(at), let high = u16(at + 2) else { return nil }
      return low | high << 16
    }
    var end = bytes.count - 22
    let earliest = max(0, bytes.count - 22 - 65535)
    while end >= earliest && u32(end) != 0x0605_4B50 { end -= 1 }
    guard end >= earliest, let total = u16(end + 10), var header = u32(end + 16) else { return [:] }
    var ranges: [String: Range<Int>] = [:]
    for _ in 0..<total {
      guard u32(header) == 0x0201_4B50, let method = u16(header + 10), let size = u32(header + 20),
        let nameLength = u16(header + 28), let extraLength = u16(header + 30),
        let commentLength = u16(header + 32),
        let local = u32(header + 42), header + 46 + nameLength <= bytes.count
      else { break }
      let name = String(decoding: bytes[(header + 46)..<(header + 46 + nameLength)], as: UTF8.self)
      header += 46 + nameLength + extraLength + commentLength
      guard method == 8, size != 0xFFFF_FFFF, local != 0xFFFF_FFFF, u32(local) == 0x0403_4B50,
        let localName = u16(local + 26), let localExtra = u16(local + 28)
      else { continue }
      let start = local + 30 + localName + localExtra
      ranges[name] = start..<(start + size)
    }
    return ranges
  }

  /// The bytes of a part; throws when it is missing, too large or damaged.
  func part(_ path: String) throws(XLSXError) -> Data {
    guard let entry = entries[path] else { throw XLSXError(place: path, "missing from the workbook") }
    guard entry.uncompressedSize <= UInt64(Self.partLimit) else {
      throw XLSXError(place: path, "larger than \(Self.partLimit >> 20) MiB uncompressed; not read")
    }
    if let range = deflated[path] {
      guard range.upperBound <= bytes.count, DeflateEnding.check(bytes[range]) != .runsOut else {
        throw XLSXError(
          place: path, "damaged or cut short (its compressed data does not end); the workbook cannot be read")
      }
    }
    var data = Data()
    do {
      _ = try archive.extract(entry) { chunk in
        data.append(chunk)
        if data.count > Self.partLimit { throw Archive.ArchiveError.invalidEntrySize }
      }
    } catch {
      throw XLSXError(place: path, "damaged or cut short (\(error)); the workbook cannot be read")
    }
    return data
  }

  /// A part parsed as XML, or the line where it stops being XML.
  func xml(_ path: String) throws(XLSXError) -> XMLElement {
    let data = try part(path)
    do {
      return try XMLElement.parse(data)
    } catch let failure as XMLTree.Failure {
      throw XLSXError(place: "\(path) line \(failure.line)", "not well-formed XML (\(failure.reason))")
    } catch {
      throw XLSXError(place: path, "not well-formed XML")
    }
  }
}
