import BegrootCore
import BegrootRender
import Foundation

/// Writes files below a fresh folder with plain POSIX calls: Foundation's `Data.write` syncs each
/// file to disk on Linux, which is far too slow for thousands of pages.
struct FileTreeWriter {
    let root: String

    /// Writes every file, the top-level folders' trees in parallel (creating folders and files is
    /// most of the write stage, and the file system does it on several cores at once).
    func write(_ files: [OutputFile]) throws(WriteError) {
        var groups: [String: [OutputFile]] = [:]
        for file in files {
            let top = file.path.firstIndex(of: "/").map { String(file.path[..<$0]) } ?? ""
            groups[top, default: []].append(file)
        }
        let tops = groups.keys.filter { !$0.isEmpty }
        for top in tops.sorted() where mkdir(root + "/" + top, 0o755) != 0 && errno != EEXIST {
            throw .failed("cannot create the folder '\(top)': \(String(cString: strerror(errno)))")
        }
        let made = Set(tops + [""])
        let problems = Array(groups.values).parallelMap { group in writeGroup(group, madeFolders: made) }
        if let problem = problems.compactMap({ $0 }).first { throw problem }
    }

    private func writeGroup(_ files: [OutputFile], madeFolders made: Set<String>) -> WriteError? {
        var madeFolders = made
        for file in files {
            let folder = Self.folder(of: file.path)
            if !madeFolders.contains(folder) {
                // Parents first, each made once (files are not sorted, so walk up to a known one).
                var missing: [String] = []
                var partial = folder
                while !madeFolders.contains(partial) {
                    missing.append(partial)
                    partial = Self.folder(of: partial)
                }
                for path in missing.reversed() {
                    if mkdir(root + "/" + path, 0o755) != 0, errno != EEXIST {
                        return .failed("cannot create the folder '\(path)': \(String(cString: strerror(errno)))")
                    }
                    madeFolders.insert(path)
                }
            }
            let target = root + "/" + file.path
            switch file.content {
            case .text(let text):
                var text = text
                if let problem = text.withUTF8({ writeBytes(UnsafeRawBufferPointer($0), to: target) }) { return problem }
            case .copy(let source):
                guard let data = FileManager.default.contents(atPath: source) else {
                    return .failed("cannot read '\(source)'")
                }
                if let problem = data.withUnsafeBytes({ writeBytes($0, to: target) }) { return problem }
            }
        }
        return nil
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
