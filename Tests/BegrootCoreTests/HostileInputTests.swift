import Testing
@testable import BegrootCore

@Suite struct HostileInputTests {
    @Test func charactersNoOutputMayHoldAreRemovedAsTextIsRead() {
        // U+FFFE, U+FFFF, U+FDD0 and U+1FFFF written as UTF-8 bytes (a Swift literal may not hold them).
        let bytes = Array("a\u{1}b\u{7F}c\u{85}d".utf8) + [0xEF, 0xBF, 0xBE] + Array("e".utf8) + [0xEF, 0xBF, 0xBF] + Array("f".utf8)
            + [0xEF, 0xB7, 0x90] + Array("g".utf8) + [0xF0, 0x9F, 0xBF, 0xBF] + Array("h\ti\nj\r\n€é".utf8)
        let cleaned = String(decoding: TextCleaning.removingForbiddenCharacters(bytes), as: UTF8.self)
        #expect(cleaned == "abcdefgh\ti\nj\r\n€é")
        let clean = Array("Plein '40-'45 — €25.000 ✓".utf8)
        #expect(TextCleaning.removingForbiddenCharacters(clean) == clean)
        // The same for text, a forbidden character right after a multi-byte one and at the very end.
        #expect(TextCleaning.removingForbiddenCharacters("é\u{1}ي\u{9F}") == "éي")
        #expect(TextCleaning.removingForbiddenCharacters("tab\tand\nnewline ✓") == "tab\tand\nnewline ✓")
    }

    @Test func diagnosticsPrintOnOneLineWithoutControlCharacters() {
        #expect(PrintableText.escaped("key\nwith\r\u{1B}[31mred\t\u{202E}") == "key\\nwith\\r\\u{1B}[31mred\\t\\u{202E}")
        #expect(PrintableText.escaped("gewoon: Plein '40-'45") == "gewoon: Plein '40-'45")
    }

    @Test(arguments: [
        ("https://buurtbudget.example.org/", true), ("http://example.org/pad?x=1#y", true), ("https://münchen.example/", true),
        ("javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false), ("https://x/\"><script>", false), ("https://", false),
        ("https://x y/", false), ("data:text/html,x", false), ("file:///etc/passwd", false), ("//evil.example/", false),
    ])
    func websites(_ address: String, _ valid: Bool) {
        #expect(WebAddress.isAbsoluteWeb(address) == valid)
    }

    @Test func addressesForEmailAndBase() {
        #expect(WebAddress.isEmail("buurt@example.org"))
        #expect(!WebAddress.isEmail("buurt@example.org?bcc=x@y.z"))
        #expect(!WebAddress.isEmail("\"><script>@x.org"))
        #expect(!WebAddress.isEmail("geen-adres"))
        #expect(WebAddress.isBase("https://example.org/buurtbudget/"))
        #expect(!WebAddress.isBase("https://example.org/?x=1"))
    }

    @Test(arguments: [
        ("https://example.org", true), ("media/a.jpg", true), ("#doel", true), ("mailto:a@b.org", true), ("tel:+31201234567", true),
        ("javascript:alert(1)", false), (" java\tscript:alert(1)", false), ("java&x73;cript:alert(1)", false),
        // Not decoded, as it would stand in a page once escaped: a relative address with a fragment.
        ("java&#x73;cript:alert(1)", true),
        ("vbscript:x", false), ("data:text/html,x", false), ("file:///etc/passwd", false),
    ])
    func linkSchemes(_ address: String, _ safe: Bool) {
        #expect(LinkSafety.isSafe(address) == safe)
    }
}
