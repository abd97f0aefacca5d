import BegrootContent
import Foundation
import BegrootCore

/// Options that change what is rendered.
public struct RenderOptions: Sendable {
    /// The day the portal is built for: it decides which phase of a timeline is "now". Taken from
    /// `SOURCE_DATE_EPOCH` when set, so that a build can be repeated byte for byte.
    public var today: DayDate

    public init(today: DayDate) {
        self.today = today
    }
}

/// The render stage: the loaded site and its theme in, every output file in memory out.
/// Pages are independent, so they are rendered in parallel.
public enum SiteRenderer {
    /// One page (or feed) to render.
    enum Job: Sendable, Hashable {
        case home(language: String)
        case compare(language: String)
        /// The page describing the open data.
        case data(language: String)
        case allVideos(language: String)
        case notFound(language: String)
        case page(language: String, index: Int)
        case buurt(language: String, index: Int)
        case plan(language: String, buurt: Int, plan: Int)
        case theme(language: String, buurt: Int, theme: Int)
        case section(language: String, buurt: Int, BuurtSection)
        case update(language: String, buurt: Int, update: Int)
        /// The Atom feed of updates: the whole site's, or one buurt's.
        case feed(language: String, buurt: Int?)
        /// `sitemap.xml` and `robots.txt`, with a `baseURL`.
        case siteMap
        /// The open data under `data/`: `buurten.json`, or one buurt's files.
        case openData(buurt: Int?)
        /// The search page and its index.
        case search(language: String)
        /// The theme's accessibility statement, when the site has no page of its own for it.
        case accessibility(language: String)

        /// The same job in another language.
        func inLanguage(_ other: String) -> Job {
            switch self {
            case .home: .home(language: other)
            case .compare: .compare(language: other)
            case .data: .data(language: other)
            case .allVideos: .allVideos(language: other)
            case .notFound: .notFound(language: other)
            case .page(_, let index): .page(language: other, index: index)
            case .buurt(_, let index): .buurt(language: other, index: index)
            case .plan(_, let buurt, let plan): .plan(language: other, buurt: buurt, plan: plan)
            case .theme(_, let buurt, let theme): .theme(language: other, buurt: buurt, theme: theme)
            case .section(_, let buurt, let section): .section(language: other, buurt: buurt, section)
            case .update(_, let buurt, let update): .update(language: other, buurt: buurt, update: update)
            case .feed(_, let buurt): .feed(language: other, buurt: buurt)
            case .siteMap: .siteMap
            case .openData: self
            case .search: .search(language: other)
            case .accessibility: .accessibility(language: other)
            }
        }
    }

    public static func render(_ site: Site, theme: PortalTheme, options: RenderOptions) -> [OutputFile] {
        let collected = Collected()
        render(site, theme: theme, options: options) { collected.add($0) }
        return collected.files.sorted { $0.path < $1.path }
    }

    /// Renders every page and hands each file to `deliver` as soon as it is made — from several
    /// threads at once — so a build can write pages while others are still being rendered and
    /// never holds the whole portal in memory.
    public static func render(_ site: Site, theme: PortalTheme, options: RenderOptions, deliver: @Sendable (OutputFile) -> Void) {
        let paths = SitePaths(defaultLanguage: site.config.defaultLanguage)
        let languageContexts = languageContexts(site, theme: theme, paths: paths, options: options)
        let views = site.buurten.parallelMap { BuurtView(buurt: $0) }
        // In runs of neighbouring pages (mostly one buurt in one language), so that each core works
        // on its own buurt's values instead of both sharing — and contending for — the same ones.
        _ = runs(of: jobs(for: site), length: 24).parallelMap { run in
            for job in run {
                for file in render(job, site: site, views: views, contexts: languageContexts) { deliver(file) }
            }
        }
        for file in assets(site: site, theme: theme, paths: paths) { deliver(file) }
    }

    /// What every page in one language shares: its strings, formats, paths and the Markdown renderer.
    static func languageContexts(_ site: Site, theme: PortalTheme, paths: SitePaths, options: RenderOptions) -> [String: LanguageContext] {
        let markdown = MarkdownRenderer(allowsRawHTML: site.config.allowsRawHTML)
        var contexts: [String: LanguageContext] = [:]
        for language in site.config.languages {
            let strings = theme.strings[language.code] ?? InterfaceStrings(language: language.code, strings: [:])
            contexts[language.code] = LanguageContext(
                site: site, language: language, strings: strings,
                format: LanguageFormat(language: language, currency: site.config.currency),
                paths: paths, markdown: markdown, theme: theme, today: options.today)
        }
        return contexts
    }

    /// Files handed over from several threads, gathered for callers that want them all at once.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var files: [OutputFile] = []

        func add(_ file: OutputFile) {
            lock.lock()
            files.append(file)
            lock.unlock()
        }
    }

    /// Every file's job; without `buurtPages`, all but the pages below the buurten (which
    /// `pageJobs(of:at:in:)` gives one buurt at a time).
    static func jobs(for site: Site, buurtPages: Bool = true) -> [Job] {
        var jobs: [Job] = []
        for language in site.config.languageCodes {
            jobs.append(.home(language: language))
            jobs.append(.compare(language: language))
            jobs.append(.data(language: language))
            if site.buurten.contains(where: { !$0.videos.isEmpty }) { jobs.append(.allVideos(language: language)) }
            jobs.append(.notFound(language: language))
            jobs.append(.search(language: language))
            if !site.pages.contains(where: { $0.slug == AccessibilityPage.slug }) { jobs.append(.accessibility(language: language)) }
            jobs += site.pages.indices.map { .page(language: language, index: $0) }
            for (index, buurt) in site.buurten.enumerated() where buurt.languages.contains(language) {
                if buurtPages { jobs += pageJobs(of: buurt, at: index, in: language) }
                if !buurt.updates.isEmpty { jobs.append(.feed(language: language, buurt: index)) }
            }
            jobs.append(.feed(language: language, buurt: nil))
        }
        if site.config.baseURL != nil { jobs.append(.siteMap) }
        // The open data first: its files are few but larger than a page.
        return [.openData(buurt: nil)] + site.buurten.indices.map { .openData(buurt: $0) } + jobs
    }

    /// The pages below a buurt in one language (the buurt at `index` of the site's buurten): its
    /// overview, plans, themes, sections and updates.
    static func pageJobs(of buurt: Buurt, at index: Int, in language: String) -> [Job] {
        [.buurt(language: language, index: index)]
            + buurt.plans.indices.map { .plan(language: language, buurt: index, plan: $0) }
            + buurt.themes.indices.map { .theme(language: language, buurt: index, theme: $0) }
            + BuurtView.sections(of: buurt).map { .section(language: language, buurt: index, $0) }
            + buurt.updates.indices.map { .update(language: language, buurt: index, update: $0) }
    }

    /// How many pages (HTML files) the portal has, for a progress line.
    public static func pageCount(for site: Site) -> Int {
        jobs(for: site).count { job in
            switch job {
            case .feed, .siteMap, .openData: false
            default: true
            }
        }
    }

    /// Every page of the portal but the 404, with its output path in each language it is published
    /// in (in the site's language order): for the sitemap, from the same list of jobs that renders them.
    static func pageVersions(_ site: Site, paths: SitePaths) -> [[(language: String, path: String)]] {
        var order: [Job] = []
        var versions: [Job: [(language: String, path: String)]] = [:]
        for job in jobs(for: site) {
            guard let (language, path) = page(of: job, site: site, paths: paths) else { continue }
            let identity = job.inLanguage("")
            if versions[identity] == nil { order.append(identity) }
            versions[identity, default: []].append((language, path))
        }
        return order.map { versions[$0]! }
    }

    /// The language and output path of a job that renders a page; nil for the 404 page and feeds.
    static func page(of job: Job, site: Site, paths: SitePaths) -> (String, String)? {
        switch job {
        case .home(let language): (language, paths.home(language))
        case .compare(let language): (language, paths.compare(language))
        case .data(let language): (language, paths.data(language))
        case .allVideos(let language): (language, paths.videos(language))
        case .page(let language, let index): (language, paths.page(language, site.pages[index].slug))
        case .buurt(let language, let index): (language, paths.buurt(language, site.buurten[index].slug))
        case .plan(let language, let buurt, let plan):
            (language, paths.plan(language, site.buurten[buurt].slug, site.buurten[buurt].plans[plan].slug))
        case .theme(let language, let buurt, let theme):
            (language, paths.theme(language, site.buurten[buurt].slug, site.buurten[buurt].themes[theme].slug))
        case .section(let language, let buurt, let section): (language, paths.buurtSection(language, site.buurten[buurt].slug, section))
        case .update(let language, let buurt, let update):
            (language, paths.update(language, site.buurten[buurt].slug, site.buurten[buurt].updates[update].slug))
        case .search(let language): (language, paths.search(language))
        case .accessibility(let language): (language, paths.page(language, AccessibilityPage.slug))
        case .notFound, .feed, .siteMap, .openData: nil
        }
    }

    /// The jobs cut into consecutive runs of at most `length`.
    static func runs(of jobs: [Job], length: Int) -> [ArraySlice<Job>] {
        stride(from: 0, to: jobs.count, by: length).map { jobs[$0..<min($0 + length, jobs.count)] }
    }

    static func render(_ job: Job, site: Site, views: [BuurtView], contexts: [String: LanguageContext]) -> [OutputFile] {
        switch job {
        case .feed(let language, let buurt): [AtomFeed.render(views, buurt: buurt, contexts[language]!)]
        case .siteMap: SiteMap.files(site, base: site.config.baseURL ?? "", paths: SitePaths(defaultLanguage: site.config.defaultLanguage))
        case .openData(let buurt): buurt.map { OpenData.files(views[$0], site: site) } ?? [OpenData.index(views, site: site)]
        case .search(let language): SearchPage.render(views, contexts[language]!)
        default: [renderPage(job, site: site, views: views, contexts: contexts)]
        }
    }

    static func renderPage(_ job: Job, site: Site, views: [BuurtView], contexts: [String: LanguageContext]) -> OutputFile {
        switch job {
        case .home(let language): return HomePage.render(views, contexts[language]!)
        case .compare(let language): return ComparePage.render(views, contexts[language]!)
        case .data(let language): return DataPage.render(views, contexts[language]!)
        case .allVideos(let language): return AllVideosPage.render(views, contexts[language]!)
        case .notFound(let language): return NotFoundPage.render(contexts[language]!)
        case .accessibility(let language): return AccessibilityPage.render(contexts[language]!)
        case .page(let language, let index): return FreePage.render(site.pages[index], contexts[language]!)
        case .buurt(let language, let index): return BuurtPage.render(views[index], contexts[language]!)
        case .plan(let language, let buurt, let plan):
            return PlanPage.render(views[buurt].buurt.plans[plan], in: views[buurt], contexts[language]!)
        case .theme(let language, let buurt, let theme):
            return ThemePage.render(views[buurt].buurt.themes[theme], in: views[buurt], contexts[language]!)
        case .section(let language, let buurt, let section):
            let view = views[buurt]
            let context = contexts[language]!
            switch section {
            case .progress: return ProgressPage.render(view, context)
            case .spending: return SpendingPage.render(view, context)
            case .votes: return VotesPage.render(view, context)
            case .videos: return VideosPage.render(view, context)
            case .updates: return UpdatesPage.render(view, context)
            }
        case .update(let language, let buurt, let update):
            return UpdatePage.render(views[buurt].buurt.updates[update], in: views[buurt], contexts[language]!)
        case .feed, .siteMap, .openData, .search:
            preconditionFailure("not a page: \(job)")
        }
    }

    /// Theme assets, the site's static files and every buurt's media, copied as they are.
    static func assets(site: Site, theme: PortalTheme, paths: SitePaths) -> [OutputFile] {
        var files: [OutputFile] = theme.assets.sorted(by: { $0.key < $1.key }).map { name, file in
            switch file {
            case .text(let text): return OutputFile(path: paths.asset(name), content: .text(text))
            case .file(let path): return OutputFile(path: paths.asset(name), content: .copy(sourcePath: path))
            }
        }
        files += site.staticFiles.map { OutputFile(path: $0.outputPath, content: .copy(sourcePath: $0.sourcePath)) }
        for buurt in site.buurten {
            files += buurt.media.map { OutputFile(path: $0.outputPath, content: .copy(sourcePath: $0.sourcePath)) }
        }
        return files
    }
}
