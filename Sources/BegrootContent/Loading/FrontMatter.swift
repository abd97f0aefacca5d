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

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
