import Foundation
import Testing

/// One fixture site per integrity rule in `Tests/Fixtures/invalid/<name>/`: the real binary must
/// print exactly `expected.txt` on standard error, exit with 1 and leave a previous output alone.
/// A fixture's `args` file holds extra `build` arguments (default `--strict`, so warnings count).
@Suite struct InvalidFixtureTests {
    static let names: [String] = {
        let folder = BinaryRunner.fixtures.appendingPathComponent("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    static func arguments(of site: URL) -> [String] {
        guard let text = try? String(contentsOf: site.appendingPathComponent("args"), encoding: .utf8) else { return ["--strict"] }
        return text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    @Test func thereIsAFixtureForEveryRule() {
        let rules = [
            "yaml-syntax", "unknown-field", "wrong-type", "bad-slug", "csv-syntax", "csv-malformed-rows", "unknown-theme",
            "unknown-plan-in-votes", "unknown-plan-in-spending", "unknown-plan-in-update", "video-references", "unknown-language",
            "over-budget", "theme-over-budget", "theme-budgets-over-buurt", "award-and-status", "spending-above-award",
            "spending-above-budget", "negative-votes", "missing-translations", "dates-and-phases", "output-collisions",
            "several-mistakes",
            // Hostile input (issue 13).
            "hostile-urls", "links-outside-the-site", "theme-partial-cycle", "video-duration", "static-where-a-folder-goes",
            // Messages a volunteer understands (issue 14).
            "yaml-mistakes", "csv-separator-and-encoding", "words-in-other-languages",
            // Ballots that must add up to the results (issue 17).
            "ballots-that-do-not-add-up",
        ]
        #expect(Self.names == rules.sorted())
    }

    @Test(arguments: names)
    func buildPrintsTheExactDiagnosticsAndLeavesOutputAlone(_ name: String) throws {
        let site = try BinaryRunner.copyOfFixture("invalid/" + name)
        let expected = try String(contentsOf: site.appendingPathComponent("expected.txt"), encoding: .utf8)
        // A previous, successful build's output, which the failed build must leave exactly as it was.
        let public_ = site.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: public_.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data("made by begroot\n".utf8).write(to: public_.appendingPathComponent(".begroot-output"))
        try Data("previous page\n".utf8).write(to: public_.appendingPathComponent("old/index.html"))
        let before = BinaryRunner.snapshot(public_)

        let result = try BinaryRunner.run(["build"] + Self.arguments(of: site), in: site)

        #expect(result.status == 1)
        #expect(result.standardError == expected)
        #expect(BinaryRunner.snapshot(public_) == before)
    }

    @Test(arguments: names)
    func checkReportsTheSameAndWritesNothing(_ name: String) throws {
        let site = try BinaryRunner.copyOfFixture("invalid/" + name)
        let expected = try String(contentsOf: site.appendingPathComponent("expected.txt"), encoding: .utf8)
        let result = try BinaryRunner.run(["check"] + Self.arguments(of: site), in: site)
        #expect(result.status == 1)
        #expect(result.standardError == expected)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }
}
