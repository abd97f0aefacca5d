import BegrootContent
import BegrootCore
import Foundation

/// The portal rendered one file at a time, when it is asked for: `serve` keeps one of these for
/// the last site that loaded without errors and renders a page only when the browser requests
/// it, so a change shows without rendering (or writing) the other twelve thousand pages.
///
/// Pages are found by their output path from the same list of jobs a build renders, so a preview
/// page is byte for byte the page `build` writes. The few files that are not pages (feeds, the
/// open data, the sitemap, the search index, the 404 page) and the copied files (theme assets,
/// static files, media) are made together the first time one of them is asked for, and kept.
public final class PortalOnRequest: @unchecked Sendable {
    public let site: Site
    private let views: [BuurtView]
    private let contexts: [String: LanguageContext]
    /// The pages that are not below a buurt (home, compare, free pages, search), by output path.
    private let sitePages: [String: SiteRenderer.Job]
    /// The pages below each buurt, by buurt slug, then by output path.
    private let buurtPages: [String: BuurtPages]
    private let otherJobs: [SiteRenderer.Job]
    private let paths: SitePaths
    private let theme: PortalTheme
    private let lock = NSLock()
    private var others: [String: OutputFile]?

    /// The output paths of one buurt's pages: what `serve` keeps of a buurt that did not change.
    struct BuurtPages: Sendable {
        let jobs: [String: SiteRenderer.Job]
    }

    /// With `memory` (`serve`), the buurten that did not change keep their views (when the theme and
    /// strings did not change either) and the output paths of their pages.
    public init(_ site: Site, theme: PortalTheme, options: RenderOptions, memory: BuurtMemory? = nil) {
        self.site = site
        self.theme = theme
        let paths = SitePaths(defaultLanguage: site.config.defaultLanguage)
        self.paths = paths
        contexts = SiteRenderer.languageContexts(site, theme: theme, paths: paths, options: options)
        let view = Derived<BuurtView>("view", readsPresentation: true)
        let figures = Derived<BuurtView.Figures>("figures", readsPresentation: false)
        views = site.buurten.map { buurt in
            BuurtMemory.derived(view, of: buurt.slug, in: memory) {
                BuurtView(buurt: buurt, figures: BuurtMemory.derived(figures, of: buurt.slug, in: memory) { BuurtView.Figures(buurt) })
            }
        }
        var buurtPages: [String: BuurtPages] = [:]
        for (index, buurt) in site.buurten.enumerated() {
            // Jobs name a buurt by its place in the list, so the place is part of what is kept.
            buurtPages[buurt.slug] = BuurtMemory.derived(Derived("pages@\(index)", readsPresentation: false), of: buurt.slug, in: memory) {
                Self.pages(of: buurt, at: index, site: site, paths: paths)
            }
        }
        self.buurtPages = buurtPages
        var sitePages: [String: SiteRenderer.Job] = [:]
        var otherJobs: [SiteRenderer.Job] = []
        for job in SiteRenderer.jobs(for: site, buurtPages: false) {
            guard let (_, path) = SiteRenderer.page(of: job, site: site, paths: paths) else {
                otherJobs.append(job)
                continue
            }
            sitePages[path] = job
            // The search job makes its index beside its page: the index is one of the other files.
            if case .search = job { otherJobs.append(job) }
        }
        self.sitePages = sitePages
        self.otherJobs = otherJobs
    }

    private static func pages(of buurt: Buurt, at index: Int, site: Site, paths: SitePaths) -> BuurtPages {
        var jobs: [String: SiteRenderer.Job] = [:]
        for language in site.config.languageCodes where buurt.languages.contains(language) {
            for job in SiteRenderer.pageJobs(of: buurt, at: index, in: language) {
                if let (_, path) = SiteRenderer.page(of: job, site: site, paths: paths) { jobs[path] = job }
            }
        }
        return BuurtPages(jobs: jobs)
    }

    /// The file at `path` below the portal (`parkbuurt/index.html`, `assets/begroot.css`), or nil.
    public func file(at path: String) -> OutputFile? {
        if let job = pageJob(at: path) {
            return SiteRenderer.render(job, site: site, views: views, contexts: contexts).first { $0.path == path }
        }
        return otherFiles()[path]
    }

    /// A buurt's pages are at `<buurt>/…` in the default language and `<language>/<buurt>/…` in the others.
    private func pageJob(at path: String) -> SiteRenderer.Job? {
        if let job = sitePages[path] { return job }
        let parts = path.split(separator: "/", maxSplits: 2)
        for part in parts.prefix(2) {
            if let job = buurtPages[String(part)]?.jobs[path] { return job }
        }
        return nil
    }

    /// Whether `path` is a folder of the portal: some file lies below it.
    public func isFolder(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return sitePages.keys.contains { $0.hasPrefix(prefix) }
            || buurtPages.values.contains { $0.jobs.keys.contains { $0.hasPrefix(prefix) } }
            || otherFiles().keys.contains { $0.hasPrefix(prefix) }
    }

    /// The 404 page in `language`'s folder, or in the default language.
    public func notFoundPage(for path: String) -> OutputFile? {
        let first = path.split(separator: "/").first.map(String.init)
        let language = site.config.languageCodes.first { $0 == first } ?? site.config.defaultLanguage
        return file(at: paths.notFound(language))
    }

    private func otherFiles() -> [String: OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        if let others { return others }
        var made: [String: OutputFile] = [:]
        for job in otherJobs {
            for file in SiteRenderer.render(job, site: site, views: views, contexts: contexts) { made[file.path] = file }
        }
        for file in SiteRenderer.assets(site: site, theme: theme, paths: paths) { made[file.path] = file }
        others = made
        return made
    }
}
