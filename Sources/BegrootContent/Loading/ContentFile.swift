import BegrootCore
import Foundation

/// One file of the site folder, read once, with its path relative to the site folder for diagnostics.
struct ContentFile {
    var path: String
    var absolutePath: String
    var text: String

    /// Reads a UTF-8 text file and drops a byte-order mark; an unreadable file becomes a diagnostic.
    static func read(_ relativePath: String, in root: String) -> Result<ContentFile, Diagnostic> {
        let absolutePath = root + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            return .failure(.error("cannot read this file", at: SourceLocation(file: relativePath)))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            return .failure(.error("this file is not UTF-8 text; save it as UTF-8", at: SourceLocation(file: relativePath)))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(ContentFile(path: relativePath, absolutePath: absolutePath, text: text))
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
        guard isFolder(relativeFolder),
            let enumerator = FileManager.default.enumerator(atPath: base)
        else { return [] }
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let full = base + "/" + next
            let real = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
            guard real == realRoot || real.hasPrefix(realRoot + "/") else {
                diagnostics.error("this link points outside the site folder; copy the file in instead",
                    at: SourceLocation(file: relativeFolder + "/" + next))
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
