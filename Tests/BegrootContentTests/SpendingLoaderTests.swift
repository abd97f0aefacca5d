import BegrootCore
import Testing
@testable import BegrootContent

@Suite struct SpendingLoaderTests {
    func ledger(_ csv: String) -> (SpendingLedger?, [String]) {
        var diagnostics = Diagnostics()
        switch CSVTable.parse(csv, file: "s.csv") {
        case .failure(let problem):
            return (nil, [problem.description])
        case .success(let table):
            let ledger = SpendingLoader.ledger(from: table, file: "s.csv", diagnostics: &diagnostics)
            return (ledger, diagnostics.sorted.map(\.description))
        }
    }

    /// What a ledger says, without the places it was read from.
    func summary(_ ledger: SpendingLedger?) -> [String] {
        (ledger?.lines ?? []).map {
            "\($0.date.value.iso)|\($0.plan?.value ?? "")|\($0.description)|\($0.amount.value.cents)|\($0.supplier ?? "")"
        }
    }

    @Test func bothSpreadsheetStylesLoadToTheSameLedger() {
        let comma = """
            date,plan,description,amount,supplier
            2021-03-01,tuin,"Zaden, potgrond",1234.56,Tuincentrum
            2021-03-02,,Flyers,"1,250.00",Drukkerij
            2021-03-03,tuin,Teruggave statiegeld,-12.5,
            2021-03-04,plein,"Huur ""De Boei""
            met koffie",300,Buurthuis

            """
        let semicolon = "\u{FEFF}datum;plan;omschrijving;bedrag;leverancier\r\n"
            + "2021-03-01;tuin;Zaden, potgrond;1.234,56;Tuincentrum\r\n"
            + "2-3-2021;;Flyers;€ 1.250;Drukkerij\r\n"
            + "2021-03-03;tuin;Teruggave statiegeld;-12,50;\r\n"
            + "2021-03-04;plein;\"Huur \"\"De Boei\"\"\r\nmet koffie\";300,00;Buurthuis\r\n;;;;\r\n"
        let (fromComma, commaProblems) = ledger(comma)
        let (fromSemicolon, semicolonProblems) = ledger(String(semicolon.dropFirst()))
        #expect(commaProblems.isEmpty)
        #expect(semicolonProblems.isEmpty)
        #expect(summary(fromComma) == [
            "2021-03-01|tuin|Zaden, potgrond|123456|Tuincentrum",
            "2021-03-02||Flyers|125000|Drukkerij",
            "2021-03-03|tuin|Teruggave statiegeld|-1250|",
            "2021-03-04|plein|Huur \"De Boei\"\nmet koffie|30000|Buurthuis",
        ])
        #expect(summary(fromSemicolon) == summary(fromComma))
        #expect(fromComma?.total == Money(cents: 123_456 + 125_000 - 1_250 + 30_000))
        #expect(fromComma?.spent(on: "tuin") == Money(cents: 122_206))
        #expect(fromComma?.processCosts == Money(cents: 125_000))
        #expect(fromComma?.lines[2].isRefund == true)
    }

    @Test func aFileWithABOMLoadsLikeOneWithout() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/spending.csv": "\u{FEFF}date;plan;description;amount\n2021-03-01;;Koffie;12,50\n",
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.sorted.filter { $0.category == .general }.isEmpty, "\(diagnostics.sorted)")
        #expect(loaded?.buurten.first?.spending?.total == Money(cents: 1250))
    }

    @Test func malformedRowsNameTheirRowAndCell() {
        let (ledger, problems) = ledger("""
            date,plan,description,amount
            2021-03-01,tuin,Zaden
            2021-03-02,tuin,Schep,"12,3,4"
            2021-02-30,tuin,Potgrond,45
            2021-03-04,tuin,Hark,12.345
            2021-03-05,,,10
            2021-03-06,tuin,Emmer,5,extra

            """)
        #expect(problems == [
            "s.csv:2:1: error: row 2 has 3 fields, but the header has 4; is a separator missing or extra, or a text with ',' not in quotes?",
            "s.csv:3:23: error: 'amount' must be an amount such as 1234.56, found '12,3,4'",
            "s.csv:4:1: error: 'date' must be a real date written YYYY-MM-DD, found '2021-02-30'",
            "s.csv:5:22: error: 'amount' must be an amount such as 1234.56, found '12.345'",
            "s.csv:6:13: warning: this spending line has no description; say what the money was for",
            "s.csv:7:1: error: row 7 has 5 fields, but the header has 4; is a separator missing or extra, or a text with ',' not in quotes?",
        ])
        #expect(ledger?.lines.count == 1, "the good row is kept, so later rules still see it")
    }

    @Test func aRowWithTheOtherSeparatorSaysSo() {
        let (semicolonLedger, semicolonProblems) = ledger("""
            date;plan;description;amount;supplier
            2021-03-01;tuin;Zaden;12,50;Tuincentrum
            2021-03-02,tuin,Schep,12.50,Bouwmarkt
            2021-03-03,tuin,"Hark, groot",12.50
            2021-03-04;tuin;Zaden, potgrond, schep

            """)
        #expect(semicolonProblems == [
            "s.csv:3:1: error: row 3 separates its fields with commas (,), but the header row with semicolons (;); "
                + "use semicolons (;) in this row too, one separator for the whole file",
            "s.csv:4:1: error: row 4 separates its fields with commas (,), but the header row with semicolons (;); "
                + "use semicolons (;) in this row too, one separator for the whole file",
            "s.csv:5:1: error: row 5 has 3 fields, but the header has 5; is a separator missing or extra, or a text with ';' not in quotes?",
        ])
        #expect(semicolonLedger?.lines.count == 1)
        let (_, commaProblems) = ledger("date,plan,description,amount\n2021-03-01,tuin,Zaden,12.50\n2021-03-02;tuin;Schep;12,50\n")
        #expect(commaProblems == [
            "s.csv:3:1: error: row 3 separates its fields with semicolons (;), but the header row with commas (,); "
                + "use commas (,) in this row too, one separator for the whole file",
        ])
    }

    @Test func theHeaderMustNameTheColumns() {
        let (ledger, problems) = ledger("Datum;Bedrag;Omschrijving;Kostenplaats\n2021-03-01;12,50;Koffie;A\n")
        #expect(ledger == nil)
        #expect(problems == [
            "s.csv:1:1: error: spending.csv needs the column 'plan'; its header row must name date, plan, description and amount",
            "s.csv:1:27: warning: unknown column 'Kostenplaats' in spending.csv; its values are ignored",
        ])
    }

    @Test func amountsInEachStyle() {
        let dutch = AmountStyle(delimiter: ";")
        #expect(dutch.parse("1.234,56") == Money(cents: 123_456))
        #expect(dutch.parse("1234,5") == Money(cents: 123_450))
        #expect(dutch.parse("€ 25.000") == Money(cents: 2_500_000))
        #expect(dutch.parse("−12,50") == Money(cents: -1_250))
        #expect(dutch.parse("12.50") == Money(cents: 1_250), "a decimal point with two decimals is not a thousands separator")
        #expect(dutch.parse("12.500") == Money(cents: 1_250_000))
        #expect(dutch.parse("12,3,4") == nil)
        #expect(dutch.parse("") == nil)
        let english = AmountStyle(delimiter: ",")
        #expect(english.parse("1,234.56") == Money(cents: 123_456))
        #expect(english.parse("1234.56") == Money(cents: 123_456))
        #expect(english.parse("1234,56") == nil)
    }
}
