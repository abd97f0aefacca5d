import Testing
@testable import BegrootCore

/// Suggestions know the Dutch, Turkish and Arabic words for statuses, models and fields (issue 14).
@Suite struct TranslatedWordsTests {
    static let statuses = ["submitted", "selected", "not-selected", "in-progress", "completed", "cancelled"]
    static let models = ["challenge", "bottom-up", "deliberation", "other"]
    static let planFields = [
        "title", "theme", "status", "requested", "awarded", "proposers", "submitted", "progress", "milestones",
        "image", "location", "place", "draft",
    ]

    @Test(arguments: [
        ("ingediend", "submitted"), ("geselecteerd", "selected"), ("gekozen", "selected"), ("afgewezen", "not-selected"),
        ("niet gekozen", "not-selected"), ("Niet-gekozen", "not-selected"), ("uitvoering", "in-progress"),
        ("in uitvoering", "in-progress"), ("in_uitvoering", "in-progress"), ("afgerond", "completed"), ("klaar", "completed"),
        ("geannuleerd", "cancelled"), ("toegekend", "selected"),
        ("gönderildi", "submitted"), ("seçildi", "selected"), ("Seçildi", "selected"), ("tamamlandı", "completed"),
        ("İptal edildi", "cancelled"), ("مقدم", "submitted"), ("مختار", "selected"), ("مكتمل", "completed"), ("مُكتمَل", "completed"),
    ])
    func aStatusInAnotherLanguageSuggestsTheEnglishOne(_ word: String, _ english: String) {
        #expect(Suggestion.didYouMean(word, in: Self.statuses) == " (did you mean '\(english)'?)")
    }

    @Test func modelsAndFieldsToo() {
        #expect(Suggestion.nearest(to: "uitdaging", in: Self.models) == "challenge")
        #expect(Suggestion.nearest(to: "bewonersplatform", in: Self.models) == "bottom-up")
        #expect(Suggestion.nearest(to: "van onderop", in: Self.models) == "bottom-up")
        #expect(Suggestion.nearest(to: "deliberatie", in: Self.models) == "deliberation")
        #expect(Suggestion.nearest(to: "thema's", in: Self.models) == "deliberation")
        #expect(Suggestion.nearest(to: "themas", in: Self.models) == "deliberation")
        let fields = [
            ("titel", "title"), ("samenvatting", "summary"), ("thema", "theme"), ("gevraagd", "requested"), ("toegekend", "awarded"),
            ("indieners", "proposers"), ("ingediend op", "submitted"), ("naam", "title"), ("voortgang", "progress"),
        ]
        for (word, english) in fields {
            #expect(Suggestion.nearest(to: word, in: Self.planFields + ["summary"]) == english, "\(word)")
        }
        #expect(Suggestion.nearest(to: "naam", in: ["name", "district", "budget"]) == "name")
    }

    @Test func aMisspeltTranslationIsFoundToo() {
        #expect(Suggestion.nearest(to: "ingedient", in: Self.statuses) == "submitted")
        #expect(Suggestion.nearest(to: "tamamlandi", in: Self.statuses) == "completed")
        #expect(Suggestion.nearest(to: "secildi", in: Self.statuses) == "selected")
    }

    @Test func aWordIsOnlySuggestedAsANameThatIsACandidateThere() {
        #expect(Suggestion.nearest(to: "ingediend", in: ["groen", "sport"]) == nil)
        #expect(Suggestion.nearest(to: "klaar", in: ["date", "title", "done"]) == "done")
        #expect(Suggestion.nearest(to: "selceted", in: Self.statuses) == "selected", "English spelling first")
    }
}
