import Foundation

/// What one load of a site has already found out about its folders: the real path of each folder
/// a file was read from. A plan folder holds a hundred files or more; once the folder itself is known
/// to lie inside the site, a file in it that is not itself a link lies inside too, so the file is
/// opened without following a link (`O_NOFOLLOW`) and its place is known without asking the kernel
/// for it again (a `readlink` of the open file, a tenth of the time to read a plan).
///
/// What is known holds only for the load that found it out: `SiteLoader` starts every load (a build,
/// each reload of `serve`) with `startLoad()`, and whatever was learnt before is forgotten, so a
/// folder replaced by a link between two previews is checked again.
public final class CheckedFolders: @unchecked Sendable {
    public static let shared = CheckedFolders()

    private let lock = NSLock()
    private var generation = 0
    private var realFolders: [String: String] = [:]

    /// Forgets every folder: a new load begins.
    public func startLoad() {
        lock.lock()
        generation += 1
        realFolders.removeAll(keepingCapacity: true)
        lock.unlock()
    }

    /// The load now going on, to hand back with `remember`.
    public var currentLoad: Int {
        lock.lock()
        defer { lock.unlock() }
        return generation
    }

    /// The real path of the folder named `folder`, if this load has found it.
    public func realPath(of folder: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return realFolders[folder]
    }

    /// Remembers that `folder` is `real`, found out during load `load`; ignored once another load began.
    public func remember(_ folder: String, isAt real: String, during load: Int) {
        lock.lock()
        defer { lock.unlock() }
        if load == generation { realFolders[folder] = real }
    }
}
