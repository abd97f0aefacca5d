import BegrootCore

/// A CSV file as spreadsheets export it: comma- or semicolon-separated (the Dutch export), quoted
/// fields that may hold separators, quotes (`""`) and line breaks, LF or CRLF line ends. Every
/// field keeps its line and column, so a mistake in row 12 is reported at row 12.
public struct CSVTable: Sendable {
    public struct Field: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation
    }

    public var delimiter: Character
    public var header: [Field]
    /// The rows after the header; blank lines and rows of empty fields are left out.
    public var rows: [[Field]]
    /// The header's and each row's number as a spreadsheet shows it: blank rows count, a line break
    /// inside a quoted field does not (the header of a file without blank lines above it is row 1).
    public var headerRowNumber = 1
    public var rowNumbers: [Int] = []

    /// Reads `text` (a byte-order mark already removed). The separator is the one the header line
    /// uses most: `;` or `,`.
    public static func parse(_ text: String, file: String) -> Result<CSVTable, Diagnostic> {
        let delimiter = detectDelimiter(text)
        var records: [[Field]] = []
        var recordNumbers: [Int] = []
        var recordNumber = 1
        var record: [Field] = []
        var field = ""
        var fieldStart = SourceLocation(file: file)
        var line = 1
        var column = 1
        var inQuotes = false
        var quoteOpened = SourceLocation(file: file)
        var afterClosingQuote = false
        var atFieldStart = true
        let scalars = Array(text.unicodeScalars)
        var index = 0

        func finishField() {
            record.append(Field(text: field, location: fieldStart))
            field = ""
            atFieldStart = true
            afterClosingQuote = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let here = SourceLocation(file: file, line: line, column: column)
            if atFieldStart {
                fieldStart = here
                atFieldStart = false
            }
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    // A line break inside a quoted field is kept as "\n", whatever the file's line ends.
                } else {
                    field.unicodeScalars.append(scalar)
                }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                quoteOpened = here
            case _ where Character(scalar) == delimiter:
                finishField()
                atFieldStart = true
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                break
            case "\n", "\r":
                finishField()
                if !isBlank(record) {
                    records.append(record)
                    recordNumbers.append(recordNumber)
                }
                recordNumber += 1
                record = []
                line += 1
                column = 0
            default:
                if afterClosingQuote {
                    return .failure(.error("unexpected text after a closing quote; write a quote inside a quoted field as \"\"", at: here))
                }
                field.unicodeScalars.append(scalar)
            }
            column += 1
            index += 1
        }
        if inQuotes {
            return .failure(.error("this quoted field is never closed", at: quoteOpened))
        }
        if !atFieldStart || !record.isEmpty {
            finishField()
            if !isBlank(record) {
                records.append(record)
                recordNumbers.append(recordNumber)
            }
        }
        guard let header = records.first else {
            return .failure(.error("the file is empty; it needs a header row", at: SourceLocation(file: file)))
        }
        return .success(CSVTable(
            delimiter: delimiter, header: header, rows: Array(records.dropFirst()), headerRowNumber: recordNumbers[0],
            rowNumbers: Array(recordNumbers.dropFirst())))
    }

    /// A blank line, or a row of empty fields such as spreadsheets export after the last line (`;;;`).
    static func isBlank(_ record: [Field]) -> Bool {
        record.allSatisfy { $0.text.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    static func detectDelimiter(_ text: String) -> Character {
        var semicolons = 0
        var commas = 0
        var inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if character.isNewline { break }
            if character == ";" { semicolons += 1 }
            if character == "," { commas += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}

extension CSVTable {
    /// The CSV file at `path` (below the site folder `root`), read and parsed; nil, with the
    /// problem in `diagnostics`, when it cannot be read or does not parse.
    static func read(_ path: String, in root: String, diagnostics: inout Diagnostics) -> CSVTable? {
        switch ContentFile.read(path, in: root).flatMap({ parse($0.text, file: path) }) {
        case .success(let table): return table
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
    }
}
