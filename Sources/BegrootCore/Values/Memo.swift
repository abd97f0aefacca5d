import Foundation

/// Values computed once and then shared between threads: the first caller for a key makes the
/// value, later callers get the same one. For parts that many pages repeat (a buurt's menu seen
/// from every plan page), so they are built once rather than once per page.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    public init() {}

    public func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        // Made outside the lock: two threads may both make it, and the first one stored wins.
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        values[key] = made
        return made
    }
}
