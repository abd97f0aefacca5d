import BegrootContent
import BegrootCore
import BegrootRender
import BegrootSite
import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// `begroot serve`: keeps the site loaded in memory, renders each page when the browser asks for
/// it, and loads the site again when the operating system says a file under `content/` or
/// `themes/` changed. Open pages follow through server-sent events and reload themselves; while
/// the content has errors every page shows them in an overlay over the last good version.
/// Nothing is written to disk. Listens on 127.0.0.1 only, with bounded requests and idle
/// connections closed (`Limits`).
public final class PreviewServer: Sendable {
    public let siteFolder: String
    public let port: UInt16
    private let state = PreviewState()
    private let report: @Sendable (BuildReport) -> Void
    private let reloads = NSLock()
    private let memory = BuurtMemory()

    /// What one connection may cost.
    public enum Limits {
        /// The request line and all headers together, in bytes: more is answered 400 and closed.
        public static let requestHead = 8 * 1024
        public static let headerCount = 100
        /// A connection that sends nothing for this long (and waits for no answer) is closed.
        public static let idleSeconds: Int64 = 30
    }

    public init(siteFolder: String, port: UInt16, report: @escaping @Sendable (BuildReport) -> Void) {
        self.siteFolder = siteFolder
        self.port = port
        self.report = report
    }

    /// Loads once, then serves and watches until the process ends.
    public func run() async throws {
        // Watching first: a file saved while the site loads is loaded again at once.
        SourceWatcher(siteFolder: siteFolder) { [self] changed in load(changed: changed) }.start()
        load(changed: nil)
        var logger = Logger(label: "begroot.serve")
        logger.logLevel = .critical
        let http = HTTP1Channel.Configuration(
            idleTimeout: .seconds(Limits.idleSeconds),
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: Limits.requestHead, maxHeaderListSize: Limits.requestHead, maxHeaderFieldCount: Limits.headerCount))
        let application = Application(
            responder: PreviewResponder(state: state, siteFolder: siteFolder),
            server: .http1(configuration: http),
            configuration: .init(address: .hostname("127.0.0.1", port: Int(port)), serverName: nil),
            logger: logger)
        try await application.run()
    }

    /// Loads and checks the site again (one load at a time) and publishes the result. Buurten
    /// whose files did not change (`changed`, relative to the site folder; nil: unknown) are taken
    /// from memory.
    func load(changed: Set<String>?) {
        reloads.lock()
        defer { reloads.unlock() }
        memory.forget(changed: changed)
        var options = BuildOptions(siteFolder: siteFolder)
        options.memory = memory
        let (result, portal) = BuildPipeline.preview(options)
        state.loaded(portal: portal, problems: result.diagnostics.sorted.filter { $0.severity == .error })
        report(result)
    }
}

/// Answers one request from the state of the moment.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let state: PreviewState
    let siteFolder: String

    static let eventsPath = "/__begroot/events"

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        if path == Self.eventsPath { return events() }
        let snapshot = state.snapshot
        guard let portal = snapshot.portal else {
            // Nothing has loaded without errors yet: every page is the list of errors.
            return page(Array(PreviewPage.empty.utf8), status: .ok, snapshot, head: request.method == .head)
        }
        switch PreviewPaths.resolve(path, in: portal) {
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .file(let file):
            return try await respond(with: file, status: .ok, snapshot, request: request, context: context)
        case .notFound:
            guard let notFound = portal.notFoundPage(for: path) else { return Response(status: .notFound) }
            return try await respond(with: notFound, status: .notFound, snapshot, request: request, context: context)
        }
    }

    private func respond(with file: OutputFile, status: HTTPResponse.Status, _ snapshot: PreviewState.Snapshot, request: Request, context: Context)
        async throws -> Response
    {
        let type = PreviewPaths.contentType(of: file.path)
        switch file.content {
        case .copy(let source):
            return try await FileRanges.respond(source, contentType: type, request: request, context: context)
        case .text(let text) where type.hasPrefix("text/html"):
            return page(Array(text.utf8), status: status, snapshot, head: request.method == .head)
        case .bytes(let bytes) where type.hasPrefix("text/html"):
            return page(bytes, status: status, snapshot, head: request.method == .head)
        case .text(let text):
            return Self.body(Array(text.utf8), status: status, type: type, head: request.method == .head)
        case .bytes(let bytes):
            return Self.body(bytes, status: status, type: type, head: request.method == .head)
        }
    }

    /// A page with the reload script, and the overlay while the content has errors.
    private func page(_ bytes: [UInt8], status: HTTPResponse.Status, _ snapshot: PreviewState.Snapshot, head: Bool) -> Response {
        var added = ""
        if !snapshot.problems.isEmpty {
            let language = snapshot.portal?.site.config.defaultLanguage ?? PreviewPage.firstLanguage(siteFolder: siteFolder)
            added += ProblemOverlay(problems: snapshot.problems, language: language, hasPage: snapshot.portal != nil) { file, line in
                SourceLines.line(line, of: siteFolder + "/" + file)
            }.html
        }
        added += PreviewPage.reloadScript(version: snapshot.version)
        return Self.body(PreviewPage.inject(Array(added.utf8), into: bytes), status: status, type: "text/html; charset=utf-8", head: head)
    }

    static func body(_ bytes: [UInt8], status: HTTPResponse.Status, type: String, head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", .contentLength: String(bytes.count)]
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The event stream: the current version at once, then each new one; a comment every 15 s
    /// keeps proxies and browsers from giving up on a quiet stream.
    private func events() -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { [state] writer in
            let versions = state.versions()
            let (messages, queue) = AsyncStream<String>.makeStream()
            let forward = Task {
                for await version in versions { queue.yield("data: \(version)\n\n") }
                queue.finish()
            }
            let heartbeat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: 15_000_000_000)
                    queue.yield(": still here\n\n")
                }
            }
            defer {
                forward.cancel()
                heartbeat.cancel()
            }
            try await writer.write(ByteBuffer(string: "retry: 300\n\n"))
            // Ends when the page goes away: the write fails, and the version stream is dropped.
            for await message in messages { try await writer.write(ByteBuffer(string: message)) }
            try await writer.finish(nil)
        })
    }
}
