import BegrootCore
import Foundation
import Testing
@testable import BegrootContent

/// Inputs the fuzzers (Fuzz/) found crashing begroot, kept in Tests/Fixtures/fuzz/<target>/: each
/// must now give a plain answer or a diagnostic, fed to the same function its harness calls.
@Suite struct FuzzFindingsTests {
    static let findings = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static func finding(_ path: String) throws -> String {
        try String(contentsOf: findings.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: ["values/duration-overflow.txt", "values/duration-nil-unwrap.txt"])
    func aDurationTooLongForAnIntegerIsNotADuration(_ path: String) throws {
        #expect(VideoAddress.seconds(try Self.finding(path)) == nil)
        // The same parser still reads what a volunteer writes.
        #expect(VideoAddress.seconds("9999:59") == 9999 * 60 + 59)
        #expect(VideoAddress.seconds("1:02:30") == 3750)
    }

    @Test func aVideoWithSuchADurationIsADiagnostic() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/videos.yaml": try Self.finding("videos/duration-too-many-digits.yaml"),
            "content/buurten/west/media/film.mp4": "",
        ])
        let (_, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.sorted.map(\.description).contains(
            "content/buurten/west/videos.yaml:5:13: error: 'duration' must be minutes and seconds such as \"4:12\" or \"1:02:30\", found '99999999999999999999:00'"
        ), "\(diagnostics.sorted)")
    }
}
