import BegrootCore

/// How much of a site is translated into each of its languages, and what is missing.
/// Texts that are the same in every language (`name: K-buurt`) need no translation and are not counted.
public struct TranslationCoverage: Sendable {
    public struct Count: Hashable, Sendable {
        public var translated = 0
        public var total = 0

        /// Whole per cent, rounded down so that 99.6 % is not shown as 100 %.
        public var percent: Int { total == 0 ? 100 : translated * 100 / total }
        public var isComplete: Bool { translated == total }
    }

    /// A text that has no version in `language`.
    public struct Gap: Hashable, Sendable {
        public var language: String
        public var text: TranslatableText
    }

    /// The languages other than the default, in the site's order.
    public var languages: [String]
    public var overall: [String: Count] = [:]
    /// Per buurt slug, per language; only the languages the buurt publishes in.
    public var perBuurt: [String: [String: Count]] = [:]
    /// The site's own texts: site.yaml and the free pages.
    public var site: [String: Count] = [:]
    public var gaps: [Gap] = []

    /// Measures what will be published: drafts count only when they are (`includeDrafts`).
    public static func measure(_ site: Site, includeDrafts: Bool = false) -> TranslationCoverage {
        let defaultLanguage = site.config.defaultLanguage
        var coverage = TranslationCoverage(languages: site.config.languageCodes.filter { $0 != defaultLanguage })
        let published = { (texts: [TranslatableText]) in includeDrafts ? texts : texts.filter { !$0.isDraft } }
        coverage.count(published(site.texts), in: coverage.languages, into: \.site)
        for buurt in site.buurten {
            let languages = buurt.languages.filter { $0 != defaultLanguage }
            var counts: [String: Count] = [:]
            coverage.count(published(buurt.texts), in: languages, into: &counts)
            coverage.perBuurt[buurt.slug] = counts
        }
        return coverage
    }

    private mutating func count(_ texts: [TranslatableText], in languages: [String], into keyPath: WritableKeyPath<TranslationCoverage, [String: Count]>) {
        var counts = self[keyPath: keyPath]
        count(texts, in: languages, into: &counts)
        self[keyPath: keyPath] = counts
    }

    private mutating func count(_ texts: [TranslatableText], in languages: [String], into counts: inout [String: Count]) {
        for language in languages {
            for text in texts {
                let translated = text.languages.contains(language)
                counts[language, default: Count()].total += 1
                overall[language, default: Count()].total += 1
                if translated {
                    counts[language, default: Count()].translated += 1
                    overall[language, default: Count()].translated += 1
                } else {
                    gaps.append(Gap(language: language, text: text))
                }
            }
        }
    }
}

/// Missing translations: a warning each (left alone by `--strict`), or an error for a language the
/// site lists in `requireTranslations`.
enum TranslationRules {
    static func check(_ coverage: TranslationCoverage, config: SiteConfig, _ diagnostics: inout Diagnostics) {
        for gap in coverage.gaps {
            let name = config.language(gap.language).map { "\($0.name) (\(gap.language))" } ?? gap.language
            let message: String
            switch gap.text.kind {
            case .field(let field):
                message = "'\(field)' has no \(name) text yet"
            case .document(let slug):
                message = "no \(name) translation yet; add \(slug).\(gap.language).md next to this file"
            }
            let required = config.requireTranslations.contains(gap.language)
            diagnostics.append(Diagnostic(
                required ? .error : .warning, message + (required ? " (site.yaml requires \(gap.language) translations)" : ""),
                at: gap.text.location, category: .translation))
        }
    }
}
