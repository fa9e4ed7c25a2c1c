import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Gauntlet {
  /// A full disk: the sample data on a small tmpfs, then updates added until there is no room.
  /// Every refused save must say so and exit non-zero; every file must still load, and no
  /// temporary file may be left behind. Skipped where this process may not mount a tmpfs.
  public func diskFull(kilobytes: Int = 400) throws -> Report {
    var report = Report(name: "disk full (tmpfs)")
    let mountPoint = (work as NSString).appendingPathComponent("full")
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    guard mount("tmpfs", mountPoint, "tmpfs", 0, "size=\(kilobytes)k") == 0 else {
      report.skipped =
        "cannot mount a tmpfs here (\(String(cString: strerror(errno)))); run as root where mounting is permitted"
      return report
    }
    defer { umount(mountPoint) }
    let sample = try sampleFolder("full-source")
    let folder = (mountPoint as NSString).appendingPathComponent("data")
    try FileManager.default.copyItem(atPath: sample, toPath: folder)
    let text = String(repeating: "A long progress narrative that fills the disk. ", count: 60)
    var refused = 0
    var saved = 0
    for trial in 0..<400 {
      let ending = try Spawned.run(
        [
          binary, "add", "update", "staffs-misconduct-2024/rec-\(1 + trial % 15)", "--text", text, "--data",
          folder,
        ],
        environment: environment())
      report.trials += 1
      if ending == .exited(0) { saved += 1 } else { refused += 1 }
      if case .signalled(let signal) = ending {
        report.failures.append("trial \(trial): died of signal \(signal)")
      }
      if refused >= 10 { break }
    }
    report.facts.append("\(saved) updates saved, then \(refused) refused for want of space")
    if refused == 0 { report.failures.append("the disk never filled: make the tmpfs smaller") }
    report.failures += Self.unloadable(in: folder)
    let left = Self.temporaryFiles(in: folder)
    if !left.isEmpty { report.failures.append("temporary files left: \(left.joined(separator: ", "))") }
    return report
  }
}
