import Dispatch

/// Maps over an array on every core, keeping the order. Used to parse report files side by side.
public enum ParallelMap {
  public static func map<T: Sendable, U: Sendable>(_ input: [T], _ transform: @Sendable (T) -> U) -> [U] {
    guard input.count > 1 else { return input.map(transform) }
    let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: input.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: input.count) { index in
      slots[index] = transform(input[index])
    }
    return results.map { $0! }
  }
}
