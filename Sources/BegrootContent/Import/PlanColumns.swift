import BegrootCore

/// A column of a spreadsheet of plans, found by its header in English or Dutch (or Turkish or
/// Arabic, through `TranslatedWords`): `title`/`titel`, `requested`/`gevraagd`, `submitted`/`ingediend op`…
public enum PlanColumn: String, CaseIterable, Sendable {
    case title, summary, theme, status, requested, awarded, proposers, submitted, text

    /// The columns that may have a translation column, `title.en` or `tekst.ar`.
    public var isTranslatable: Bool { [.title, .summary, .text].contains(self) }

    /// Header words beyond `TranslatedWords`, as form tools and spreadsheets name them.
    static let otherNames: [String: PlanColumn] = [
        "description": .text, "omschrijving": .text, "beschrijving": .text, "toelichting": .text,
        "naam van het plan": .title, "titel van het plan": .title, "datum": .submitted, "ingediend": .submitted,
        "submitted on": .submitted, "date": .submitted, "amount": .requested, "bedrag": .requested, "budget": .requested,
        "toegekend": .awarded, "proposer": .proposers, "indiener": .proposers, "groep": .proposers,
    ]

    /// The column a header names (any case; a note in brackets, `€`, `*` or a colon left out), or nil.
    static func named(_ header: String) -> PlanColumn? {
        let name = TranslatedWords.normalized(bare(header))
        if let column = PlanColumn(rawValue: name) ?? otherNames[name] { return column }
        return TranslatedWords.english(for: name, among: allCases.map(\.rawValue)).flatMap(PlanColumn.init(rawValue:))
    }

    /// `Gevraagd bedrag (€) *` as `Gevraagd bedrag`: what forms add to a question.
    static func bare(_ header: String) -> String {
        var text = ""
        var depth = 0
        for character in header {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            else if depth == 0, !"*:?€".contains(character) { text.append(character) }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Where each column of the spreadsheet is: the plan's fields in the default language, and the
/// translations of its title, summary and text by language.
struct PlanColumns {
    var fields: [PlanColumn: Int] = [:]
    var translations: [String: [PlanColumn: Int]] = [:]
    /// The header of each of `fields` as the spreadsheet writes it, for messages.
    var headers: [PlanColumn: String] = [:]
    /// The headers of the columns begroot leaves out (an e-mail address, a form's time stamp).
    var ignored: [String] = []

    /// Reads the header row. A translation column is `<column>.<language>` (or `_`, or `(<language>)`),
    /// for a language of the site; one in the default language is the plan's own column.
    static func read(_ header: [CSVTable.Field], languages: [String], defaultLanguage: String, diagnostics: inout Diagnostics) -> PlanColumns? {
        var columns = PlanColumns()
        for (index, field) in header.enumerated() {
            let text = field.text.trimmedOfSpaces
            guard !text.isEmpty else { continue }
            let (name, language) = split(text, languages: languages)
            guard let column = PlanColumn.named(name) else {
                columns.ignored.append(text)
                if let (named, code) = otherLanguage(text) {
                    diagnostics.warning("the column '\(text)' is not imported: it is the \(named.rawValue) in '\(code)', which is not one of the site's languages ("
                        + languages.joined(separator: ", ") + "); add the language to site.yaml first", at: field.location)
                    continue
                }
                diagnostics.warning("the column '\(text)' is not imported; begroot imports "
                    + PlanColumn.allCases.map(\.rawValue).joined(separator: ", ")
                    + Suggestion.didYouMean(TranslatedWords.normalized(name), in: PlanColumn.allCases.map(\.rawValue)), at: field.location)
                continue
            }
            if let language, language != defaultLanguage {
                guard column.isTranslatable else {
                    diagnostics.error("'\(text)': only the title, summary and text have a column per language; the \(column.rawValue) is the same in every language",
                        at: field.location)
                    continue
                }
                guard columns.translations[language]?[column] == nil else {
                    diagnostics.error("there are two columns for the \(column.rawValue) in '\(language)'; keep one", at: field.location)
                    continue
                }
                columns.translations[language, default: [:]][column] = index
                continue
            }
            guard columns.fields[column] == nil else {
                diagnostics.error("there are two columns for the \(column.rawValue) ('\(header[columns.fields[column]!].text)' and '\(text)'); keep one",
                    at: field.location)
                continue
            }
            columns.fields[column] = index
            columns.headers[column] = text
        }
        guard columns.fields[.title] != nil else {
            diagnostics.error("no column holds the plans' titles; the header row (the first row) needs a column 'title' or 'titel'",
                at: header.first?.location ?? SourceLocation(file: ""))
            return nil
        }
        return columns
    }

    /// `title.de` in a site without German: the column and the language it names.
    static func otherLanguage(_ header: String) -> (PlanColumn, String)? {
        guard let dot = header.lastIndex(where: { $0 == "." || $0 == "_" }) else { return nil }
        let code = header[header.index(after: dot)...].lowercased()
        guard Language.isValidCode(code), let column = PlanColumn.named(String(header[..<dot])), column.isTranslatable else { return nil }
        return (column, code)
    }

    /// `title.en`, `tekst_ar`, `Titel (tr)`: the column's name and the language, when the end names
    /// a language of the site; else the whole header and nil.
    static func split(_ header: String, languages: [String]) -> (name: String, language: String?) {
        var text = header
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let code = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmedOfSpaces.lowercased()
            if languages.contains(code) { return (String(text[..<open]).trimmedOfSpaces, code) }
        }
        for separator: Character in [".", "_", "-", " "] {
            guard let at = text.lastIndex(of: separator) else { continue }
            let code = text[text.index(after: at)...].lowercased()
            if languages.contains(code) {
                text = String(text[..<at])
                return (text.trimmedOfSpaces, code)
            }
        }
        return (header, nil)
    }
}
