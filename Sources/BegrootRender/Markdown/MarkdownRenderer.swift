import BegrootCore
import CCmark
import Foundation

/// Turns a volunteer's Markdown into safe HTML with cmark. The only user of the C library.
public struct MarkdownRenderer: Sendable {
    /// Keep raw HTML from the Markdown (site.yaml `markdown: {unsafe: true}`), through `RawHTMLSanitizer`'s allow-list.
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
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let safe = LinkSafety.isSafe(url) ? rewriteURL(url) : ""
                if safe != url { cmark_node_set_url(node, safe) }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                // Without `unsafe` cmark leaves raw HTML out itself; with it, only what the allow-list keeps.
                guard allowsRawHTML else { break }
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let clean = RawHTMLSanitizer.clean(literal, rewriteURL: rewriteURL)
                if clean != literal { cmark_node_set_literal(node, clean) }
            default:
                break
            }
        }
    }
}
