import BegrootCore
import BegrootRender
import Foundation
import Testing
@testable import BegrootSite

/// Renders whole fixture sites and compares every output file with the recorded one under
/// `expected/`. After a deliberate change, re-record with `RECORD=1 swift test` and review the diff.
@Suite struct GoldenSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sites")

    @Test(arguments: ["small"])
    func renderedSiteMatchesTheRecordedOne(_ name: String) throws {
        let site = Self.fixtures.appendingPathComponent(name)
        var report = BuildReport(diagnostics: .init())
        // A fixed day, so the timeline's "now" (the Parkbuurt's voting phase) is the same on every run.
        let options = BuildOptions(siteFolder: site.path, today: DayDate(year: 2021, month: 3, day: 5)!)
        let files = try #require(BuildPipeline.render(options, report: &report))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted)")
        let expected = site.appendingPathComponent("expected")
        var rendered: [String: String] = [:]
        for file in files {
            switch file.content {
            case .text, .bytes: rendered[file.path] = file.text
            case .copy(let source): rendered[file.path] = "(copy of \(source.dropFirst(site.path.count + 1)))\n"
            }
        }
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try? FileManager.default.removeItem(at: expected)
            for (path, text) in rendered {
                let url = expected.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            return
        }
        let recorded = Set(FileManager.default.enumerator(atPath: expected.path)?.compactMap { entry -> String? in
            let path = entry as! String
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: expected.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return isDirectory.boolValue ? nil : path
        } ?? [])
        #expect(Set(rendered.keys) == recorded, "the set of output files changed; re-record with RECORD=1 if intended")
        for (path, text) in rendered.sorted(by: { $0.key < $1.key }) where recorded.contains(path) {
            let want = try String(contentsOf: expected.appendingPathComponent(path), encoding: .utf8)
            #expect(text == want, "\(path) differs from the recorded output; re-record with RECORD=1 if intended")
        }
    }
}
