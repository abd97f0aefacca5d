import BegrootCore
import Foundation

/// One file of the site folder, read once, with its path relative to the site folder for diagnostics.
struct ContentFile {
    var path: String
    var absolutePath: String
    var text: String

    /// Reads a UTF-8 text file inside the site folder, drops a byte-order mark and the characters no
    /// output may hold (`TextCleaning`); a file that cannot be read, is not UTF-8 or is a link to a
    /// place outside the site becomes a diagnostic.
    static func read(_ relativePath: String, in root: String) -> Result<ContentFile, Diagnostic> {
        let absolutePath = root + "/" + relativePath
        let place = SourceLocation(file: relativePath)
        let bytes: [UInt8]
        switch OpenedFile.read(absolutePath, inside: SiteBoundary(root: root), limit: sizeLimit(relativePath)) {
        case .success(let read): bytes = read
        case .failure(.outside): return .failure(.error(SiteBoundary.outsideMessage, at: place))
        case .failure(.unreadable): return .failure(.error("cannot read this file", at: place))
        case .failure(.tooLarge(let size, let limit)):
            return .failure(.error(
                "this file is \(megabytes(size)); a \(kind(relativePath)) may be at most \(megabytes(limit)) — split it, or put a long document in media/ and link to it",
                at: place))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(notUTF8(bytes, path: relativePath) ?? .error("cannot read this file", at: place))
        }
        text = TextCleaning.removingForbiddenCharacters(text)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(ContentFile(path: relativePath, absolutePath: absolutePath, text: text))
    }
}

extension ContentFile {
    /// The largest file of each kind begroot reads: far above any real plan, ledger or listing, and
    /// low enough that one pasted by mistake cannot take the machine's memory (cmark keeps a node
    /// per emphasis marker: 10 MB of `*a` took 1.5 GB before this bound).
    static func sizeLimit(_ path: String) -> Int? {
        if path.hasSuffix(".md") { return 1 << 20 }
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") || path.hasSuffix(".vtt") { return 4 << 20 }
        if path.hasSuffix(".csv") { return 64 << 20 }
        return nil
    }

    private static func kind(_ path: String) -> String {
        path.hasSuffix(".md") ? "Markdown file" : path.hasSuffix(".csv") ? "CSV file" : path.hasSuffix(".vtt") ? "captions file" : "YAML file"
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) : "\(bytes / 1024) KB"
    }
}

/// Lists a folder of the site without following links out of it.
struct FolderListing {
    let root: String

    /// Names of the entries of `relativeFolder`, sorted, hidden files left out; empty when it does not exist.
    func entries(_ relativeFolder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relativeFolder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Whether the folder or file is a link to a place outside the site folder.
    func leadsOutside(_ relativePath: String) -> Bool {
        SiteBoundary(root: root).leadsOutside(root + "/" + relativePath)
    }

    func isFolder(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root + "/" + relativePath, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + relativePath)
    }

    /// Every regular file below `relativeFolder`, as paths relative to it. A link that leads outside
    /// the site folder is reported and skipped, so content cannot pull in files from elsewhere.
    func allFiles(below relativeFolder: String, diagnostics: inout Diagnostics) -> [String] {
        let base = root + "/" + relativeFolder
        guard isFolder(relativeFolder) else { return [] }
        guard !leadsOutside(relativeFolder) else {
            diagnostics.error(SiteBoundary.outsideMessage, at: SourceLocation(file: relativeFolder))
            return []
        }
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        let boundary = SiteBoundary(root: root)
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let full = base + "/" + next
            guard !boundary.leadsOutside(full) else {
                diagnostics.error(SiteBoundary.outsideMessage, at: SourceLocation(file: relativeFolder + "/" + next))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(next)
            }
        }
        return files.sorted()
    }
}
