import BegrootContent
import BegrootCore
import BegrootRender
import Foundation
import Testing
@testable import BegrootSite

/// The files around the pages: the sitemap and robots.txt (with a `baseURL` only) and the Atom
/// feeds of updates, checked against the pages actually rendered.
@Suite struct SiteFilesTests {
    static let siteFolder = GoldenSiteTests.fixtures.appendingPathComponent("small").path
    static let base = "https://testdorp.example.org/buurtbudget/"

    static func render(baseURL: String?) throws -> [String: String] {
        var report = BuildReport(diagnostics: .init())
        let options = BuildOptions(siteFolder: siteFolder, baseURL: baseURL, today: DayDate(year: 2021, month: 3, day: 5)!)
        let files = try #require(BuildPipeline.render(options, report: &report))
        var texts: [String: String] = [:]
        for file in files { if let text = file.text { texts[file.path] = text } }
        return texts
    }

    /// The values of `attribute` in every element of `text` that starts with `prefix`.
    static func values(_ attribute: String, of prefix: String, in text: String) -> [String] {
        text.components(separatedBy: prefix).dropFirst().compactMap { element in
            guard let start = element.range(of: attribute + "=\"") else { return nil }
            return String(element[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func theSitemapListsEveryPageWithItsLanguageVersions() throws {
        let files = try Self.render(baseURL: Self.base)
        let sitemap = try #require(files["sitemap.xml"])
        let pages = Set(files.keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix("404.html") })
        let listed = sitemap.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(listed.count == pages.count)
        #expect(Set(listed) == Set(pages.map { Self.base + ($0.hasSuffix("index.html") ? String($0.dropLast(10)) : $0) }))
        // Each entry lists itself among its alternates, and x-default is the root-language version.
        for entry in sitemap.components(separatedBy: "<url>").dropFirst() {
            let location = String(entry.components(separatedBy: "<loc>")[1].prefix { $0 != "<" })
            let alternates = Self.values("href", of: "<xhtml:link", in: entry)
            #expect(alternates.contains(location), "\(location) is not among its own alternates")
            #expect(alternates.last.map { !$0.contains("/en/") } == true, "x-default of \(location) is not the Dutch page")
        }
        #expect(sitemap.contains("<loc>https://testdorp.example.org/buurtbudget/en/parkbuurt/plans/bankjes/</loc>"))
        #expect(!sitemap.contains("en/dijkbuurt/"), "the Dutch-only buurt has no English pages")
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://testdorp.example.org/buurtbudget/sitemap.xml\n")
    }

    @Test func withoutABaseURLThereIsNoSitemap() throws {
        let files = try Self.render(baseURL: nil)
        #expect(files["sitemap.xml"] == nil)
        #expect(files["robots.txt"] == nil)
    }

    @Test func feedsCarryThePublishedUpdatesNewestFirstAndLinkToTheirPages() throws {
        let files = try Self.render(baseURL: nil)
        let site = try #require(SiteLoader.load(siteFolder: Self.siteFolder).site).publishing(includeDrafts: false)
        #expect(Set(files.keys.filter { $0.hasSuffix("feed.xml") }) == ["feed.xml", "en/feed.xml", "parkbuurt/feed.xml", "en/parkbuurt/feed.xml"])
        for path in ["feed.xml", "en/feed.xml", "parkbuurt/feed.xml", "en/parkbuurt/feed.xml"] {
            let feed = try #require(files[path])
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let links = Self.values("href", of: "<link rel=\"alternate\" type=\"text/html\"", in: feed).dropFirst()
            #expect(links.count == site.buurten.flatMap(\.updates).count, "\(path): one entry per published update")
            for link in links {
                // Relative to the feed, as a feed reader resolves it.
                let target = URL(fileURLWithPath: "/" + folder + "/" + link).standardizedFileURL.path.dropFirst()
                #expect(files[String(target)] != nil, "\(path) links to \(link), which is not a page")
            }
            let updated = feed.components(separatedBy: "<updated>").dropFirst(2).map { String($0.prefix(10)) }
            #expect(updated == updated.sorted(by: >), "\(path): newest first")
            let ids = feed.components(separatedBy: "<id>").dropFirst(2).map { String($0.prefix { $0 != "<" }) }
            #expect(Set(ids).count == ids.count)
        }
        #expect(files["feed.xml"]!.contains("<title>De bankjes staan er</title>"))
        #expect(files["en/feed.xml"]!.contains("&lt;strong&gt;"), "the text goes in as escaped HTML")
        #expect(!files["feed.xml"]!.contains("nog-geheim"), "drafts stay out")
        let page = try #require(files["en/parkbuurt/plans/bankjes/index.html"])
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Parkbuurt · News\" href=\"../../../../en/parkbuurt/feed.xml\">"))
    }
}
