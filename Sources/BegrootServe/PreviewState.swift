import BegrootCore
import BegrootRender
import Foundation

/// What the preview shows now, shared by the watcher (which replaces it) and every request (which
/// reads it): the portal of the last load without errors, the errors of the latest load, and a
/// version number that grows with every load, which open pages follow through server-sent events.
final class PreviewState: @unchecked Sendable {
    struct Snapshot {
        /// The last portal that loaded without errors; nil until one has.
        var portal: PortalOnRequest?
        /// The errors of the latest load: empty when it was good.
        var problems: [Diagnostic]
        var version: Int
    }

    private let lock = NSLock()
    private var current = Snapshot(portal: nil, problems: [], version: 0)
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]

    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// A load finished: keeps `portal` when there is one (else the last good one), records the
    /// errors, and tells every open page.
    func loaded(portal: PortalOnRequest?, problems: [Diagnostic]) {
        lock.lock()
        // The last portal is freed once the open pages have been told, not while they wait.
        let replaced = current.portal
        if let portal { current.portal = portal }
        current.problems = problems
        current.version += 1
        let version = current.version
        let waiting = Array(listeners.values)
        lock.unlock()
        for listener in waiting { listener.yield(version) }
        withExtendedLifetime(replaced) {}
    }

    /// The versions from now on, starting with the current one, until the stream is dropped.
    func versions() -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        lock.lock()
        listeners[id] = continuation
        continuation.yield(current.version)
        lock.unlock()
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.lock.lock()
            self.listeners[id] = nil
            self.lock.unlock()
        }
        return stream
    }
}
