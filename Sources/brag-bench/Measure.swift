import Dispatch

/// Median timing of repeated runs: the median shrugs off the odd slow run from a busy machine.
enum Measure {
  static func median(repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<max(1, repeats) {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return median(samples)
  }

  static func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  static func milliseconds(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ms < 10 ? String(format1: ms, digits: 2) : String(format1: ms, digits: 1)
  }
}

extension String {
  /// A fixed-point number without Foundation's locale-dependent formatting.
  init(format1 value: Double, digits: Int) {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else {
      text += "." + String(repeating: "0", count: digits)
    }
    self = text
  }
}
