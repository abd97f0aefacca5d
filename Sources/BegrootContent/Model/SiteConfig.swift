import BegrootCore

/// A language the portal is published in.
public struct Language: Hashable, Sendable {
    public enum Direction: String, Sendable, CaseIterable {
        case ltr, rtl
    }

    public var code: String
    /// The language's own name (Nederlands, Türkçe, العربية): what a reader looks for.
    public var name: String
    public var direction: Direction
    /// The region whose conventions numbers and dates follow (`GB` for `en` as written in Britain),
    /// from `region:` or from a code such as `pt-br`. Without one, CLDR's default for the language
    /// (`en` is written as in the United States: `October 5, 2022`).
    public var region: String?

    public init(code: String, name: String, direction: Direction = .ltr, region: String? = nil) {
        self.code = code
        self.name = name
        self.direction = direction
        self.region = region ?? code.split(separator: "-").dropFirst().first.map { $0.uppercased() }
    }

    /// The CLDR locale this language is formatted in: `en_GB`, `pl`.
    public var localeIdentifier: String {
        let base = code.split(separator: "-").first.map(String.init) ?? code
        return region.map { base + "_" + $0 } ?? base
    }
}

extension Language {
    /// Two or three lowercase letters, optionally a region (`pt-br`): safe as a folder name.
    public static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }

    /// Two capital letters (`GB`) or three digits (`419`): a region as CLDR names it.
    public static func isValidRegion(_ region: String) -> Bool {
        let scalars = region.unicodeScalars
        return (scalars.count == 2 && scalars.allSatisfy { $0.isASCII && $0.properties.isUppercase })
            || (scalars.count == 3 && scalars.allSatisfy { ("0"..."9").contains($0) })
    }
}

/// The portal's settings from `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var title: LocalizedText
    public var baseURL: String?
    public var defaultLanguage: String
    /// Every language of the portal, the default language first.
    public var languages: [Language]
    public var theme: String?
    public var currency: String
    /// The country the portal is in, as an ISO 3166-1 code (`NL`): for open data that names it
    /// (Pabulib, 360Giving). Optional.
    public var country: Located<String>? = nil
    public var allowsRawHTML: Bool
    public var requireTranslations: [String]
    /// A short notice shown on every page, such as "example data" or "voting closes Friday".
    public var notice: LocalizedText?
    /// Where each language's code is written in `languages:`, for rules about a language as a whole.
    public var languageLocations: [String: SourceLocation] = [:]

    public init(
        title: LocalizedText, baseURL: String? = nil, defaultLanguage: String, languages: [Language],
        theme: String? = nil, currency: String = "EUR", allowsRawHTML: Bool = false, requireTranslations: [String] = [], notice: LocalizedText? = nil
    ) {
        self.title = title
        self.baseURL = baseURL
        self.defaultLanguage = defaultLanguage
        self.languages = languages
        self.theme = theme
        self.currency = currency
        self.allowsRawHTML = allowsRawHTML
        self.requireTranslations = requireTranslations
        self.notice = notice
    }

    public var languageCodes: [String] { languages.map(\.code) }

    public func language(_ code: String) -> Language? {
        languages.first { $0.code == code }
    }
}
