import BegrootRender
import Foundation
import Hummingbird

/// Which file of the portal a request path means.
enum PreviewPaths {
    enum Resolution {
        case file(OutputFile)
        case redirect(String)
        case notFound
    }

    /// `/k-buurt/` → the portal's `k-buurt/index.html`; `/k-buurt` → a redirect to `/k-buurt/`.
    /// A path with `..`, `.`, a hidden name or a NUL is not found: nothing outside the portal is
    /// ever served, because only the portal's own files can be found.
    static func resolve(_ requestPath: String, in portal: PortalOnRequest) -> Resolution {
        guard let decoded = requestPath.removingPercentEncoding, decoded.hasPrefix("/") else { return .notFound }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else { return .notFound }
        let path = parts.joined(separator: "/")
        if decoded.hasSuffix("/") {
            return portal.file(at: path.isEmpty ? "index.html" : path + "/index.html").map { .file($0) } ?? .notFound
        }
        if let file = portal.file(at: path) { return .file(file) }
        guard portal.isFolder(path) else { return .notFound }
        // Always a path on this server: `//en` must not become a redirect to the host `en`.
        let local = "/" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
        return .redirect(local + "/")
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
        case "avif": "image/avif"
        case "gif": "image/gif"
        case "mp4", "m4v": "video/mp4"
        case "webm": "video/webm"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}

/// The preview's additions to a page.
enum PreviewPage {
    /// Follows the event stream and reloads when the version is no longer the page's own.
    static func reloadScript(version: Int) -> String {
        "<script>(function(){var v=\"\(version)\";var s=new EventSource(\"\(PreviewResponder.eventsPath)\");"
            + "s.onmessage=function(e){if(e.data!==v){s.close();location.reload()}}})();</script>\n"
    }

    /// The page while nothing has loaded without errors yet: the overlay has it all to itself.
    static let empty = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>begroot</title>\n</head>\n"
        + "<body>\n<main><h1>begroot</h1></main>\n</body>\n</html>\n"

    /// `addition` before the page's last `</body>`, or at its end.
    static func inject(_ addition: [UInt8], into page: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        var index = page.count - marker.count
        while index >= 0 {
            if page[index] == marker[0], Array(page[index..<index + marker.count]) == marker {
                var result = page
                result.insert(contentsOf: addition, at: index)
                return result
            }
            index -= 1
        }
        return page + addition
    }

    /// The site's first language as `site.yaml` writes it, for the overlay when it cannot load.
    static func firstLanguage(siteFolder: String) -> String {
        guard let text = try? String(contentsOfFile: siteFolder + "/content/site.yaml", encoding: .utf8) else { return "en" }
        for line in text.split(separator: "\n") where line.hasPrefix("defaultLanguage:") {
            return line.dropFirst("defaultLanguage:".count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return "en"
    }
}

/// One line of a content file, for the overlay's excerpt.
enum SourceLines {
    /// Line `number` (from 1) of the file, without its line break; nil when there is none. Long
    /// lines are cut at 240 characters.
    static func line(_ number: Int, of path: String) -> String? {
        guard number >= 1, let data = FileManager.default.contents(atPath: path), data.count <= 64 * 1024 * 1024 else { return nil }
        var current = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if current == number { return cut(data[start..<index]) }
            current += 1
            start = index + 1
        }
        return current == number && start < data.endIndex ? cut(data[start...]) : nil
    }

    private static func cut(_ bytes: Data) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text.count > 240 ? String(text.prefix(240)) + "…" : text
    }
}

/// A copied file (a video, a picture, a theme asset) with HEAD and one byte range, so videos seek
/// and play in every browser.
enum FileRanges {
    static func respond(_ source: String, contentType: String, request: Request, context: some RequestContext) async throws -> Response {
        var status = stat()
        guard stat(source, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return Response(status: .notFound) }
        let size = Int(status.st_size)
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-cache", .acceptRanges: "bytes"]
        var range: ClosedRange<Int>? = nil
        if let asked = request.headers[.range] {
            guard let parsed = Self.range(asked, size: size) else {
                headers[.contentRange] = "bytes */\(size)"
                return Response(status: .rangeNotSatisfiable, headers: headers)
            }
            range = parsed
            headers[.contentRange] = "bytes \(parsed.lowerBound)-\(parsed.upperBound)/\(size)"
        }
        let length = range.map { $0.count } ?? size
        headers[.contentLength] = String(length)
        let code: HTTPResponse.Status = range == nil ? .ok : .partialContent
        guard request.method != .head, length > 0 else { return Response(status: code, headers: headers) }
        let body = try await FileIO().loadFile(path: source, range: range ?? 0...(size - 1), context: context)
        return Response(status: code, headers: headers, body: body)
    }

    /// `bytes=0-9`, `bytes=100-`, `bytes=-500` within a file of `size` bytes; nil when unsatisfiable
    /// or not one range.
    static func range(_ header: String, size: Int) -> ClosedRange<Int>? {
        guard header.hasPrefix("bytes="), !header.contains(","), size > 0 else { return nil }
        let parts = header.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let first = parts[0].trimmingCharacters(in: .whitespaces)
        let last = parts[1].trimmingCharacters(in: .whitespaces)
        if first.isEmpty {
            guard let suffix = Int(last), suffix > 0 else { return nil }
            return max(0, size - suffix)...(size - 1)
        }
        guard let start = Int(first), start < size else { return nil }
        guard !last.isEmpty else { return start...(size - 1) }
        guard let end = Int(last), end >= start else { return nil }
        return start...min(end, size - 1)
    }
}
