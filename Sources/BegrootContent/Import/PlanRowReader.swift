import BegrootCore
import Foundation

/// Reads one row of a spreadsheet of plans, reporting every bad cell at its row and column (as the
/// spreadsheet numbers them: row 1 is the header, column 1 is A).
struct PlanRowReader {
    let file: String
    let columns: PlanColumns
    let headerCount: Int
    let style: AmountStyle
    /// The buurt's themes by slug, with their titles in every language, for a theme cell.
    let themes: [(slug: String, titles: [String])]

    func read(_ row: [CSVTable.Field], number: Int, diagnostics: inout Diagnostics) -> ImportedPlan? {
        let errorsBefore = diagnostics.errorCount
        let rowStart = SourceLocation(file: file, line: number, column: 1)
        let filled = row.lastIndex { !$0.text.trimmedOfSpaces.isEmpty }.map { $0 + 1 } ?? 0
        if let other = otherSeparator(in: row) {
            diagnostics.error("this row separates its cells with \(AmountStyle.name(other)), but the header row with "
                + "\(AmountStyle.name(style.delimiter)); save the whole file with one separator", at: rowStart)
            return nil
        }
        if filled > headerCount {
            diagnostics.error("this row has \(filled) cells, but the header only \(headerCount); is a text with '\(style.delimiter)' not in quotes, or a header missing?",
                at: rowStart)
            return nil
        }
        /// The cell of `column` (trimmed) with its place; a row cut short has empty cells at its end.
        func cell(_ index: Int?) -> Located<String>? {
            guard let index else { return nil }
            let text = index < row.count ? row[index].text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
            return Located(text, at: SourceLocation(file: file, line: number, column: index + 1))
        }
        func filledCell(_ column: PlanColumn) -> Located<String>? {
            cell(columns.fields[column]).flatMap { $0.value.isEmpty ? nil : $0 }
        }

        let title = cell(columns.fields[.title])!
        if title.value.isEmpty {
            diagnostics.error("this plan has no title; fill in the column '\(header(.title))', or remove the row", at: title.location)
        }
        let status = status(filledCell(.status), diagnostics: &diagnostics)
        let requested = money(filledCell(.requested), .requested, diagnostics: &diagnostics)
        let awarded = money(filledCell(.awarded), .awarded, diagnostics: &diagnostics)
        if let status, status.value.requiresAward, awarded == nil, filledCell(.awarded) == nil {
            diagnostics.error("a plan that is \(status.value.rawValue) needs the amount awarded"
                + (columns.fields[.awarded] == nil ? "; add a column 'awarded' (toegekend)" : " in the column '\(header(.awarded))'"),
                at: status.location)
        }
        if let status, status.value.forbidsAward, let awarded {
            diagnostics.error("a plan that is \(status.value.rawValue) has no award yet; leave this cell empty, or give the status 'selected'",
                at: awarded.location)
        }
        let submitted = day(filledCell(.submitted), diagnostics: &diagnostics)
        let theme = theme(filledCell(.theme), diagnostics: &diagnostics)
        var translations: [String: ImportedPlan.Translation] = [:]
        for (language, translated) in columns.translations {
            let texts = ImportedPlan.Translation(
                title: cell(translated[.title]).flatMap(\.value.nonEmpty), summary: cell(translated[.summary]).flatMap(\.value.nonEmpty),
                text: cell(translated[.text]).flatMap(\.value.nonEmpty))
            if texts != ImportedPlan.Translation() { translations[language] = texts }
        }
        // Every cell is read before giving up, so one run reports every mistake in the row.
        guard diagnostics.errorCount == errorsBefore, let status else { return nil }
        let proposers = (filledCell(.proposers)?.value ?? "")
            .split(whereSeparator: { $0 == ";" || $0.isNewline }).map { String($0).trimmedOfSpaces }.filter { !$0.isEmpty }
        return ImportedPlan(
            row: number, title: title, summary: filledCell(.summary)?.value, theme: theme, status: status.value,
            requested: requested?.value, awarded: awarded, proposers: proposers, submitted: submitted,
            text: filledCell(.text)?.value ?? "", translations: translations)
    }

    /// The other separator, when a row short of cells splits by it into as many as the header has:
    /// `Tuin,500,Buren` below `titel;gevraagd;indieners`. (`Tuin, bank` alone is a title with a comma.)
    private func otherSeparator(in row: [CSVTable.Field]) -> Character? {
        let other: Character = style.delimiter == ";" ? "," : ";"
        guard row.count < headerCount, headerCount > 1 else { return nil }
        let text = row.map(\.text).joined(separator: String(style.delimiter))
        return text.split(separator: other, omittingEmptySubsequences: false).count >= headerCount ? other : nil
    }

    /// The header of `column` as the spreadsheet has it, for a message.
    private func header(_ column: PlanColumn) -> String {
        columns.headers[column] ?? column.rawValue
    }

    /// Empty: submitted. Otherwise the English status or a Dutch (Turkish, Arabic) word for one.
    private func status(_ cell: Located<String>?, diagnostics: inout Diagnostics) -> Located<PlanStatus>? {
        guard let cell else { return Located(.submitted, at: SourceLocation(file: file)) }
        let names = PlanStatus.allCases.map(\.rawValue)
        let word = TranslatedWords.normalized(cell.value)
        if let status = PlanStatus(rawValue: word.replacingOccurrences(of: " ", with: "-"))
            ?? TranslatedWords.english(for: cell.value, among: names).flatMap(PlanStatus.init(rawValue:))
        {
            return Located(status, at: cell.location)
        }
        diagnostics.error("'\(cell.value)' is not a status; write one of \(names.joined(separator: ", ")) (or in Dutch: ingediend, gekozen, afgewezen, in uitvoering, afgerond, geannuleerd)"
            + Suggestion.didYouMean(cell.value, in: names), at: cell.location)
        return nil
    }

    /// An amount in the file's own style (`1.234,56` beside semicolons), `€` allowed, never below zero.
    private func money(_ cell: Located<String>?, _ column: PlanColumn, diagnostics: inout Diagnostics) -> Located<Money>? {
        guard let cell else { return nil }
        guard let money = style.parse(cell.value), !money.isNegative else {
            diagnostics.error("'\(cell.value)' in '\(header(column))' is not an amount; write it as \(style.example), without letters", at: cell.location)
            return nil
        }
        return Located(money, at: cell.location)
    }

    /// `2021-06-15` or `15-6-2021` (or `15.06.2021`), maybe with a time after it as form tools
    /// export it; `6/15/2021` is refused, since it is unclear whether the day or the month comes first.
    private func day(_ cell: Located<String>?, diagnostics: inout Diagnostics) -> DayDate? {
        guard let cell else { return nil }
        let date = String(cell.value.split(whereSeparator: { $0 == " " || $0 == "T" }).first ?? "")
        if let day = DayDate(iso: date) ?? DayDate(dayMonthYear: date.replacingOccurrences(of: ".", with: "-")) { return day }
        let why = date.contains("/") ? "with slashes it is unclear whether the day or the month comes first; " : ""
        diagnostics.error("'\(cell.value)' in '\(header(.submitted))' is not a real date; \(why)write it as 2021-06-15 or 15-6-2021", at: cell.location)
        return nil
    }

    /// A theme of the buurt, by its slug or its title in any language.
    private func theme(_ cell: Located<String>?, diagnostics: inout Diagnostics) -> String? {
        guard let cell else { return nil }
        guard !themes.isEmpty else {
            diagnostics.error("this buurt has no themes (no themes.yaml), so a plan cannot have the theme '\(cell.value)'; leave the column empty or add themes.yaml first",
                at: cell.location)
            return nil
        }
        let word = TranslatedWords.normalized(cell.value)
        if let theme = themes.first(where: { $0.slug == cell.value.lowercased() || $0.titles.contains { TranslatedWords.normalized($0) == word } }) {
            return theme.slug
        }
        let slugs = themes.map(\.slug)
        diagnostics.error("'\(cell.value)' is not a theme of this buurt; write one of \(slugs.joined(separator: ", "))"
            + Suggestion.didYouMean(cell.value.lowercased(), in: slugs), at: cell.location)
        return nil
    }
}

extension String {
    /// The text, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
