import Foundation
import Testing
@testable import BegrootCore

@Suite struct DayDateTests {
    @Test func acceptsRealDaysOnly() {
        #expect(DayDate(iso: "2021-09-14")?.iso == "2021-09-14")
        #expect(DayDate(iso: "2020-02-29") != nil)
        #expect(DayDate(iso: "2021-02-29") == nil)
        #expect(DayDate(iso: "2021-02-30") == nil)
        #expect(DayDate(iso: "2021-13-01") == nil)
        #expect(DayDate(iso: "2021-9-14") == nil)
        #expect(DayDate(iso: "14-09-2021") == nil)
        #expect(DayDate(iso: "1900-02-29") == nil)
        #expect(DayDate(iso: "2000-02-29") != nil)
        #expect(DayDate(iso: "0099-01-05")?.iso == "0099-01-05")
        #expect(DayDate(iso: "0000-01-01") == nil)
        #expect(DayDate(iso: "202a-09-14") == nil)
        #expect(DayDate(iso: "2021-09-14 ") == nil)
        #expect(DayDate(iso: "2021/09/14") == nil)
        #expect(DayDate(iso: "２０２１-09-14") == nil)
    }

    @Test func ordersByDay() {
        #expect(DayDate(iso: "2019-10-07")! < DayDate(iso: "2019-11-04")!)
        #expect(DayDate(iso: "2019-12-31")! < DayDate(iso: "2020-01-01")!)
    }
}

@Suite struct LocalizedTextTests {
    let text = LocalizedText(byLanguage: ["nl": "Groen", "en": "Green"])

    @Test func resolvesTheReadersLanguage() {
        #expect(text.resolve("en", defaultLanguage: "nl") == .init(text: "Green", language: "en", isFallback: false))
    }

    @Test func fallsBackToTheDefaultLanguageAndSaysSo() {
        #expect(text.resolve("tr", defaultLanguage: "nl") == .init(text: "Groen", language: "nl", isFallback: true))
        let onlyEnglish = LocalizedText(byLanguage: ["en": "Green"])
        #expect(onlyEnglish.resolve("tr", defaultLanguage: "nl")?.language == "en")
    }

    @Test func universalTextIsNeverAFallback() {
        let name = LocalizedText(universal: "K-buurt")
        #expect(name.resolve("ar", defaultLanguage: "nl") == .init(text: "K-buurt", language: nil, isFallback: false))
        #expect(name.setting("K-neighbourhood", for: "en", defaultLanguage: "nl").byLanguage
            == ["nl": "K-buurt", "en": "K-neighbourhood"])
    }
}

@Suite struct SlugAndSuggestionTests {
    @Test func validatesSlugs() {
        #expect(Slug.isValid("schoon-plein-40-45"))
        #expect(!Slug.isValid("Schoon"))
        #expect(!Slug.isValid("plein_40"))
        #expect(!Slug.isValid("café"))
        #expect(!Slug.isValid(""))
    }

    @Test func makesSlugsFromTitles() {
        #expect(Slug.make(from: "Schoon Plein '40-'45") == "schoon-plein-40-45")
        #expect(Slug.make(from: "Cultuur en kansen creëren") == "cultuur-en-kansen-creeren")
        #expect(Slug.make(from: "Kırmızı Köprü") == "kirmizi-kopru")
        #expect(Slug.make(from: "Straßenfest") == "strassenfest")
        #expect(Slug.make(from: "حديقة الحي") == "", "no Latin letters: no slug (begroot new asks for a Latin title)")
    }

    @Test func suggestsTheNearestName() {
        #expect(Suggestion.nearest(to: "gren", in: ["groen", "sport", "jeugd"]) == "groen")
        #expect(Suggestion.nearest(to: "xyzzy", in: ["groen", "sport"]) == nil)
        #expect(Suggestion.didYouMean("titel", in: ["title", "theme"]) == " (did you mean 'title'?)")
    }
}

@Suite struct DiagnosticsTests {
    @Test func printsOneLinePerProblemAndASummary() {
        var diagnostics = Diagnostics()
        diagnostics.warning("unknown field 'titel'", at: SourceLocation(file: "b.md", line: 2, column: 1))
        diagnostics.error("bad", at: SourceLocation(file: "a.yaml", line: 3, column: 8))
        diagnostics.error("bad", at: SourceLocation(file: "a.yaml", line: 3, column: 8))
        #expect(diagnostics.sorted.map(\.description) == [
            "a.yaml:3:8: error: bad", "b.md:2:1: warning: unknown field 'titel'",
        ])
        #expect(diagnostics.summary == "2 errors, 1 warning in 2 files")
        #expect(diagnostics.promotingWarnings(true).errorCount == 3)
    }
}

@Suite struct DayMonthYearTests {
    @Test func readsDutchSpreadsheetDates() {
        #expect(DayDate(dayMonthYear: "2-3-2021") == DayDate(year: 2021, month: 3, day: 2))
        #expect(DayDate(dayMonthYear: "14-09-2021")?.iso == "2021-09-14")
        #expect(DayDate(dayMonthYear: "30-02-2021") == nil)
        #expect(DayDate(dayMonthYear: "14/09/2021") == nil)
        #expect(DayDate(dayMonthYear: "2021-09-14") == nil)
    }
}

@Suite struct DaysSinceEpochTests {
    @Test func countsDaysFrom1970() {
        #expect(DayDate(daysSinceEpoch: 0).iso == "1970-01-01")
        #expect(DayDate(daysSinceEpoch: 59).iso == "1970-03-01")
        #expect(DayDate(daysSinceEpoch: 18_262).iso == "2020-01-01")
        #expect(DayDate(daysSinceEpoch: 18_321).iso == "2020-02-29")
        #expect(DayDate(daysSinceEpoch: -1).iso == "1969-12-31")
        #expect(DayDate(daysSinceEpoch: 20_786).iso == "2026-11-29")
    }
}

@Suite struct PluralRulesTests {
    func forms(_ language: String, _ numbers: [Int]) -> [String] {
        numbers.map { PluralRules.category($0, language: language).rawValue }
    }

    @Test func dutchEnglishAndTurkishHaveOneAndOther() {
        for language in ["nl", "en", "tr"] {
            #expect(forms(language, [0, 1, 2, 5, 21, 101]) == ["other", "one", "other", "other", "other", "other"], "\(language)")
            #expect(PluralRules.categories(language: language) == [.one, .other])
        }
    }

    @Test func arabicHasSixCategories() {
        #expect(forms("ar", [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000]) == [
            "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many", "other",
        ])
        #expect(PluralRules.categories(language: "ar") == PluralCategory.allCases)
    }

    @Test func otherFamilies() {
        #expect(forms("fr", [0, 1, 2]) == ["one", "one", "other"])
        #expect(forms("pl", [1, 2, 5, 12, 22, 25]) == ["one", "few", "many", "many", "few", "many"])
        #expect(forms("uk", [1, 2, 5, 11, 21]) == ["one", "few", "many", "many", "one"])
        #expect(forms("zh", [1, 2]) == ["other", "other"])
        #expect(forms("pt-br", [0, 1, 2]) == ["one", "one", "other"])
    }
}

@Suite struct NameUUIDTests {
    @Test func theSameNameGivesTheSameValidUUIDAndOthersDiffer() {
        let uuid = NameUUID.make("begroot:buurtbudget:en/feed.xml")
        #expect(uuid == NameUUID.make("begroot:buurtbudget:en/feed.xml"))
        #expect(uuid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil)
        #expect(UUID(uuidString: uuid) != nil)
        #expect(uuid != NameUUID.make("begroot:buurtbudget:nl/feed.xml"))
        #expect(NameUUID.make("") != NameUUID.make(" "))
    }
}
