import BegrootContent
import BegrootCore

/// The frame around every page: head, skip link, header with navigation and language switcher,
/// breadcrumbs, notices and footer (`templates/layout.mustache`).
struct PageShell {
    let context: LanguageContext
    /// This page's output path, e.g. `en/k-buurt/index.html`.
    let path: String
    let title: String
    var description: String = ""
    var breadcrumbs: [(label: String, target: String?)] = []
    /// This page's output path in each language it exists in, by language code.
    var versions: [String: String]
    /// Set when the main text is shown in another language than the page's.
    var fallbackLanguage: String?
    var bodyClass: String
    /// A `<base href>` for pages served at any address (404), so relative links still resolve.
    var baseHref: String = ""
    /// Scripts this page runs, deferred, by output path: `assets/begroot-video.js` on pages with
    /// hosted videos, the search index and script on the search page.
    var scripts: [String] = []
    /// Structured data for search engines (`<script type="application/ld+json">`), already JSON.
    var jsonLD: String = ""
    /// Atom feeds announced to feed readers besides the site's own: a buurt's, on its pages.
    var feeds: [(title: String, path: String)] = []

    func render(content: [UInt8]) -> OutputFile {
        let site = context.site
        // Every link on this page starts by climbing to the output's root.
        let up = SitePaths.climb(from: path)
        // The repeated parts of the frame are written here rather than looped over in the template:
        // every Mustache lookup costs microseconds, and these are on every page (Benchmarks/README.md).
        var languages = HTMLBytes(capacity: 512)
        for language in site.config.languages {
            languages.raw("<li><a href=\"")
            languages.link(up, versions[language.code] ?? context.paths.home(language.code))
            languages.raw("\" lang=\"")
            languages.raw(language.code)
            languages.raw("\" hreflang=\"")
            languages.raw(language.code)
            languages.raw(language.code == context.code ? "\" aria-current=\"true\">" : "\">")
            languages.text(language.name)
            languages.raw("</a></li>\n")
        }
        var alternates = HTMLBytes(capacity: 512)
        func alternate(_ code: String, _ version: String) {
            alternates.raw("<link rel=\"alternate\" hreflang=\"")
            alternates.raw(code)
            alternates.raw("\" href=\"")
            if let base = site.config.baseURL {
                alternates.text(SiteMap.address(base, version))
            } else {
                alternates.link(up, version)
            }
            alternates.raw("\">\n")
        }
        for language in site.config.languages {
            if let version = versions[language.code] { alternate(language.code, version) }
        }
        if let root = versions[site.config.defaultLanguage] { alternate("x-default", root) }
        // What is the same on every page of this language at this depth, made once.
        let frame = context.frame(up: up)
        var feedLinks = HTMLBytes(capacity: 256)
        feedLinks.raw(frame.siteFeedLink)
        for (title, target) in feeds { Self.feedLink(title, up, target, into: &feedLinks) }
        var crumbs = HTMLBytes(capacity: 512)
        for crumb in breadcrumbs {
            if let target = crumb.target {
                crumbs.raw("<li><a href=\"")
                crumbs.link(up, target)
                crumbs.raw("\">")
            } else {
                crumbs.raw("<li><span aria-current=\"page\">")
            }
            // A title mixing directions is isolated, so the separators beside it stay in place.
            let isolated = BidiText.mixesDirections(crumb.label, in: context.language.direction)
            if isolated { crumbs.raw("<bdi dir=\"\(context.language.direction.rawValue)\">") }
            crumbs.text(crumb.label)
            if isolated { crumbs.raw("</bdi>") }
            crumbs.raw(crumb.target == nil ? "</span></li>\n" : "</a></li>\n")
        }
        var fallbackNotice = ""
        if let fallbackLanguage {
            let name = site.config.language(fallbackLanguage)?.name ?? fallbackLanguage
            fallbackNotice = context.strings.format("notice.fallback", ["language": name])
        }
        let nav = context.navigation.contains { $0.target == path } ? Self.navigation(context, up: up, current: path) : frame.navigation
        let values: TemplateValues = [
            "lang": .text(context.code),
            "dir": .text(context.language.direction.rawValue),
            "title": .text(title),
            "fullTitle": .text(path == context.paths.home(context.code) ? title : title + " · " + context.siteTitle),
            "siteTitle": .text(context.siteTitle),
            "description": .text(description),
            "stylesheet": frame.stylesheet,
            "homeHref": frame.homeHref,
            "navHtml": .rendered(nav),
            "languagesHtml": .rendered(languages.bytes),
            "languageName": .text(context.language.name),
            "alternatesHtml": .rendered(alternates.bytes),
            "feedsHtml": .rendered(feedLinks.bytes),
            "breadcrumbsHtml": .rendered(crumbs.bytes),
            "hasBreadcrumbs": .flag(!breadcrumbs.isEmpty),
            "noticeHtml": .text(context.noticeHtml),
            "fallbackNotice": .text(fallbackNotice),
            "bodyClass": .text(bodyClass),
            "baseHref": .text(baseHref),
            "scripts": .texts(scripts.map { up + $0 }),
            "searchHref": frame.searchHref,
            "accessibilityHref": frame.accessibilityHref,
            "dataHref": frame.dataHref,
            "jsonLD": .text(jsonLD),
            "content": .rendered(content),
            "t": context.stringTree,
        ]
        return OutputFile(path: path, content: .bytes(context.render("layout", values)))
    }

    /// The main navigation as seen from a page `up` below the root; `current` marks the page itself.
    static func navigation(_ context: LanguageContext, up: String, current: String?) -> [UInt8] {
        var nav = HTMLBytes(capacity: 512)
        for item in context.navigation {
            nav.raw("<li><a href=\"")
            nav.link(up, item.target)
            nav.raw(item.target == current ? "\" aria-current=\"page\">" : "\">")
            nav.text(item.label)
            nav.raw("</a></li>\n")
        }
        return nav.bytes
    }

    static func feedLink(_ title: String, _ up: String, _ target: String, into links: inout HTMLBytes) {
        links.raw("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
        links.text(title)
        links.raw("\" href=\"")
        links.link(up, target)
        links.raw("\">\n")
    }

    /// The parts of the frame that depend only on the language and the page's depth.
    struct Frame: Sendable {
        let navigation: [UInt8]
        let siteFeedLink: [UInt8]
        let stylesheet: TemplateValue
        let homeHref: TemplateValue
        let searchHref: TemplateValue
        let accessibilityHref: TemplateValue
        let dataHref: TemplateValue

        init(_ context: LanguageContext, up: String) {
            navigation = PageShell.navigation(context, up: up, current: nil)
            var feed = HTMLBytes(capacity: 128)
            PageShell.feedLink(context.siteTitle + " · " + context.strings["buurt.menu.updates"], up, context.paths.feed(context.code), into: &feed)
            siteFeedLink = feed.bytes
            stylesheet = .text(up + context.paths.asset("begroot.css"))
            homeHref = .text(up + context.paths.home(context.code))
            searchHref = .text(up + context.paths.search(context.code))
            accessibilityHref = .text(up + context.paths.page(context.code, AccessibilityPage.slug))
            dataHref = .text(up + context.paths.data(context.code))
        }
    }
}
