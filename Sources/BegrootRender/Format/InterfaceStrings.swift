import BegrootCore

/// The interface strings of one language: labels, statuses, headings and number and date formats.
public struct InterfaceStrings: Sendable {
    public let language: String
    public let strings: [String: String]
    /// The strings with `{placeholders}`, split once.
    private let patterns: [String: Placeholders]

    public init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
        self.patterns = strings.filter { $0.value.contains("{") }.mapValues(Placeholders.init)
    }

    /// The string for `key`; the key itself if even the fallback has none (checked, and warned
    /// about, when the theme is loaded — see `StringTable`).
    public subscript(_ key: String) -> String {
        strings[key] ?? key
    }

    /// `key` with `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        patterns[key]?.fill(values) ?? self[key]
    }
}

