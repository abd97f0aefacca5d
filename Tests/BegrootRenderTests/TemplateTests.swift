import Testing
@testable import BegrootRender

@Suite struct TemplateTests {
    func render(_ text: String, _ values: TemplateValues, partials: [String: String] = [:]) throws -> String {
        var library: [String: Template] = [:]
        for (name, source) in partials { library[name] = try Template(source) }
        return String(decoding: try Template(text).render(values, partials: library), as: UTF8.self)
    }

    @Test func variablesAreEscapedUnlessTriple() throws {
        #expect(try render("{{a}} {{{a}}} {{&a}} {{n}} {{missing}}!", ["a": "<b>'&'</b>", "n": 3]) == "&lt;b&gt;&#39;&amp;&#39;&lt;/b&gt; <b>'&'</b> <b>'&'</b> 3 !")
    }

    @Test func sectionsOverListsTextsAndFlags() throws {
        let context: TemplateValues = [
            "items": [["name": "a"], ["name": "b"]], "words": ["x", "y"], "empty": "", "none": [],
            "yes": true, "no": false, "title": "T",
        ]
        #expect(try render("{{#items}}[{{name}}|{{title}}]{{/items}}", context) == "[a|T][b|T]", "outer names are found from inside")
        #expect(try render("{{#words}}<{{.}}>{{/words}}", context) == "<x><y>")
        #expect(try render("{{#empty}}E{{/empty}}{{^empty}}not{{/empty}}{{#none}}N{{/none}}{{^none}}none{{/none}}", context) == "notnone")
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{#title}}={{.}}{{/title}}", context) == "Yn=T")
    }

    @Test func aNameFoundEmptyStopsTheSearchOutward() throws {
        // An inner item with an empty summary must not show the outer summary.
        let context: TemplateValues = ["summary": "outer", "items": [["summary": ""], ["summary": "inner"]]]
        #expect(try render("{{#items}}({{#summary}}{{summary}}{{/summary}}){{/items}}", context) == "()(inner)")
    }

    @Test func dottedNames() throws {
        #expect(try render("{{t.nav.home}}|{{t.nav.none}}|{{#t.nav}}{{home}}{{/t.nav}}", ["t": ["nav": ["home": "Home"]]]) == "Home||Home")
    }

    @Test func standaloneTagLinesLeaveNoBlankLines() throws {
        let text = "<ul>\n{{#items}}\n  <li>{{.}}</li>\n{{/items}}\n</ul>\n  {{! a comment }}\n{{>part}}\nend\n"
        #expect(try render(text, ["items": ["a", "b"]], partials: ["part": "P\n"]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\nP\nend\n")
        // Not alone on its line: the line stays as written.
        #expect(try render("a {{#x}}b{{/x}}\n", ["x": true]) == "a b\n")
    }

    @Test func indentedStandalonePartialsAreIndented() throws {
        #expect(try render("<div>\n  {{>p}}\n</div>", [:], partials: ["p": "one\ntwo\n"]) == "<div>\n  one\n  two\n</div>")
    }

    @Test func renderedHTMLAndTextsInAnyScriptPassThroughByteForByte() throws {
        let values: TemplateValues = [
            "a": "مرحبا & çok güzel 'é'", "r": .rendered(Array("<b>ï</b>".utf8)), "e": .rendered([]), "n": 42,
        ]
        #expect(try render("{{a}}|{{{r}}}|{{r}}|{{#r}}yes{{/r}}{{^e}}empty{{/e}}|{{n}}", values)
            == "مرحبا &amp; çok güzel &#39;é&#39;|<b>ï</b>|&lt;b&gt;ï&lt;/b&gt;|yesempty|42")
    }

    @Test func valuesSetAgainAreFoundAtTheirNewestAndMergingAddsTheOthers() throws {
        var values: TemplateValues = ["a": "1", "b": "2"]
        values["a"] = "3"
        values["c"] = .flag(true)
        let merged = values.merging(["b": "4", "d": "5"])
        #expect(try render("{{a}}{{b}}{{#c}}c{{/c}}{{d}}", merged) == "34c5")
        values["a"] = nil
        #expect(try render("[{{a}}]{{b}}", values) == "[]2")
        // Names that share their first letters and length are still told apart.
        #expect(try render("{{titleHtml}}|{{titleText}}", ["titleText": "T", "titleHtml": "H"]) == "H|T")
    }

    @Test func mistakesAreReported() {
        #expect(throws: Template.ParseError.self) { try Template("{{#a}}never closed") }
        #expect(throws: Template.ParseError.self) { try Template("{{#a}}x{{/b}}") }
        do {
            _ = try Template("{{#a}}x{{/b}}")
        } catch {
            #expect(error.description == "{{/b}} closes a section that is not open (open: a)")
        }
        #expect(throws: Template.ParseError.self) { try Template("{{=<% %>=}}") }
        #expect(throws: Template.ParseError.self) { try Template("{{unclosed") }
    }

    @Test func escapingDropsControlCharactersThatHTMLAndXMLForbid() {
        #expect(HTML.escape("a\u{0B}b\u{0C}c\td\ne\r&") == "abc\td\ne\r&amp;")
        var bytes: [UInt8] = []
        HTML.escape(bytes: Array("x\u{01}<y".utf8), into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x&lt;y")
    }
}
