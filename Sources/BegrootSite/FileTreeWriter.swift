import BegrootRender
import Foundation

/// Writes files below a fresh folder with plain POSIX calls: Foundation's `Data.write` syncs each
/// file to disk on Linux, which is far too slow for thousands of pages. Pages arrive from the
/// render stage's threads as they are made, so the writer keeps no state between files.
struct FileTreeWriter {
    let root: String

    /// Writes one file, making its folder (and missing parents) first. Safe to call from several
    /// threads at once for different files: a folder another thread made meanwhile is fine.
    func writeOne(_ file: OutputFile) -> WriteError? {
        if let problem = makeFolder(Self.folder(of: file.path)) { return problem }
        let target = root + "/" + file.path
        switch file.content {
        case .text(let text):
            var text = text
            return text.withUTF8 { writeBytes(UnsafeRawBufferPointer($0), to: target) }
        case .bytes(let bytes):
            return bytes.withUnsafeBytes { writeBytes($0, to: target) }
        case .copy(let source):
            guard let data = FileManager.default.contents(atPath: source) else { return .failed("cannot read '\(source)'") }
            return data.withUnsafeBytes { writeBytes($0, to: target) }
        }
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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .failed("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        return nil
    }
}
