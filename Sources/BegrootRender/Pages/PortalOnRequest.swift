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
    private let pageJobs: [String: SiteRenderer.Job]
    private let otherJobs: [SiteRenderer.Job]
    private let paths: SitePaths
    private let theme: PortalTheme
    private let lock = NSLock()
    private var others: [String: OutputFile]?

    public init(_ site: Site, theme: PortalTheme, options: RenderOptions) {
        self.site = site
        self.theme = theme
        paths = SitePaths(defaultLanguage: site.config.defaultLanguage)
        contexts = SiteRenderer.languageContexts(site, theme: theme, paths: paths, options: options)
        views = site.buurten.map { BuurtView(buurt: $0) }
        let jobs = SiteRenderer.jobs(for: site)
        var pageJobs: [String: SiteRenderer.Job] = [:]
        pageJobs.reserveCapacity(jobs.count)
        var otherJobs: [SiteRenderer.Job] = []
        for job in jobs {
            guard let (_, path) = SiteRenderer.page(of: job, site: site, paths: paths) else {
                otherJobs.append(job)
                continue
            }
            pageJobs[path] = job
            // The search job makes its index beside its page: the index is one of the other files.
            if case .search = job { otherJobs.append(job) }
        }
        self.pageJobs = pageJobs
        self.otherJobs = otherJobs
    }

    /// The file at `path` below the portal (`parkbuurt/index.html`, `assets/begroot.css`), or nil.
    public func file(at path: String) -> OutputFile? {
        if let job = pageJobs[path] {
            return SiteRenderer.render(job, site: site, views: views, contexts: contexts).first { $0.path == path }
        }
        return otherFiles()[path]
    }

    /// Whether `path` is a folder of the portal: some file lies below it.
    public func isFolder(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return pageJobs.keys.contains { $0.hasPrefix(prefix) } || otherFiles().keys.contains { $0.hasPrefix(prefix) }
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
