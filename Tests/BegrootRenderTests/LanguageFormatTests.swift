import BegrootContent
import BegrootCore
import Testing
@testable import BegrootRender

@Suite struct LanguageFormatTests {
    static func format(_ language: String) -> LanguageFormat {
        let (strings, _) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/\(language).yaml"]!, path: language)
        return LanguageFormat(strings: InterfaceStrings(language: language, strings: strings), currency: "EUR")
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
    }

    @Test func writesDatesAndPercentages() {
        let date = DayDate(iso: "2021-09-14")!
        #expect(dutch.date(date) == "14 september 2021")
        #expect(english.date(date) == "14 September 2021")
        #expect(english.percent(88) == "88%")
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
    @Test func everyEnglishStringHasADutchOne() {
        let (english, _) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/en.yaml"]!, path: "en")
        let (dutch, _) = InterfaceStringsFile.parse(BuiltinTheme.allFiles["i18n/nl.yaml"]!, path: "nl")
        #expect(Set(english.keys).subtracting(dutch.keys).sorted() == [])
        #expect(Set(dutch.keys).subtracting(english.keys).sorted() == [])
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
