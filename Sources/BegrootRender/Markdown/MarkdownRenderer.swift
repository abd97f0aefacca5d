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

    /// The text of the first paragraph of `markdown`, as plain text on one line (emphasis, links and
    /// code keep their words; raw HTML and images are left out), at most `limit` characters, cut at a
    /// word with "…". Empty when there is no paragraph. For open data that wants a description.
    public static func firstParagraphText(_ markdown: String, limit: Int = 300) -> String {
        var markdown = markdown
        guard !markdown.isEmpty, let document: OpaquePointer = markdown.withUTF8({ text in
            text.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, text.count, CMARK_OPT_DEFAULT) }
        }) else { return "" }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        var inParagraph = false
        var inImage = 0
        loop: while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                if !entering, inParagraph, !text.isEmpty { break loop }
                inParagraph = entering
            case CMARK_NODE_IMAGE:
                inImage += entering ? 1 : -1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if inParagraph, inImage == 0 { text += cmark_node_get_literal(node).map { String(cString: $0) } ?? "" }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if inParagraph, inImage == 0 { text += " " }
            default:
                continue
            }
        }
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
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
