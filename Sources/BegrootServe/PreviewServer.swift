import BegrootSite
import FlyingFox
import Foundation

/// `begroot serve`: builds the site into a private folder, serves it on 127.0.0.1 only, and
/// rebuilds when a file under `content/` or `themes/` changes; open pages reload themselves then.
/// The built files are never changed: the reload script is added to HTML as it is served. A build
/// with errors prints them and leaves the last good portal in place.
public final class PreviewServer: Sendable {
    public let siteFolder: String
    public let port: UInt16
    /// Where the preview is built: a temporary folder, so `public/` is left alone.
    public let output: String
    private let state = State()
    private let report: @Sendable (BuildReport) -> Void

    /// The number of the last good build, which pages poll to know when to reload.
    final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var _version = 0
        var version: Int {
            lock.lock()
            defer { lock.unlock() }
            return _version
        }

        func advance() {
            lock.lock()
            _version += 1
            lock.unlock()
        }
    }

    public init(siteFolder: String, port: UInt16, report: @escaping @Sendable (BuildReport) -> Void) {
        self.siteFolder = siteFolder
        self.port = port
        self.output = Self.privateFolder() + "/public"
        self.report = report
    }

    /// A new folder only this user can read, with a name no one can guess beforehand (`mkdtemp`).
    static func privateFolder() -> String {
        var template = Array((FileManager.default.temporaryDirectory.path + "/begroot-serve-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { return FileManager.default.temporaryDirectory.path + "/begroot-serve-\(getpid())" }
        return String(cString: template)
    }

    /// The private folder the preview is built in, removed when the server stops.
    public var folder: String { (output as NSString).deletingLastPathComponent }

    /// Removes the preview's folder (and with it the built portal).
    public func removeFolder() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Builds once, then serves and watches until the process ends.
    public func run() async throws {
        build()
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        await server.appendRoute("GET,HEAD *") { [self] request in try await self.respond(to: request) }
        let watcher = Task.detached { [self] in await self.watch() }
        defer { watcher.cancel() }
        try await server.run()
    }

    func build() {
        let result = BuildPipeline.build(BuildOptions(siteFolder: siteFolder, outputFolder: output))
        if result.succeeded { state.advance() }
        report(result)
    }

    /// Looks at the site's files once a second and rebuilds when any was added, removed or changed.
    func watch() async {
        var last = SourceFingerprint.of(siteFolder)
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 1_000_000_000)
            let now = SourceFingerprint.of(siteFolder)
            if now != last {
                last = now
                build()
            }
        }
    }

    static let reloadPath = "/__begroot/version"

    /// Polls the build number and reloads the page when it changes.
    static let reloadScript = Array(("<script>(function(){var v=null;setInterval(function(){fetch(\"" + reloadPath
        + "\",{cache:\"no-store\"}).then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v)location.reload();v=t})"
        + ".catch(function(){})},1000)})();</script>\n").utf8)

    func respond(to request: HTTPRequest) async throws -> HTTPResponse {
        // The raw path: `request.path` drops a trailing slash, which decides between a folder and a redirect.
        let path = request.target.path()
        if path == Self.reloadPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"],
                body: Data(String(state.version).utf8))
        }
        var resolved = PreviewFiles.resolve(path, in: output)
        if resolved == .notFound, !FileManager.default.fileExists(atPath: output) {
            // A rebuild is swapping the new portal in (two renames): ask again a moment later.
            try? await Task.sleep(nanoseconds: 50_000_000)
            resolved = PreviewFiles.resolve(path, in: output)
        }
        switch resolved {
        case .file(let path):
            let type = PreviewFiles.contentType(of: path)
            guard type.hasPrefix("text/html") else {
                // Everything but pages as it is on disk, with HEAD and byte ranges (videos seek and
                // play in every browser); never cached, so a rebuilt stylesheet shows at once.
                return try await FileHTTPHandler(path: URL(fileURLWithPath: path), contentType: type, cacheControl: [.noCache])
                    .handleRequest(request)
            }
            return file(path, status: .ok, method: request.method)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location])
        case .notFound:
            let notFound = output + "/404.html"
            if FileManager.default.fileExists(atPath: notFound) { return file(notFound, status: .notFound, method: request.method) }
            return HTTPResponse(statusCode: .notFound)
        }
    }

    private func file(_ path: String, status: HTTPStatusCode, method: HTTPMethod) -> HTTPResponse {
        guard var data = FileManager.default.contents(atPath: path) else { return HTTPResponse(statusCode: .notFound) }
        let type = PreviewFiles.contentType(of: path)
        if type.hasPrefix("text/html") { data = PreviewFiles.inject(Self.reloadScript, into: data) }
        var headers: HTTPHeaders = [.contentType: type, .init("Cache-Control"): "no-store"]
        guard method != .HEAD else {
            headers[.contentLength] = String(data.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: data)
    }
}

/// Which file a request path means, kept inside the output folder.
enum PreviewFiles {
    enum Resolution: Equatable {
        case file(String)
        case redirect(String)
        case notFound
    }

    /// `/k-buurt/` → `<output>/k-buurt/index.html`; `/k-buurt` → a redirect to `/k-buurt/`. A path
    /// with `..`, a hidden name, or a link leading out of the output folder is not found.
    static func resolve(_ requestPath: String, in output: String) -> Resolution {
        guard let decoded = requestPath.removingPercentEncoding, decoded.hasPrefix("/") else { return .notFound }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else { return .notFound }
        var path = output + "/" + parts.joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            // Always a path on this server: `//en` must not become a redirect to the host `en`.
            guard decoded.hasSuffix("/") else {
                let local = "/" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
                return .redirect(local + "/")
            }
            path += "/index.html"
        }
        // Symbolic links must not lead outside the output folder.
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: output).resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/"), FileManager.default.fileExists(atPath: real) else { return .notFound }
        return .file(real)
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "txt", "pb", "md": "text/plain; charset=utf-8"
        case "vtt": "text/vtt; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "gif": "image/gif"
        case "mp4", "m4v": "video/mp4"
        case "webm": "video/webm"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }

    /// `script` before the page's `</body>`, or at its end.
    static func inject(_ script: [UInt8], into page: Data) -> Data {
        let marker = Data("</body>".utf8)
        guard let range = page.range(of: marker, options: .backwards) else { return page + script }
        var result = page
        result.insert(contentsOf: script, at: range.lowerBound)
        return result
    }
}

/// What the watcher compares: every file under `content/` and `themes/` with its size and date.
struct SourceFingerprint: Equatable {
    var files: [String: [Int]] = [:]

    static func of(_ siteFolder: String) -> SourceFingerprint {
        var fingerprint = SourceFingerprint()
        for folder in ["content", "themes"] {
            let root = siteFolder + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                var status = stat()
                guard stat(root + "/" + relative, &status) == 0 else { continue }
                fingerprint.files[folder + "/" + relative] = [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
            }
        }
        return fingerprint
    }
}
