import BegrootCore
import Foundation

/// `begroot import plans`: a spreadsheet or form export, one row a plan, read into plans for one
/// buurt. Every bad cell is a diagnostic at its row and column; a sheet with any error gives no plans.
public enum PlanSheet {
    /// Reads the CSV file at `path` (named in diagnostics as the volunteer typed it) for `buurt`.
    public static func read(_ path: String, for buurt: Buurt, config: SiteConfig) -> (plans: [ImportedPlan], diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let table: CSVTable
        switch text(of: path).flatMap({ CSVTable.parse($0, file: path) }) {
        case .success(let parsed): table = parsed
        case .failure(let problem): return ([], Diagnostics([problem]))
        }
        var header = table.header
        for index in header.indices {
            header[index].location = SourceLocation(file: path, line: table.headerRowNumber, column: index + 1)
        }
        guard let columns = PlanColumns.read(
            header, languages: buurt.languages, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        else { return ([], diagnostics) }
        guard !table.rows.isEmpty else {
            diagnostics.error("this file has a header row but no plans below it", at: SourceLocation(file: path, line: table.headerRowNumber))
            return ([], diagnostics)
        }
        let themes = buurt.themes.map { theme in (theme.slug, Array(theme.title.byLanguage.values)) }
        let reader = PlanRowReader(
            file: path, columns: columns, headerCount: header.count, style: AmountStyle(delimiter: table.delimiter), themes: themes)
        var plans: [ImportedPlan] = []
        for (row, number) in zip(table.rows, table.rowNumbers) {
            if let plan = reader.read(row, number: number, diagnostics: &diagnostics) { plans.append(plan) }
        }
        checkAwards(plans, in: buurt, money: MoneyText(currency: config.currency), &diagnostics)
        return (diagnostics.hasErrors ? [] : plans, diagnostics)
    }

    /// The file's text: UTF-8 (a byte-order mark dropped), no larger than a ledger may be.
    static func text(of path: String) -> Result<String, Diagnostic> {
        let start = SourceLocation(file: path)
        // Only a plain file (a link to one counts): a folder, a pipe or a device would hang or
        // stream forever, and the size is known before a byte is read.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular
        else { return .failure(.error("cannot read this file; is the name right?", at: start)) }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if let limit = ContentFile.sizeLimit(".csv"), size > limit {
            return .failure(.error("this file is larger than 64 MB; no spreadsheet of plans is that large — is it the right file?", at: start))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("cannot read this file; is the name right?", at: start))
        }
        let bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, let problem = ContentFile.notUTF8(bytes, path: path.hasSuffix(".csv") ? path : path + ".csv") {
            var located = problem
            located.location.file = path
            return .failure(located)
        }
        var text = String(decoding: TextCleaning.removingForbiddenCharacters(bytes), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    /// The awards the import adds must fit the buurt's budget and each theme's, with the plans it
    /// has already: reported at the award that goes over.
    static func checkAwards(_ plans: [ImportedPlan], in buurt: Buurt, money: MoneyText, _ diagnostics: inout Diagnostics) {
        var total = buurt.plans.map(\.countedAward).sum()
        var byTheme: [String: Money] = [:]
        for plan in buurt.plans { if let theme = plan.theme?.value { byTheme[theme, default: .zero] += plan.countedAward } }
        var reported: Set<String> = []
        for plan in plans where plan.status != .cancelled {
            guard let awarded = plan.awarded else { continue }
            total += awarded.value
            if total > buurt.budget.value, reported.insert("").inserted {
                diagnostics.error("with this award the buurt's plans are awarded \(money(total)), more than its budget of \(money(buurt.budget.value))",
                    at: awarded.location)
            }
            guard let theme = plan.theme, let budget = buurt.theme(theme)?.budget?.value else { continue }
            byTheme[theme, default: .zero] += awarded.value
            if byTheme[theme]! > budget, reported.insert(theme).inserted {
                diagnostics.error("with this award the theme '\(theme)' is awarded \(money(byTheme[theme]!)), more than its budget of \(money(budget))",
                    at: awarded.location)
            }
        }
    }
}
