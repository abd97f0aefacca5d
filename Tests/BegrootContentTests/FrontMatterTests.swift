import BegrootCore
import Testing
@testable import BegrootContent

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyAndKnowsWhereTheBodyStarts() throws {
        let split = try FrontMatter.split("---\ntitle: A\nstatus: x\n---\nBody line\n", file: "p.md").get()
        #expect(split.yaml == "title: A\nstatus: x")
        #expect(split.yamlLineOffset == 1)
        #expect(split.body.text == "Body line")
        #expect(split.body.location == SourceLocation(file: "p.md", line: 5))
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let split = try FrontMatter.split("# Title\n\nText", file: "p.md").get()
        #expect(split.yaml == nil)
        #expect(split.body.text == "# Title\n\nText")
    }

    @Test func anUnclosedFrontMatterIsAnErrorAtLineOne() {
        let result = FrontMatter.split("---\ntitle: A\nBody", file: "p.md")
        #expect(throws: Diagnostic.error("the front matter that starts here is never closed with a '---' line",
            at: SourceLocation(file: "p.md"))) { try result.get() }
    }

    @Test func windowsLineEndingsStillClose() throws {
        let split = try FrontMatter.split("---\r\ntitle: A\r\n---\r\nBody", file: "p.md").get()
        #expect(split.yaml != nil)
    }
}
