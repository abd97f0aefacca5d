import BegrootCore
import CCmark
import Foundation

/// Turns a volunteer's Markdown into safe HTML with cmark. The only user of the C library.
public struct MarkdownRenderer: Sendable {
    /// Keep raw HTML from the Markdown (site.yaml `markdown: {unsafe: true}`); dangerous links are dropped anyway.
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
    }

    /// The HTML of `markdown`. `rewriteURL` may change each link and image address (to make media
    /// paths relative to the page); addresses with a dangerous scheme never reach the output.
    public func html(_ markdown: String, rewriteURL: (String) -> String = { $0 }) -> String {
        String(decoding: htmlBytes(markdown, rewriteURL: rewriteURL), as: UTF8.self)
    }

    /// The HTML as UTF-8 bytes, for a template to write as it is. The Markdown comes from a Swift
    /// `String`, which is always valid UTF-8, so cmark need not validate it again (and its output,
    /// made from valid input, is valid too).
    public func htmlBytes(_ markdown: String, rewriteURL: (String) -> String = { $0 }) -> [UInt8] {
        var options = CMARK_OPT_DEFAULT
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        guard !markdown.isEmpty else { return [] }
        var markdown = markdown
        let document: OpaquePointer? = markdown.withUTF8 { text in
            text.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, text.count, options) }
        }
        guard let document else { return [] }
        defer { cmark_node_free(document) }
        sanitize(document, rewriteURL: rewriteURL)
        guard let rendered = cmark_render_html(document, options) else { return [] }
        defer { free(rendered) }
        return rendered.withMemoryRebound(to: UInt8.self, capacity: 1) { Array(UnsafeBufferPointer(start: $0, count: strlen(rendered))) }
    }

    private func sanitize(_ document: OpaquePointer, rewriteURL: (String) -> String) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var rawHTMLToDrop: [OpaquePointer] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let safe = URLSafety.isSafe(url) ? rewriteURL(url) : ""
                if safe != url { cmark_node_set_url(node, safe) }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if allowsRawHTML, URLSafety.containsDangerousScheme(literal) { rawHTMLToDrop.append(node) }
            default:
                break
            }
        }
        for node in rawHTMLToDrop {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }
}

/// Which link addresses may appear on a page.
enum URLSafety {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Relative addresses, fragments and the allowed schemes are safe; `javascript:`, `data:`,
    /// `vbscript:`, `file:` and anything unknown are not.
    static func isSafe(_ url: String) -> Bool {
        // The scheme: the bytes before the first ':', control characters and spaces left out (browsers
        // ignore them: `java\tscript:`), lowercased. A '/', '?' or '#' first means a relative address.
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            if byte <= 0x20 { continue }
            if byte == UInt8(ascii: ":") {
                return allowedSchemes.contains(String(decoding: scheme, as: UTF8.self))
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { return true }
            scheme.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return true
    }

    /// Whether raw HTML mentions a script-running scheme or an event handler.
    static func containsDangerousScheme(_ html: String) -> Bool {
        let squeezed = String(html.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        return ["javascript:", "vbscript:", "data:text/html", "<script", "onerror=", "onload=", "onclick="].contains {
            squeezed.contains($0)
        }
    }
}
