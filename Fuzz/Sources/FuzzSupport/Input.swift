import BegrootContent
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fuzzer's bytes as the loaders see a file's text: UTF-8 (anything else is skipped, as
/// `ContentFile.read` refuses it) without a byte-order mark.
public func contentText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String? {
    guard var text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return nil }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
}

/// The sample portal's languages (content/site.yaml), for loaders that need a site's configuration.
public let sampleConfig = SiteConfig(
    title: .init(universal: "Buurtbudget"), defaultLanguage: "nl",
    languages: [
        Language(code: "nl", name: "Nederlands"), Language(code: "en", name: "English"),
        Language(code: "tr", name: "Türkçe"), Language(code: "ar", name: "العربية", direction: .rtl),
    ])

/// A site folder for the loaders that only read from disk (site.yaml, buurt.yaml, votes.yaml,
/// videos.yaml, caption files): one per process, on tmpfs (/dev/shm) where there is one, so a write
/// per execution costs microseconds and never touches the disk. Set FUZZ_SCRATCH to put it elsewhere.
public final class ScratchSite: @unchecked Sendable {
    public let root: String

    public init() {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["FUZZ_SCRATCH"]
            ?? (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        root = base + "/begroot-fuzz-\(getpid())"
        try? FileManager.default.removeItem(atPath: root)
        try! FileManager.default.createDirectory(atPath: root + "/content/buurten", withIntermediateDirectories: true)
        ScratchSite.cleanUp = root
        atexit { if let root = ScratchSite.cleanUp { try? FileManager.default.removeItem(atPath: root) } }
    }

    nonisolated(unsafe) private static var cleanUp: String?

    /// Makes the folder `relative` (and its parents) below the site folder.
    public func makeFolder(_ relative: String) {
        try! FileManager.default.createDirectory(atPath: root + "/" + relative, withIntermediateDirectories: true)
    }

    /// Writes the bytes as `relative`, replacing what was there.
    public func write(_ relative: String, _ data: UnsafePointer<UInt8>?, _ size: Int) {
        guard let file = fopen(root + "/" + relative, "wb") else { fatalError("cannot write \(root)/\(relative)") }
        precondition(size == 0 || fwrite(data, 1, size, file) == size, "cannot write \(root)/\(relative)")
        fclose(file)
    }

    public func write(_ relative: String, _ text: String) {
        let bytes = Array(text.utf8) + [0]
        bytes.withUnsafeBufferPointer { write(relative, $0.baseAddress!, $0.count - 1) }
    }
}
