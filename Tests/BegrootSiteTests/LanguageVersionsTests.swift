import BegrootCore
import Foundation
import Testing
@testable import BegrootSite

/// Every page carries the right `lang` and `dir` and a complete, reciprocal set of `hreflang`
/// alternates — checked on the project's own sample portal (four languages, one buurt in all four,
/// the others in two) and on the small fixture.
@Suite struct LanguageVersionsTests {
    struct PageLanguages {
        var lang: String
        var dir: String
        /// hreflang → output path.
        var alternates: [String: String]
    }

    static let packageRoot = GoldenSiteTests.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func render(_ folder: String) throws -> [String: String] {
        var report = BuildReport(diagnostics: .init())
        let files = try #require(BuildPipeline.render(
            BuildOptions(siteFolder: folder, today: DayDate(year: 2020, month: 1, day: 1)!), report: &report))
        var pages: [String: String] = [:]
        for file in files where file.path.hasSuffix(".html") {
            if let text = file.text { pages[file.path] = text }
        }
        return pages
    }

    /// `../../en/x/index.html` seen from `tr/x/index.html` → `en/x/index.html`.
    static func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/") {
            if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    /// Reads `<html lang dir>` and the alternates with plain string scanning (Regex over whole
    /// pages ran out of stack on the test runner's threads).
    static func languages(of html: String, at path: String) throws -> PageLanguages {
        func attribute(_ name: String, in tag: Substring) -> String? {
            guard let start = tag.range(of: name + "=\"") else { return nil }
            let rest = tag[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        let htmlTag = try #require(html.range(of: "<html ").map { html[$0.lowerBound...].prefix { $0 != ">" } })
        var alternates: [String: String] = [:]
        var rest = Substring(html)
        while let start = rest.range(of: "<link rel=\"alternate\"") {
            let tag = rest[start.lowerBound...].prefix { $0 != ">" }
            if let language = attribute("hreflang", in: tag), let href = attribute("href", in: tag) {
                alternates[language] = resolve(href, from: path)
            }
            rest = rest[start.upperBound...]
        }
        return PageLanguages(
            lang: try #require(attribute("lang", in: htmlTag)), dir: try #require(attribute("dir", in: htmlTag)), alternates: alternates)
    }

    func checkReciprocal(_ pages: [String: String], languages: [String], rtl: Set<String>) throws {
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("404.html") {
            let page = try Self.languages(of: html, at: path)
            let expectedLang = languages.first { path.hasPrefix($0 + "/") } ?? languages[0]
            #expect(page.lang == expectedLang, "\(path) lang")
            #expect(page.dir == (rtl.contains(page.lang) ? "rtl" : "ltr"), "\(path) dir")
            #expect(page.alternates[page.lang] == path, "\(path) names itself")
            #expect(page.alternates["x-default"] == page.alternates[languages[0]], "\(path) x-default is the default language's version")
            for (language, target) in page.alternates where language != "x-default" {
                let other = try #require(pages[target], "\(path) points to \(target), which does not exist")
                #expect(try Self.languages(of: other, at: target).alternates == page.alternates, "\(path) ↔ \(target)")
            }
        }
    }

    @Test func theSamplePortalIsReciprocalInFourLanguages() throws {
        let pages = try Self.render(Self.packageRoot.path)
        try checkReciprocal(pages, languages: ["nl", "en", "tr", "ar"], rtl: ["ar"])
        for prefix in ["", "en/", "tr/", "ar/"] {
            for path in ["index.html", "compare/index.html", "over/index.html", "privacy/index.html",
                         "slotermeer-noordoost/index.html", "slotermeer-noordoost/votes/index.html",
                         "slotermeer-noordoost/spending/index.html", "slotermeer-noordoost/plans/schoon-plein-40-45/index.html"] {
                #expect(pages[prefix + path] != nil, "\(prefix + path)")
            }
        }
        // The other buurten publish in Dutch and English only; the Turkish home still links to them (in Dutch).
        #expect(pages["en/k-buurt/index.html"] != nil)
        #expect(pages["tr/k-buurt/index.html"] == nil)
        #expect(pages["ar/index.html"]?.contains("href=\"../k-buurt/index.html\" hreflang=\"nl\"") == true)
        // Every Slotermeer page exists in all four languages.
        let slotermeer = pages.keys.filter { $0.hasPrefix("slotermeer-noordoost/") }
        #expect(slotermeer.count > 20)
        for path in slotermeer {
            for language in ["en", "tr", "ar"] { #expect(pages["\(language)/\(path)"] != nil, "\(language)/\(path)") }
        }
    }

    @Test func theSmallFixtureIsReciprocal() throws {
        try checkReciprocal(try Self.render(GoldenSiteTests.fixtures.appendingPathComponent("small").path), languages: ["nl", "en"], rtl: [])
    }

    @Test func arabicPagesAreRightToLeftWithIsolatedNumbersAndMarkedFallbacks() throws {
        let pages = try Self.render(Self.packageRoot.path)
        let home = try #require(pages["ar/index.html"])
        #expect(home.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(home.contains("\u{2067}\u{200F}1,500,000\u{00A0}€\u{2069}"), "an amount in a right-to-left isolate, with CLDR's mark")
        // Kleine Wereld has no Arabic text: its summary shows in Dutch, marked as Dutch and left to right.
        #expect(home.contains("<span lang=\"nl\" dir=\"ltr\">Een variant van het Antwerpse model"))
        let language = try #require(pages["ar/slotermeer-noordoost/index.html"])
        #expect(language.contains("<a href=\"../../slotermeer-noordoost/index.html\" lang=\"nl\" hreflang=\"nl\">Nederlands</a>"))
        #expect(language.contains("lang=\"tr\" hreflang=\"tr\">Türkçe</a>"))
    }
}
