import Testing
@testable import BegrootRender

/// The words a plan's text adds to the search index.
@Suite struct SearchWordsTests {
    @Test func distinctWordsInOrderWithoutAddressesTagsOrTheTitlesWords() {
        let markdown = """
            # Een Speeltuin voor de jeugd

            De **speeltuin** krijgt nieuwe toestellen, zie [de tekening](https://example.org/tekening.pdf) \
            of <https://example.org>. Speeltuin-toestellen: 4 stuks <b>nu</b> — www.example.org
            """
        #expect(SearchWords.index(of: markdown, leaving: "Een plan voor").split(separator: " ") == [
            "speeltuin", "jeugd", "krijgt", "nieuwe", "toestellen", "zie", "tekening", "stuks",
        ])
    }

    @Test func arabicAndTurkishWordsKeepTheirLettersAndLoseTheirPunctuation() {
        let words = SearchWords.index(of: "ساحة «بلاين ٤٠-٤٥»، نظيفةً؟ Çocuk PARKI’nın İçinde").split(separator: " ")
        // Two-digit numbers are shorter than three letters; "İ" lower-cased keeps its dot as a mark,
        // which the browser's search drops as it drops every accent.
        #expect(words == ["ساحة", "بلاين", "نظيفةً", "çocuk", "parki", "nın", "i\u{307}çinde"])
    }

    @Test func theLimitKeepsTheIndexSmall() {
        let text = (1...1000).map { "woord\($0)" }.joined(separator: " ")
        let words = SearchWords.index(of: text, limit: 400).split(separator: " ")
        #expect(words.count == 400)
        #expect(words.last == "woord400")
        // Past the table's first size, repeated words are still found as repeated.
        #expect(SearchWords.index(of: text + " " + text, limit: 2000).split(separator: " ").count == 1000)
    }
}

extension SearchWordsTests {
    /// Capitals beyond ASCII are lower-cased the way Unicode does; small letters pass through.
    @Test func capitalsOfOtherAlphabetsAreLowerCased() {
        let words = SearchWords.index(of: "ÇİFTLİK çiftlik ĞÜNEŞ ÉÉN één Ωμέγα ωμέγα МОСТ мост Łódź łódź")
        #expect(words.split(separator: " ") == ["çi\u{307}ftli\u{307}k", "çiftlik", "ğüneş", "één", "ωμέγα", "мост", "łódź"])
    }
}
