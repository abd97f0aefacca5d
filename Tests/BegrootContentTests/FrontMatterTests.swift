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

    @Test(arguments: [
        "", "---", "---\n", "---\n---\n", "---\n---", "---\na: 1\n---", "---\na: 1\n---\n", "---\na: 1\n---\n\nBody\n\n",
        "  ---  \na: 1\n\t---\nx", "no front\nmatter\n", "---\na: 1\n", "---\n\n---\n\n\n", "---\nté: ü\n---\nمرحبا\n", "----\na\n---\n",
    ])
    func theQuickSplitForLineFeedFilesAgreesWithTheLineByLineOne(_ text: String) throws {
        let quick = try #require(FrontMatter.splitWithLineFeeds(text, file: "p.md"))
        let lineByLine = FrontMatter.splitLineByLine(text, file: "p.md")
        switch (quick, lineByLine) {
        case (.success(let a), .success(let b)):
            #expect(a.yaml == b.yaml)
            #expect(a.yamlLineOffset == b.yamlLineOffset)
            #expect(a.body == b.body)
        case (.failure(let a), .failure(let b)):
            #expect(a == b)
        default:
            Issue.record("one split failed and the other did not: \(quick) \(lineByLine)")
        }
        #expect(FrontMatter.splitWithLineFeeds("---\r\na: 1\r\n---\r\n", file: "p.md") == nil, "a CR goes line by line")
    }
}
