import BegrootContent
import BegrootCore

/// `/search/`: search over this language's pages on any static host. The build writes the page's
/// index next to it (`search/index.js`: every buurt, plan, theme, update and free page with its
/// kind, title, summary and address, and for plans and updates the distinct words of their text)
/// and `assets/begroot-search.js` searches it in the browser as the reader types — nothing is sent
/// anywhere, and it works from `file://`. Without JavaScript the page lists every buurt.
/// A buurt not published in the language is listed, and linked, in the default language; the
/// index names such languages so that results can say which language a title is in.
enum SearchPage {
    static func render(_ views: [BuurtView], _ context: LanguageContext) -> [OutputFile] {
        let path = context.paths.search(context.code)
        var entries: [JSONValue] = []
        var otherLanguages: [String] = []
        func entry(
            _ kind: Kind, _ title: String, _ target: String, summary: String?, buurt: String?, language: String,
            text: LocalizedMarkdown? = nil
        ) {
            var fields: [(String, JSONValue)] = [
                ("k", .string(kind.rawValue)), ("t", .string(title)), ("u", .string(context.link(from: path, to: target))),
            ]
            if let summary, !summary.isEmpty { fields.append(("s", .string(summary))) }
            if let buurt { fields.append(("b", .string(buurt))) }
            if language != context.code {
                fields.append(("l", .string(language)))
                if !otherLanguages.contains(language) { otherLanguages.append(language) }
            }
            if let source = text?.resolve(language, defaultLanguage: context.defaultLanguage)?.source.text {
                let words = SearchWords.index(of: source, leaving: title + " " + (summary ?? ""))
                if !words.isEmpty { fields.append(("x", .string(words))) }
            }
            entries.append(.object(fields))
        }
        var buurten: [TemplateValues] = []
        for view in views {
            let buurt = view.buurt
            let language = HomePage.published(buurt, in: context)
            func text(_ value: LocalizedText?) -> String { value?.text(language, defaultLanguage: context.defaultLanguage) ?? "" }
            let name = text(buurt.name)
            let overview = context.paths.buurt(language, buurt.slug)
            entry(.buurt, name, overview, summary: text(buurt.summary), buurt: nil, language: language)
            for plan in view.plansByStatus {
                entry(.plan, text(plan.title), context.paths.plan(language, buurt.slug, plan.slug), summary: text(plan.summary), buurt: name,
                    language: language, text: plan.body)
            }
            for theme in buurt.themes {
                entry(.theme, text(theme.title), context.paths.theme(language, buurt.slug, theme.slug), summary: text(theme.description),
                    buurt: name, language: language)
            }
            for update in UpdatesPage.newestFirst(buurt.updates) {
                entry(.update, text(update.title), context.paths.update(language, buurt.slug, update.slug), summary: nil, buurt: name,
                    language: language, text: update.body)
            }
            buurten.append([
                "nameHtml": .text(context.html(buurt.name)),
                "href": .text(context.link(from: path, to: overview)),
                "hreflang": .text(language == context.code ? "" : language),
            ])
        }
        for page in context.site.pages {
            entry(.page, context.plain(page.title), context.paths.page(context.code, page.slug), summary: context.plain(page.description),
                buurt: nil, language: context.code)
        }
        let content = context.render("search", ["buurten": .maps(buurten), "t": context.stringTree])
        let title = context.strings["search.title"]
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languageCodes.map { ($0, context.paths.search($0)) })
        var shell = PageShell(
            context: context, path: path, title: title,
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (title, nil)],
            versions: versions, bodyClass: "search-page")
        shell.scripts = [context.paths.searchIndex(context.code), context.paths.asset("begroot-search.js")]
        let names = JSONValue.object(otherLanguages.map { ($0, .string(context.site.config.language($0)?.name ?? $0)) })
        let index = Array("window.begrootSearchIndex = ".utf8) + JSONValue.array(entries).compactBytes + Array(";\n".utf8)
            + Array("window.begrootSearchLanguages = ".utf8) + names.compactBytes + Array(";\n".utf8)
        return [shell.render(content: content), OutputFile(path: context.paths.searchIndex(context.code), content: .bytes(index))]
    }

    /// What an entry of the index is, for the label beside each result.
    enum Kind: String {
        case buurt = "b", plan = "p", theme = "t", update = "n", page = "g"
    }
}
