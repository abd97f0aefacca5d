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

    /// Measures what will be published: drafts count only when they are (`includeDrafts`). With
    /// `memory` (`serve`), a buurt that did not change keeps its counts from the last time.
    public static func measure(_ site: Site, includeDrafts: Bool = false, memory: BuurtMemory? = nil) -> TranslationCoverage {
        let defaultLanguage = site.config.defaultLanguage
        var coverage = TranslationCoverage(languages: site.config.languageCodes.filter { $0 != defaultLanguage })
        let siteCounts = Part(site.texts, in: coverage.languages, includeDrafts: includeDrafts)
        coverage.add(siteCounts)
        coverage.site = siteCounts.counts
        let what = Derived<Part>("coverage" + (includeDrafts ? "+drafts" : ""), readsPresentation: false)
        for buurt in site.buurten {
            let part = BuurtMemory.derived(what, of: buurt.slug, in: memory) {
                Part(buurt.texts, in: buurt.languages.filter { $0 != defaultLanguage }, includeDrafts: includeDrafts)
            }
            coverage.add(part)
            coverage.perBuurt[buurt.slug] = part.counts
        }
        return coverage
    }

    /// The counts and gaps of one buurt's texts, or of the site's own.
    struct Part: Sendable {
        var counts: [String: Count] = [:]
        var gaps: [Gap] = []

        init(_ texts: [TranslatableText], in languages: [String], includeDrafts: Bool) {
            for language in languages {
                var count = Count()
                for text in texts where includeDrafts || !text.isDraft {
                    count.total += 1
                    if text.languages.contains(language) {
                        count.translated += 1
                    } else {
                        gaps.append(Gap(language: language, text: text))
                    }
                }
                if count.total > 0 { counts[language] = count }
            }
        }
    }

    private mutating func add(_ part: Part) {
        for (language, count) in part.counts {
            overall[language, default: Count()].total += count.total
            overall[language, default: Count()].translated += count.translated
        }
        gaps += part.gaps
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
