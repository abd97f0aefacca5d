import BegrootRender
import Foundation

/// Writes files below a fresh folder with plain POSIX calls: Foundation's `Data.write` syncs each
/// file to disk on Linux, which is far too slow for thousands of pages. Pages arrive from the
/// render stage's threads as they are made, so the writer keeps no state between files.
///
/// A file whose bytes are the same as in the previous output is hard-linked from there instead of
/// written again: it keeps its date, so `rsync` and other uploads send only what changed.
struct FileTreeWriter {
    let root: String
    /// The previous output, to link unchanged files from; nil for a first build.
    var previous: String? = nil

    /// Writes one file, making its folder (and missing parents) first. Safe to call from several
    /// threads at once for different files: a folder another thread made meanwhile is fine.
    func writeOne(_ file: OutputFile) -> WriteError? {
        if let problem = makeFolder(Self.folder(of: file.path)) { return problem }
        let target = root + "/" + file.path
        let earlier = previous.map { $0 + "/" + file.path }
        switch file.content {
        case .text(let text):
            var text = text
            return text.withUTF8 { writeOrLink(UnsafeRawBufferPointer($0), to: target, earlier: earlier) }
        case .bytes(let bytes):
            return bytes.withUnsafeBytes { writeOrLink($0, to: target, earlier: earlier) }
        case .copy(let source):
            guard let data = FileManager.default.contents(atPath: source) else { return .failed("cannot read '\(source)'") }
            return data.withUnsafeBytes { writeOrLink($0, to: target, earlier: earlier) }
        }
    }

    private func writeOrLink(_ bytes: UnsafeRawBufferPointer, to path: String, earlier: String?) -> WriteError? {
        if let earlier, let (descriptor, compared) = Self.openIfItHolds(earlier, bytes) {
            defer { close(descriptor) }
            if Self.link(compared, at: earlier, to: path) { return nil }
        }
        return writeBytes(bytes, to: path)
    }

    /// Links the very file compared at `path`, not one put at its path meanwhile: the link is checked
    /// against `compared`, its device and inode, which cannot go to another file while the caller
    /// holds it open. (Linking through `/proc/self/fd` was slower.) False when it could not be
    /// linked: a file system without hard links (a FAT memory stick) then gets a plain copy.
    private static func link(_ compared: stat, at earlier: String, to path: String) -> Bool {
        guard Foundation.link(earlier, path) == 0 else { return false }
        var linked = stat()
        if lstat(path, &linked) == 0, linked.st_dev == compared.st_dev, linked.st_ino == compared.st_ino { return true }
        unlink(path)
        return false
    }

    /// The regular file at `path` (not a link to one), open, when it holds exactly `bytes`; nil otherwise.
    static func openIfItHolds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> (descriptor: Int32, status: stat)? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
            holds(descriptor, bytes)
        else {
            close(descriptor)
            return nil
        }
        return (descriptor, status)
    }

    private static func holds(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count > 0, let expected = bytes.baseAddress else { return true }
        let chunk = min(65_536, bytes.count)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let count = read(descriptor, buffer, min(chunk, bytes.count - offset))
            if count < 0, errno == EINTR { continue }
            guard count > 0, memcmp(buffer, expected + offset, count) == 0 else { return false }
            offset += count
        }
        return true
    }

    private func makeFolder(_ folder: String) -> WriteError? {
        guard !folder.isEmpty else { return nil }
        if mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT else { return .failed("cannot create the folder '\(folder)': \(String(cString: strerror(errno)))") }
        if let problem = makeFolder(Self.folder(of: folder)) { return problem }
        if mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST { return nil }
        return .failed("cannot create the folder '\(folder)': \(String(cString: strerror(errno)))")
    }

    /// `a/b/index.html` → `a/b`; `index.html` → ``.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Writes `bytes` to a new file at `path`; the problem, if any.
    private func writeBytes(_ bytes: UnsafeRawBufferPointer, to path: String) -> WriteError? {
        // Always a new file: a path written twice may already be a link to the previous output's
        // file, which must never be changed in place.
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if descriptor < 0, errno == EEXIST, unlink(path) == 0 { descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        guard descriptor >= 0 else { return .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .failed("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        return nil
    }
}
