/// A Mustache template, parsed once and rendered many times over plain Swift values.
///
/// begroot's themes are Mustache (variables, `{{{raw}}}`, sections, inverted sections, partials,
/// comments, dotted names, standalone lines as the Mustache specification has them). It renders
/// them itself instead of through a general Mustache library because the benchmark showed the
/// library's lookups — a protocol cast per name per context level — were most of the build time
/// (Benchmarks/README.md). Values are `String`, `Bool`, `Int`, `[String: Any]`, lists of those;
/// an empty string, `false`, `nil` and an empty list are false in a section. Lambdas, changing the
/// delimiters and template inheritance are not supported and are reported when the theme loads.
struct Template: Sendable {
    enum Node: Sendable {
        case text(String)
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, [Node])
        case partial(String, indent: String)
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    let nodes: [Node]

    init(_ text: String) throws(ParseError) {
        var tokens = try Self.tokenize(text)
        var index = 0
        nodes = try Self.build(&tokens, &index, closing: nil)
    }

    // MARK: Parsing

    private enum Token {
        case text(String)
        case tag(kind: Character?, name: String, standaloneIndent: String?)
    }

    /// Splits the text into text and tags, removing the lines of standalone tags (a section, an
    /// inverted section, a closing tag, a partial or a comment alone on its line, with only spaces
    /// around it) as the Mustache specification says.
    private static func tokenize(_ text: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var position = 0
        var textStart = 0
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "{"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{") else {
                position += 1
                continue
            }
            let triple = position + 2 < bytes.count && bytes[position + 2] == UInt8(ascii: "{")
            let innerStart = position + (triple ? 3 : 2)
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let innerEnd = find(closing, in: bytes, from: innerStart) else {
                throw ParseError(description: "a tag opened with {{ is never closed")
            }
            let tagEnd = innerEnd + closing.count
            var inner = string(innerStart..<innerEnd).trimmingSpaces
            var kind: Character? = triple ? "&" : nil
            if !triple, let first = inner.first, "#^/>!&=<$".contains(first) {
                kind = first
                inner = inner.dropFirst().trimmingSpaces
            }
            if kind == "=" || kind == "<" || kind == "$" {
                throw ParseError(description: "'{{\(kind!)' (delimiters or inheritance) is not supported in begroot themes")
            }
            // Standalone: only spaces between the line start and the tag, and between the tag and the line end.
            var lineStart = position
            while lineStart > textStart, bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") {
                lineStart -= 1
            }
            let atLineStart = lineStart == 0 || bytes[lineStart - 1] == UInt8(ascii: "\n")
            var lineEnd = tagEnd
            while lineEnd < bytes.count, bytes[lineEnd] == UInt8(ascii: " ") || bytes[lineEnd] == UInt8(ascii: "\t") { lineEnd += 1 }
            let atLineEnd = lineEnd == bytes.count || bytes[lineEnd] == UInt8(ascii: "\n")
                || (bytes[lineEnd] == UInt8(ascii: "\r") && lineEnd + 1 < bytes.count && bytes[lineEnd + 1] == UInt8(ascii: "\n"))
            let canStandAlone = kind.map { "#^/>!".contains($0) } ?? false
            if canStandAlone, atLineStart, atLineEnd, lineStart >= textStart {
                if lineStart > textStart { tokens.append(.text(string(textStart..<lineStart))) }
                tokens.append(.tag(kind: kind, name: String(inner), standaloneIndent: string(lineStart..<position)))
                var next = lineEnd
                if next < bytes.count, bytes[next] == UInt8(ascii: "\r") { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "\n") { next += 1 }
                position = next
            } else {
                if position > textStart { tokens.append(.text(string(textStart..<position))) }
                tokens.append(.tag(kind: kind, name: String(inner), standaloneIndent: nil))
                position = tagEnd
            }
            textStart = position
        }
        if textStart < bytes.count { tokens.append(.text(string(textStart..<bytes.count))) }
        return tokens
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func build(_ tokens: inout [Token], _ index: inout Int, closing: String?) throws(ParseError) -> [Node] {
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let text):
                nodes.append(.text(text))
            case .tag(let kind, let name, let indent):
                switch kind {
                case "!":
                    continue
                case "#", "^":
                    let children = try build(&tokens, &index, closing: name)
                    nodes.append(.section(path(name), inverted: kind == "^", children))
                case "/":
                    guard name == closing else {
                        throw ParseError(description: "{{/\(name)}} closes a section that is not open" + (closing.map { " (open: \($0))" } ?? ""))
                    }
                    return nodes
                case ">":
                    nodes.append(.partial(name, indent: indent ?? ""))
                case "&":
                    nodes.append(.variable(path(name), escaped: false))
                default:
                    nodes.append(.variable(path(name), escaped: true))
                }
            }
        }
        if let closing { throw ParseError(description: "the section {{#\(closing)}} is never closed") }
        return nodes
    }

    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".").map(String.init)
    }

    // MARK: Rendering

    /// Renders with `context` as the outermost values; partials come from `partials`.
    func render(_ context: [String: Any], partials: [String: Template]) -> String {
        var output = ""
        output.reserveCapacity(16_384)
        var stack: [Frame] = [Frame(names: context)]
        Self.render(nodes, &stack, partials, into: &output)
        return output
    }

    /// A context on the stack, its names already cast once (not at every lookup).
    private struct Frame {
        let value: Any
        let names: [String: Any]?

        init(_ value: Any) {
            self.value = value
            self.names = value as? [String: Any]
        }

        init(names: [String: Any]) {
            self.value = names
            self.names = names
        }
    }

    private static func render(_ nodes: [Node], _ stack: inout [Frame], _ partials: [String: Template], into output: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let path, let escaped):
                guard let value = lookup(path, stack) else { continue }
                let text = Self.text(of: value)
                output += escaped ? HTML.escape(text) : text
            case .section(let path, let inverted, let children):
                let value = lookup(path, stack)
                if inverted {
                    if !isTrue(value) { render(children, &stack, partials, into: &output) }
                    continue
                }
                guard let value, isTrue(value) else { continue }
                // Lists of maps and of texts are iterated as they are; converting them to [Any]
                // would copy every element.
                if let maps = value as? [[String: Any]] {
                    for item in maps {
                        stack.append(Frame(names: item))
                        render(children, &stack, partials, into: &output)
                        stack.removeLast()
                    }
                } else if let texts = value as? [String] {
                    for item in texts {
                        stack.append(Frame(item))
                        render(children, &stack, partials, into: &output)
                        stack.removeLast()
                    }
                } else if let list = value as? [Any] {
                    for item in list {
                        stack.append(Frame(item))
                        render(children, &stack, partials, into: &output)
                        stack.removeLast()
                    }
                } else {
                    stack.append(Frame(value))
                    render(children, &stack, partials, into: &output)
                    stack.removeLast()
                }
            case .partial(let name, let indent):
                guard let partial = partials[name] else { continue }
                if indent.isEmpty {
                    render(partial.nodes, &stack, partials, into: &output)
                } else {
                    var inner = ""
                    render(partial.nodes, &stack, partials, into: &inner)
                    output += indented(inner, by: indent)
                }
            }
        }
    }

    /// The first context (innermost first) that has the name's first part, then the rest of the path.
    private static func lookup(_ path: [String], _ stack: [Frame]) -> Any? {
        if path.count == 1, path[0] == "." { return stack.last?.value }
        var found: Any?
        for frame in stack.reversed() {
            if let value = frame.names?[path[0]] {
                found = value
                break
            }
        }
        for name in path.dropFirst() {
            guard let values = found as? [String: Any] else { return nil }
            found = values[name]
        }
        return found
    }

    private static func isTrue(_ value: Any?) -> Bool {
        switch value {
        case nil: return false
        case let flag as Bool: return flag
        case let text as String: return !text.isEmpty
        case let maps as [[String: Any]]: return !maps.isEmpty
        case let texts as [String]: return !texts.isEmpty
        case let list as [Any]: return !list.isEmpty
        default: return true
        }
    }

    private static func text(of value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: return ""
        }
    }

    private static func indented(_ text: String, by indent: String) -> String {
        var result = ""
        var atLineStart = true
        for character in text {
            if atLineStart, character != "\n" { result += indent }
            result.append(character)
            atLineStart = character == "\n"
        }
        return result
    }
}
