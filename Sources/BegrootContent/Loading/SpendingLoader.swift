import Foundation
import BegrootCore

/// Reads a buurt's `spending.csv` into a ledger: the columns by name from the header row, amounts
/// in the file's own style (`1234.56` with commas between fields; `1234,56` or `1.234,56` with
/// semicolons, as the Dutch spreadsheet export writes them). Every bad cell is reported at its
/// row and column, and the rest of the file is still read.
enum SpendingLoader {
    enum Column: String, CaseIterable {
        case date, plan, description, amount, supplier

        /// The Dutch headers a volunteer's own spreadsheet may already use.
        static let dutchNames: [String: Column] = [
            "datum": .date, "omschrijving": .description, "bedrag": .amount, "leverancier": .supplier,
        ]

        static let required: [Column] = [.date, .plan, .description, .amount]
    }

    static func load(folder: String, root: String, diagnostics: inout Diagnostics) -> SpendingLedger? {
        let path = folder + "/spending.csv"
        guard FolderListing(root: root).exists(path) else { return nil }
        guard let table = CSVTable.read(path, in: root, diagnostics: &diagnostics) else { return nil }
        return ledger(from: table, file: path, diagnostics: &diagnostics)
    }

    static func ledger(from table: CSVTable, file: String, diagnostics: inout Diagnostics) -> SpendingLedger? {
        guard let columns = columns(of: table.header, diagnostics: &diagnostics) else { return nil }
        let style = AmountStyle(delimiter: table.delimiter)
        var lines: [SpendingLine] = []
        for (index, row) in table.rows.enumerated() {
            // Row numbers as a spreadsheet shows them: the header is row 1.
            if let line = line(row, number: table.rowNumbers[index], columns: columns, headerCount: table.header.count, style: style, diagnostics: &diagnostics) {
                lines.append(line)
            }
        }
        return SpendingLedger(file: file, lines: lines)
    }

    /// The position of each known column, or nil when a required one is missing.
    private static func columns(of header: [CSVTable.Field], diagnostics: inout Diagnostics) -> [Column: Int]? {
        var columns: [Column: Int] = [:]
        let names = Column.allCases.map(\.rawValue)
        for (index, field) in header.enumerated() {
            let name = field.text.trimmedOfSpaces.lowercased()
            guard let column = Column(rawValue: name) ?? Column.dutchNames[name] else {
                diagnostics.warning("unknown column '\(field.text)' in spending.csv; its values are ignored"
                    + Suggestion.didYouMean(name, in: names), at: field.location)
                continue
            }
            if columns[column] != nil {
                diagnostics.error("the column '\(column.rawValue)' appears twice in the header", at: field.location)
                continue
            }
            columns[column] = index
        }
        let missing = Column.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            diagnostics.error(
                "spending.csv needs the column\(missing.count == 1 ? "" : "s") \(list); its header row must name date, plan, description and amount",
                at: header.first?.location ?? SourceLocation(file: ""))
            return nil
        }
        return columns
    }

    private static func line(
        _ row: [CSVTable.Field], number: Int, columns: [Column: Int], headerCount: Int, style: AmountStyle,
        diagnostics: inout Diagnostics
    ) -> SpendingLine? {
        let start = row[0].location
        let filled = row.lastIndex { !$0.text.trimmedOfSpaces.isEmpty }.map { $0 + 1 } ?? 0
        if row.count < headerCount, let other = style.otherSeparatorWritten(in: row) {
            diagnostics.error(
                "row \(number) separates its fields with \(AmountStyle.name(other)), but the header row with "
                    + "\(AmountStyle.name(style.delimiter)); use \(AmountStyle.name(style.delimiter)) in this row too, one separator for the whole file",
                at: start)
            return nil
        }
        if row.count < headerCount || filled > headerCount {
            diagnostics.error(
                "row \(number) has \(row.count < headerCount ? row.count : filled) fields, but the header has \(headerCount); "
                    + "is a separator missing or extra, or a text with '\(style.delimiter)' not in quotes?",
                at: start)
            return nil
        }
        func cell(_ column: Column) -> CSVTable.Field? {
            columns[column].map { row[$0] }.map { CSVTable.Field(text: $0.text.trimmedOfSpaces, location: $0.location) }
        }
        let date = cell(.date).flatMap { field -> Located<DayDate>? in
            guard let date = DayDate(iso: field.text) ?? DayDate(dayMonthYear: field.text) else {
                diagnostics.error("'date' must be a real date written YYYY-MM-DD, found '\(field.text)'", at: field.location)
                return nil
            }
            return Located(date, at: field.location)
        }
        let amount = cell(.amount).flatMap { field -> Located<Money>? in
            guard let money = style.parse(field.text) else {
                diagnostics.error("'amount' must be an amount such as \(style.example), found '\(field.text)'", at: field.location)
                return nil
            }
            return Located(money, at: field.location)
        }
        let plan = cell(.plan).flatMap { $0.text.isEmpty ? nil : Located($0.text, at: $0.location) }
        let description = cell(.description)
        if let description, description.text.isEmpty {
            diagnostics.warning("this spending line has no description; say what the money was for", at: description.location)
        }
        let supplier = cell(.supplier).flatMap { $0.text.isEmpty ? nil : $0.text }
        guard let date, let amount else { return nil }
        return SpendingLine(date: date, plan: plan, description: description?.text ?? "", amount: amount, supplier: supplier, location: start)
    }
}

extension String {
    /// This text without the letters `EUR` where they stand together.
    fileprivate func replacingEUR() -> String {
        var result = ""
        var rest = Substring(self)
        while let e = rest.firstIndex(of: "E") {
            result += rest[..<e]
            let after = rest[e...]
            if after.hasPrefix("EUR") { rest = after.dropFirst(3) } else { result.append("E"); rest = after.dropFirst() }
        }
        return result + rest
    }
}

/// How a CSV file writes amounts, decided by its separator.
struct AmountStyle {
    let delimiter: Character

    var example: String { delimiter == ";" ? "1234,56 or 1.234,56" : "1234.56" }

    /// `semicolons (;)` or `commas (,)`, for a message.
    static func name(_ separator: Character) -> String {
        separator == ";" ? "semicolons (;)" : "commas (,)"
    }

    /// The other separator, when a row that is short of fields holds enough of it to fill a ledger
    /// line: `2021-03-01,tuin,Zaden,12.50` in a file whose header has semicolons, or the reverse.
    func otherSeparatorWritten(in row: [CSVTable.Field]) -> Character? {
        let other: Character = delimiter == ";" ? "," : ";"
        let text = row.map(\.text).joined(separator: String(delimiter))
        let fields = text.split(separator: other, omittingEmptySubsequences: false).count
        // A text holding the other separator (`Zaden, potgrond`) splits a right row too: only a row
        // of one or two fields, or one that the other separator splits into many more, counts.
        guard fields >= SpendingLoader.Column.required.count, row.count <= 2 || fields > row.count + 1 else { return nil }
        return other
    }

    /// The amount's characters without `€`, `EUR`, spaces and no-break spaces, `−` as `-`.
    static func withoutCurrencyAndSpaces(_ raw: String) -> String {
        var result = ""
        var scalars = Substring(raw).unicodeScalars[...]
        if raw.utf8.contains(UInt8(ascii: "E")) {
            // Only "EUR" as a whole is left out.
            let text = raw.replacingEUR()
            scalars = Substring(text).unicodeScalars[...]
        }
        for scalar in scalars {
            switch scalar {
            case "€", " ", "\u{00A0}", "\u{202F}": continue
            case "−": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Reads an amount; a leading `€` and spaces are allowed, `−` counts as a minus sign. In the
    /// semicolon style `12.50` (a decimal point, one or two decimals, no comma) is read as 12,50 too,
    /// since some spreadsheets keep the point whatever the separator.
    func parse(_ raw: String) -> Money? {
        var text = Self.withoutCurrencyAndSpaces(raw)
        if text.hasPrefix("-") == false, text.hasSuffix("-") { text = "-" + text.dropLast() }
        if delimiter == ";" {
            if let money = Money(parsing: text, decimalSeparator: ",", groupSeparator: ".") { return money }
            if !text.contains(","), let point = text.firstIndex(of: "."), (1...2).contains(text.distance(from: point, to: text.endIndex) - 1) {
                return Money(parsing: text, decimalSeparator: ".")
            }
            return nil
        }
        return Money(parsing: text, decimalSeparator: ".", groupSeparator: ",")
    }
}
