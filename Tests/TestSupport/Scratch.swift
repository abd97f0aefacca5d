import Foundation

/// Temporary folders for tests, all below one folder of this test run that is removed when the
/// test process exits, so no test leaves anything behind in the system's temporary folder.
public enum Scratch {
    /// The folder of this run: `$TMPDIR/begroot-tests-<pid>`, made once and removed at exit.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("begroot-tests-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.runFolder) }
        return root
    }()

    /// The run's folder again, for the exit handler (a C function pointer cannot capture `root`).
    static var runFolder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("begroot-tests-\(getpid())")
    }

    /// A new, not yet existing path `<root>/<name>-<uuid>` for a test to create.
    public static func folder(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }
}
