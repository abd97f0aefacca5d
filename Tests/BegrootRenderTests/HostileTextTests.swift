import BegrootCore
import Testing
@testable import BegrootRender

/// Text from content in the places the red-team pass found open (issue 13), each output asserted whole.
@Suite struct HostileTextTests {
    @Test func interfaceStringsAreDataNeverTemplateCode() throws {
        let strings = ["nav.skip": "{{{description}}}", "plan.status": "{{>layout}} & <b>"]
        let template = try Template("<a>{{t.nav.skip}}</a>|{{{t.plan.status}}}|{{description}}", strings: strings)
        let values: TemplateValues = ["description": "<img src=x onerror=alert(1)>"]
        #expect(String(decoding: template.render(values, partials: [:]), as: UTF8.self)
            == "<a>{{{description}}}</a>|{{&gt;layout}} &amp; &lt;b&gt;|&lt;img src=x onerror=alert(1)&gt;")
    }

    @Test func partialsThatIncludeThemselvesAreFoundAndRenderingStops() throws {
        let library = ["a": try Template("a{{>b}}"), "b": try Template("b{{>a}}"), "c": try Template("c{{>c}}"), "d": try Template("d{{>a}}")]
        #expect(PartialCycles.find(in: library) == [["a", "b", "a"], ["c", "c"]])
        let rendered = library["c"]!.render([:], partials: library)
        #expect(rendered.count == Template.maximumPartialDepth + 1, "the depth cap stops a cycle nothing checked")
    }

    @Test func jsonInsideAPageCannotEndOrOpenAScriptElement() {
        var bytes: [UInt8] = []
        JSONValue.quote("<!--<script></script> & \u{2028}\"", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""\u003c!--\u003cscript\u003e\u003c/script\u003e \u0026 \u2028\"""#)
    }

    @Test func csvTextCellsNeverStartAFormulaButNumbersStay() {
        let csv = CSVText.table(["title", "amount"], [["=HYPERLINK(\"http://x\",\"y\")", "-250.00"], ["+1", "12.00"], ["-1+1", "1"], ["@SUM(A1)", "1"], ["\t=1", "1"], ["Plein", "1"]], numbers: [1])
        #expect(String(decoding: csv, as: UTF8.self) == "title,amount\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-250.00\r\n'+1,12.00\r\n'-1+1,1\r\n'@SUM(A1),1\r\n'\t=1,1\r\nPlein,1\r\n")
    }
}
