import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// End-to-end: the real binary on whole fixture sites.
@Suite struct BuildCommandTests {
    @Test func buildsAValidSiteWithEveryLanguageVersion() throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        let result = try BinaryRunner.run(["build"], in: site)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("built 45 pages"))
        let public_ = site.appendingPathComponent("public")
        for path in [
            "index.html", "en/index.html", "parkbuurt/index.html", "en/parkbuurt/plans/bankjes/index.html",
            "over/index.html", "404.html", "assets/begroot.css", "robots.txt", "parkbuurt/media/park.txt", ".begroot-output",
            "compare/index.html", "en/compare/index.html", "parkbuurt/themes/groen/index.html", "parkbuurt/progress/index.html",
            "parkbuurt/spending/index.html", "parkbuurt/votes/index.html", "parkbuurt/updates/index.html", "videos/index.html",
            "parkbuurt/videos/index.html", "en/parkbuurt/videos/index.html", "assets/begroot-video.js", "parkbuurt/media/bankjes.nl.vtt",
            "en/parkbuurt/updates/bankjes-staan/index.html", "dijkbuurt/index.html", "dijkbuurt/spending/index.html",
            "search/index.html", "en/search/index.js", "assets/begroot-search.js", "accessibility/index.html", "en/accessibility/index.html",
            "feed.xml", "en/parkbuurt/feed.xml", "data/index.html", "en/data/index.html", "data/buurten.json", "data/parkbuurt-plans.csv", "data/parkbuurt-vote-1.pb", "data/parkbuurt-vote-2.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: public_.appendingPathComponent(path).path), "\(path)")
        }
        // The Dijkbuurt publishes in Dutch only; a draft update is not published.
        for path in ["en/dijkbuurt/index.html", "dijkbuurt/votes/index.html", "parkbuurt/updates/nog-geheim/index.html"] {
            #expect(!FileManager.default.fileExists(atPath: public_.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test func unknownFieldIsOnlyAWarningWithoutStrict() throws {
        let site = try BinaryRunner.copyOfFixture("invalid/unknown-field")
        let result = try BinaryRunner.run(["build"], in: site)
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix(
            "content/buurten/b/plans/p.md:2:1: warning: unknown field 'titel' in the front matter (did you mean 'title'?)\n0 errors, 1 warning in 1 file\n"))
    }

    /// A round that says its rule was greedy must agree with who was chosen, as Pabulib's checker
    /// would find; with the rule left out (Pabulib's `unknown`) nothing is claimed.
    @Test func aGreedyRuleThatContradictsWhoWasChosenIsAWarning() throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        let votes = site.appendingPathComponent("content/buurten/parkbuurt/votes.yaml")
        let text = try String(contentsOf: votes, encoding: .utf8)
        try text.replacingOccurrences(of: "  eligible: 1800\n", with: "  eligible: 1800\n  rule: greedy\n").write(to: votes, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check"], in: site)
        #expect(result.status == 0)
        #expect(result.standardError.contains(
            "content/buurten/parkbuurt/votes.yaml:11:5: warning: the round's rule is greedy, but 'feest' (€ 5.000) was not chosen although € 50.499,50 of the budget was left after the plans with more votes; correct its status or the rule\n"))
        try text.write(to: votes, atomically: true, encoding: .utf8)
        #expect(try !BinaryRunner.run(["check"], in: site).standardError.contains("greedy"))
    }

    @Test func checkPrintsTranslationCoveragePerLanguage() throws {
        let site = try BinaryRunner.copyOfFixture("invalid/missing-translations")
        let result = try BinaryRunner.run(["check"], in: site)
        #expect(result.standardOutput == """
            translations: English (en): 2 of 5 texts translated (40%); not complete: b 33%, k 0%
            translations: Türkçe (tr): 3 of 4 texts translated (75%); not complete: b 66%

            """)
    }

    @Test func wrongUsageExitsWithTwo() throws {
        let result = try BinaryRunner.run(["build", "--no-such-flag"], in: BinaryRunner.fixtures)
        #expect(result.status == 2)
        #expect(result.standardError.contains("--no-such-flag"))
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        let foreign = site.appendingPathComponent("holiday-photos")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: foreign.appendingPathComponent("beach.jpg"))

        let result = try BinaryRunner.run(["build", "--output", "holiday-photos"], in: site)
        #expect(result.status == 2)
        #expect(result.standardError.contains("was not made by begroot"))
        #expect(try Data(contentsOf: foreign.appendingPathComponent("beach.jpg")) == Data("precious".utf8))

        #expect(try BinaryRunner.run(["build", "--output", "."], in: site).status == 2)
        #expect(try BinaryRunner.run(["build", "--output", "/"], in: site).status == 2)
        #expect(try BinaryRunner.run(["build", "--output", ".."], in: site).status == 2)
    }

    @Test func missingSiteFileIsNamed() throws {
        let empty = Scratch.folder("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["check"], in: empty)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("content/site.yaml:1:1: error: no site.yaml here"))
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        #expect(try BinaryRunner.run(["build", "--output", "one"], in: site).status == 0)
        #expect(try BinaryRunner.run(["build", "--output", "two"], in: site).status == 0)
        #expect(BinaryRunner.snapshot(site.appendingPathComponent("one")) == BinaryRunner.snapshot(site.appendingPathComponent("two")))
    }
}

/// A build stopped by a signal halfway: the previous output as it was, and no staging folder.
@Suite struct InterruptedBuildTests {
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalDuringTheWriteLeavesThePreviousOutputAndNoLeftovers(_ signal: Int32) throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        #expect(try BinaryRunner.run(["build"], in: site).status == 0)
        let output = site.appendingPathComponent("public")
        let before = BinaryRunner.snapshot(output)
        // Enough plans that the write takes a while, so the signal comes in the middle of it.
        let plans = site.appendingPathComponent("content/buurten/parkbuurt/plans")
        for number in 1...3000 {
            let text = "---\ntitle: Plan \(number)\nstatus: submitted\nrequested: 100\nproposers: [Buren]\nsubmitted: 2021-01-20\n---\n"
                + String(repeating: "Een zin over het plan. ", count: 40) + "\n"
            try Data(text.utf8).write(to: plans.appendingPathComponent("plan-\(number).md"))
        }
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = site
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func staging() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? []).filter { $0.contains(".begroot-") }
        }
        var stagingSeen = false
        for _ in 0..<5000 where !stagingSeen && process.isRunning {
            stagingSeen = !staging().isEmpty
            if !stagingSeen { Thread.sleep(forTimeInterval: 0.002) }
        }
        try #require(stagingSeen, "the build wrote no staging folder before it ended")
        Thread.sleep(forTimeInterval: 0.05)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal, "stopped by the signal, with the shell's exit code")
        #expect(staging() == [], "no staging folder is left")
        #expect(BinaryRunner.snapshot(output) == before, "the previous output is exactly as it was")
    }
}
