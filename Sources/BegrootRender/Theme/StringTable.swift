import BegrootCore

/// Puts together the interface strings of every site language: the theme's, then the site's
/// overrides, then English for any key still missing — with a warning naming key and language,
/// so a missing translation is never a blank on the page.
enum StringTable {
    static func build(
        themeStrings: [String: [String: String]], siteStrings: [String: [String: String]], languages: [String],
        themeFolder: String, diagnostics: inout Diagnostics
    ) -> [String: InterfaceStrings] {
        let reference = themeStrings[PortalTheme.referenceLanguage] ?? [:]
        var table: [String: InterfaceStrings] = [:]
        for language in languages {
            var strings = themeStrings[language] ?? [:]
            strings.merge(siteStrings[language] ?? [:]) { _, site in site }
            let missing = reference.keys.filter { strings[$0] == nil }.sorted()
            if themeStrings[language] == nil, siteStrings[language] == nil {
                diagnostics.warning(
                    "the theme has no interface strings for '\(language)'; English is shown — add content/i18n/\(language).yaml",
                    at: SourceLocation(file: "content/site.yaml"))
            } else {
                for key in missing {
                    diagnostics.warning("the interface string '\(key)' is missing in '\(language)'; English is shown",
                        at: SourceLocation(file: "content/i18n/\(language).yaml"))
                }
            }
            for key in missing { strings[key] = reference[key] }
            // Plural forms (`count.<noun>.<category>`): every category the language uses needs its own
            // string; `other` stands in.
            if themeStrings[language] != nil || siteStrings[language] != nil {
                let groups = reference.keys.filter { $0.hasPrefix("count.") && $0.hasSuffix(".other") }.map { String($0.dropLast(".other".count)) }.sorted()
                for group in groups {
                    for category in PluralRules.categories(language: language) where strings["\(group).\(category.rawValue)"] == nil {
                        diagnostics.warning(
                            "the interface string '\(group).\(category.rawValue)' is missing in '\(language)'; the 'other' form is shown",
                            at: SourceLocation(file: "content/i18n/\(language).yaml"))
                    }
                }
            }
            table[language] = InterfaceStrings(language: language, strings: strings)
        }
        return table
    }
}
