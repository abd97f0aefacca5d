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
    /// Theme assets this page runs (`begroot-video.js` on pages with hosted videos), deferred.
    var scripts: [String] = []
    /// Structured data for search engines (`<script type="application/ld+json">`), already JSON.
    var jsonLD: String = ""

    func render(content: [UInt8]) -> OutputFile {
        let site = context.site
        let link = { (target: String) in SitePaths.link(from: path, to: target) }
        // The repeated parts of the frame are written here rather than looped over in the template:
        // every Mustache lookup costs microseconds, and these are on every page (Benchmarks/README.md).
        var languages = ""
        for language in site.config.languages {
            let target = versions[language.code] ?? context.paths.home(language.code)
            let current = language.code == context.code ? " aria-current=\"true\"" : ""
            languages += "<li><a href=\"\(HTML.escape(link(target)))\" lang=\"\(language.code)\" hreflang=\"\(language.code)\"\(current)>"
                + "\(HTML.escape(language.name))</a></li>\n"
        }
        var alternates = ""
        for language in site.config.languages {
            if let version = versions[language.code] {
                alternates += "<link rel=\"alternate\" hreflang=\"\(language.code)\" href=\"\(HTML.escape(absoluteOrRelative(version)))\">\n"
            }
        }
        if let root = versions[site.config.defaultLanguage] {
            alternates += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTML.escape(absoluteOrRelative(root)))\">\n"
        }
        var crumbs = ""
        for crumb in breadcrumbs {
            if let target = crumb.target {
                crumbs += "<li><a href=\"\(HTML.escape(link(target)))\">\(HTML.escape(crumb.label))</a></li>\n"
            } else {
                crumbs += "<li><span aria-current=\"page\">\(HTML.escape(crumb.label))</span></li>\n"
            }
        }
        var fallbackNotice = ""
        if let fallbackLanguage {
            let name = site.config.language(fallbackLanguage)?.name ?? fallbackLanguage
            fallbackNotice = context.strings.format("notice.fallback", ["language": name])
        }
        var items: [(label: String, target: String)] = [
            (context.strings["nav.home"], context.paths.home(context.code)),
            (context.strings["nav.compare"], context.paths.compare(context.code)),
        ]
        if site.buurten.contains(where: { !$0.videos.isEmpty }) {
            items.append((context.strings["nav.videos"], context.paths.videos(context.code)))
        }
        items += site.pages.map { (context.plain($0.title), context.paths.page(context.code, $0.slug)) }
        var nav = ""
        for item in items {
            let current = item.target == path ? " aria-current=\"page\"" : ""
            nav += "<li><a href=\"\(HTML.escape(link(item.target)))\"\(current)>\(HTML.escape(item.label))</a></li>\n"
        }
        let values: TemplateValues = [
            "lang": .text(context.code),
            "dir": .text(context.language.direction.rawValue),
            "title": .text(title),
            "fullTitle": .text(path == context.paths.home(context.code) ? title : title + " · " + context.plain(site.config.title)),
            "siteTitle": .text(context.plain(site.config.title)),
            "description": .text(description),
            "stylesheet": .text(link(context.paths.asset("begroot.css"))),
            "homeHref": .text(link(context.paths.home(context.code))),
            "navHtml": .text(nav),
            "languagesHtml": .text(languages),
            "alternatesHtml": .text(alternates),
            "breadcrumbsHtml": .text(crumbs),
            "hasBreadcrumbs": .flag(!crumbs.isEmpty),
            "noticeHtml": .text(context.html(site.config.notice)),
            "fallbackNotice": .text(fallbackNotice),
            "bodyClass": .text(bodyClass),
            "baseHref": .text(baseHref),
            "scripts": .texts(scripts.map { link(context.paths.asset($0)) }),
            "jsonLD": .text(jsonLD),
            "content": .rendered(content),
            "t": context.stringTree,
        ]
        return OutputFile(path: path, content: .bytes(context.render("layout", values)))
    }

    private func absoluteOrRelative(_ target: String) -> String {
        guard let base = context.site.config.baseURL else { return SitePaths.link(from: path, to: target) }
        return base + (target.hasSuffix("index.html") ? String(target.dropLast("index.html".count)) : target)
    }
}
