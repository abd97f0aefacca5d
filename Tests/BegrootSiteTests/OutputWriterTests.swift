import BegrootRender
import Foundation
import TestSupport
import Testing
@testable import BegrootSite

@Suite struct OutputWriterTests {
    func temporaryFolder() -> String {
        Scratch.folder("writer").path
    }

    @Test func replacesItsOwnOutputWhole() throws {
        let root = temporaryFolder()
        let writer = OutputWriter(output: root + "/public", siteFolder: root)
        try writer.write([OutputFile(path: "a/index.html", content: .text("one"))])
        try writer.write([OutputFile(path: "b/index.html", content: .text("two"))])
        #expect(!FileManager.default.fileExists(atPath: root + "/public/a/index.html"))
        #expect(FileManager.default.contents(atPath: root + "/public/b/index.html") == Data("two".utf8))
        #expect(FileManager.default.fileExists(atPath: root + "/public/" + OutputWriter.markName))
        // The previous output is deleted in the background: wait for it (at most ten seconds).
        var leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.contains("begroot-") }
        for _ in 0..<100 where !leftovers.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.contains("begroot-") }
        }
        #expect(leftovers == [])
    }

    @Test func unchangedFilesAreLinkedFromThePreviousOutputAndChangedOnesWritten() throws {
        let root = temporaryFolder()
        let writer = OutputWriter(output: root + "/public", siteFolder: root)
        func inode(_ path: String) throws -> UInt64 {
            try #require(FileManager.default.attributesOfItem(atPath: root + "/public/" + path)[.systemFileNumber] as? UInt64)
        }
        try writer.write([
            OutputFile(path: "same/index.html", content: .bytes(Array("same".utf8))),
            OutputFile(path: "changed/index.html", content: .text("before")),
            OutputFile(path: "longer.html", content: .text("abc")),
        ])
        let same = try inode("same/index.html"), changed = try inode("changed/index.html")
        try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: root + "/public/longer.html"))
        try writer.write([
            OutputFile(path: "same/index.html", content: .text("same")),
            OutputFile(path: "changed/index.html", content: .text("after!")),
            OutputFile(path: "longer.html", content: .text("abc")),
        ])
        #expect(try inode("same/index.html") == same, "unchanged: the same file, date and all")
        #expect(try inode("changed/index.html") != changed)
        #expect(FileManager.default.contents(atPath: root + "/public/changed/index.html") == Data("after!".utf8))
        #expect(FileManager.default.contents(atPath: root + "/public/longer.html") == Data("abc".utf8), "a file edited by hand is written again")
    }

    @Test func aPathWrittenTwiceNeverChangesThePreviousOutputsFile() throws {
        let root = temporaryFolder()
        let writer = OutputWriter(output: root + "/public", siteFolder: root)
        try writer.write([OutputFile(path: "a.html", content: .text("first"))])
        // Another name for the previous output's file, to see whether it is ever written through.
        #expect(link(root + "/public/a.html", root + "/kept.html") == 0)
        #expect(throws: WriteError.failed("two files would be written to 'a.html'")) {
            try writer.write([OutputFile(path: "a.html", content: .text("first")), OutputFile(path: "a.html", content: .text("second"))])
        }
        #expect(FileManager.default.contents(atPath: root + "/kept.html") == Data("first".utf8))
        #expect(FileManager.default.contents(atPath: root + "/public/a.html") == Data("first".utf8), "the failed build changed nothing")
    }

    @Test func aFailedWriteLeavesThePreviousOutput() throws {
        let root = temporaryFolder()
        let writer = OutputWriter(output: root + "/public", siteFolder: root)
        try writer.write([OutputFile(path: "index.html", content: .text("previous"))])
        #expect(throws: WriteError.self) {
            try writer.write([
                OutputFile(path: "new.html", content: .text("new")),
                OutputFile(path: "media/x.jpg", content: .copy(sourcePath: root + "/does-not-exist.jpg")),
            ])
        }
        #expect(FileManager.default.contents(atPath: root + "/public/index.html") == Data("previous".utf8))
        #expect(!FileManager.default.fileExists(atPath: root + "/public/new.html"))
    }

    @Test func refusesFoldersItMustNotReplace() throws {
        let root = temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/photos", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/photos/beach.jpg"))
        for output in [root + "/photos", root, "/", (root as NSString).deletingLastPathComponent] {
            #expect(throws: WriteError.self) { try OutputWriter(output: output, siteFolder: root).checkTarget() }
        }
        try OutputWriter(output: root + "/empty-or-new", siteFolder: root).checkTarget()
    }
}

@Suite struct BuildProgressTests {
    final class Events: @unchecked Sendable {
        let lock = NSLock()
        var all: [BuildProgress] = []
        func add(_ event: BuildProgress) {
            lock.lock()
            all.append(event)
            lock.unlock()
        }
    }

    @Test func aBuildSaysWhatItIsDoingAndCountsEveryPage() throws {
        let site = GoldenSiteTests.fixtures.appendingPathComponent("small").path
        let output = Scratch.folder("progress").path
        let events = Events()
        var options = BuildOptions(siteFolder: site, outputFolder: output)
        options.progress = { events.add($0) }
        let report = BuildPipeline.build(options)
        #expect(report.succeeded)
        #expect(Array(events.all.prefix(2)) == [.loading, .checking])
        let writing = events.all.compactMap { event -> (Int, Int)? in
            if case .writing(let done, let total) = event { return (done, total) }
            return nil
        }
        #expect(writing.map(\.0).sorted() == Array(1...report.pageCount), "one event per page, counted up")
        #expect(Set(writing.map(\.1)) == [report.pageCount], "the total is known from the start")
    }
}

@Suite struct OutputWriterHostileTests {
    @Test func staleStagingFoldersOfDeadProcessesGoAndLiveOnesStay() throws {
        let root = Scratch.folder("writer").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = root + "/.public.begroot-new-\(finished.processIdentifier)"
        let live = root + "/.public.begroot-new-1"
        let foreign = root + "/.public.something-else-\(finished.processIdentifier)"
        for folder in [dead, live, foreign] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try OutputWriter(output: root + "/public", siteFolder: root).write([OutputFile(path: "index.html", content: .text("x"))])
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live), "process 1 is running: not ours to remove")
        #expect(FileManager.default.fileExists(atPath: foreign))
    }

    @Test func theSwapLeavesTheNewOutputAndHandsBackTheOld() throws {
        let root = Scratch.folder("writer").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/new/x", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/out/y", withIntermediateDirectories: true)
        #expect(FolderSwap.exchange(root + "/new", root + "/out") == nil)
        #expect(FileManager.default.fileExists(atPath: root + "/out/x"))
        #expect(FileManager.default.fileExists(atPath: root + "/new/y"))
    }

    @Test(arguments: ["/content", "/content/public", "/themes/default/out"])
    func anOutputInsideContentOrThemesIsRefused(_ output: String) throws {
        let root = Scratch.folder("writer").path
        #expect(throws: WriteError.self) { try OutputWriter(output: root + output, siteFolder: root).checkTarget() }
    }
}

/// The swap for a mount point (a USB stick's root), which cannot be renamed: entry by entry.
@Suite struct MountPointSwapTests {
    func folder(_ path: String, _ names: [String]) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for name in names { try Data(name.utf8).write(to: URL(fileURLWithPath: path + "/" + name)) }
    }

    func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func theNewEntriesReplaceTheOldOnesAndTheFileSystemsOwnStay() throws {
        let root = Scratch.folder("mount").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let n = (root as NSString).lastPathComponent
        try folder(root, [".begroot-output", "old.html"])
        try FileManager.default.createDirectory(atPath: root + "/lost+found", withIntermediateDirectories: true)
        try folder(root + "/.\(n).begroot-new-1", ["index.html", ".begroot-output"])
        let aside = root + "/.\(n).begroot-old-1"
        let problem = FolderSwap.replaceEntries(of: root, with: root + "/.\(n).begroot-new-1", aside: aside, keep: [".\(n).begroot-new-1"])
        #expect(problem == nil)
        #expect(entries(root) == [".\(n).begroot-new-1", ".\(n).begroot-old-1", ".begroot-output", "index.html", "lost+found"].sorted())
        #expect(entries(aside) == [".begroot-output", "old.html"], "the previous entries, and not the aside folder itself")
        // A stick holding only begroot's staging folders and lost+found is still begroot's to write.
        try FileManager.default.removeItem(atPath: root + "/.begroot-output")
        try FileManager.default.removeItem(atPath: root + "/index.html")
        #expect(throws: Never.self) { try OutputWriter(output: root, siteFolder: root + "/../site").checkTarget() }
    }

    @Test func aFailureHalfWayPutsThePreviousEntriesBack() throws {
        let root = Scratch.folder("mount").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let n = (root as NSString).lastPathComponent
        try folder(root, [".begroot-output", "index.html", "old.html"])
        try folder(root + "/.\(n).begroot-new-1", ["index.html"])
        // The aside folder cannot be made (a file is in its place): nothing may move.
        try Data().write(to: URL(fileURLWithPath: root + "/.\(n).begroot-old-1"))
        let problem = FolderSwap.replaceEntries(of: root, with: root + "/.\(n).begroot-new-1", aside: root + "/.\(n).begroot-old-1", keep: [".\(n).begroot-new-1"])
        #expect(problem?.hasPrefix("cannot make") == true)
        #expect(entries(root) == [".\(n).begroot-new-1", ".\(n).begroot-old-1", ".begroot-output", "index.html", "old.html"].sorted())
        #expect(FileManager.default.contents(atPath: root + "/index.html") == Data("index.html".utf8), "the previous page, untouched")
    }
}
