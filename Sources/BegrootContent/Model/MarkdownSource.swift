import BegrootCore

/// The Markdown body of one content file, with the place where the body starts.
public struct MarkdownSource: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// True when there is no text but white space.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

/// A Markdown text per language: `name.md` in the default language, `name.<lang>.md` translations.
public struct LocalizedMarkdown: Hashable, Sendable {
    public var byLanguage: [String: MarkdownSource]

    public init(byLanguage: [String: MarkdownSource] = [:]) {
        self.byLanguage = byLanguage
    }

    /// The body for `language`, or the default language's with `isFallback` set. A translation
    /// whose body is empty (one that only translates the title) falls back to the default body.
    public func resolve(_ language: String, defaultLanguage: String) -> (source: MarkdownSource, language: String, isFallback: Bool)? {
        if let source = byLanguage[language], !source.isBlank || byLanguage[defaultLanguage]?.isBlank ?? true {
            return (source, language, false)
        }
        if let source = byLanguage[defaultLanguage] { return (source, defaultLanguage, true) }
        return nil
    }
}
