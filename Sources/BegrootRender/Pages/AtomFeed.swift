import BegrootContent
import BegrootCore

/// Atom feeds of the updates, for feed readers: per language the whole site's (`/feed.xml`,
/// `/en/feed.xml`) and each buurt's with updates (`/k-buurt/feed.xml`, `/en/k-buurt/feed.xml`), the
/// newest `entryLimit` updates each, with their text. A buurt not published in the feed's language
/// is linked in the default language, as the home page does.
///
/// Addresses are absolute with a `baseURL`, else relative to the feed (feed readers resolve them
/// against the feed's own address). Each entry's `<content>` has its page as `xml:base`, so the
/// links inside the text — written for the page — resolve as on the page. Ids are the page
/// addresses, or without a `baseURL` `urn:uuid:` ids made from the site's name and the page's path
/// (`NameUUID`: valid URIs, the same in every build). The feed names itself (`rel="self"`): its
/// address, or without a `baseURL` its own file name, relative to itself.
enum AtomFeed {
    static let entryLimit = 20

    static func render(_ views: [BuurtView], buurt index: Int?, _ context: LanguageContext) -> OutputFile {
        let path = context.paths.feed(context.code, index.map { views[$0].buurt.slug })
        let chosen = index.map { [views[$0]] } ?? views
        let updates = chosen.flatMap { view in view.buurt.updates.map { (view, $0) } }
            .sorted { $0.1.date.value != $1.1.date.value ? $0.1.date.value > $1.1.date.value : ($0.0.buurt.slug, $0.1.slug) < ($1.0.buurt.slug, $1.1.slug) }
            .prefix(entryLimit)
        let base = context.site.config.baseURL
        func address(_ target: String) -> String {
            base.map { SiteMap.address($0, target) } ?? SitePaths.link(from: path, to: target)
        }
        let site = Slug.make(from: context.site.config.title.text(context.defaultLanguage, defaultLanguage: context.defaultLanguage))
        func id(_ target: String) -> String {
            base.map { SiteMap.address($0, target) } ?? "urn:uuid:" + NameUUID.make("begroot:" + site + ":" + SiteMap.address("", target))
        }
        let news = context.strings["buurt.menu.updates"]
        let title = index.map { context.plain(views[$0].buurt.name) } ?? context.siteTitle
        let page = index.map { context.paths.buurtSection(context.code, views[$0].buurt.slug, .updates) } ?? context.paths.home(context.code)
        let newest = updates.first?.1.date.value ?? context.today
        var xml = HTMLBytes(capacity: 8_192)
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        xml.raw(context.code)
        xml.raw("\">\n<title>")
        xml.text(title + " · " + news)
        xml.raw("</title>\n<id>")
        xml.text(id(path))
        xml.raw("</id>\n<updated>" + newest.iso + "T00:00:00Z</updated>\n")
        xml.raw("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        xml.text(base.map { $0 + path } ?? String(path.split(separator: "/").last ?? Substring(path)))
        xml.raw("\"/>\n")
        xml.raw("<link rel=\"alternate\" type=\"text/html\" href=\"")
        xml.text(address(page))
        xml.raw("\"/>\n<author><name>")
        xml.text(context.siteTitle)
        xml.raw("</name></author>\n<generator>begroot</generator>\n")
        for (view, update) in updates {
            let language = HomePage.published(view.buurt, in: context)
            let target = context.paths.update(language, view.buurt.slug, update.slug)
            let body = view.updateBody(update, language: language, path: target, context)
            xml.raw(language == context.code ? "<entry>\n<title>" : "<entry xml:lang=\"" + language + "\">\n<title>")
            xml.text(update.title.text(language, defaultLanguage: context.defaultLanguage) ?? update.slug)
            xml.raw("</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
            xml.text(address(target))
            xml.raw("\"/>\n<id>")
            xml.text(id(target))
            xml.raw("</id>\n<updated>" + update.date.value.iso + "T00:00:00Z</updated>\n<content type=\"html\" xml:base=\"")
            xml.text(address(target))
            xml.raw("\">")
            xml.escaped(body.html)
            xml.raw("</content>\n</entry>\n")
        }
        xml.raw("</feed>\n")
        return OutputFile(path: path, content: .bytes(xml.bytes))
    }
}
