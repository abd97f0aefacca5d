import BegrootCore
import BegrootRender
import Foundation
import Testing
@testable import BegrootSite

/// `serve` renders each file when it is asked for; it must be the file `build` writes.
@Suite struct PortalOnRequestTests {
    @Test func everyFileOnRequestIsTheFileTheBuildWrites() throws {
        let site = GoldenSiteTests.fixtures.appendingPathComponent("small")
        let options = BuildOptions(siteFolder: site.path, today: DayDate(year: 2021, month: 3, day: 5)!)
        var report = BuildReport(diagnostics: .init())
        let built = try #require(BuildPipeline.render(options, report: &report))
        let (previewReport, preview) = BuildPipeline.preview(options)
        let portal = try #require(preview, "\(previewReport.diagnostics.sorted)")
        #expect(previewReport.pageCount == report.pageCount)
        #expect(built.count > 60)
        for file in built {
            let onRequest = try #require(portal.file(at: file.path), "\(file.path) is not served")
            #expect(onRequest.content == file.content, "\(file.path) differs from the built file")
        }
        #expect(portal.file(at: "nothing/index.html") == nil)
        #expect(portal.isFolder("parkbuurt/plans"))
        #expect(!portal.isFolder("parkbuurt/plans/bankjes/index.html"))
        #expect(portal.notFoundPage(for: "en/nothing/")?.path == "en/404.html")
        #expect(portal.notFoundPage(for: "nothing/")?.path == "404.html")
    }

    @Test func aSiteWithErrorsHasNoPortalButItsDiagnostics() throws {
        let site = GoldenSiteTests.fixtures.deletingLastPathComponent().appendingPathComponent("invalid/video-duration")
        let (report, portal) = BuildPipeline.preview(BuildOptions(siteFolder: site.path))
        #expect(portal == nil)
        #expect(report.diagnostics.sorted.map(\.description).contains {
            $0.hasPrefix("content/buurten/b/videos.yaml:5:13: error: 'duration' must be minutes and seconds")
        })
    }
}
