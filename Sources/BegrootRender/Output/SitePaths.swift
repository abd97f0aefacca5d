/// The pages below a buurt that list one side of it.
public enum BuurtSection: String, Sendable, CaseIterable {
    case progress, spending, votes, videos, updates
}

/// Where each page lives in the output, and relative links between them. The default language is
/// at the root and every other language under `<lang>/`; every page is a folder with `index.html`,
/// and links name `index.html` so the portal also works when opened from disk.
public struct SitePaths: Sendable {
    public let defaultLanguage: String

    public init(defaultLanguage: String) {
        self.defaultLanguage = defaultLanguage
    }

    public func languageRoot(_ language: String) -> String {
        language == defaultLanguage ? "" : language + "/"
    }

    public func home(_ language: String) -> String { languageRoot(language) + "index.html" }
    public func buurt(_ language: String, _ buurt: String) -> String { languageRoot(language) + buurt + "/index.html" }
    public func plan(_ language: String, _ buurt: String, _ plan: String) -> String {
        languageRoot(language) + buurt + "/plans/" + plan + "/index.html"
    }
    public func theme(_ language: String, _ buurt: String, _ theme: String) -> String {
        languageRoot(language) + buurt + "/themes/" + theme + "/index.html"
    }
    /// A buurt's own overview pages: `progress`, `spending`, `votes`, `updates`.
    public func buurtSection(_ language: String, _ buurt: String, _ section: BuurtSection) -> String {
        languageRoot(language) + buurt + "/" + section.rawValue + "/index.html"
    }
    public func update(_ language: String, _ buurt: String, _ update: String) -> String {
        languageRoot(language) + buurt + "/updates/" + update + "/index.html"
    }
    public func compare(_ language: String) -> String { languageRoot(language) + "compare/index.html" }
    public func search(_ language: String) -> String { languageRoot(language) + "search/index.html" }
    /// The search page's index of this language's pages, as a script (so it also loads from `file://`).
    public func searchIndex(_ language: String) -> String { languageRoot(language) + "search/index.js" }
    /// The Atom feed of updates: the site's (`feed.xml`, `en/feed.xml`) or a buurt's (`k-buurt/feed.xml`).
    public func feed(_ language: String, _ buurt: String? = nil) -> String {
        languageRoot(language) + (buurt.map { $0 + "/" } ?? "") + "feed.xml"
    }
    /// Every buurt's videos.
    public func videos(_ language: String) -> String { languageRoot(language) + "videos/index.html" }
    public func data(_ language: String) -> String { languageRoot(language) + "data/index.html" }
    public func page(_ language: String, _ page: String) -> String { languageRoot(language) + page + "/index.html" }
    public func notFound(_ language: String) -> String { languageRoot(language) + "404.html" }
    public func asset(_ name: String) -> String { "assets/" + name }
    /// Media files are copied once, next to the default language's buurt pages.
    public func media(_ buurt: String, _ file: String) -> String { buurt + "/" + file }

    /// The address of `target` (an output path) as seen from the page at `from`.
    public static func link(from: String, to target: String) -> String {
        climb(from: from) + target
    }

    /// `../` once for every folder the page at `from` is in: the way from it to the output's root.
    public static func climb(from page: String) -> String {
        let depth = page.utf8.withContiguousStorageIfAvailable { bytes in
            var slashes = 0
            for byte in bytes where byte == UInt8(ascii: "/") { slashes += 1 }
            return slashes
        } ?? page.utf8.count { $0 == UInt8(ascii: "/") }
        return depth < climbs.count ? climbs[depth] : String(repeating: "../", count: depth)
    }

    private static let climbs = (0..<8).map { String(repeating: "../", count: $0) }
}
