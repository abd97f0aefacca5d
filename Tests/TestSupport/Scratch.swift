import Foundation

/// Temporary folders for tests, all below one folder of this test run that is removed when the
/// test process exits, so no test leaves anything behind in the system's temporary folder.
public enum Scratch {
    /// The folder of this run: `$TMPDIR/begroot-tests-<pid>`, made once and removed at exit.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("begroot-tests-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        removeFoldersOfEndedRuns()
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.runFolder) }
        return root
    }()

    /// The folders of earlier runs whose process is gone: a run that failed can end without its
    /// exit handler (the test harness leaves through `_exit`), and its folder must not stay behind.
    private static func removeFoldersOfEndedRuns() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix("begroot-tests-") {
            guard let pid = Int32(name.dropFirst("begroot-tests-".count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name)) }
        }
    }

    /// The run's folder again, for the exit handler (a C function pointer cannot capture `root`).
    static var runFolder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("begroot-tests-\(getpid())")
    }

    /// A new, not yet existing path `<root>/<name>-<uuid>` for a test to create.
    public static func folder(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }
}
