import BegrootContent
import BegrootCore

/// `/<page>/`: a free page such as "about" or "privacy".
enum FreePage {
    static func render(_ page: Page, _ context: LanguageContext) -> OutputFile {
        let path = context.paths.page(context.code, page.slug)
        let body = context.body(page.body, page: path, buurt: nil)
        let content = context.render("page", [
            "titleHtml": .text(context.html(page.title)), "bodyHtml": .rendered(body.html), "t": context.stringTree,
        ])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languageCodes.map { ($0, context.paths.page($0, page.slug)) })
        return PageShell(
            context: context, path: path, title: context.plain(page.title), description: context.plain(page.description),
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (context.plain(page.title), nil)],
            versions: versions, fallbackLanguage: body.fallbackLanguage, bodyClass: "page"
        ).render(content: content)
    }
}

/// `/404.html`: shown by a web server for an address that does not exist.
enum NotFoundPage {
    static func render(_ context: LanguageContext) -> OutputFile {
        let path = context.paths.notFound(context.code)
        let content = context.render("404", ["t": context.stringTree])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languageCodes.map { ($0, context.paths.notFound($0)) })
        return PageShell(
            context: context, path: path, title: context.strings["notFound.title"], versions: versions, bodyClass: "not-found",
            baseHref: context.site.config.baseURL ?? ""
        ).render(content: content)
    }
}
