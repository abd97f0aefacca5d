import BegrootContent
import BegrootCore
import BegrootRender
import Foundation

/// What a build or check is asked to do (the command line's options, parsed).
public struct BuildOptions: Sendable {
    public var siteFolder: String
    public var outputFolder: String
    public var baseURL: String?
    public var includeDrafts: Bool
    public var strict: Bool
    /// The day the portal is built for; see `RenderOptions.today`.
    public var today: DayDate
    /// Told what the build is doing, from any thread: for a progress line on a terminal.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// Where the writer registers its staging folder, so that a signal can remove it.
    public var stagingFolders: StagingFolders?
    /// The buurten of the last load, for `serve`, which tells it what changed.
    public var memory: BuurtMemory?

    public init(
        siteFolder: String, outputFolder: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false, strict: Bool = false,
        today: DayDate = BuildOptions.buildDay()
    ) {
        self.today = today
        self.siteFolder = siteFolder
        self.outputFolder = outputFolder ?? (siteFolder as NSString).appendingPathComponent("public")
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
    }
}

extension BuildOptions {
    /// Today in UTC, or the day of `SOURCE_DATE_EPOCH` (seconds since 1970) when it is set, as the
    /// reproducible-builds convention asks.
    public static func buildDay(environment: [String: String] = ProcessInfo.processInfo.environment) -> DayDate {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) } ?? Int64(Date().timeIntervalSince1970)
        let (days, rest) = seconds.quotientAndRemainder(dividingBy: 86_400)
        return DayDate(daysSinceEpoch: Int(rest < 0 ? days - 1 : days))
    }
}

/// What a build produced: its diagnostics, how much it wrote, how long each stage took.
public struct BuildReport: Sendable {
    public var diagnostics: Diagnostics
    public var pageCount = 0
    public var fileCount = 0
    /// Seconds per named stage, in the order they ran.
    public var timings: [(stage: String, seconds: Double)] = []
    /// Set when the output folder could not or must not be written.
    public var writeError: WriteError?
    /// How much of the content is translated, once the site has loaded.
    public var coverage: TranslationCoverage?
    /// The site's settings, once they have loaded.
    public var config: SiteConfig?
    /// The loaded portal a build rendered, handed to the caller rather than freed at the end of the
    /// build: a command line about to exit leaves it to the operating system, which is quicker than
    /// freeing every plan and string one by one (30 ms on the benchmark's city portal).
    public var portal: (site: Site, theme: PortalTheme)?

    public var succeeded: Bool { !diagnostics.hasErrors && writeError == nil }
}

/// The build: load → check → theme → render → write, each a named, timed stage over explicit values.
/// `check` runs the same stages without rendering and writing.
public enum BuildPipeline {
    public static func build(_ options: BuildOptions) -> BuildReport {
        run(options, writing: true)
    }

    public static func check(_ options: BuildOptions) -> BuildReport {
        run(options, writing: false)
    }

    /// The model and theme for a site, or nil with the errors that stopped loading.
    public static func prepare(_ options: BuildOptions, report: inout BuildReport) -> (Site, PortalTheme)? {
        let loaded = timed("load", &report) { SiteLoader.load(siteFolder: options.siteFolder, memory: options.memory) }
        report.diagnostics.merge(loaded.diagnostics)
        guard let everything = loaded.site else { return nil }
        options.progress?(.checking)
        // The theme needs only the site's settings, so it loads on one core while the other checks.
        let (checked, (theme, themeProblems)) = timed("check+theme", &report) {
            both({ () -> (Diagnostics, TranslationCoverage) in
                let coverage = TranslationCoverage.measure(everything, includeDrafts: options.includeDrafts, memory: options.memory)
                return (SiteChecker.check(everything, includeDrafts: options.includeDrafts, coverage: coverage, memory: options.memory), coverage)
            }, { loadTheme(for: everything, memory: options.memory) })
        }
        report.diagnostics.merge(checked.0)
        report.coverage = checked.1
        report.config = everything.config
        var site = everything.publishing(includeDrafts: options.includeDrafts)
        if let baseURL = options.baseURL { site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        report.diagnostics.merge(themeProblems)
        // "Is the site ready?" is asked once the content has no mistakes, so the mistakes are not
        // buried under what is still to be filled in.
        if !report.diagnostics.hasErrors {
            report.diagnostics.merge(
                ReadinessChecker.check(everything, includeDrafts: options.includeDrafts, coverage: checked.1, memory: options.memory))
        }
        guard let theme else { return nil }
        return (site, theme)
    }

    /// The theme over the built-in one; `serve` keeps it until the theme, the strings or the settings change.
    static func loadTheme(for site: Site, memory: BuurtMemory?) -> (PortalTheme?, Diagnostics) {
        guard let memory else { return PortalTheme.load(site: site) }
        return memory.siteWide(Derived("theme", readsPresentation: true)) { PortalTheme.load(site: site) }
    }

    /// Renders the whole portal in memory, for the writer, `serve` and golden tests alike.
    public static func render(_ options: BuildOptions, report: inout BuildReport) -> [OutputFile]? {
        guard let (site, theme) = prepare(options, report: &report) else { return nil }
        report.diagnostics = report.diagnostics.promotingWarnings(options.strict)
        guard !report.diagnostics.hasErrors else { return nil }
        let files = timed("render", &report) { SiteRenderer.render(site, theme: theme, options: RenderOptions(today: options.today)) }
        report.fileCount = files.count
        report.pageCount = files.count { $0.path.hasSuffix(".html") }
        return files
    }

    /// Loads and checks the site for `serve`: the portal to render on request when there are no
    /// errors, nil otherwise; nothing is rendered or written yet.
    public static func preview(_ options: BuildOptions) -> (report: BuildReport, portal: PortalOnRequest?) {
        var report = BuildReport(diagnostics: Diagnostics())
        let prepared = prepare(options, report: &report)
        report.diagnostics = report.diagnostics.promotingWarnings(options.strict)
        guard let (site, theme) = prepared, !report.diagnostics.hasErrors else { return (report, nil) }
        let portal = timed("prepare pages", &report) {
            PortalOnRequest(site, theme: theme, options: RenderOptions(today: options.today), memory: options.memory)
        }
        report.pageCount = SiteRenderer.pageCount(for: site)
        return (report, portal)
    }

    static func run(_ options: BuildOptions, writing: Bool) -> BuildReport {
        var report = BuildReport(diagnostics: Diagnostics())
        options.progress?(.loading)
        guard writing else {
            _ = prepare(options, report: &report)
            report.diagnostics = report.diagnostics.promotingWarnings(options.strict)
            return report
        }
        let writer = OutputWriter(output: options.outputFolder, siteFolder: options.siteFolder, stagingFolders: options.stagingFolders)
        do {
            try writer.checkTarget()
        } catch {
            report.writeError = error
            return report
        }
        guard let (site, theme) = prepare(options, report: &report) else { return report }
        report.portal = (site, theme)
        report.diagnostics = report.diagnostics.promotingWarnings(options.strict)
        guard !report.diagnostics.hasErrors else { return report }
        // Pages are written as they are rendered, into the staging folder; the swap comes last.
        do {
            let pages = SiteRenderer.pageCount(for: site)
            let counter = PageCounter()
            let progress = options.progress
            let written = try timed("render+write", &report) { () throws(WriteError) in
                try writer.write { deliver in
                    SiteRenderer.render(site, theme: theme, options: RenderOptions(today: options.today)) { file in
                        deliver(file)
                        if let progress, file.path.hasSuffix(".html") { progress(.writing(pages: counter.next(), of: pages)) }
                    }
                }
            }
            report.fileCount = written.files
            report.pageCount = written.pages
        } catch {
            report.writeError = error
        }
        return report
    }

    static func timed<T>(_ stage: String, _ report: inout BuildReport, _ work: () throws(WriteError) -> T) throws(WriteError) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { report.timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }

    static func timed<T>(_ stage: String, _ report: inout BuildReport, _ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { report.timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return work()
    }
}

/// What a build is doing, for a progress line.
public enum BuildProgress: Sendable, Equatable {
    case loading
    case checking
    /// `pages` of the portal's `of` pages are written.
    case writing(pages: Int, of: Int)
}

/// Counts pages written from several threads.
final class PageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
