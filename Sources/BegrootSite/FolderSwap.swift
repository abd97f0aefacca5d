import Foundation

/// Putting a finished staging folder in the place of the previous output.
///
/// Where the kernel can (Linux 3.15+ with `renameat2` and `RENAME_EXCHANGE` on the file system),
/// the two folders trade places in one step: at every instant the output path holds a whole
/// portal, the old or the new. Elsewhere, two renames, with the previous output put back if the
/// second fails. When the output is a mount point (a USB stick's root), the folder itself cannot
/// be renamed: the staging folder is made inside it and the entries are moved one by one — each
/// move a rename on the stick, so nothing is copied twice (docs/command-line.md).
enum FolderSwap {
    /// Exchanges `staging` and `output`; afterwards `staging` holds the previous output.
    /// Returns nil on success, else the reason (errno read at once, before anything else runs).
    static func exchange(_ staging: String, _ output: String) -> String? {
        #if os(Linux)
        if let renameat2 = renameat2Function {
            if renameat2(atCurrentFolder, staging, atCurrentFolder, output, renameExchange) == 0 { return nil }
            // EINVAL/ENOSYS: the file system cannot exchange; fall back to two renames below.
            guard errno == EINVAL || errno == ENOSYS else { return String(cString: strerror(errno)) }
        }
        #endif
        let aside = staging + ".previous"
        if rename(output, aside) != 0 { return "cannot move the previous output aside: " + String(cString: strerror(errno)) }
        if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, output)
            return reason
        }
        _ = rename(aside, staging)  // so that, as after an exchange, `staging` holds what is to be removed
        return nil
    }

    /// Whether `path` is the root of a mounted file system (its parent is on another device).
    static func isMountPoint(_ path: String) -> Bool {
        var own = stat()
        var parent = stat()
        guard stat(path, &own) == 0, stat(path + "/..", &parent) == 0 else { return false }
        return own.st_dev != parent.st_dev
    }

    /// What a file system keeps in its root for itself (ext4, Windows, macOS): left where it is
    /// when the output is a mount point, and no reason to call the folder "not begroot's".
    static let fileSystemEntries: Set<String> = ["lost+found", "System Volume Information", ".Trashes", ".Spotlight-V100", ".fseventsd"]

    /// For a mount point: moves the entries of `output` (but `keep`, `aside` itself and the file
    /// system's own) into `aside`, then those of `staging` into `output`. On a failure half way
    /// the new entries go back into `staging` and the previous ones back into place. Returns nil
    /// on success, else the reason.
    static func replaceEntries(of output: String, with staging: String, aside: String, keep: Set<String>) -> String? {
        let fileManager = FileManager.default
        if mkdir(aside, 0o755) != 0 { return "cannot make '\(aside)': " + String(cString: strerror(errno)) }
        let untouched = keep.union(fileSystemEntries).union([(aside as NSString).lastPathComponent])
        let previous = ((try? fileManager.contentsOfDirectory(atPath: output)) ?? []).filter { !untouched.contains($0) }
        var movedAside: [String] = []
        var movedIn: [String] = []
        func undo() {
            for name in movedIn { rename(output + "/" + name, staging + "/" + name) }
            for name in movedAside { rename(aside + "/" + name, output + "/" + name) }
        }
        for name in previous {
            guard rename(output + "/" + name, aside + "/" + name) == 0 else {
                let reason = "cannot move '\(name)' aside: " + String(cString: strerror(errno))
                undo()
                return reason
            }
            movedAside.append(name)
        }
        for name in (try? fileManager.contentsOfDirectory(atPath: staging)) ?? [] {
            guard rename(staging + "/" + name, output + "/" + name) == 0 else {
                let reason = "cannot move '\(name)' into place: " + String(cString: strerror(errno))
                undo()
                return reason
            }
            movedIn.append(name)
        }
        return nil
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let atCurrentFolder: Int32 = -100  // AT_FDCWD
    private static let renameExchange: UInt32 = 2  // RENAME_EXCHANGE
    /// glibc has had `renameat2` since 2.28; Swift's Glibc module does not show it, so it is looked up.
    private static let renameat2Function: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif
}
