import BegrootContent
import BegrootCore
import Foundation

/// The languages `begroot new site --languages` knows by their code: each language's own name, as
/// a reader looks for it in the language menu, and its direction.
public enum LanguageNames {
    /// Code, own name, English name (to recognise `--languages turkish`), direction.
    static let known: [(code: String, name: String, english: String, direction: Language.Direction)] = [
        ("nl", "Nederlands", "Dutch", .ltr),
        ("en", "English", "English", .ltr),
        ("tr", "Türkçe", "Turkish", .ltr),
        ("ar", "العربية", "Arabic", .rtl),
        ("pl", "Polski", "Polish", .ltr),
        ("es", "Español", "Spanish", .ltr),
        ("fr", "Français", "French", .ltr),
        ("de", "Deutsch", "German", .ltr),
        ("pt", "Português", "Portuguese", .ltr),
        ("it", "Italiano", "Italian", .ltr),
        ("so", "Soomaali", "Somali", .ltr),
        ("ti", "ትግርኛ", "Tigrinya", .ltr),
        ("uk", "Українська", "Ukrainian", .ltr),
        ("ru", "Русский", "Russian", .ltr),
        ("bg", "Български", "Bulgarian", .ltr),
        ("ro", "Română", "Romanian", .ltr),
        ("fa", "فارسی", "Persian", .rtl),
        ("ur", "اردو", "Urdu", .rtl),
        ("he", "עברית", "Hebrew", .rtl),
        ("zh", "中文", "Chinese", .ltr),
    ]

    /// The languages of `list` (`nl,en,tr,ar`), in its order. A code begroot does not know is
    /// written with its name, `pap=Papiamentu`; anything else is a usage problem with a suggestion.
    public static func parse(_ list: String) throws(Scaffold.Problem) -> [Language] {
        var languages: [Language] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let language = try parseOne(item)
            guard !languages.contains(where: { $0.code == language.code }) else {
                throw Scaffold.Problem(description: "--languages names '\(language.code)' twice")
            }
            languages.append(language)
        }
        guard !languages.isEmpty else {
            throw Scaffold.Problem(description: "--languages needs at least one language code, such as --languages nl,en")
        }
        return languages
    }

    private static func parseOne(_ item: String) throws(Scaffold.Problem) -> Language {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        let code = parts[0].trimmingCharacters(in: .whitespaces)
        if parts.count == 2 {
            let name = parts[1].trimmingCharacters(in: .whitespaces)
            guard Language.isValidCode(code), !name.isEmpty else {
                throw Scaffold.Problem(description: "'\(item)' is not a language: write its code and its own name, such as pap=Papiamentu")
            }
            let direction = known.first { $0.code == code }?.direction ?? .ltr
            return Language(code: code, name: name, direction: direction)
        }
        if let entry = known.first(where: { $0.code == code }) {
            return Language(code: entry.code, name: entry.name, direction: entry.direction)
        }
        let byName = known.first { $0.english.lowercased() == code.lowercased() || $0.name.lowercased() == code.lowercased() }
        let suggestion = byName.map { " (did you mean '\($0.code)'?)" } ?? Suggestion.didYouMean(code, in: known.map(\.code))
        throw Scaffold.Problem(description: "begroot does not know the language '\(code)'" + suggestion
            + "; it knows " + known.map(\.code).joined(separator: ", ")
            + ", and any other language written with its own name, such as pap=Papiamentu")
    }
}
