import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Tells `serve` when a file under the site's `content/` or `themes/` was saved, added, removed
/// or renamed. On Linux the kernel says so (inotify, one watch per folder, new folders watched
/// as they appear); elsewhere the folders are compared every 250 ms.
///
/// Editors save in bursts (a temporary file, a rename, a change of attributes): after the first
/// event the watcher waits until the folder has been quiet for `settle` before it calls
/// `changed`, so one save is one reload. When the burst's last event finished a content file (it
/// was closed after writing, or renamed into place) and no content file is still open for writing
/// or gone, the save is over and a quiet millisecond is enough. `changed` gets the paths that
/// changed, relative to the site folder, or nil when they are not known (the polling fallback, or
/// the kernel's queue ran over).
final class SourceWatcher: @unchecked Sendable {
    let siteFolder: String
    let settle: TimeInterval
    private let changed: @Sendable (Set<String>?) -> Void

    init(siteFolder: String, settle: TimeInterval = 0.004, changed: @escaping @Sendable (Set<String>?) -> Void) {
        self.siteFolder = siteFolder
        self.settle = settle
        self.changed = changed
    }

    var roots: [String] { ["content", "themes"].map { siteFolder + "/" + $0 } }

    /// Watches until the process ends, on a thread of its own. The folders are watched before this
    /// returns, so a file saved right after is noticed.
    func start() {
        #if os(Linux)
        let notifications = KernelNotifications(siteFolder: siteFolder, roots: roots)
        #endif
        let thread = Thread { [self] in
            #if os(Linux)
            if let notifications {
                notifications.run(settle: settle, changed: changed)
                return
            }
            #endif
            poll()
        }
        thread.name = "begroot-watch"
        thread.start()
    }

    /// The fallback: compares every file's size and modification time four times a second.
    private func poll() {
        var last = SourceFingerprint.of(siteFolder)
        while true {
            Thread.sleep(forTimeInterval: 0.25)
            let now = SourceFingerprint.of(siteFolder)
            if now != last {
                last = now
                changed(nil)
            }
        }
    }
}

#if os(Linux)
/// inotify over a tree of folders.
private final class KernelNotifications: @unchecked Sendable {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    /// The watch on the site folder, where only `content` and `themes` matter.
    private var siteFolderHandle: Int32 = -1
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    private let siteFolder: String

    init?(siteFolder: String, roots: [String]) {
        self.siteFolder = siteFolder
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for root in roots { watchTree(root) }
        // The site folder itself, so that a content/ or themes/ made later is noticed too.
        siteFolderHandle = inotify_add_watch(descriptor, siteFolder, UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM | IN_ONLYDIR))
    }

    private func watch(_ folder: String) {
        let handle = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard handle >= 0 else { return }
        folders[handle] = folder
    }

    private func watchTree(_ root: String) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else { return }
        watch(root)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { watch(root + "/" + relative) }
        }
    }

    /// The paths of the current burst, relative to the site folder; nil once one could not be named.
    private var burst: Set<String>? = []
    private var saves = SavesInBurst()

    func run(settle: TimeInterval, changed: (Set<String>?) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            burst = []
            guard read(into: &buffer, timeout: -1) else { continue }
            // Wait until the burst of one save is over.
            while read(into: &buffer, timeout: saves.areComplete ? 1 : Int32(settle * 1000)) {}
            saves = SavesInBurst()
            changed(burst)
        }
    }

    private func noteChange(_ absolute: String) {
        guard burst != nil else { return }
        guard absolute.hasPrefix(siteFolder + "/") else { return burst = nil }
        burst?.insert(String(absolute.dropFirst(siteFolder.count + 1)))
    }

    /// Reads and handles the waiting events; false when none that matters came within `timeout`
    /// milliseconds.
    private func read(into buffer: inout [UInt8], timeout: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return false }
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var relevant = false
        var offset = 0
        while offset + MemoryLayout<inotify_event>.size <= count {
            let (handle, mask, nameLength, name) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int, String) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let start = offset + MemoryLayout<inotify_event>.size
                let bytes = raw[start..<min(start + Int(event.len), count)].prefix { $0 != 0 }
                return (event.wd, event.mask, Int(event.len), String(decoding: bytes, as: UTF8.self))
            }
            offset += MemoryLayout<inotify_event>.size + nameLength
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // The kernel dropped events: what changed is not known.
                burst = nil
                relevant = true
                continue
            }
            if handle == siteFolderHandle {
                // public/ being written, or any other neighbour, is no change to the content.
                guard name == "content" || name == "themes" else { continue }
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(siteFolder + "/" + name) }
                noteChange(siteFolder + "/" + name)
                relevant = true
                continue
            } else if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = folders[handle] {
                // A folder made (or moved in) under a watched one is watched with all it holds.
                watchTree(parent + "/" + name)
            }
            if let folder = folders[handle] {
                noteChange(name.isEmpty ? folder : folder + "/" + name)
                if mask & UInt32(IN_ISDIR) == 0 { saves.note(folder + "/" + name, mask: mask) }
            } else {
                burst = nil
            }
            relevant = true
        }
        return relevant
    }
}
#endif

#if os(Linux)
/// Whether the saves of a burst are finished: its last event closed a written content file or
/// renamed one into place, and no content file is still being written or has gone without coming
/// back (vim moves the file away before it writes the new one). Editors' temporary files
/// (`.goutputstream-…`, `plan.md~`, `4913`, `…___jb_tmp___`) are no content files.
struct SavesInBurst {
    private var writing: Set<String> = []
    private var gone: Set<String> = []
    private var lastFinished = false

    var areComplete: Bool { lastFinished && writing.isEmpty && gone.isEmpty }

    mutating func note(_ path: String, mask: UInt32) {
        guard Self.isContent(path) else { return }
        lastFinished = false
        if mask & UInt32(IN_CREATE | IN_MODIFY) != 0 {
            writing.insert(path)
            gone.remove(path)
        }
        if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
            writing.remove(path)
            gone.insert(path)
        }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
            writing.remove(path)
            gone.remove(path)
            lastFinished = true
        }
    }

    /// A file the portal is made of, by its kind; anything else may be an editor's scratch file.
    static func isContent(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return contentExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    static let contentExtensions: Set<String> = [
        "md", "yaml", "yml", "csv", "vtt", "html", "css", "js", "json", "txt", "xml", "svg", "png", "jpg", "jpeg", "webp",
        "gif", "avif", "ico", "pdf", "mp4", "webm", "mp3", "woff", "woff2",
    ]
}
#endif

/// What the polling watcher compares: every file under `content/` and `themes/` with its size and date.
struct SourceFingerprint: Equatable {
    var files: [String: [Int]] = [:]

    static func of(_ siteFolder: String) -> SourceFingerprint {
        var fingerprint = SourceFingerprint()
        for folder in ["content", "themes"] {
            let root = siteFolder + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                var status = stat()
                guard stat(root + "/" + relative, &status) == 0 else { continue }
                #if os(Linux)
                let time = [Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
                #else
                let time = [Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec)]
                #endif
                fingerprint.files[folder + "/" + relative] = [Int(status.st_size)] + time
            }
        }
        return fingerprint
    }
}
