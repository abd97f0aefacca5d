/// A Mustache template, parsed once into a flat program and rendered many times over typed values.
///
/// begroot's themes are Mustache (variables, `{{{raw}}}`, sections, inverted sections, partials,
/// comments, dotted names, standalone lines as the Mustache specification has them). It renders
/// them itself instead of through a general Mustache library because the benchmark showed the
/// library's lookups — a protocol cast per name per context level — were most of the build time
/// (Benchmarks/README.md). Values are `TemplateValue`s; an empty text, `false` and an empty list
/// are false in a section. Lambdas, changing the delimiters and template inheritance are not
/// supported and are reported when the theme loads.
///
/// The program is a list of operations over one buffer of the template's literal text, so that
/// rendering copies bytes and looks up names without counting references to shared strings.
struct Template: Sendable {
    enum Operation: Sendable {
        /// Literal text: a range of `text`.
        case text(start: Int, end: Int)
        /// `{{name}}` (escaped) or `{{{name}}}`: an index into `names`.
        case variable(Int, escaped: Bool)
        /// `{{#name}}` or `{{^name}}`: the operations after it up to `end` are inside.
        case section(Int, inverted: Bool, end: Int)
        case partial(String, indent: String)
    }

    /// A name as written in a tag: `.`, `title` or dotted, `t.plan.status`.
    struct Name: Sendable {
        let first: TemplateName
        let rest: [TemplateName]
        let isDot: Bool

        init(_ written: String) {
            let parts = written == "." ? ["."] : written.split(separator: ".").map(String.init)
            first = TemplateName(parts.first ?? "")
            rest = parts.dropFirst().map(TemplateName.init)
            isDot = written == "."
        }
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    let text: [UInt8]
    let operations: [Operation]
    let names: [Name]

    /// Parses `source`. A tag naming an interface string, `{{t.key}}` (or `{{{t.key}}}`) with `key`
    /// in `strings`, becomes literal text: the string, always escaped. Strings are data and never
    /// template code, so a string that reads `{{{description}}}` shows just that (SPEC §11). Looking
    /// them up once here, not per page, is also what makes rendering fast (Benchmarks/README.md).
    /// A `t.` name the strings do not have is left to rendering, which finds it in the `t` tree or
    /// renders nothing.
    init(_ source: String, strings: [String: String] = [:]) throws(ParseError) {
        let tokens = try Self.tokenize(source, strings: strings)
        var text: [UInt8] = []
        var operations: [Operation] = []
        var names: [Name] = []
        var open: [(name: String, index: Int)] = []
        for token in tokens {
            switch token {
            case .text(let literal):
                let start = text.count
                text += literal.utf8
                operations.append(.text(start: start, end: text.count))
            case .tag(let kind, let name, let indent):
                switch kind {
                case "!":
                    continue
                case "#", "^":
                    open.append((name, operations.count))
                    names.append(Name(name))
                    operations.append(.section(names.count - 1, inverted: kind == "^", end: -1))
                case "/":
                    guard let section = open.last, section.name == name else {
                        throw ParseError(description: "{{/\(name)}} closes a section that is not open"
                            + (open.last.map { " (open: \($0.name))" } ?? ""))
                    }
                    open.removeLast()
                    guard case .section(let nameIndex, let inverted, _) = operations[section.index] else { continue }
                    operations[section.index] = .section(nameIndex, inverted: inverted, end: operations.count)
                case ">":
                    operations.append(.partial(name, indent: indent ?? ""))
                default:
                    names.append(Name(name))
                    operations.append(.variable(names.count - 1, escaped: kind != "&"))
                }
            }
        }
        if let section = open.last { throw ParseError(description: "the section {{#\(section.name)}} is never closed") }
        self.text = text
        self.operations = operations
        self.names = names
    }

    /// The partials this template includes, by name, for the theme's check of include cycles.
    var partialNames: [String] {
        operations.compactMap { if case .partial(let name, _) = $0 { name } else { nil } }
    }

    /// How deep partials may include partials when rendering; the theme check refuses cycles, so
    /// this only guards a template set that was not checked (a test's, say).
    static let maximumPartialDepth = 32

    // MARK: Parsing

    private enum Token {
        case text(String)
        case tag(kind: Character?, name: String, standaloneIndent: String?)
    }

    /// Splits the text into text and tags, removing the lines of standalone tags (a section, an
    /// inverted section, a closing tag, a partial or a comment alone on its line, with only spaces
    /// around it) as the Mustache specification says.
    private static func tokenize(_ text: String, strings: [String: String]) throws(ParseError) -> [Token] {
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
                if kind == nil || kind == "&", inner.hasPrefix("t."), let value = strings[String(inner.dropFirst(2))] {
                    tokens.append(.text(HTML.escape(value)))
                } else {
                    tokens.append(.tag(kind: kind, name: String(inner), standaloneIndent: nil))
                }
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

    // MARK: Rendering

    /// Renders with `values` as the outermost names; partials come from `partials`. The result is
    /// UTF-8, joined from the template's text and the values' texts, so it never needs validating.
    func render(_ values: TemplateValues, partials: [String: Template]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count + 8_192)
        var stack: [TemplateValue] = [.map(values)]
        render(into: &output, &stack, partials, depth: 0)
        return output
    }

    private func render(into output: inout [UInt8], _ stack: inout [TemplateValue], _ partials: [String: Template], depth: Int) {
        text.withUnsafeBufferPointer { text in
            operations.withUnsafeBufferPointer { operations in
                names.withUnsafeBufferPointer { names in
                    Self.run(0..<operations.count, operations, text, names, &stack, partials, depth: depth, into: &output)
                }
            }
        }
    }

    private static func run(
        _ range: Range<Int>, _ operations: UnsafeBufferPointer<Operation>, _ text: UnsafeBufferPointer<UInt8>,
        _ names: UnsafeBufferPointer<Name>, _ stack: inout [TemplateValue], _ partials: [String: Template], depth: Int,
        into output: inout [UInt8]
    ) {
        var index = range.lowerBound
        while index < range.upperBound {
            switch operations[index] {
            case .text(let start, let end):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
                index += 1
            case .variable(let name, let escaped):
                if let value = lookup(names[name], stack) { write(value, escaped: escaped, into: &output) }
                index += 1
            case .section(let name, let inverted, let end):
                let inside = index + 1..<end
                let value = lookup(names[name], stack)
                if inverted {
                    if !(value?.isTrue ?? false) { run(inside, operations, text, names, &stack, partials, depth: depth, into: &output) }
                } else if let value, value.isTrue {
                    if case .list(let items) = value {
                        for item in items {
                            stack.append(item)
                            run(inside, operations, text, names, &stack, partials, depth: depth, into: &output)
                            stack.removeLast()
                        }
                    } else {
                        stack.append(value)
                        run(inside, operations, text, names, &stack, partials, depth: depth, into: &output)
                        stack.removeLast()
                    }
                }
                index = end
            case .partial(let name, let indent):
                if let partial = partials[name], depth < maximumPartialDepth {
                    if indent.isEmpty {
                        partial.render(into: &output, &stack, partials, depth: depth + 1)
                    } else {
                        var inner: [UInt8] = []
                        partial.render(into: &inner, &stack, partials, depth: depth + 1)
                        indented(inner, by: Array(indent.utf8), into: &output)
                    }
                }
                index += 1
            }
        }
    }

    /// The first context (innermost first) that has the name's first part, then the rest of the path.
    private static func lookup(_ name: Name, _ stack: [TemplateValue]) -> TemplateValue? {
        if name.isDot { return stack.last }
        var found: TemplateValue? = stack.withUnsafeBufferPointer { stack in
            var level = stack.count - 1
            while level >= 0 {
                if let value = stack[level].value(named: name.first) { return value }
                level -= 1
            }
            return nil
        }
        for part in name.rest {
            found = found?.value(named: part)
        }
        return found
    }

    private static func write(_ value: TemplateValue, escaped: Bool, into output: inout [UInt8]) {
        switch value {
        case .text(let text):
            if escaped { HTML.escape(text, into: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .rendered(let bytes):
            // HTML made by another template: `{{{name}}}` writes it, `{{name}}` shows it as text.
            if escaped { HTML.escape(bytes: bytes, into: &output) } else { output.append(contentsOf: bytes) }
        case .list, .map:
            break
        }
    }

    private static func indented(_ text: [UInt8], by indent: [UInt8], into output: inout [UInt8]) {
        var atLineStart = true
        for byte in text {
            if atLineStart, byte != UInt8(ascii: "\n") { output += indent }
            output.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
    }
}
