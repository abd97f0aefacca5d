import Foundation
import Testing
import TestSupport
@testable import BegrootCore

/// Every file begroot reads must lie inside the site folder once links are followed (SPEC §11).
@Suite struct SiteBoundaryTests {
    /// A site folder reached through a link, with a file, a link inside and a link outside it.
    func site() throws -> (root: String, outside: String) {
        let scratch = Scratch.folder("boundary")
        let manager = FileManager.default
        let real = scratch.appendingPathComponent("real")
        let outside = scratch.appendingPathComponent("outside")
        try manager.createDirectory(at: real.appendingPathComponent("content"), withIntermediateDirectories: true)
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try "a".write(to: real.appendingPathComponent("content/plan.md"), atomically: true, encoding: .utf8)
        try "b".write(to: outside.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: real.path + "/content/inside.md", withDestinationPath: "plan.md")
        try manager.createSymbolicLink(atPath: real.path + "/content/away.md", withDestinationPath: outside.path + "/secret.txt")
        try manager.createSymbolicLink(atPath: real.path + "/content/realsite", withDestinationPath: real.path)
        // The site folder as the volunteer names it: through a link.
        try manager.createSymbolicLink(atPath: scratch.path + "/site", withDestinationPath: real.path)
        return (scratch.path + "/site", outside.path)
    }

    @Test func filesAndLinksInsideTheSiteAreInside() throws {
        let (root, _) = try site()
        let boundary = SiteBoundary(root: root)
        #expect(boundary.realRoot?.hasSuffix("/real") == true)
        #expect(boundary.contains(root + "/content/plan.md"))
        #expect(boundary.contains(root + "/content/inside.md"))
        #expect(boundary.contains(root + "/content/realsite/content/plan.md"))
        #expect(!boundary.leadsOutside(root + "/content/inside.md"))
    }

    @Test func aLinkOutsideLeadsOutsideAndAMissingFileDoesNot() throws {
        let (root, outside) = try site()
        let boundary = SiteBoundary(root: root)
        #expect(boundary.leadsOutside(root + "/content/away.md"))
        #expect(!boundary.contains(root + "/content/away.md"))
        #expect(boundary.leadsOutside(outside + "/secret.txt"))
        #expect(!boundary.leadsOutside(root + "/content/missing.md"))
        #expect(!boundary.contains(root + "/content/missing.md"))
    }

    @Test func theResolvedPathIsTheRealOne() throws {
        let (root, _) = try site()
        let real = try #require(SiteBoundary.resolved(root + "/content/inside.md"))
        #expect(real.hasSuffix("/real/content/plan.md"))
        #expect(!real.contains("/site/"))
    }

    /// Another folder at the same path (a site swapped in place) is resolved again, not remembered.
    @Test func aFolderSwappedInAtTheSamePathIsResolvedAgain() throws {
        let (root, outside) = try site()
        #expect(SiteBoundary(root: root).contains(root + "/content/plan.md"))
        try FileManager.default.removeItem(atPath: root)
        try FileManager.default.createSymbolicLink(atPath: root, withDestinationPath: outside)
        let swapped = SiteBoundary(root: root)
        #expect(swapped.realRoot == SiteBoundary.resolved(outside))
        #expect(swapped.contains(root + "/secret.txt"))
        #expect(!swapped.contains(outside + "/../real/content/plan.md"))
    }

    /// A file is read in one open: inside or through a link inside, refused when a link leads out
    /// (also to nothing), when it is too large, or when it is not a regular file (a pipe would hang).
    @Test func aFileIsReadOnceAndOnlyFromInside() throws {
        let (root, outside) = try site()
        let boundary = SiteBoundary(root: root)
        #expect(OpenedFile.read(root + "/content/plan.md", inside: boundary) == .success(Array("a".utf8)))
        #expect(OpenedFile.read(root + "/content/inside.md", inside: boundary) == .success(Array("a".utf8)))
        #expect(OpenedFile.read(root + "/content/away.md", inside: boundary) == .failure(.outside))
        try FileManager.default.createSymbolicLink(atPath: root + "/content/nowhere.md", withDestinationPath: outside + "/gone.md")
        #expect(OpenedFile.read(root + "/content/nowhere.md", inside: boundary) == .failure(.unreadable))
        #expect(OpenedFile.read(root + "/content/missing.md", inside: boundary) == .failure(.unreadable))
        #expect(OpenedFile.read(root + "/content", inside: boundary) == .failure(.unreadable))
        #expect(OpenedFile.read(root + "/content/plan.md", inside: boundary, limit: 0) == .failure(.tooLarge(size: 1, limit: 0)))
        #expect(mkfifo(root + "/content/pipe.md", 0o644) == 0)
        #expect(OpenedFile.read(root + "/content/pipe.md", inside: boundary) == .failure(.unreadable))
        try "".write(toFile: root + "/content/empty.md", atomically: true, encoding: .utf8)
        #expect(OpenedFile.read(root + "/content/empty.md", inside: boundary) == .success([]))
    }
}

/// What one load learns about its folders is used only in that load.
@Suite struct CheckedFoldersTests {
    @Test func aFolderReplacedByALinkOutsideIsCaughtByTheNextLoad() throws {
        let scratch = Scratch.folder("checked-folders")
        let manager = FileManager.default
        let root = scratch.path + "/site"
        try manager.createDirectory(atPath: root + "/content/plans", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: scratch.path + "/outside", withIntermediateDirectories: true)
        try "mine".write(toFile: root + "/content/plans/a.md", atomically: true, encoding: .utf8)
        try "secret".write(toFile: scratch.path + "/outside/a.md", atomically: true, encoding: .utf8)
        let folders = CheckedFolders()
        folders.startLoad()
        let boundary = SiteBoundary(root: root)
        #expect(OpenedFile.read(root + "/content/plans/a.md", inside: boundary, folders: folders) == .success(Array("mine".utf8)))
        #expect(folders.realPath(of: root + "/content/plans")?.hasSuffix("/site/content/plans") == true)
        // Known now: a second file of the folder is read without resolving it, a link in it still is.
        try manager.createSymbolicLink(atPath: root + "/content/plans/away.md", withDestinationPath: scratch.path + "/outside/a.md")
        #expect(OpenedFile.read(root + "/content/plans/away.md", inside: boundary, folders: folders) == .failure(.outside))
        // Between two loads the folder becomes a link to the outside: the next load finds out.
        try manager.removeItem(atPath: root + "/content/plans")
        try manager.createSymbolicLink(atPath: root + "/content/plans", withDestinationPath: scratch.path + "/outside")
        folders.startLoad()
        #expect(folders.realPath(of: root + "/content/plans") == nil)
        #expect(OpenedFile.read(root + "/content/plans/a.md", inside: boundary, folders: folders) == .failure(.outside))
        // What a load found out after another began is not kept.
        let earlier = folders.currentLoad
        folders.startLoad()
        folders.remember(root + "/content/plans", isAt: root + "/content/plans", during: earlier)
        #expect(folders.realPath(of: root + "/content/plans") == nil)
    }
}
