import BegrootCore
import Foundation

/// What `serve` remembers between loads: every buurt as it was read, with its diagnostics, so that
/// after a save only the buurten whose files changed are read again. A buurt is a folder of its
/// own (`content/buurten/<slug>/`) and reads nothing outside it but `site.yaml`, so a changed path
/// names the one buurt to forget; a changed `site.yaml`, or a change the watcher cannot name,
/// forgets them all.
public final class BuurtMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var buurten: [String: (Buurt?, Diagnostics)] = [:]

    public init() {}

    /// Forgets what the changed `paths` (relative to the site folder) touch; nil: everything.
    public func forget(changed paths: Set<String>?) {
        lock.lock()
        defer { lock.unlock() }
        guard let paths else { return buurten.removeAll() }
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            if parts.count >= 3, parts[0] == "content", parts[1] == "buurten" {
                buurten[String(parts[2])] = nil
            } else if parts.first == "content", parts.count <= 2 || parts[1] != "pages" && parts[1] != "static" && parts[1] != "i18n" {
                // site.yaml, or content/ or content/buurten itself: the settings every buurt is read with.
                buurten.removeAll()
            }
        }
    }

    /// The remembered buurt `slug`, or `load()`'s, remembered from now on.
    func buurt(_ slug: String, load: () -> (Buurt?, Diagnostics)) -> (Buurt?, Diagnostics) {
        lock.lock()
        if let known = buurten[slug] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let loaded = load()
        lock.lock()
        buurten[slug] = loaded
        lock.unlock()
        return loaded
    }
}
