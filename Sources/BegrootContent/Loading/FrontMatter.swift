import BegrootCore

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
struct FrontMatter {
    /// The YAML text, or nil when the file has no front matter.
    var yaml: String?
    /// Lines before the YAML's first line: add to YAML line numbers to get file line numbers.
    var yamlLineOffset: Int
    var body: MarkdownSource

    /// Splits `text`; an opening `---` without a closing one is an error at line 1.
    static func split(_ text: String, file: String) -> Result<FrontMatter, Diagnostic> {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last == "" { lines.removeLast() }
        func isFence(_ line: Substring) -> Bool {
            line.trimmingCharacters(in: ["\r", " ", "\t"]) == "---"
        }
        guard let first = lines.first, isFence(first) else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: MarkdownSource(text: text, location: SourceLocation(file: file))))
        }
        guard let close = lines.dropFirst().firstIndex(where: isFence) else {
            return .failure(.error("the front matter that starts here is never closed with a '---' line", at: SourceLocation(file: file)))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(
            FrontMatter(
                yaml: yaml, yamlLineOffset: 1,
                body: MarkdownSource(text: body, location: SourceLocation(file: file, line: close + 2))))
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
