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

    func render(content: String) -> OutputFile {
        let site = context.site
        let link = { (target: String) in SitePaths.link(from: path, to: target) }
        let languages: [[String: Any]] = site.config.languages.map { language in
            let target = versions[language.code] ?? context.paths.home(language.code)
            return [
                "code": language.code, "name": language.name, "href": link(target),
                "isCurrent": language.code == context.code, "isPageVersion": versions[language.code] != nil,
            ]
        }
        var alternates: [[String: Any]] = site.config.languages.compactMap { language in
            versions[language.code].map { ["hreflang": language.code, "href": absoluteOrRelative($0)] }
        }
        if let root = versions[site.config.defaultLanguage] {
            alternates.append(["hreflang": "x-default", "href": absoluteOrRelative(root)])
        }
        let crumbs: [[String: Any]] = breadcrumbs.map { crumb in
            var item: [String: Any] = ["label": crumb.label]
            if let target = crumb.target { item["href"] = link(target) }
            return item
        }
        var fallbackNotice = ""
        if let fallbackLanguage {
            let name = site.config.language(fallbackLanguage)?.name ?? fallbackLanguage
            fallbackNotice = context.strings.format("notice.fallback", ["language": name])
        }
        let nav: [[String: Any]] = [
            ["label": context.strings["nav.home"], "href": link(context.paths.home(context.code)),
             "isCurrent": path == context.paths.home(context.code)],
            ["label": context.strings["nav.compare"], "href": link(context.paths.compare(context.code)),
             "isCurrent": path == context.paths.compare(context.code)],
        ] + (site.buurten.contains { !$0.videos.isEmpty } ? [[
            "label": context.strings["nav.videos"], "href": link(context.paths.videos(context.code)),
            "isCurrent": path == context.paths.videos(context.code),
        ]] : []) + site.pages.map { page in
            let target = context.paths.page(context.code, page.slug)
            return ["label": context.plain(page.title), "href": link(target), "isCurrent": path == target]
        }
        let values: [String: Any] = [
            "lang": context.code,
            "dir": context.language.direction.rawValue,
            "title": title,
            "fullTitle": path == context.paths.home(context.code) ? title : title + " · " + context.plain(site.config.title),
            "siteTitle": context.plain(site.config.title),
            "description": description,
            "stylesheet": link(context.paths.asset("begroot.css")),
            "homeHref": link(context.paths.home(context.code)),
            "nav": nav,
            "languages": languages,
            "alternates": alternates,
            "breadcrumbs": crumbs,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "noticeHtml": context.html(site.config.notice),
            "fallbackNotice": fallbackNotice,
            "bodyClass": bodyClass,
            "baseHref": baseHref,
            "scripts": scripts.map { link(context.paths.asset($0)) },
            "jsonLD": jsonLD,
            "content": content,
            "t": context.stringTree,
        ]
        return OutputFile(path: path, content: .text(context.theme.render("layout", values)))
    }

    private func absoluteOrRelative(_ target: String) -> String {
        guard let base = context.site.config.baseURL else { return SitePaths.link(from: path, to: target) }
        return base + (target.hasSuffix("index.html") ? String(target.dropLast("index.html".count)) : target)
    }
}
