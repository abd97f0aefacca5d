import ArgumentParser
import BegrootCore
import BegrootServe
import BegrootSite
import Foundation

/// The command line: parses arguments, runs a stage of BegrootSite, prints diagnostics, picks the exit code.
@main
struct Begroot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "begroot",
        abstract: "Builds a neighbourhood budget portal from Markdown, YAML and CSV.",
        version: "\(Release.version) (commit \(BuildInfo.commit))",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Import.self])

    /// `begroot` alone: the commands, one line each.
    func run() {
        print(CommandList.overview, terminator: "")
    }

    /// Wrong usage exits with 2 (SPEC §9), not ArgumentParser's 64.
    static func main() {
        if let message = CommandList.unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data(message.utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder, holding content/ and themes/.")
    var source: String = "."

    @Flag(help: "Treat warnings as errors.")
    var strict = false
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the portal into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder (default: <source>/public).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "The address the portal is published at, for absolute links.")
    var baseURL: String?

    @Flag(help: "Include plans, pages and updates marked as drafts.")
    var drafts = false

    @Flag(help: "Print how long each stage took.")
    var timings = false

    func validate() throws {
        if let baseURL, !WebAddress.isBase(baseURL) {
            throw ValidationError("--base-url must be the portal's web address, such as https://buurtbudget.example.org/, found '\(baseURL)'")
        }
    }

    func run() throws {
        var options = BuildOptions(
            siteFolder: site.source, outputFolder: output, baseURL: baseURL, includeDrafts: drafts, strict: site.strict)
        let line = ProgressLine.onTerminal()
        if let line { options.progress = { line.show($0) } }
        // Ctrl-C, TERM or HUP during a build: the staging folder goes, the previous output stays.
        let staging = StagingFolders()
        options.stagingFolders = staging
        let stops = Signals.onStop { signalNumber in
            line?.clear()
            staging.removeAll()
            Foundation.exit(128 + signalNumber)
        }
        let report = withExtendedLifetime(stops) { BuildPipeline.build(options) }
        line?.clear()
        let printer = DiagnosticPrinter(sourcePrefix: site.source)
        printer.print(report.diagnostics)
        if let problem = report.writeError {
            printer.fail(problem.description)
            switch problem {
            case .refused: throw ExitCode(2)
            case .failed: throw ExitCode(1)
            }
        }
        guard report.succeeded else { throw ExitCode(1) }
        if timings {
            for (stage, seconds) in report.timings { printer.done(String(format: "%-12@ %.3f s", stage, seconds)) }
        }
        let seconds = report.timings.map(\.seconds).reduce(0, +)
        printer.done("built \(report.pageCount) pages (\(report.fileCount) files) in \(String(format: "%.2f", seconds)) s into \(options.outputFolder)")
        // Done: end here, leaving the loaded portal in `report` to the operating system instead of
        // freeing it piece by piece on the way out.
        withExtendedLifetime(report) { Foundation.exit(EXIT_SUCCESS) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content for mistakes; writes nothing.")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Check as if drafts were published (as build --drafts does).")
    var drafts = false

    func run() throws {
        let report = BuildPipeline.check(BuildOptions(siteFolder: site.source, includeDrafts: drafts, strict: site.strict))
        let printer = DiagnosticPrinter(sourcePrefix: site.source)
        printer.print(report.diagnostics)
        if let coverage = report.coverage, let config = report.config {
            let lines = coverage.report(config: config).map { "translations: " + $0 + "\n" }
            FileHandle.standardOutput.write(Data(lines.joined().utf8))
        }
        guard report.succeeded else { throw ExitCode(1) }
        if report.diagnostics.isEmpty { printer.done("no problems found") }
    }
}

/// `begroot new site DIR | new buurt SLUG|"Name" | new plan BUURT "Title" | new update BUURT "Title"`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a site, a buurt, a plan or an update; never overwrites a file.",
        subcommands: [NewSite.self, NewBuurt.self, NewPlan.self, NewUpdate.self])

    /// `begroot new` alone: what it can start, one line each.
    func run() {
        print(Self.configuration.abstract + "\n\n" + CommandList.lines(of: Self.self, path: ["new"]).joined(separator: "\n"))
    }

    /// Writes the files, names each one and says what to do next; a problem is a usage error (exit code 2).
    static func create(_ start: () throws(Scaffold.Problem) -> Scaffold.Start, in root: String) throws {
        let printer = DiagnosticPrinter(sourcePrefix: root)
        do {
            let made = try start()
            for path in try Scaffold.write(made.files, in: root) {
                printer.done("created " + (root == "." ? path : (root as NSString).appendingPathComponent(path)))
            }
            printer.done(made.nextStep(root))
        } catch {
            printer.fail(error.description)
            throw ExitCode(2)
        }
    }
}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Start a site in a new or empty folder.")

    @Argument(help: "The folder for the site.")
    var folder: String

    @Option(help: "The site's languages, the default first, such as nl,en,tr,ar (another as code=Name: pap=Papiamentu).")
    var languages = "nl,en"

    @Option(help: "The portal's name, such as \"Buurtbudget Slotermeer\".")
    var name: String?

    func run() throws {
        try New.create({ () throws(Scaffold.Problem) in
            Scaffold.site(name: name, languages: try LanguageNames.parse(languages))
        }, in: folder)
    }
}

struct NewBuurt: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "buurt", abstract: "Start a buurt: buurt.yaml and its introduction.")

    @Option(help: "The site folder, holding content/.")
    var source: String = "."

    @Argument(help: "The buurt's name, such as \"Kleine Wereld\" (its slug is made from it), or its slug, such as k-buurt.")
    var name: String

    @Option(help: "The buurt's slug, when it is not to be made from the name (a name in Arabic script, say).")
    var slug: String?

    func run() throws {
        let today = BuildOptions.buildDay()
        try New.create({ () throws(Scaffold.Problem) in
            try Scaffold.buurt(name, slug: slug, config: try Scaffold.siteConfig(in: source), today: today)
        }, in: source)
    }
}

/// `[--source DIR] BUURT`: where a plan, an update or an import goes.
struct BuurtInSite: ParsableArguments {
    @Option(help: "The site folder, holding content/.")
    var source: String = "."

    @Argument(help: "The buurt's slug.")
    var buurt: String
}

struct NewPlan: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Start a plan in a buurt, as submitted today.")

    @OptionGroup var place: BuurtInSite

    @Argument(help: "The plan's title; its file name is made from it.")
    var title: String

    func run() throws {
        let (source, buurt) = (place.source, place.buurt)
        let today = BuildOptions.buildDay()
        try New.create({ () throws(Scaffold.Problem) in
            try Scaffold.requireBuurt(buurt, in: source)
            return try Scaffold.plan(title, buurt: buurt, config: try Scaffold.siteConfig(in: source), today: today)
        }, in: source)
    }
}

struct NewUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Start a news update in a buurt, dated today.")

    @OptionGroup var place: BuurtInSite

    @Argument(help: "The update's title; its file name is made from it.")
    var title: String

    func run() throws {
        let (source, buurt) = (place.source, place.buurt)
        let today = BuildOptions.buildDay()
        try New.create({ () throws(Scaffold.Problem) in
            try Scaffold.requireBuurt(buurt, in: source)
            return try Scaffold.update(title, buurt: buurt, config: try Scaffold.siteConfig(in: source), today: today)
        }, in: source)
    }
}

/// `begroot import plans BUURT FILE.csv`: a spreadsheet or form export as plan files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring in plans from a spreadsheet; never overwrites a file.", subcommands: [ImportPlans.self])

    /// `begroot import` alone: what it can bring in.
    func run() {
        print(Self.configuration.abstract + "\n\n" + CommandList.lines(of: Self.self, path: ["import"]).joined(separator: "\n"))
    }
}

struct ImportPlans: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "Turn a spreadsheet (CSV, one row a plan) into plan files of a buurt.",
        discussion: """
            The first row names the columns, in English or Dutch: title/titel, summary/samenvatting, theme/thema, \
            status, requested/gevraagd, awarded/toegekend, proposers/indieners, submitted/ingediend op, text/tekst; \
            title.en, tekst.ar … hold translations. Nothing is written while any row has a mistake.
            """)

    @OptionGroup var place: BuurtInSite

    @Argument(help: "The spreadsheet saved as CSV (comma or semicolon).")
    var file: String

    func run() throws {
        let (source, buurt) = (place.source, place.buurt)
        let printer = DiagnosticPrinter(sourcePrefix: ".")
        let plan: PlanImport.Plan
        do {
            plan = try PlanImport.prepare(csv: file, buurt: buurt, in: source)
        } catch {
            printer.fail(error.description)
            throw ExitCode(2)
        }
        printer.print(plan.diagnostics)
        guard !plan.diagnostics.hasErrors else {
            printer.fail("nothing was imported; mend the rows named above and run the import again")
            throw ExitCode(1)
        }
        let written: [String]
        do {
            written = try Scaffold.write(plan.files, in: source)
        } catch {
            printer.fail(error.description)
            throw ExitCode(1)
        }
        let shown = { (path: String) in source == "." ? path : (source as NSString).appendingPathComponent(path) }
        for path in written { printer.done("created " + shown(path)) }
        let check = source == "." ? "`begroot check`" : "`begroot check --source \(source)`"
        let serve = source == "." ? "`begroot serve`" : "`begroot serve --source \(source)`"
        printer.done("imported \(plan.count) plan\(plan.count == 1 ? "" : "s") into content/buurten/\(buurt)/plans/; next: \(check), then \(serve) to see them")
    }
}

/// `begroot serve`: a preview on 127.0.0.1 that rebuilds and reloads as content changes.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the portal on 127.0.0.1; open pages follow every save.",
        discussion: "The portal is rendered from memory, nothing is written; mistakes show in the page.")

    @Option(help: "The site folder, holding content/ and themes/.")
    var source: String = "."

    @Option(help: "The port to listen on, on 127.0.0.1 only.")
    var port: UInt16 = 8000

    func run() throws {
        let printer = DiagnosticPrinter(sourcePrefix: source)
        let server = PreviewServer(siteFolder: source, port: port) { report in
            printer.print(report.diagnostics)
            let seconds = report.timings.map(\.seconds).reduce(0, +)
            let stages = report.timings.map { "\($0.stage) \(String(format: "%.3f", $0.seconds))" }.joined(separator: ", ")
            if report.succeeded {
                printer.done("ready: \(report.pageCount) pages, loaded in \(String(format: "%.3f", seconds)) s (\(stages))")
            } else {
                printer.done("the preview shows these errors over the last pages that worked")
            }
        }
        printer.done("serving http://127.0.0.1:\(port)/ — press Ctrl-C to stop")
        // Nothing to clean up: the preview lives in memory. Ctrl-C, TERM or HUP end it at once.
        let stops = Signals.onStop { _ in Foundation.exit(0) }
        Task {
            do {
                try await server.run()
            } catch {
                printer.fail("cannot serve on 127.0.0.1:\(port): \(error)")
                Foundation.exit(2)
            }
        }
        withExtendedLifetime(stops) { dispatchMain() }
    }
}

/// A line on the terminal that says what a long build is doing ("writing pages: 4210 of 12228"),
/// rewritten in place at most ten times a second and cleared before the diagnostics. Only when
/// standard error is a terminal, so logs and pipes get the plain lines alone.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastShown: UInt64 = 0
    private var shown = false

    static func onTerminal() -> ProgressLine? {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb" ? ProgressLine() : nil
    }

    func show(_ progress: BuildProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        if case .writing(let done, let total) = progress, done < total, now - lastShown < 100_000_000 { return }
        lastShown = now
        let text = switch progress {
        case .loading: "loading the content…"
        case .checking: "checking…"
        case .writing(let done, let total): "writing pages: \(done) of \(total)"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[Kbegroot: " + text).utf8))
        shown = true
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}

/// The signals that ask a command to stop: Ctrl-C, TERM, and HUP when the terminal closes.
enum Signals {
    /// Runs `handler` (on its own queue, so a busy main thread does not delay it) when one of them
    /// arrives; keep the returned sources alive for as long as it should.
    static func onStop(_ handler: @escaping @Sendable (Int32) -> Void) -> [DispatchSourceSignal] {
        let queue = DispatchQueue(label: "begroot.signals")
        return [SIGINT, SIGTERM, SIGHUP].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { handler(signalNumber) }
            source.resume()
            return source
        }
    }
}
