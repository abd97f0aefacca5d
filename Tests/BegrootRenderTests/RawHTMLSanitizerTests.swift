import Testing
@testable import BegrootRender

/// The allow-list for raw HTML (`markdown: {unsafe: true}`), on the payloads of the red-team pass
/// (issue 13): each output is asserted whole, so a kept handler or address shows in the diff.
@Suite struct RawHTMLSanitizerTests {
    @Test(arguments: [
        // Addresses decoded as a browser decodes them before they are judged.
        ("<a href=\"java&#x73;cript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"java&#115cript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"javascript&colon;alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"java\tscript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"&#x20;JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href='vbscript:msgbox(1)'>x</a>", "<a>x</a>"),
        ("<a href=data:text/html,<script>alert(1)</script>>x</a>", "<a>alert(1)&gt;x</a>"),
        ("<a href=\"https://example.org/?a=1&amp;b=2\" onclick=\"alert(1)\">x</a>", "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>"),
        // Handlers, styles and elements that run or load things.
        ("<div onmouseover=alert(1)>x</div>", "<div>x</div>"),
        ("<details open ontoggle=alert(1)><summary>s</summary></details>", "<details open><summary>s</summary></details>"),
        ("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>after", "after"),
        ("<base href=\"https://evil.example/\">x", "x"),
        ("<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">x", "x"),
        ("<form action=javascript:alert(1)><button>x</button></form>", "x"),
        ("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>after", "after"),
        ("<object data=\"x.swf\">fallback</object><embed src=x.swf>after", "after"),
        ("<style>body{display:none}</style><p style=\"color:red\">x</p>", "<p>x</p>"),
        ("<script>alert(1)</script><SCRIPT SRC=//evil.example/x.js></SCRIPT>ok", "ok"),
        ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
        ("<img/src=\"x\"/onerror=alert(1)>", "<img src=\"x\">"),
        ("<!-- a comment --><p>x</p><!--<script>-->", "<p>x</p>"),
        // Ordinary rich text passes, re-quoted.
        ("<table><tr><td colspan=2 class='a b'>1 &lt; 2</td></tr></table>", "<table><tr><td colspan=\"2\" class=\"a b\">1 &lt; 2</td></tr></table>"),
        ("<abbr title=\"Buurt&shy;budget\">BB</abbr>", "<abbr title=\"Buurt&amp;shy;budget\">BB</abbr>"),
        ("a < b > c", "a &lt; b &gt; c"),
        ("<p dir=rtl lang=ar>نص</p>", "<p dir=\"rtl\" lang=\"ar\">نص</p>"),
        ("<a href=\"mailto:buurt@example.org\" target=_blank>mail</a>", "<a href=\"mailto:buurt@example.org\">mail</a>"),
        ("<p title=\"x\" title=\"y\">x</p>", "<p title=\"x\">x</p>"),
        ("<a href=\"https://example.org/\"", "&lt;a href=\"https://example.org/\""),
    ])
    func keepsOnlyTheAllowList(_ input: String, _ expected: String) {
        #expect(RawHTMLSanitizer.clean(input) == expected)
    }

    @Test func rewritesAddressesThatPass() {
        #expect(RawHTMLSanitizer.clean("<img src=\"media/a.jpg\" alt=\"A\">") { "../../" + $0 } == "<img src=\"../../media/a.jpg\" alt=\"A\">")
    }

    @Test func aSiteWithUnsafeMarkdownGetsTheCleanedHTML() {
        let html = MarkdownRenderer(allowsRawHTML: true).html("Hallo <span onclick=\"x()\">daar</span>\n\n<div><a href=\"java&#x73;cript:alert(1)\">klik</a></div>\n")
        #expect(html == "<p>Hallo <span>daar</span></p>\n<div><a>klik</a></div>\n")
    }
}
