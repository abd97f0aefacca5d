import BegrootContent
import BegrootCore
import Testing
@testable import BegrootRender

/// The shapes read from the platform's CLDR. `make test-formats` compares them with Babel's CLDR for
/// many languages; these pin what the built-in languages and a few telling others must show.
@Suite struct LanguageFormatTests {
    static func format(_ code: String, region: String? = nil, direction: Language.Direction = .ltr) -> LanguageFormat {
        LanguageFormat(language: Language(code: code, name: code, direction: direction, region: region), currency: "EUR")
    }

    let dutch = format("nl")
    let english = format("en", region: "GB")

    @Test func writesMoneyTheReadersWay() {
        #expect(dutch.money(Money(euros: 25_000)) == "€\u{00A0}25.000")
        #expect(english.money(Money(euros: 25_000)) == "€25,000")
        #expect(dutch.money(Money(cents: 123_456)) == "€\u{00A0}1.234,56")
        #expect(english.money(Money(cents: 123_450)) == "€1,234.50")
        #expect(dutch.money(Money(cents: -5_000)) == "€\u{00A0}-50")
        #expect(english.money(Money(cents: -100_000)) == "-€1,000", "CLDR puts the sign before the symbol in English")
        #expect(english.money(.zero) == "€0")
        #expect(dutch.money(Money(euros: 1_500_000)) == "€\u{00A0}1.500.000")
        #expect(dutch.money(Money(euros: 7), cents: true) == "€\u{00A0}7,00")
    }

    @Test func groupsDigitsInThrees() {
        let grouped = [0, 7, 999, 1_000, -1_000, 25_000, 250_000, 1_234_567, -12_345_678, 100_000_000].map { english.integer($0) }
        #expect(grouped == ["0", "7", "999", "1,000", "-1,000", "25,000", "250,000", "1,234,567", "-12,345,678", "100,000,000"])
        #expect(dutch.integer(Int(Int32.max)) == "2.147.483.647")
    }

    @Test func writesDatesAndPercentages() {
        let date = DayDate(iso: "2021-09-14")!
        #expect(dutch.date(date) == "14 september 2021")
        #expect(english.date(date) == "14 September 2021")
        #expect(Self.format("en").date(date) == "September 14, 2021", "plain en is CLDR's en, as in the United States")
        #expect(Self.format("en", region: "US").date(date) == "September 14, 2021")
        #expect(english.percent(88) == "88%")
    }

    @Test func turkishAndArabic() {
        let turkish = Self.format("tr")
        let arabic = Self.format("ar", direction: .rtl)
        let date = DayDate(iso: "2021-09-14")!
        #expect(turkish.money(Money(cents: 2_500_050)) == "€25.000,50")
        #expect(turkish.percent(40) == "%40")
        #expect(turkish.date(date) == "14 Eylül 2021")
        // Arabic amounts sit in a right-to-left isolate with CLDR's own marks inside.
        let amount = arabic.money(Money(cents: -2_500_050))
        #expect(amount.hasPrefix("\u{2067}") && amount.hasSuffix("\u{2069}"))
        #expect(amount.filter { !"\u{200E}\u{200F}\u{2067}\u{2069}".contains($0) } == "-25,000.50\u{00A0}€")
        #expect(arabic.percent(40).filter { !"\u{200E}\u{200F}\u{2067}\u{2069}".contains($0) } == "40%")
        #expect(arabic.integer(1534) == "\u{2067}1,534\u{2069}")
        #expect(arabic.date(date).hasPrefix("14 سبتمبر"))
    }

    /// A language begroot has no interface strings for is still written as its readers expect.
    @Test func aLanguageWithoutInterfaceStrings() {
        let polish = Self.format("pl")
        #expect(polish.money(Money(cents: 2_950_050)) == "29\u{00A0}500,50\u{00A0}€")
        #expect(polish.money(Money(euros: 1_000)) == "1000\u{00A0}€", "CLDR's minimum grouping digits is 2 in Polish")
        #expect(polish.date(DayDate(iso: "2022-10-05")!) == "5 października 2022")
        let german = Self.format("de")
        #expect(german.date(DayDate(iso: "2022-10-05")!) == "5. Oktober 2022")
        #expect(german.percent(42) == "42\u{00A0}%")
        #expect(Self.format("hi").money(Money(euros: 1_234_567)) == "€12,34,567", "Indian grouping: by three, then by two")
        let spanish = Self.format("es")
        #expect(spanish.date(DayDate(iso: "2022-10-05")!) == "5 de octubre de 2022")
    }

    /// A site's strings from an earlier version that still say how to write numbers are told to go.
    @Test func theRetiredFormatStringsAreNamedNotUsed() {
        let (strings, problems) = InterfaceStringsFile.parse(
            "nav.skip: Overslaan\nformat.money: \"{symbol} {amount}\"\nmonth.10: oktober\nmonth.13: geen\n", path: "content/i18n/nl.yaml")
        #expect(strings == ["nav.skip": "Overslaan", "month.13": "geen"])
        #expect(problems.sorted.map(\.description) == [
            "content/i18n/nl.yaml:2:1: warning: 'format.money' is no longer used: numbers, money and dates are written as CLDR writes this language; leave it out (for another region's way, give the language a 'region:' in site.yaml)",
            "content/i18n/nl.yaml:3:1: warning: 'month.10' is no longer used: numbers, money and dates are written as CLDR writes this language; leave it out (for another region's way, give the language a 'region:' in site.yaml)",
        ])
    }

    @Test func readsTheShapeOfASample() {
        let indian = NumberShape(positive: "€12,34,567.89", negative: "-€12,34,567.89", groupsFourDigits: true)
        #expect(indian.prefix == "€" && indian.negativePrefix == "-€" && indian.suffix == "")
        #expect(indian.primaryGroup == 3 && indian.secondaryGroup == 2)
        #expect(LanguageFormat.grouped(1_234_567, indian) == "12,34,567")
        let ungrouped = NumberShape(positive: "1234567,89 kr", negative: "-1234567,89 kr", groupsFourDigits: true)
        #expect(ungrouped.groupSeparator == "" && ungrouped.decimalSeparator == ",")
        #expect(DatePattern.parse("d 'de' MMMM 'de' y") == [
            .day(width: 1), .literal(" de "), .month(width: 4, standalone: false), .literal(" de "), .year(width: 1),
        ])
        #expect(DatePattern.parse("y G") == nil)
        #expect(DayDate(iso: "2021-09-14")!.weekday == 2 && DayDate(iso: "1970-01-01")!.weekday == 4)
    }
}

@Suite struct SitePathsTests {
    let paths = SitePaths(defaultLanguage: "nl")

    @Test func putsTheDefaultLanguageAtTheRootAndOthersBelow() {
        #expect(paths.plan("nl", "west", "tuin") == "west/plans/tuin/index.html")
        #expect(paths.plan("en", "west", "tuin") == "en/west/plans/tuin/index.html")
        #expect(paths.home("nl") == "index.html")
        #expect(paths.notFound("en") == "en/404.html")
    }

    @Test func linksAreRelativeSoTheSiteWorksFromDisk() {
        #expect(SitePaths.link(from: "en/west/plans/tuin/index.html", to: "assets/begroot.css") == "../../../../assets/begroot.css")
        #expect(SitePaths.link(from: "index.html", to: "west/index.html") == "west/index.html")
    }
}

@Suite struct BuiltinThemeTests {
    /// Every language of the built-in theme has every string, and every plural form its rules use.
    @Test(arguments: ["nl", "tr", "ar"])
    func everyEnglishStringHasATranslation(_ language: String) {
        let (english, _) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/en.yaml"]!, path: "en")
        let (other, problems) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/\(language).yaml"] ?? "", path: language)
        #expect(problems.isEmpty)
        #expect(Set(english.keys).subtracting(other.keys).sorted() == [])
        let plurals = Set(english.keys.filter { $0.hasPrefix("count.") }.map { String($0[..<$0.lastIndex(of: ".")!]) })
        let extra = Set(other.keys).subtracting(english.keys).filter { key in
            !plurals.contains { key.hasPrefix($0 + ".") }
        }
        #expect(extra.sorted() == [], "keys English does not have")
        for group in plurals.sorted() {
            for category in PluralRules.categories(language: language) {
                #expect(other["\(group).\(category.rawValue)"] != nil, "\(language) lacks \(group).\(category.rawValue)")
            }
        }
    }

    @Test func everyStringATemplateUsesExists() throws {
        let (english, _) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/en.yaml"]!, path: "en")
        let pattern = try Regex(#"\{\{\s*t\.([A-Za-z0-9.\-]+)\s*\}\}"#)
        for (path, text) in BuiltinTheme.allFiles where path.hasSuffix(".mustache") {
            for match in text.matches(of: pattern) {
                let key = String(match.output[1].substring!)
                #expect(english[key] != nil, "\(path) uses t.\(key), which no string file has")
            }
        }
    }
}
