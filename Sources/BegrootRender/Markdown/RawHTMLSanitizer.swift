import BegrootCore

/// The raw HTML a site keeps with `markdown: {unsafe: true}`, rebuilt from an allow-list: the
/// elements and attributes of ordinary rich text (headings, lists, tables, links, images, `details`,
/// `abbr` …) pass; every other tag is dropped, and with `script`, `style`, `iframe`, `object`,
/// `svg`, `math`, `template`, `textarea` and their kin what is inside goes too. Event handlers and
/// `style` attributes never pass. Addresses in `href`, `src` and `cite` are decoded as a browser
/// decodes them (`java&#x73;cript:`, `javascript&colon;`) and must pass `LinkSafety`.
///
/// Nothing is copied from the input as markup: each kept tag is written anew, its name from the
/// list, its attributes double-quoted and escaped. What the browser reads is therefore exactly what
/// was judged here, however odd the input's quoting. Text between tags is kept, with any `<` or `>`
/// that does not start or end a kept tag escaped.
enum RawHTMLSanitizer {
    /// Elements kept, with the attributes each may carry besides the global ones.
    static let elements: [String: Set<String>] = [
        "a": ["href", "hreflang"], "abbr": [], "b": [], "bdi": [], "bdo": [], "blockquote": ["cite"], "br": [],
        "caption": [], "cite": [], "code": [], "col": ["span"], "colgroup": ["span"], "dd": [], "del": ["cite", "datetime"],
        "details": ["open"], "dfn": [], "div": [], "dl": [], "dt": [], "em": [], "figcaption": [], "figure": [],
        "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "hr": [], "i": [],
        "img": ["src", "alt", "width", "height", "loading"], "ins": ["cite", "datetime"], "kbd": [], "li": ["value"],
        "mark": [], "ol": ["start", "reversed", "type"], "p": [], "pre": [], "q": ["cite"], "rp": [], "rt": [],
        "ruby": [], "s": [], "samp": [], "small": [], "span": [], "strong": [], "sub": [], "summary": [], "sup": [],
        "table": [], "tbody": [], "td": ["colspan", "rowspan", "headers"], "tfoot": [], "th": ["colspan", "rowspan", "headers", "scope"],
        "thead": [], "time": ["datetime"], "tr": [], "u": [], "ul": [], "var": [], "wbr": [],
    ]
    static let globalAttributes: Set<String> = ["title", "lang", "dir", "class", "id"]
    static let voidElements: Set<String> = ["br", "col", "hr", "img", "wbr"]
    /// Dropped together with everything up to their closing tag.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "svg", "math", "template", "textarea", "title", "xmp",
        "noscript", "noembed", "noframes", "plaintext", "select", "frameset", "frame", "applet",
    ]
    static let addressAttributes: Set<String> = ["href", "src", "cite"]

    /// `html` with only what the allow-list keeps. `rewriteURL` is applied to every address that
    /// passes, as to Markdown links (media paths made relative to the page).
    static func clean(_ html: String, rewriteURL: (String) -> String = { $0 }) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var skippingUntil: String?
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                if skippingUntil == nil {
                    if byte == UInt8(ascii: ">") { output += "&gt;".utf8 } else { output.append(byte) }
                }
                index += 1
                continue
            }
            guard let tag = Self.tag(in: bytes, at: index) else {
                if skippingUntil == nil { output += "&lt;".utf8 }
                index += 1
                continue
            }
            index = tag.end
            if let closing = skippingUntil {
                if tag.kind == .end, tag.name == closing { skippingUntil = nil }
                continue
            }
            switch tag.kind {
            case .comment:
                continue
            case .end:
                if Self.elements[tag.name] != nil, !Self.voidElements.contains(tag.name) { output += "</\(tag.name)>".utf8 }
            case .start:
                if Self.droppedWithContent.contains(tag.name) {
                    if !tag.selfClosing, tag.name != "embed", tag.name != "frame" { skippingUntil = tag.name }
                } else if let allowed = Self.elements[tag.name] {
                    write(tag, allowed: allowed, rewriteURL: rewriteURL, into: &output)
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ tag: Tag, allowed: Set<String>, rewriteURL: (String) -> String, into output: inout [UInt8]) {
        output += "<\(tag.name)".utf8
        var written: Set<String> = []
        for (name, rawValue) in tag.attributes where !written.contains(name) {
            guard allowed.contains(name) || globalAttributes.contains(name) else { continue }
            written.insert(name)
            let value = HTMLEntities.decode(rawValue)
            guard let kept = keptValue(name, value, rewriteURL: rewriteURL) else { continue }
            if name == "open" || name == "reversed" {
                output += " \(name)".utf8
            } else {
                output += " \(name)=\"".utf8
                HTML.escape(kept, into: &output)
                output.append(UInt8(ascii: "\""))
            }
        }
        output.append(UInt8(ascii: ">"))
    }

    /// The value to write for an allowed attribute, or nil to leave the attribute out.
    private static func keptValue(_ name: String, _ value: String, rewriteURL: (String) -> String) -> String? {
        func only(_ characters: String) -> String? {
            !value.isEmpty && value.allSatisfy({ characters.contains($0) || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) ? value : nil
        }
        switch name {
        case "href", "src", "cite": return LinkSafety.isSafe(value) ? rewriteURL(value) : nil
        case "dir": return ["ltr", "rtl", "auto"].contains(value.lowercased()) ? value.lowercased() : nil
        case "width", "height", "span", "colspan", "rowspan", "start", "value":
            return !value.isEmpty && value.allSatisfy(\.isASCII) && Int(value) != nil ? value : nil
        case "lang", "hreflang", "id": return only("-_")
        case "class", "headers": return only("-_ ")
        case "scope": return ["row", "col", "rowgroup", "colgroup"].contains(value.lowercased()) ? value.lowercased() : nil
        case "loading": return ["lazy", "eager"].contains(value.lowercased()) ? value.lowercased() : nil
        case "type": return ["1", "a", "A", "i", "I"].contains(value) ? value : nil
        default: return value
        }
    }

    // MARK: Reading tags

    struct Tag {
        enum Kind { case start, end, comment }
        var kind: Kind
        var name: String
        var attributes: [(String, String)]
        var selfClosing: Bool
        /// The index just after the tag.
        var end: Int
    }

    /// The tag, comment or declaration at `start` (a `<`) as the HTML tokenizer reads it, or nil when
    /// the `<` starts none (`a < b`) or the tag never ends.
    static func tag(in bytes: [UInt8], at start: Int) -> Tag? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
            let isComment = bytes[index...].starts(with: "!--".utf8)
            let terminator: [UInt8] = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
            let from = isComment ? index + 3 : index
            let close = find(terminator, in: bytes, from: from).map { $0 + terminator.count } ?? bytes.count
            return Tag(kind: .comment, name: "", attributes: [], selfClosing: false, end: close)
        }
        var kind = Tag.Kind.start
        if bytes[index] == UInt8(ascii: "/") {
            kind = .end
            index += 1
        }
        guard index < bytes.count, isASCIILetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var attributes: [(String, String)] = []
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) {
                index += 1
            } else if byte == UInt8(ascii: ">") {
                return Tag(kind: kind, name: name, attributes: attributes, selfClosing: selfClosing, end: index + 1)
            } else if byte == UInt8(ascii: "/") {
                selfClosing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">")
                index += 1
            } else {
                let attributeStart = index
                index += 1  // the first character may be '=' (the tokenizer takes it into the name)
                while index < bytes.count, !isSpace(bytes[index]), !"/>=".utf8.contains(bytes[index]) { index += 1 }
                let attributeName = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
                var value = ""
                var next = index
                while next < bytes.count, isSpace(bytes[next]) { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "=") {
                    next += 1
                    while next < bytes.count, isSpace(bytes[next]) { next += 1 }
                    guard next < bytes.count else { return nil }
                    if bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "'") {
                        guard let close = bytes[(next + 1)...].firstIndex(of: bytes[next]) else { return nil }
                        value = String(decoding: bytes[(next + 1)..<close], as: UTF8.self)
                        next = close + 1
                    } else {
                        let valueStart = next
                        while next < bytes.count, !isSpace(bytes[next]), bytes[next] != UInt8(ascii: ">") { next += 1 }
                        value = String(decoding: bytes[valueStart..<next], as: UTF8.self)
                    }
                    index = next
                }
                attributes.append((attributeName, value))
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
