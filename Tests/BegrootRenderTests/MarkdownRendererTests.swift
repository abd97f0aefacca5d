import Testing
@testable import BegrootRender
import BegrootCore

@Suite struct MarkdownRendererTests {
    let safe = MarkdownRenderer()

    @Test func rendersCommonMark() {
        #expect(safe.html("Een **vet** woord en een [link](https://example.org).")
            == "<p>Een <strong>vet</strong> woord en een <a href=\"https://example.org\">link</a>.</p>\n")
    }

    @Test func dropsRawHTMLByDefault() {
        let html = safe.html("Hallo <script>alert(1)</script>\n\n<iframe src=\"https://tracker.example\"></iframe>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
    }

    @Test func dropsDangerousLinksEvenWhenRawHTMLIsAllowed() {
        for renderer in [safe, MarkdownRenderer(allowsRawHTML: true)] {
            let html = renderer.html("[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) ![d](vbscript:x)")
            #expect(!html.lowercased().contains("script:"), "\(html)")
            #expect(!html.contains("data:"), "\(html)")
        }
        let unsafe = MarkdownRenderer(allowsRawHTML: true)
        #expect(unsafe.html("<b>vet</b>") == "<p><b>vet</b></p>\n")
        #expect(!unsafe.html("<a href=\"javascript:alert(1)\">x</a>").contains("javascript"))
    }

    @Test func keepsSafeSchemesAndRelativeLinks() {
        #expect(LinkSafety.isSafe("https://example.org"))
        #expect(LinkSafety.isSafe("mailto:a@example.org"))
        #expect(LinkSafety.isSafe("media/photo.jpg"))
        #expect(LinkSafety.isSafe("../over/index.html#doel"))
        #expect(!LinkSafety.isSafe(" javascript:alert(1)"))
        #expect(!LinkSafety.isSafe("java\nscript:alert(1)"))
        #expect(!LinkSafety.isSafe("file:///etc/passwd"))
    }

    @Test func rewritesMediaLinks() {
        let html = safe.html("![Park](media/park.jpg)") { "../../" + $0 }
        #expect(html == "<p><img src=\"../../media/park.jpg\" alt=\"Park\" /></p>\n")
    }
}
