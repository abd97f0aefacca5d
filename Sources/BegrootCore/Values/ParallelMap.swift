import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in input order. `transform` must not touch
    /// shared mutable state: each call gets only its element.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: count) { index in
                output[index] = transform(input[index])
            }
        }
        return results.map { $0! }
    }
}

/// Runs `first` and `second` at the same time, on two cores when there are two; both results.
public func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var a: A?
    nonisolated(unsafe) var b: B?
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a = first() } else { b = second() }
    }
    return (a!, b!)
}
