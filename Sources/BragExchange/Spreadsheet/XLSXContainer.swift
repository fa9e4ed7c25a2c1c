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
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw XLSXError("the workbook is damaged or cut short (its zip directory cannot be read)")
    }
    var entries: [String: Entry] = [:]
    for entry in archive where entry.type == .file {
      entries[entry.path] = entry
    }
    self.archive = archive
    self.entries = entries
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

  /// The bytes of a part; throws when it is missing, too large or damaged.
  func part(_ path: String) throws(XLSXError) -> Data {
    guard let entry = entries[path] else { throw XLSXError(place: path, "missing from the workbook") }
    guard entry.uncompressedSize <= UInt64(Self.partLimit) else {
      throw XLSXError(place: path, "larger than \(Self.partLimit >> 20) MiB uncompressed; not read")
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
