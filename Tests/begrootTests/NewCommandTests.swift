import Foundation
import TestSupport
import Testing
import Yams

/// `begroot new`: a new site, buurt, plan and update load and build at once, `check --strict` lists
/// what is still to be filled in, and nothing is overwritten.
@Suite struct NewCommandTests {
    @Test func aNewSiteWithABuurtPlanAndUpdateBuilds() throws {
        let folder = Scratch.folder("new")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = try BinaryRunner.run(["new", "site", "portaal"], in: folder)
        #expect(site.status == 0, "\(site.standardError)")
        #expect(site.standardError.contains("created portaal/content/site.yaml"))
        let root = folder.appendingPathComponent("portaal")

        #expect(try BinaryRunner.run(["new", "buurt", "dijkbuurt"], in: root).status == 0)
        let plan = try BinaryRunner.run(["new", "plan", "dijkbuurt", "Schoon Plein '40-'45"], in: root)
        #expect(plan.standardError == """
            begroot: created content/buurten/dijkbuurt/plans/schoon-plein-40-45.md
            begroot: created content/buurten/dijkbuurt/plans/schoon-plein-40-45.en.md
            begroot: next: fill in content/buurten/dijkbuurt/plans/schoon-plein-40-45.md (the amount requested, who proposes it, \
            the plan itself), then `begroot serve`

            """)
        #expect(try BinaryRunner.run(["new", "update", "dijkbuurt", "De eerste vergadering!"], in: root).status == 0)
        let text = try String(contentsOf: root.appendingPathComponent("content/buurten/dijkbuurt/plans/schoon-plein-40-45.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Schoon Plein '40-'45\" # the plan's name"))
        // A title with a quote, a backslash and a line break stays one YAML line and reads back as typed.
        #expect(try BinaryRunner.run(["new", "update", "dijkbuurt", "Zei \"hoi\" \\ nu\n---"], in: root).status == 0)
        let update = try String(contentsOf: root.appendingPathComponent("content/buurten/dijkbuurt/updates/zei-hoi-nu.md"), encoding: .utf8)
        #expect(update.hasPrefix("---\ntitle: \"Zei \\\"hoi\\\" \\\\ nu\\n---\"  # the headline"))

        // Everything loads; what is still to be filled in are warnings, which `build` allows.
        let build = try BinaryRunner.run(["build"], in: root)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.contains("0 errors, 15 warnings"), "\(build.standardError)")
        for page in [
            "public/dijkbuurt/plans/schoon-plein-40-45/index.html", "public/en/dijkbuurt/plans/schoon-plein-40-45/index.html",
            "public/dijkbuurt/updates/de-eerste-vergadering/index.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(page).path), "\(page)")
        }
    }

    /// The test: `new site` + `new buurt` + `check --strict` fails with what is still to be
    /// filled in, each at its place; filled in, it passes.
    @Test func aPortalStraightFromNewIsNotReadyUntilItIsFilledIn() throws {
        let folder = Scratch.folder("new")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = try BinaryRunner.run(["new", "site", "portaal", "--languages", "nl,en,tr,ar", "--name", "Buurtbudget Kleine Wereld"], in: folder)
        #expect(site.status == 0)
        #expect(site.standardError.hasSuffix("""
            begroot: created portaal/content/pages/over.ar.md
            begroot: created portaal/content/buurten/README.md
            begroot: created portaal/.gitignore
            begroot: created portaal/.github/workflows/publish.yml
            begroot: next: cd portaal, then start a buurt with `begroot new buurt "Name of the buurt"` and see the portal with `begroot serve`

            """))
        let root = folder.appendingPathComponent("portaal")
        let siteYAML = try String(contentsOf: root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        #expect(siteYAML.contains("\ntitle: \"Buurtbudget Kleine Wereld\""))
        #expect(siteYAML.contains("\n  - {code: tr, name: \"Türkçe\"}\n  - {code: ar, name: \"العربية\", dir: rtl}  # dir: rtl"))

        let buurt = try BinaryRunner.run(["new", "buurt", "Kleine Wereld"], in: root)
        #expect(buurt.status == 0)
        #expect(buurt.standardError == """
            begroot: created content/buurten/kleine-wereld/buurt.yaml
            begroot: created content/buurten/kleine-wereld/index.md
            begroot: created content/buurten/kleine-wereld/index.en.md
            begroot: created content/buurten/kleine-wereld/index.tr.md
            begroot: created content/buurten/kleine-wereld/index.ar.md
            begroot: next: fill in content/buurten/kleine-wereld/buurt.yaml and the introduction in index.md, \
            then `begroot new plan kleine-wereld "Title of a plan"` and `begroot serve`

            """)

        let notReady = try BinaryRunner.run(["check", "--strict"], in: root)
        #expect(notReady.status == 1)
        let starter = "this is still the example text begroot new wrote"
        #expect(notReady.standardError == """
            content/buurten/kleine-wereld/buurt.yaml:2:1: error: the buurt has no plans yet; add one with: begroot new plan kleine-wereld "Title of a plan"
            content/buurten/kleine-wereld/buurt.yaml:4:9: error: the budget is 0; write the amount the buurt has to spend, such as 250000
            content/buurten/kleine-wereld/buurt.yaml:7:3: error: 'summary' is still the example text begroot new wrote; say in a sentence or two what the buurt does with its budget
            content/buurten/kleine-wereld/buurt.yaml:16:12: error: the phase 'Plannen indienen' has no end date; add 'end: YYYY-MM-DD', its last day
            content/buurten/kleine-wereld/index.ar.md:4:1: error: \(starter); write the buurt's own introduction
            content/buurten/kleine-wereld/index.en.md:4:1: error: \(starter); write the buurt's own introduction
            content/buurten/kleine-wereld/index.md:4:1: error: \(starter); write the buurt's own introduction
            content/buurten/kleine-wereld/index.tr.md:4:1: error: \(starter); write the buurt's own introduction
            content/pages/over.ar.md:4:1: error: \(starter); write the page's own text
            content/pages/over.en.md:4:1: error: \(starter); write the page's own text
            content/pages/over.md:6:1: error: \(starter); write the page's own text
            content/pages/over.tr.md:4:1: error: \(starter); write the page's own text
            12 errors, 0 warnings in 9 files

            """)

        let plan = try BinaryRunner.run(["new", "plan", "kleine-wereld", "Schoon Plein"], in: root)
        #expect(plan.status == 0)
        // Filled in as a volunteer would: the figures, the dates, the proposers and every text.
        try fillIn(root, "content/buurten/kleine-wereld/buurt.yaml") { text in
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in lines.indices {
                if lines[index].hasPrefix("budget: 0") { lines[index] = "budget: 250000" }
                if lines[index].hasPrefix("    # end: ") { lines[index] = "    end: 2099-12-31" }
                for language in ["nl", "en", "tr", "ar"] where lines[index].hasPrefix("  \(language): \"") {
                    lines[index] = "  \(language): \"Samen kiezen (\(language)).\""
                }
            }
            return lines.joined(separator: "\n")
        }
        for file in [
            "content/pages/over", "content/buurten/kleine-wereld/index", "content/buurten/kleine-wereld/plans/schoon-plein",
        ] {
            for suffix in [".md", ".en.md", ".tr.md", ".ar.md"] {
                try fillIn(root, file + suffix) { text in
                    let frontMatterEnd = text.range(of: "\n---\n")!.upperBound
                    return text[..<frontMatterEnd] + "Ons eigen verhaal (\(suffix)).\n"
                }
            }
        }
        try fillIn(root, "content/buurten/kleine-wereld/plans/schoon-plein.md") { text in
            text.replacingOccurrences(of: "requested:   ", with: "requested: 5000")
                .replacingOccurrences(of: "proposers: []", with: "proposers: [Bewonersgroep Plein]")
        }

        let ready = try BinaryRunner.run(["check", "--strict"], in: root)
        #expect(ready.status == 0)
        #expect(ready.standardError == "begroot: no problems found\n")
        #expect(try BinaryRunner.run(["build", "--strict"], in: root).status == 0)
    }

    func fillIn(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    @Test(arguments: [
        (["new", "plan", "dijkbuurt", "Bestaat al"], "begroot: error: 'content/buurten/dijkbuurt/plans/bestaat-al.md' exists already; begroot never overwrites a file\n"),
        (["new", "plan", "dijkbuurd", "X"], "begroot: error: there is no buurt 'dijkbuurd' in content/buurten/ (did you mean 'dijkbuurt'?)\n"),
        (["new", "buurt", "Dijkbuurt"], "begroot: error: 'content/buurten/dijkbuurt/buurt.yaml' exists already; begroot never overwrites a file\n"),
        (["new", "buurt", "حي"], "begroot: error: 'حي' gives no folder name for the buurt: give a slug as well, such as --slug k-buurt (lowercase letters a–z, digits and '-')\n"),
        (["new", "buurt", "Wijk", "--slug", "Wijk_1"], "begroot: error: 'Wijk_1' cannot be a buurt's slug: use lowercase letters, digits and '-', such as 'k-buurt'\n"),
        (["new", "buurt", "Data"], "begroot: error: 'data' is a name the portal uses itself; choose another name for the buurt\n"),
        (["new", "site", "elders", "--languages", "nl,turkish"], "begroot: error: begroot does not know the language 'turkish' (did you mean 'tr'?); it knows nl, en, tr, ar, pl, es, fr, de, pt, it, so, ti, uk, ru, bg, ro, fa, ur, he, zh, and any other language written with its own name, such as pap=Papiamentu\n"),
        (["new", "site", "elders", "--languages", "nl,en,nl"], "begroot: error: --languages names 'nl' twice\n"),
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

    /// A new site can be published from a forge: the workflow is valid YAML whose steps download
    /// begroot, check the download's checksum, build with the portal's address and publish; it waits
    /// for its settings. A repository's own `.gitignore` is kept, not a reason to refuse.
    @Test func aNewSiteCarriesAnInertPublishingWorkflow() throws {
        let folder = Scratch.folder("new")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("portaal"), withIntermediateDirectories: true)
        try "build/\n".write(to: folder.appendingPathComponent("portaal/.gitignore"), atomically: true, encoding: .utf8)
        let site = try BinaryRunner.run(["new", "site", "portaal"], in: folder)
        #expect(site.status == 0, "\(site.standardError)")
        #expect(!site.standardError.contains("created portaal/.gitignore"))
        #expect(try String(contentsOf: folder.appendingPathComponent("portaal/.gitignore"), encoding: .utf8) == "build/\n")
        let text = try String(contentsOf: folder.appendingPathComponent("portaal/.github/workflows/publish.yml"), encoding: .utf8)
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let env = try #require(workflow["env"] as? [String: String])
        #expect(env == ["PORTAL_ADDRESS": "", "BEGROOT_DOWNLOAD": "", "BEGROOT_SHA256": ""])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let build = try #require(jobs["build"] as? [String: Any])
        let steps = try #require(build["steps"] as? [[String: Any]])
        #expect(steps.compactMap { $0["name"] as? String } == [
            "Check the settings", "Get the content", "Download begroot", "Check the download's checksum", "Build the portal",
            "Hand the portal to Pages",
        ])
        // Every step after the first waits for the settings; the build uses the portal's address.
        #expect(steps.dropFirst().allSatisfy { $0["if"] as? String == "steps.settings.outputs.ready == 'true'" })
        let run = steps.compactMap { $0["run"] as? String }
        #expect(run.contains { $0.contains("sha256sum --check") })
        #expect(run.contains { $0.contains("build --strict --base-url \"$PORTAL_ADDRESS\"") })
        let publish = try #require(jobs["publish"] as? [String: Any])
        #expect(publish["if"] as? String == "needs.build.outputs.ready == 'true'")
        #expect((publish["steps"] as? [[String: Any]])?.first?["uses"] as? String == "actions/deploy-pages@v4")
        // The site it started still builds.
        let built = try BinaryRunner.run(["build"], in: folder.appendingPathComponent("portaal"))
        #expect(built.status == 0, "\(built.standardError)")
    }
}
