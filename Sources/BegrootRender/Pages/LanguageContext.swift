import BegrootContent
import BegrootCore

/// Everything a page needs to speak one language: the site, its strings, formats and paths.
/// A class: every page of the language shares the one instance instead of copying its many parts.
final class LanguageContext: Sendable {
    let site: Site
    let language: Language
    let strings: InterfaceStrings
    let format: LanguageFormat
    let paths: SitePaths
    let markdown: MarkdownRenderer
    let theme: PortalTheme
    /// The day the portal is built for (see `RenderOptions.today`).
    let today: DayDate
    /// The interface strings as nested maps, so templates can say `{{t.plan.status}}`.
    let stringTree: TemplateValue
    /// The main navigation: home, compare, videos (when there are any) and the free pages.
    let navigation: [(label: String, target: String)]
    /// The portal's title and site-wide notice in this language, for every page's frame.
    let siteTitle: String
    let noticeHtml: String
    /// The frame's parts for each depth below the root (`PageShell.Frame`), made once.
    private let frames = Memo<String, PageShell.Frame>()

    init(
        site: Site, language: Language, strings: InterfaceStrings, format: LanguageFormat, paths: SitePaths,
        markdown: MarkdownRenderer, theme: PortalTheme, today: DayDate
    ) {
        self.today = today
        self.site = site
        self.language = language
        self.strings = strings
        self.format = format
        self.paths = paths
        self.markdown = markdown
        self.theme = theme
        self.stringTree = .map(Self.tree(strings.strings))
        let code = language.code
        let defaultLanguage = site.config.defaultLanguage
        var navigation = [(strings["nav.home"], paths.home(code)), (strings["nav.compare"], paths.compare(code))]
        if site.buurten.contains(where: { !$0.videos.isEmpty }) { navigation.append((strings["nav.videos"], paths.videos(code))) }
        navigation += site.pages.map { ($0.title.text(code, defaultLanguage: defaultLanguage) ?? "", paths.page(code, $0.slug)) }
        self.navigation = navigation
        self.siteTitle = site.config.title.text(code, defaultLanguage: defaultLanguage) ?? ""
        self.noticeHtml = site.config.notice?.resolve(code, defaultLanguage: defaultLanguage).map {
            Self.marked($0.text, language: $0.language, isFallback: $0.isFallback, site: site, reader: language)
        } ?? ""
    }

    /// `["plan.status": "Status"]` becomes `["plan": ["status": "Status"]]`.
    static func tree(_ strings: [String: String]) -> TemplateValues {
        var tree: TemplateValues = [:]
        var groups: [String: [String: String]] = [:]
        for (key, value) in strings {
            if let dot = key.firstIndex(of: ".") {
                groups[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = value
            } else {
                tree[key] = .text(value)
            }
        }
        for (name, group) in groups { tree[name] = .map(self.tree(group)) }
        return tree
    }

    /// The parts of the page frame for pages `up` (`../../`) below the root.
    func frame(up: String) -> PageShell.Frame {
        frames.value(up) { PageShell.Frame(self, up: up) }
    }

    var code: String { language.code }
    var defaultLanguage: String { site.config.defaultLanguage }

    /// A content text as escaped HTML; text shown in another language is wrapped in an element
    /// carrying that language, so screen readers pronounce it right.
    func html(_ text: LocalizedText?) -> String {
        guard let text, let resolved = text.resolve(code, defaultLanguage: defaultLanguage) else { return "" }
        return Self.marked(resolved.text, language: resolved.language, isFallback: resolved.isFallback, site: site, reader: language)
    }

    /// A content text as plain text, for `<title>` and attributes (escaped by the template).
    func plain(_ text: LocalizedText?) -> String {
        text?.text(code, defaultLanguage: defaultLanguage) ?? ""
    }

    /// The same, and when it is shown in another language than the page's, followed by a short
    /// label naming that language (in that language: "Nederlands"), for cards, lists and links
    /// where the reader has no notice at the top of the page to tell them.
    func labelledHtml(_ text: LocalizedText?) -> String {
        guard let text, let resolved = text.resolve(code, defaultLanguage: defaultLanguage) else { return "" }
        let html = Self.marked(resolved.text, language: resolved.language, isFallback: resolved.isFallback, site: site, reader: language)
        guard resolved.isFallback, let other = resolved.language, other != code, let named = site.config.language(other) else { return html }
        return html + " <span class=\"lang-label\" lang=\"\(other)\">\(HTML.escape(named.name))</span>"
    }

    /// Escaped text; in another language than the reader's it is marked with its language (and
    /// direction), and text that mixes directions is isolated (`<bdi>`), so that a Latin name
    /// with digits and quotes in an Arabic sentence ("Plein '40-'45") keeps its order and does
    /// not pull the punctuation around it.
    static func marked(_ text: String, language: String?, isFallback: Bool, site: Site, reader: Language) -> String {
        let escaped = HTML.escape(text)
        // The isolate keeps the direction of the text's own language, not the first letter's:
        // an Arabic title that starts with a Dutch name is still read from the right.
        guard isFallback, let language, language != reader.code else {
            return BidiText.mixesDirections(text, in: reader.direction)
                ? "<bdi dir=\"\(reader.direction.rawValue)\">\(BidiText.isolatingRuns(text, in: reader.direction))</bdi>" : escaped
        }
        let direction = site.config.language(language)?.direction ?? .ltr
        // An element with `dir` is isolated; one in the page's direction needs it only when it
        // mixes directions itself.
        let isolates = direction != reader.direction || BidiText.mixesDirections(text, in: direction)
        let dir = isolates ? " dir=\"\(direction.rawValue)\"" : ""
        return "<span lang=\"\(language)\"\(dir)>\(escaped)</span>"
    }

    /// A Markdown body as HTML for the page at `page`, links to `media/…` made relative to it.
    /// Returns the language the body is actually in when it had to fall back.
    /// `language` is the language of the page (this context's unless a feed shows a page published
    /// only in the default language).
    func body(
        _ markdown: LocalizedMarkdown, page: String, buurt: String?, language: String? = nil
    ) -> (html: [UInt8], fallbackLanguage: String?) {
        guard let resolved = markdown.resolve(language ?? code, defaultLanguage: defaultLanguage) else { return ([], nil) }
        let html = self.markdown.htmlBytes(resolved.source.text) { url in
            guard let buurt, url.hasPrefix("media/") else { return url }
            return SitePaths.link(from: page, to: paths.media(buurt, url))
        }
        return (html, resolved.isFallback ? resolved.language : nil)
    }

    func money(_ amount: Money, cents: Bool = false) -> String { format.money(amount, cents: cents) }

    func date(_ date: DayDate) -> String { format.date(date) }

    /// Renders a theme template in this language.
    func render(_ template: String, _ values: TemplateValues) -> [UInt8] {
        theme.render(template, language: code, values)
    }

    /// The interface string for a status, such as "In uitvoering".
    func status(_ status: PlanStatus) -> String { strings["status.\(status.rawValue)"] }

    /// The interface string `key` as HTML, its `{placeholders}` filled with ready HTML (a marked
    /// title, a `<time>`) and its own words escaped.
    func formatHtml(_ key: String, _ html: [String: String]) -> String {
        let tokens = Dictionary(uniqueKeysWithValues: html.keys.map { ($0, "\u{E000}\($0)\u{E001}") })
        var filled = HTML.escape(strings.format(key, tokens))
        for (name, value) in html { filled = filled.replacingOccurrences(of: tokens[name]!, with: value) }
        return filled
    }

    /// A day as `<time>`, written for this language.
    func timeHtml(_ day: DayDate) -> String {
        "<time datetime=\"\(day.iso)\">\(HTML.escape(date(day)))</time>"
    }

    /// A link from the page at `page` to the output path `target`.
    func link(from page: String, to target: String) -> String { SitePaths.link(from: page, to: target) }

    /// `1 plan`, `13 plannen`, `خطتان`: the string `key.<category>` for the number's plural category
    /// in this language (CLDR: zero, one, two, few, many, other), `key.other` when the theme has no
    /// string for that category, with `{count}` filled in.
    func count(_ key: String, _ number: Int) -> String {
        let category = PluralRules.category(number, language: code)
        let chosen = strings.strings["\(key).\(category.rawValue)"] != nil ? category : .other
        return strings.format("\(key).\(chosen.rawValue)", ["count": format.integer(number)])
    }
}
