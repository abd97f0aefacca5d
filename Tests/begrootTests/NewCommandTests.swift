import Foundation
import TestSupport
import Testing

/// `begroot new`: a new site, buurt, plan and update pass `check` at once, and nothing is overwritten.
@Suite struct NewCommandTests {
    @Test func aNewSiteWithABuurtPlanAndUpdateBuilds() throws {
        let folder = Scratch.folder("new")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = try BinaryRunner.run(["new", "site", "portaal"], in: folder)
        #expect(site.status == 0, "\(site.standardError)")
        #expect(site.standardError.contains("created portaal/content/site.yaml"))
        let root = folder.appendingPathComponent("portaal")
        #expect(try BinaryRunner.run(["check", "--strict"], in: root).status == 0)

        #expect(try BinaryRunner.run(["new", "buurt", "dijkbuurt"], in: root).status == 0)
        let plan = try BinaryRunner.run(["new", "plan", "dijkbuurt", "Schoon Plein '40-'45"], in: root)
        #expect(plan.standardError == "begroot: created content/buurten/dijkbuurt/plans/schoon-plein-40-45.md\n")
        #expect(try BinaryRunner.run(["new", "update", "dijkbuurt", "De eerste vergadering!"], in: root).status == 0)
        let text = try String(contentsOf: root.appendingPathComponent("content/buurten/dijkbuurt/plans/schoon-plein-40-45.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Schoon Plein '40-'45\"\nstatus: submitted\nsubmitted: "))
        // A title with a quote, a backslash and a line break stays one YAML line and reads back as typed.
        #expect(try BinaryRunner.run(["new", "update", "dijkbuurt", "Zei \"hoi\" \\ nu\n---"], in: root).status == 0)
        let update = try String(contentsOf: root.appendingPathComponent("content/buurten/dijkbuurt/updates/zei-hoi-nu.md"), encoding: .utf8)
        #expect(update.hasPrefix("---\ntitle: \"Zei \\\"hoi\\\" \\\\ nu\\n---\"\ndate: "))

        // What is still to be filled in (readiness, errors with --strict) and missing translations
        // (warnings that --strict leaves alone).
        let check = try BinaryRunner.run(["check", "--strict"], in: root)
        #expect(check.status == 1, "\(check.standardError)")
        #expect(check.standardError.contains("8 errors, 4 warnings"))
        let build = try BinaryRunner.run(["build"], in: root)
        #expect(build.status == 0, "\(build.standardError)")
        for page in ["public/dijkbuurt/plans/schoon-plein-40-45/index.html", "public/dijkbuurt/updates/de-eerste-vergadering/index.html"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(page).path), "\(page)")
        }
    }

    @Test(arguments: [
        (["new", "plan", "dijkbuurt", "Bestaat al"], "begroot: error: 'content/buurten/dijkbuurt/plans/bestaat-al.md' exists already; begroot new never overwrites a file\n"),
        (["new", "plan", "dijkbuurd", "X"], "begroot: error: there is no buurt 'dijkbuurd' in content/buurten/ (did you mean 'dijkbuurt'?)\n"),
        (["new", "buurt", "Dijk Buurt"], "begroot: error: 'Dijk Buurt' cannot be a buurt's slug: use lowercase letters, digits and '-', such as 'k-buurt'\n"),
        (["new", "buurt", "data"], "begroot: error: 'data' is a name the portal uses itself; choose another slug for the buurt\n"),
        (["new", "update", "dijkbuurt", "!!!"], "begroot: error: '!!!' gives no file name for the update: start with a title in Latin letters or digits, then change the title in the file\n"),
        (["new", "plan", "../../elders", "X"], "begroot: error: '../../elders' is not a buurt's slug: use the name of its folder in content/buurten/, such as 'k-buurt'\n"),
    ])
    func mistakesAreUsageErrorsAndWriteNothing(_ arguments: [String], _ message: String) throws {
        let root = Scratch.folder("new")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        #expect(try BinaryRunner.run(["new", "site", "."], in: root).status == 0)
        #expect(try BinaryRunner.run(["new", "buurt", "dijkbuurt"], in: root).status == 0)
        #expect(try BinaryRunner.run(["new", "plan", "dijkbuurt", "Bestaat al"], in: root).status == 0)
        let before = BinaryRunner.snapshot(root)
        let result = try BinaryRunner.run(arguments, in: root)
        #expect(result.status == 2)
        #expect(result.standardError == message)
        #expect(BinaryRunner.snapshot(root) == before)
    }
}
