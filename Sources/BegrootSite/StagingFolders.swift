import Foundation

/// The staging folders of the builds in this process, so that a signal (Ctrl-C, TERM, HUP) that
/// ends a build removes what it had written, and the next build can remove what a crash or
/// `kill -9` left (SPEC §11). The command line makes one and hands it to the build.
public final class StagingFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    /// Held shared while a file is written or the output swapped, and for good by `removeAll`: a
    /// signal waits for the file being written, and no file is written after it.
    private var gate = pthread_rwlock_t()
    private var isClosed = false

    public init() {
        pthread_rwlock_init(&gate, nil)
    }

    /// Runs `work` (one file's write, the swap) unless the folders are being removed; false then.
    @discardableResult
    func whileOpen(_ work: () -> Void) -> Bool {
        pthread_rwlock_rdlock(&gate)
        defer { pthread_rwlock_unlock(&gate) }
        guard !isClosed else { return false }
        work()
        return true
    }

    func add(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    func remove(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every staging folder still registered; for a signal handler, just before exiting.
    /// Waits for the file being written (or the swap) to finish, and lets no other start.
    public func removeAll() {
        pthread_rwlock_wrlock(&gate)
        isClosed = true
        lock.lock()
        let current = paths
        paths = []
        lock.unlock()
        for path in current { try? FileManager.default.removeItem(atPath: path) }
    }

    /// The name of a staging folder for `output`'s folder `name`, made by process `pid`.
    static func stagingName(_ name: String, pid: Int32) -> String { ".\(name).begroot-new-\(pid)" }

    /// Removes, in `folder`, the staging folders for `name` that a process no longer running left
    /// behind (a crash, `kill -9`, a power cut). Only names begroot gives its own staging folders.
    static func removeStale(in folder: String, for name: String) {
        let prefix = ".\(name).begroot-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            let kind = rest.prefix { $0 != "-" }
            guard kind == "new" || kind == "old" else { continue }
            let digits = rest.dropFirst(kind.count + 1).prefix { $0.isNumber }
            guard let pid = Int32(digits), pid > 0, pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }
}
