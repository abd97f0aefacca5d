import Foundation

/// The one rule for every file begroot reads (SPEC §11): it must lie inside the site folder once
/// every link on its way is followed. A link from `themes/default/assets/x.txt` to `/etc/passwd`,
/// a buurt folder linked in from elsewhere or a linked `content/static` are refused alike.
public struct SiteBoundary: Sendable {
    /// The site folder with every link resolved; nil when it does not exist.
    public let realRoot: String?

    public init(root: String) {
        realRoot = Self.resolved(root)
    }

    /// Whether `absolutePath` exists and, links followed, is the site folder or lies inside it.
    public func contains(_ absolutePath: String) -> Bool {
        guard let realRoot, let real = Self.resolved(absolutePath) else { return false }
        return real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// Whether the path exists but leads outside: the case to report, as opposed to a missing file.
    public func leadsOutside(_ absolutePath: String) -> Bool {
        Self.resolved(absolutePath) != nil && !contains(absolutePath)
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The message for a file or folder that leads outside the site.
    public static let outsideMessage = "this is a link to a file or folder outside the site folder; copy it in instead"
}
