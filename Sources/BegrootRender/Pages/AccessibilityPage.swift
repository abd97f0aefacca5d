import BegrootContent
import BegrootCore

/// `/accessibility/`: the accessibility statement that comes with the theme — what the portal does
/// for readers with a screen reader, a keyboard, a small phone or another language, its known
/// limits and whom to tell — unless the site has a free page `accessibility` of its own. Every
/// page's footer links to it.
enum AccessibilityPage {
    static let slug = "accessibility"

    static func render(_ context: LanguageContext) -> OutputFile {
        let path = context.paths.page(context.code, slug)
        let title = context.strings["accessibility.title"]
        let content = context.render("accessibility", [
            "intro": .text(context.strings.format("accessibility.intro", ["site": context.siteTitle])), "t": context.stringTree,
        ])
        let versions = Dictionary(uniqueKeysWithValues: context.site.config.languageCodes.map { ($0, context.paths.page($0, slug)) })
        return PageShell(
            context: context, path: path, title: title,
            breadcrumbs: [(context.strings["nav.home"], context.paths.home(context.code)), (title, nil)],
            versions: versions, bodyClass: "page accessibility"
        ).render(content: content)
    }
}
