import BegrootCore

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
struct FrontMatter {
    /// The YAML text, or nil when the file has no front matter.
    var yaml: String?
    /// Lines before the YAML's first line: add to YAML line numbers to get file line numbers.
    var yamlLineOffset: Int
    var body: MarkdownSource

    /// Splits `text`; an opening `---` without a closing one is an error at line 1. Works on the
    /// UTF-8 bytes (thousands of files per build); line ends may be LF, CRLF or CR.
    static func split(_ text: String, file: String) -> Result<FrontMatter, Diagnostic> {
        splitWithLineFeeds(text, file: file) ?? splitLineByLine(text, file: file)
    }

    /// Any line ends: the text split into lines first.
    static func splitLineByLine(_ text: String, file: String) -> Result<FrontMatter, Diagnostic> {
        let utf8 = text.utf8
        var lines: [Range<String.Index>] = []
        var start = utf8.startIndex
        var index = start
        var hasCarriageReturn = false
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 10 || byte == 13 else {
                utf8.formIndex(after: &index)
                continue
            }
            lines.append(start..<index)
            utf8.formIndex(after: &index)
            if byte == 13 {
                hasCarriageReturn = true
                if index != utf8.endIndex, utf8[index] == 10 { utf8.formIndex(after: &index) }
            }
            start = index
        }
        if start != utf8.endIndex { lines.append(start..<utf8.endIndex) }
        func isFence(_ range: Range<String.Index>) -> Bool {
            text[range].trimmingCharacters(in: [" ", "\t"]) == "---"
        }
        guard let first = lines.first, isFence(first) else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: MarkdownSource(text: text, location: SourceLocation(file: file))))
        }
        guard let close = lines.dropFirst().firstIndex(where: isFence) else {
            return .failure(.error("the front matter that starts here is never closed with a '---' line", at: SourceLocation(file: file)))
        }
        func joined(_ slice: ArraySlice<Range<String.Index>>) -> String {
            guard let from = slice.first?.lowerBound, let to = slice.last?.upperBound else { return "" }
            // With LF line ends the lines are one stretch of the text; otherwise join them with LF.
            return hasCarriageReturn ? slice.map { text[$0] }.joined(separator: "\n") : String(text[from..<to])
        }
        return .success(
            FrontMatter(
                yaml: joined(lines[1..<close]), yamlLineOffset: 1,
                body: MarkdownSource(text: joined(lines[(close + 1)...]), location: SourceLocation(file: file, line: close + 2))))
    }
}

extension FrontMatter {
    /// The common case, a file whose lines end in LF only: reads the bytes up to the closing fence
    /// and takes the rest of the file as the body without looking at it line by line. Nil when the
    /// file has a CR anywhere, for `split` to handle.
    static func splitWithLineFeeds(_ text: String, file: String) -> Result<FrontMatter, Diagnostic>? {
        var text = text
        // Byte offsets: the YAML's start and end, the body's start, or nil when there is no front matter.
        let found: (yaml: Range<Int>, body: Int, bodyLine: Int)?? = text.withUTF8 { bytes in
            if bytes.contains(13) { return nil }
            func lineEnd(from start: Int) -> Int {
                var end = start
                while end < bytes.count, bytes[end] != 10 { end += 1 }
                return end
            }
            func isFence(_ start: Int, _ end: Int) -> Bool {
                var from = start, to = end
                while from < to, bytes[from] == 32 || bytes[from] == 9 { from += 1 }
                while to > from, bytes[to - 1] == 32 || bytes[to - 1] == 9 { to -= 1 }
                return to - from == 3 && bytes[from] == 45 && bytes[from + 1] == 45 && bytes[from + 2] == 45
            }
            let firstEnd = lineEnd(from: 0)
            guard !bytes.isEmpty, isFence(0, firstEnd) else { return .some(nil) }
            var start = firstEnd + 1
            var line = 1
            while start < bytes.count {
                let end = lineEnd(from: start)
                if isFence(start, end) {
                    let yamlStart = min(firstEnd + 1, start)
                    return .some((yamlStart..<max(yamlStart, start - 1), min(end + 1, bytes.count), line + 2))
                }
                start = end + 1
                line += 1
            }
            return .some((0..<0, -1, 0))
        }
        guard let found else { return nil }
        guard let found else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: MarkdownSource(text: text, location: SourceLocation(file: file))))
        }
        guard found.body >= 0 else {
            return .failure(.error("the front matter that starts here is never closed with a '---' line", at: SourceLocation(file: file)))
        }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        // The body without the file's last line end, as the line-by-line split gives it.
        let bodyEnd = max(found.body, utf8.last == 10 ? utf8.count - 1 : utf8.count)
        return .success(
            FrontMatter(
                yaml: String(text[index(found.yaml.lowerBound)..<index(found.yaml.upperBound)]), yamlLineOffset: 1,
                body: MarkdownSource(
                    text: String(text[index(found.body)..<index(bodyEnd)]), location: SourceLocation(file: file, line: found.bodyLine))))
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
