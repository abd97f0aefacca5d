import Foundation

/// Reading one file of the site in a single open: the file is opened once, its real place checked
/// against the site folder and its size against a limit before a byte is read, then read whole.
/// (Opening it once for the check and again to read cost a third of a content file's read.)
public enum OpenedFile {
    public enum Problem: Error, Equatable {
        /// Links followed, the file lies outside the site folder.
        case outside
        /// Missing, not a regular file (a folder, a pipe, a device) or not readable.
        case unreadable
        /// Larger than the limit, both in bytes.
        case tooLarge(size: Int, limit: Int)
    }

    /// The bytes of the regular file at `path`, which must lie inside `boundary`; at most `limit`
    /// bytes when there is a limit.
    public static func read(
        _ path: String, inside boundary: SiteBoundary, limit: Int? = nil, folders: CheckedFolders = .shared
    ) -> Result<[UInt8], Problem> {
        let load = folders.currentLoad
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) }
        let name = slash.map { path[path.index(after: $0)...] } ?? ""
        // Non-blocking, so that a pipe planted in the content cannot hang the build; it is refused
        // below. Not following a link at first: a file that is no link lies where its folder does.
        var descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        let isLink = descriptor < 0 && errno == ELOOP
        if isLink { descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            // A file it may not open is still reported as lying outside when it does.
            return .failure(boundary.leadsOutside(path) ? .outside : .unreadable)
        }
        defer { close(descriptor) }
        if !isLink, let folder, name != "", name != ".", name != "..", let realFolder = folders.realPath(of: folder) {
            guard boundary.isInside(realFolder + "/" + name) else { return .failure(.outside) }
        } else {
            guard let real = SiteBoundary.resolved(descriptor: descriptor, openedAt: path) else { return .failure(.unreadable) }
            guard boundary.isInside(real) else { return .failure(.outside) }
            if !isLink, let folder, name != "", name != ".", name != "..", let realSlash = real.lastIndex(of: "/") {
                folders.remember(folder, isAt: String(real[..<realSlash]), during: load)
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        let size = Int(status.st_size)
        if let limit, size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(.unreadable) }
            if count == 0 { break }
            filled += count
        }
        // A file that shrank while it was read is what was there.
        if filled < size { bytes.removeLast(size - filled) }
        return .success(bytes)
    }
}
