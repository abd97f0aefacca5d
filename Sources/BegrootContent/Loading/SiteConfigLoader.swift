import BegrootCore
import Foundation
import Yams

/// Reads `content/site.yaml`.
enum SiteConfigLoader {
    static let path = "content/site.yaml"
    static let known = [
        "title", "baseURL", "defaultLanguage", "languages", "theme", "currency", "country", "markdown", "requireTranslations", "notice",
    ]

    static func load(root: String, texts: inout [TranslatableText], diagnostics: inout Diagnostics) -> SiteConfig? {
        guard FolderListing(root: root).exists(path) else {
            diagnostics.error("no site.yaml here: is this a begroot site folder? (--source names it; `begroot new site DIR` makes one)",
                at: SourceLocation(file: path))
            return nil
        }
        let file: ContentFile
        switch ContentFile.read(path, in: root) {
        case .success(let read): file = read
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        let node: Node
        switch YAMLDocument.parse(file.text, file: path) {
        case .success(let parsed): node = parsed ?? .mapping([:])
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        let reader = NodeReader(file: path, languages: nil)
        defer {
            diagnostics.merge(reader.diagnostics)
            texts += reader.texts
        }
        guard let fields = reader.fields(node, "site.yaml", known: known) else { return nil }

        var languageLocations: [String: SourceLocation] = [:]
        let languages = readLanguages(fields, reader: reader, locations: &languageLocations)
        let codes = languages.map(\.code)
        var defaultLanguage = fields.string("defaultLanguage")?.value ?? codes.first ?? "nl"
        if let given = fields.string("defaultLanguage"), !codes.isEmpty, !codes.contains(given.value) {
            reader.error("the default language '\(given.value)' is not in 'languages'" + Suggestion.didYouMean(given.value, in: codes),
                at: given.location)
            defaultLanguage = codes[0]
        }
        var ordered = languages.filter { $0.code == defaultLanguage } + languages.filter { $0.code != defaultLanguage }
        if ordered.isEmpty { ordered = [Language(code: defaultLanguage, name: defaultLanguage)] }

        let title = fields.text("title", required: true)
        if let title {
            for code in title.value.byLanguage.keys.sorted() where !ordered.contains(where: { $0.code == code }) {
                reader.error("'title' has a text in '\(code)', which is not a language of this site", at: title.location)
            }
        }
        let baseURL = fields.string("baseURL").flatMap { checkedBaseURL($0, reader: reader) }
        let currency = fields.string("currency")
        if let currency, !(currency.value.count == 3 && currency.value.allSatisfy({ $0.isASCII && $0.isUppercase })) {
            reader.error("'currency' must be a three-letter ISO 4217 code such as EUR, found '\(currency.value)'", at: currency.location)
        }
        let country = fields.string("country")
        let knownCountry = country.map { country in
            country.value.count == 2 && Locale.Region.isoRegions.contains { $0.identifier == country.value }
        } ?? false
        if let country, !knownCountry {
            reader.error("'country' must be a two-letter ISO 3166-1 code such as NL, found '\(country.value)'", at: country.location)
        }
        let markdown = fields.fields("markdown", known: ["unsafe"])
        let required = fields.strings("requireTranslations") ?? []
        for code in required where !ordered.contains(where: { $0.code == code.value }) {
            reader.error("'requireTranslations' names '\(code.value)', which is not a language of this site", at: code.location)
        }
        if let theme = fields.string("theme"), !Slug.isValid(theme.value) {
            reader.error("'theme' must be the name of a folder in themes/ (lowercase letters, digits, '-')", at: theme.location)
        }
        var config = SiteConfig(
            title: title?.value ?? LocalizedText(universal: "Buurtbudget"),
            baseURL: baseURL,
            defaultLanguage: defaultLanguage,
            languages: ordered,
            theme: fields.string("theme")?.value,
            currency: currency?.value ?? "EUR",
            allowsRawHTML: markdown?.bool("unsafe")?.value ?? false,
            requireTranslations: required.map(\.value),
            notice: fields.text("notice")?.value)
        config.languageLocations = languageLocations
        config.country = knownCountry ? country : nil
        return config
    }

    private static func readLanguages(_ fields: Fields, reader: NodeReader, locations: inout [String: SourceLocation]) -> [Language] {
        var languages: [Language] = []
        for item in fields.list("languages", required: true) ?? [] {
            guard let language = reader.fields(item, "a language", known: ["code", "name", "dir", "region"]) else { continue }
            guard let code = language.string("code", required: true) else { continue }
            guard Language.isValidCode(code.value) else {
                reader.error("'\(code.value)' is not a language code such as nl, en, tr or ar", at: code.location)
                continue
            }
            if languages.contains(where: { $0.code == code.value }) {
                reader.error("the language '\(code.value)' is listed twice", at: code.location)
                continue
            }
            let direction = language.choice("dir", as: Language.Direction.self)?.value ?? .ltr
            let name = language.string("name")?.value ?? code.value
            var region: String?
            if let given = language.string("region") {
                if !Language.isValidRegion(given.value) {
                    reader.error("'region' must be a region code such as GB or US (two capital letters), found '\(given.value)'",
                        at: given.location)
                } else if code.value.contains("-") {
                    reader.error("'\(code.value)' already names its region; leave out 'region' or write the code without it",
                        at: given.location)
                } else {
                    region = given.value
                }
            }
            languages.append(Language(code: code.value, name: name, direction: direction, region: region))
            locations[code.value] = code.location
        }
        return languages
    }

    private static func checkedBaseURL(_ text: Located<String>, reader: NodeReader) -> String? {
        let value = text.value
        guard WebAddress.isBase(value) else {
            reader.error("'baseURL' must be the portal's web address, such as https://buurtbudget.example.org/, found '\(value)'",
                at: text.location)
            return nil
        }
        return value.hasSuffix("/") ? value : value + "/"
    }
}
