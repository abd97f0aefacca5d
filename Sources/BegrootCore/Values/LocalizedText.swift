/// A text in content: either one string for every language, or one per language code.
public struct LocalizedText: Hashable, Sendable {
    /// The same text in every language (`title: K-buurt`).
    public var universal: String?
    /// Text per language code (`title: {nl: Groen, en: Green}`).
    public var byLanguage: [String: String]

    public init(universal: String) {
        self.universal = universal
        self.byLanguage = [:]
    }

    public init(byLanguage: [String: String]) {
        self.universal = nil
        self.byLanguage = byLanguage
    }

    /// The text shown to a reader of `language`, with the language it is actually in.
    public struct Resolved: Hashable, Sendable {
        public var text: String
        /// The language of `text`; nil when the text is the same in every language.
        public var language: String?
        /// True when the text is in another language than the reader asked for.
        public var isFallback: Bool
    }

    /// Looks up `language`, then the site's default language, then any language (alphabetically first).
    public func resolve(_ language: String, defaultLanguage: String) -> Resolved? {
        if let universal { return Resolved(text: universal, language: nil, isFallback: false) }
        if let text = byLanguage[language] { return Resolved(text: text, language: language, isFallback: false) }
        if let text = byLanguage[defaultLanguage] {
            return Resolved(text: text, language: defaultLanguage, isFallback: true)
        }
        guard let first = byLanguage.keys.sorted().first else { return nil }
        return Resolved(text: byLanguage[first]!, language: first, isFallback: true)
    }

    /// The text in `language` or its fallback, or an empty string.
    public func text(_ language: String, defaultLanguage: String) -> String {
        resolve(language, defaultLanguage: defaultLanguage)?.text ?? ""
    }

    /// Whether a reader of `language` gets a text written for that language.
    public func isTranslated(into language: String) -> Bool {
        universal != nil || byLanguage[language] != nil
    }

    /// A copy with `text` set for `language` (used when a translation file gives a field).
    public func setting(_ text: String, for language: String, defaultLanguage: String) -> LocalizedText {
        var copy = self
        if let universal = copy.universal {
            copy.byLanguage = [defaultLanguage: universal]
            copy.universal = nil
        }
        copy.byLanguage[language] = text
        return copy
    }
}
