import Foundation

/// The one rule for every file begroot reads (SPEC §11): it must lie inside the site folder once
/// every link on its way is followed. A link from `themes/default/assets/x.txt` to `/etc/passwd`,
/// a buurt folder linked in from elsewhere or a linked `content/static` are refused alike.
public struct SiteBoundary: Sendable {
    /// The site folder with every link resolved; nil when it does not exist.
    public let realRoot: String?

    public init(root: String) {
        realRoot = Self.lastRoot.resolved(root)
    }

    /// The last site folder resolved, with its real path: every file of a load has the same root, so
    /// it is resolved once rather than once a file (while the folder at that path is the same one).
    private static let lastRoot = LastRoot()

    private final class LastRoot: @unchecked Sendable {
        private let lock = NSLock()
        private var last: (root: String, identity: [UInt64], real: String)?

        func resolved(_ root: String) -> String? {
            let identity = Self.identity(root)
            lock.lock()
            defer { lock.unlock() }
            if let last, last.root == root, let identity, last.identity == identity { return last.real }
            let real = SiteBoundary.resolved(root)
            last = real.flatMap { real in identity.map { (root, $0, real) } }
            return real
        }

        /// The device and inode of the folder at `path`, links followed.
        private static func identity(_ path: String) -> [UInt64]? {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return [UInt64(status.st_dev), UInt64(status.st_ino)]
        }
    }

    /// Whether `absolutePath` exists and, links followed, is the site folder or lies inside it.
    public func contains(_ absolutePath: String) -> Bool {
        Self.resolved(absolutePath).map(isInside) ?? false
    }

    /// Whether the path exists but leads outside: the case to report, as opposed to a missing file.
    public func leadsOutside(_ absolutePath: String) -> Bool {
        Self.resolved(absolutePath).map { !isInside($0) } ?? false
    }

    /// Whether the real path `real` is the site folder or lies inside it.
    public func isInside(_ real: String) -> Bool {
        guard let realRoot else { return false }
        return real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// The path with every link on its way followed, or nil when it does not exist. On Linux the
    /// kernel resolves it in one walk (the path of a descriptor opened on it); `realpath` reads each
    /// part of the path in turn, which cost a fifth of the preview's time to read a buurt again.
    static func resolved(_ path: String) -> String? {
        #if os(Linux)
        let descriptor = open(path, openPathOnly | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return resolved(descriptor: descriptor, openedAt: path)
        #else
        return realPath(path)
        #endif
    }

    /// The real path of the file open on `descriptor`: on Linux what the kernel names it, elsewhere
    /// the real path of `path` it was opened at.
    static func resolved(descriptor: Int32, openedAt path: String) -> String? {
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
        let count = buffer.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { readlink("/proc/self/fd/\(descriptor)", $0.baseAddress!, $0.count) }
        }
        if count > 0, count < buffer.count, buffer[0] == UInt8(ascii: "/") {
            return String(decoding: buffer[..<count], as: UTF8.self)
        }
        #endif
        // Without /proc, or elsewhere.
        return realPath(path)
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    #if os(Linux)
    /// `O_PATH` (Linux's <fcntl.h>, not exported to Swift): a descriptor that names a file without
    /// opening it for reading, so no permission, device or FIFO gets in the way.
    private static let openPathOnly: Int32 = 0o10000000
    #endif

    /// The message for a file or folder that leads outside the site.
    public static let outsideMessage = "this is a link to a file or folder outside the site folder; copy it in instead"
}
