import BegrootContent
import BegrootCore

/// `/sitemap.xml` and `/robots.txt`, written when the site has a `baseURL` (both need absolute
/// addresses): every page but the 404, each language version listing all versions and `x-default`
/// as its alternates. Past 50,000 addresses (the sitemap protocol's limit per file) the pages go
/// into `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` becomes their index. A site's own
/// `content/static/robots.txt` or `sitemap.xml` is used instead of begroot's.
enum SiteMap {
    static let addressesPerFile = 50_000

    static func files(_ site: Site, base: String, paths: SitePaths) -> [OutputFile] {
        let pages = SiteRenderer.pageVersions(site, paths: paths)
        var entries: [String] = []
        entries.reserveCapacity(pages.count * site.config.languages.count)
        for versions in pages {
            var alternates = ""
            for (language, path) in versions {
                alternates += "<xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(HTML.escape(address(base, path)))\"/>\n"
            }
            if let root = versions.first(where: { $0.language == site.config.defaultLanguage }) {
                alternates += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTML.escape(address(base, root.path)))\"/>\n"
            }
            for (_, path) in versions {
                entries.append("<url>\n<loc>\(HTML.escape(address(base, path)))</loc>\n" + alternates + "</url>\n")
            }
        }
        let own = Set(site.staticFiles.map(\.outputPath))
        let robots = own.contains("robots.txt")
            ? [] : [OutputFile(path: "robots.txt", content: .text("User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n"))]
        guard !own.contains("sitemap.xml") else { return robots }
        guard entries.count > addressesPerFile else { return [OutputFile(path: "sitemap.xml", content: .text(urlSet(entries[...])))] + robots }
        var files = robots
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (number, start) in stride(from: 0, to: entries.count, by: addressesPerFile).enumerated() {
            let name = "sitemap-\(number + 1).xml"
            files.append(OutputFile(path: name, content: .text(urlSet(entries[start..<min(start + addressesPerFile, entries.count)]))))
            index += "<sitemap><loc>\(HTML.escape(base + name))</loc></sitemap>\n"
        }
        files.append(OutputFile(path: "sitemap.xml", content: .text(index + "</sitemapindex>\n")))
        return files
    }

    /// A page's address: the base and its path, without `index.html`.
    static func address(_ base: String, _ path: String) -> String {
        base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    private static func urlSet(_ entries: ArraySlice<String>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        xml.reserveCapacity(entries.reduce(xml.utf8.count + 16) { $0 + $1.utf8.count })
        for entry in entries { xml += entry }
        return xml + "</urlset>\n"
    }
}
