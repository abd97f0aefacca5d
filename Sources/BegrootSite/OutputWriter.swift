import BegrootCore
import BegrootRender
import Foundation

/// Why the output folder was not written.
public enum WriteError: Error, Equatable, CustomStringConvertible {
    /// The output folder is somewhere begroot must never replace; a usage error.
    case refused(String)
    /// The disk said no; the previous output is untouched.
    case failed(String)

    public var description: String {
        switch self {
        case .refused(let message), .failed(let message): return message
        }
    }
}

/// The only stage that touches the disk. Writes the whole portal into a temporary sibling folder
/// and swaps it in only when everything was written, so a failed build leaves the previous output
/// exactly as it was. It replaces only folders that carry its mark, so it never deletes a folder
/// that begroot did not create.
public struct OutputWriter {
    public static let markName = ".begroot-output"

    public let output: String
    public let siteFolder: String

    /// Where the staging folder is registered while it exists, for removal on a signal.
    public let stagingFolders: StagingFolders?

    public init(output: String, siteFolder: String, stagingFolders: StagingFolders? = nil) {
        self.output = Self.normalized(output)
        self.siteFolder = Self.normalized(siteFolder)
        self.stagingFolders = stagingFolders
    }

    static func normalized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Refuses `/`, the site folder, any folder holding the site folder, a folder inside its
    /// `content/` or `themes/` (the output would be read back and grow with every build), and a
    /// non-empty folder without begroot's mark.
    public func checkTarget() throws(WriteError) {
        if output == "/" { throw .refused("refusing to write the portal to '/'") }
        if output == siteFolder || siteFolder.hasPrefix(output + "/") {
            throw .refused("refusing to write the portal to '\(output)': it holds the site's own files; choose another --output")
        }
        for folder in ["content", "themes"] where output == siteFolder + "/" + folder || output.hasPrefix(siteFolder + "/" + folder + "/") {
            throw .refused("refusing to write the portal to '\(output)': it is inside the site's \(folder)/ folder, which the portal is made from; choose another --output")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .refused("'\(output)' is a file, not a folder") }
        // Staging folders of this output (inside it on a mount point) and a file system's own
        // entries do not make a folder someone else's.
        let name = (output as NSString).lastPathComponent
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter {
            !$0.hasPrefix(".\(name).begroot-") && !FolderSwap.fileSystemEntries.contains($0)
        }
        if !entries.isEmpty, !FileManager.default.fileExists(atPath: output + "/" + Self.markName) {
            throw .refused("'\(output)' is not empty and was not made by begroot; refusing to replace it (choose an empty or new folder)")
        }
    }

    /// Writes `files` and swaps them in for the previous output.
    public func write(_ files: [OutputFile]) throws(WriteError) {
        try write { deliver in
            for file in files { deliver(file) }
        }
    }

    /// What `write(producing:)` wrote.
    public struct Written: Sendable {
        public var files = 0
        public var pages = 0
    }

    /// Lets `produce` hand over files — from several threads at once — and writes each as it comes
    /// into a staging folder; when all are written, swaps the staging folder in for the previous
    /// output. On any failure the staging folder is removed and the previous output is untouched.
    @discardableResult
    public func write(producing produce: (_ deliver: @escaping @Sendable (OutputFile) -> Void) -> Void) throws(WriteError) -> Written {
        try checkTarget()
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        // A mount point (a USB stick's root) cannot be renamed: stage inside it, on its own file system.
        let onMountPoint = FolderSwap.isMountPoint(output)
        let stagingFolder = onMountPoint ? output : parent
        let staging = stagingFolder + "/" + StagingFolders.stagingName(name, pid: pid)
        StagingFolders.removeStale(in: stagingFolder, for: name)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .failed("cannot create '\(parent)': \(error.localizedDescription)")
        }
        try? FileManager.default.removeItem(atPath: staging)
        guard mkdir(staging, 0o755) == 0 else { throw .failed("cannot create '\(staging)': \(String(cString: strerror(errno)))") }
        stagingFolders?.add(staging)
        defer { stagingFolders?.remove(staging) }
        // Unchanged files are linked from the previous output (checked above to be begroot's own).
        var isFolder: ObjCBool = false
        let hasPrevious = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue
        let tree = FileTreeWriter(root: staging, previous: hasPrevious ? output : nil)
        let progress = Progress()
        let gate = stagingFolders
        produce { file in
            guard !progress.hasFailed else { return }
            // Two files for one path would make the output depend on which thread came last.
            guard progress.claim(file.path) else {
                progress.record(file, .failed("two files would be written to '\(file.path)'"))
                return
            }
            if let gate {
                gate.whileOpen { progress.record(file, tree.writeOne(file)) }
            } else {
                progress.record(file, tree.writeOne(file))
            }
        }
        // The swap too waits for a signal's clean-up, or does not start after it.
        guard let gate = stagingFolders else {
            return try finish(staging, tree: tree, progress: progress, onMountPoint: onMountPoint, hasPrevious: hasPrevious, name: name, pid: pid)
        }
        var outcome: Result<Written, WriteError> = .failure(.failed("stopped by a signal"))
        gate.whileOpen {
            outcome = Result { () throws(WriteError) in
                try finish(staging, tree: tree, progress: progress, onMountPoint: onMountPoint, hasPrevious: hasPrevious, name: name, pid: pid)
            }
        }
        return try outcome.get()
    }

    /// The last steps: the mark file, then the new output put in place of the previous one.
    private func finish(
        _ staging: String, tree: FileTreeWriter, progress: Progress, onMountPoint: Bool, hasPrevious: Bool, name: String, pid: Int32
    ) throws(WriteError) -> Written {
        if let problem = progress.problem ?? tree.writeOne(OutputFile(path: Self.markName, content: .text("Made by begroot; replaced whole by each build.\n"))) {
            try? FileManager.default.removeItem(atPath: staging)
            throw problem
        }
        if onMountPoint {
            let aside = output + "/." + name + ".begroot-old-\(pid)"
            if let reason = FolderSwap.replaceEntries(of: output, with: staging, aside: aside, keep: [(staging as NSString).lastPathComponent]) {
                try? FileManager.default.removeItem(atPath: staging)
                rmdir(aside)  // only when empty: should undoing have failed, the previous files are kept there
                throw .failed("cannot put the new output in place: \(reason)")
            }
            try? FileManager.default.removeItem(atPath: staging)
            Self.removeInBackground(aside)
        } else if hasPrevious || FileManager.default.fileExists(atPath: output) {
            if let reason = FolderSwap.exchange(staging, output) {
                try? FileManager.default.removeItem(atPath: staging)
                throw .failed("cannot put the new output in place: \(reason)")
            }
            // `staging` now holds the previous output.
            Self.removeInBackground(staging)
        } else if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: staging)
            throw .failed("cannot put the new output in place: \(reason)")
        }
        return progress.written
    }

    /// Counts what was written and keeps the first problem, across threads.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var written = Written()
        private(set) var problem: WriteError?
        private var paths = Set<String>()

        /// Whether `path` is still free; it is taken from now on.
        func claim(_ path: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return paths.insert(path).inserted
        }

        var hasFailed: Bool {
            lock.lock()
            defer { lock.unlock() }
            return problem != nil
        }

        func record(_ file: OutputFile, _ outcome: WriteError?) {
            lock.lock()
            defer { lock.unlock() }
            if let outcome {
                if problem == nil { problem = outcome }
                return
            }
            written.files += 1
            if file.path.hasSuffix(".html") { written.pages += 1 }
        }
    }

    /// The previous output, already out of the way, is deleted by a separate `rm` so that the build
    /// does not wait for it (tens of thousands of files on a rebuild); deleted here if that fails.
    static func removeInBackground(_ folder: String) {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", "--", folder]
        remover.standardOutput = FileHandle.nullDevice
        remover.standardError = FileHandle.nullDevice
        do {
            try remover.run()
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
