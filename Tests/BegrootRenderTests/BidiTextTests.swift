import BegrootContent
import Testing
@testable import BegrootRender

/// Text that mixes directions keeps each run of the other direction in one piece.
@Suite struct BidiTextTests {
    @Test func aLatinNameWithDigitsAndQuotesStaysWholeOnAnArabicPage() {
        #expect(BidiText.isolatingRuns("Schoon Plein '40-'45 (ساحة 40-45 نظيفة)", in: .rtl)
            == "<span dir=\"ltr\">Schoon Plein <span class=\"nowrap\">&#39;40-&#39;45</span></span> (ساحة 40-45 نظيفة)")
        #expect(BidiText.isolatingRuns("مقهى التصليح Repair Café Slotermeer", in: .rtl)
            == "مقهى التصليح <span dir=\"ltr\">Repair Café Slotermeer</span>")
    }

    @Test func anArabicNameStaysWholeOnADutchPage() {
        #expect(BidiText.isolatingRuns("Taalcafé (مقهى اللغة) in Slotermeer", in: .ltr)
            == "Taalcafé (<span dir=\"rtl\">مقهى اللغة</span>) in Slotermeer")
    }

    @Test func textInOneDirectionIsOnlyEscaped() {
        #expect(BidiText.isolatingRuns("ساحة <نظيفة>", in: .rtl) == "ساحة &lt;نظيفة&gt;")
    }
}
