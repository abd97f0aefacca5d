import BegrootContent
import BegrootCore
import Testing
@testable import BegrootRender

@Suite struct LanguageFormatTests {
    static func format(_ language: String) -> LanguageFormat {
        let (strings, _) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/\(language).yaml"]!, path: language)
        return LanguageFormat(strings: InterfaceStrings(language: language, strings: strings), currency: "EUR", isolatesNumbers: language == "ar")
    }

    let dutch = format("nl")
    let english = format("en")

    @Test func writesMoneyTheReadersWay() {
        #expect(dutch.money(Money(euros: 25_000)) == "€\u{00A0}25.000")
        #expect(english.money(Money(euros: 25_000)) == "€25,000")
        #expect(dutch.money(Money(cents: 123_456)) == "€\u{00A0}1.234,56")
        #expect(english.money(Money(cents: 123_450)) == "€1,234.50")
        #expect(dutch.money(Money(cents: -5_000)) == "€\u{00A0}-50")
        #expect(english.money(.zero) == "€0")
        #expect(dutch.money(Money(euros: 1_500_000)) == "€\u{00A0}1.500.000")
        #expect(english.money(Money(euros: 250_000)) == "€250,000")
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
        #expect(english.percent(88) == "88%")
    }

    @Test func turkishAndArabic() {
        let turkish = Self.format("tr")
        let arabic = Self.format("ar")
        let date = DayDate(iso: "2021-09-14")!
        #expect(turkish.money(Money(cents: 2_500_050)) == "€25.000,50")
        #expect(turkish.percent(40) == "%40")
        #expect(turkish.date(date) == "14 Eylül 2021")
        // Arabic keeps amounts and percentages left to right inside right-to-left text.
        #expect(arabic.money(Money(cents: -2_500_050)) == "\u{2066}-25,000.50\u{00A0}€\u{2069}")
        #expect(arabic.percent(40) == "\u{2066}40%\u{2069}")
        #expect(arabic.integer(1534) == "\u{2066}1,534\u{2069}")
        #expect(arabic.date(date) == "14 سبتمبر 2021")
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
