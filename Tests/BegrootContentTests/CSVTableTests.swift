import BegrootCore
import Testing
@testable import BegrootContent

@Suite struct CSVTableTests {
    func texts(_ table: CSVTable) -> [[String]] { table.rows.map { $0.map(\.text) } }

    @Test func readsTheCommaStyle() throws {
        let table = try CSVTable.parse("date,plan,description,amount\n2021-03-01,tuin,Zaden,1234.56\n", file: "s.csv").get()
        #expect(table.delimiter == ",")
        #expect(table.header.map(\.text) == ["date", "plan", "description", "amount"])
        #expect(texts(table) == [["2021-03-01", "tuin", "Zaden", "1234.56"]])
        #expect(table.rows[0][3].location == SourceLocation(file: "s.csv", line: 2, column: 23))
    }

    @Test func readsTheDutchSemicolonExportWithCRLF() throws {
        let table = try CSVTable.parse("date;plan;description;amount\r\n2021-03-01;tuin;Zaden, potgrond;1.234,56\r\n", file: "s.csv").get()
        #expect(table.delimiter == ";")
        #expect(texts(table) == [["2021-03-01", "tuin", "Zaden, potgrond", "1.234,56"]])
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let csv = "date,plan,description,amount\n2021-03-01,,\"Huur zaal, \"\"De Boei\"\"\nen koffie\",-50\n2021-03-02,tuin,Gereedschap,10\n"
        let table = try CSVTable.parse(csv, file: "s.csv").get()
        #expect(texts(table) == [
            ["2021-03-01", "", "Huur zaal, \"De Boei\"\nen koffie", "-50"],
            ["2021-03-02", "tuin", "Gereedschap", "10"],
        ])
        #expect(table.rows[1][0].location.line == 4)
    }

    @Test func skipsBlankLinesAndAcceptsAMissingFinalNewline() throws {
        let table = try CSVTable.parse("a,b\n\n1,2", file: "s.csv").get()
        #expect(texts(table) == [["1", "2"]])
    }

    @Test func reportsAnUnclosedQuoteWhereItOpened() {
        let result = CSVTable.parse("a,b\n1,\"open\n", file: "s.csv")
        #expect(throws: Diagnostic.error("this quoted field is never closed", at: SourceLocation(file: "s.csv", line: 2, column: 3))) {
            try result.get()
        }
    }

    @Test func reportsTextAfterAClosingQuote() {
        let result = CSVTable.parse("a,b\n1,\"x\"y\n", file: "s.csv")
        #expect(throws: Diagnostic.error("unexpected text after a closing quote; write a quote inside a quoted field as \"\"",
            at: SourceLocation(file: "s.csv", line: 2, column: 6))) { try result.get() }
    }
}
