import Foundation
import TestSupport
import Testing
@testable import BegrootSite

/// `new` and `import` write only new files, only inside the site, all or none.
@Suite struct ScaffoldWriteTests {
    func site() throws -> (root: String, outside: String) {
        let scratch = Scratch.folder("write")
        let root = scratch.appendingPathComponent("site").path
        let outside = scratch.appendingPathComponent("elders").path
        for folder in [root + "/content/buurten/west/plans", outside] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return (root, outside)
    }

    @Test func anExistingFileOrLinkStopsEveryWrite() throws {
        let (root, outside) = try site()
        let plans = "content/buurten/west/plans/"
        try Data("oud".utf8).write(to: URL(fileURLWithPath: root + "/" + plans + "b.md"))
        try FileManager.default.createSymbolicLink(atPath: root + "/" + plans + "c.md", withDestinationPath: outside + "/nergens.md")
        for taken in ["b.md", "c.md"] {
            let files = [Scaffold.File(path: plans + "a.md", text: "a"), Scaffold.File(path: plans + taken, text: "nieuw")]
            #expect(throws: Scaffold.Problem.self) { try Scaffold.write(files, in: root) }
            #expect(!FileManager.default.fileExists(atPath: root + "/" + plans + "a.md"), "nothing written")
        }
        #expect(FileManager.default.contents(atPath: root + "/" + plans + "b.md") == Data("oud".utf8))
        #expect(!FileManager.default.fileExists(atPath: outside + "/nergens.md"), "a dangling link is not followed")
    }

    @Test func aFolderLinkedOutsideTheSiteIsRefused() throws {
        let (root, outside) = try site()
        try FileManager.default.createSymbolicLink(atPath: root + "/content/buurten/oost", withDestinationPath: outside)
        let files = [Scaffold.File(path: "content/buurten/oost/plans/a.md", text: "a")]
        do {
            _ = try Scaffold.write(files, in: root)
            Issue.record("written outside the site")
        } catch {
            #expect(error.description == "'content/buurten/oost/plans/a.md': its folder is a link to a place outside the site folder; begroot writes only inside the site")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    @Test func filesAreWrittenWithTheirFolders() throws {
        let (root, _) = try site()
        let written = try Scaffold.write([Scaffold.File(path: "content/buurten/noord/plans/a.md", text: "tekst")], in: root)
        #expect(written == ["content/buurten/noord/plans/a.md"])
        #expect(FileManager.default.contents(atPath: root + "/content/buurten/noord/plans/a.md") == Data("tekst".utf8))
    }
}
