import BragModel
import BragUI
import Foundation
import Testing

/// Issue 10 on the board: files and folders it must not write, said when it opens, and edits
/// made on the bytes as they are now.
@Suite("The board and files it cannot write")
struct ReadOnlyStoreTests {
  @Test("a read-only report opens saying so; an edit to it is refused with a message and the file left alone")
  func readOnlyFile() throws {
    let maker = try BoardHarness(storage: .disk())
    let file = maker.file("staffs-misconduct-2024.json")
    chmod(file, 0o444)
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let h = try BoardHarness(storage: .disk(folder: maker.folder))
    #expect(h.text.contains("read-only: staffs-misconduct-2024.json"))
    h.go("Rec 2")
    h.press(.character("R"), .enter)
    #expect(h.text.contains("the file is read-only"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    chmod(file, 0o644)
  }

  @Test("a read-only folder is reported when the board opens, not at the first edit")
  func readOnlyFolder() throws {
    let maker = try BoardHarness(storage: .disk())
    chmod(maker.folder, 0o555)
    defer { chmod(maker.folder, 0o755) }
    let h = try BoardHarness(storage: .disk(folder: maker.folder))
    #expect(h.text.contains("the data folder is read-only"))
  }

  @Test("a same-size rewrite with its time put back is not saved over: the edit is made on it")
  func rewriteInPlace() throws {
    let h = try BoardHarness(storage: .disk())
    h.go("Rec 2")
    let file = h.file("staffs-misconduct-2024.json")
    var info = stat()
    stat(file, &info)
    // Rewritten in place, the same size (the title's first letter), by another program.
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    let key = Array("\"title\": \"".utf8)
    let at = try #require(
      (0..<(bytes.count - key.count)).first { Array(bytes[$0..<($0 + key.count)]) == key })
    bytes[at + key.count] = UInt8(ascii: "X")
    let handle = try #require(FileHandle(forUpdatingAtPath: file))
    handle.write(Data(bytes))
    try handle.close()
    var times = [info.st_mtim, info.st_mtim]
    utimensat(AT_FDCWD, file, &times, 0)
    h.press(.character("R"), .enter)
    let report = try h.report("staffs-misconduct-2024")
    #expect(report.items[1].brag == .red)
    #expect(report.title.hasPrefix("X"))
  }
}
