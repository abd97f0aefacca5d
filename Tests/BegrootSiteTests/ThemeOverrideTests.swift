import BegrootCore
import BegrootRender
import Foundation
import TestSupport
import Testing
@testable import BegrootSite

@Suite struct ThemeOverrideTests {
    func site(_ files: [String: String]) throws -> String {
        let root = Scratch.folder("theme").path
        let all = files.merging([
            "content/site.yaml": "title: T\ndefaultLanguage: nl\nlanguages:\n  - {code: nl, name: Nederlands}\n  - {code: en, name: English}\n",
        ]) { own, _ in own }
        for (path, text) in all {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    func render(_ root: String) -> (files: [String: String], diagnostics: [String]) {
        var report = BuildReport(diagnostics: Diagnostics())
        let files = BuildPipeline.render(BuildOptions(siteFolder: root), report: &report) ?? []
        var texts: [String: String] = [:]
        for file in files { if let text = file.text { texts[file.path] = text } }
        return (texts, report.diagnostics.sorted.map(\.description))
    }

    @Test func aSiteReplacesTheBuiltInThemeFileByFile() throws {
        let root = try site(["themes/default/templates/404.mustache": "<h1>Kwijt!</h1>\n"])
        let (files, diagnostics) = render(root)
        #expect(diagnostics == [])
        #expect(files["404.html"]?.contains("<h1>Kwijt!</h1>") == true)
        // The rest still comes from the built-in theme.
        #expect(files["index.html"]?.contains("<a class=\"skip-link\" href=\"#main\">Naar de inhoud</a>") == true)
    }

    @Test func aSiteRewordsInterfaceStrings() throws {
        let root = try site(["content/i18n/en.yaml": "nav.home: Start\n"])
        let (files, _) = render(root)
        #expect(files["en/404.html"]?.contains(">Start</a>") == true)
    }

    @Test func aLanguageWithoutStringsWarnsAndShowsEnglish() throws {
        let root = try site([
            "content/site.yaml": "title: T\ndefaultLanguage: nl\nlanguages:\n  - {code: nl, name: Nederlands}\n  - {code: fy, name: Frysk}\n",
            "content/i18n/fy.yaml": "nav.home: Thús\n",
        ])
        let (files, diagnostics) = render(root)
        #expect(diagnostics.contains("content/i18n/fy.yaml:1:1: warning: the interface string 'nav.skip' is missing in 'fy'; English is shown"))
        #expect(files["fy/404.html"]?.contains("Skip to content") == true)
        #expect(files["fy/404.html"]?.contains(">Thús</a>") == true)
    }

    @Test func pluralFormsFollowTheLanguagesRulesAndMissingOnesWarn() throws {
        // Polish uses one, few and many; this site gives `few` for plans but forgets it for buurten.
        var polish = ["count.plans.one: \"{count} plan\"", "count.plans.few: \"{count} plany\"", "count.plans.many: \"{count} planów\"",
            "count.plans.other: \"{count} planu\"", "count.buurten.one: \"{count} dzielnica\"", "count.buurten.many: \"{count} dzielnic\"",
            "count.buurten.other: \"{count} dzielnicy\""]
        polish.append("home.lead: Polski")
        let root = try site([
            "content/site.yaml": "title: T\ndefaultLanguage: nl\nlanguages:\n  - {code: nl, name: Nederlands}\n  - {code: pl, name: Polski}\n",
            "content/i18n/pl.yaml": polish.joined(separator: "\n") + "\n",
            "content/buurten/a/buurt.yaml": "name: A\nbudget: 1\nmodel: other\n",
            "content/buurten/a/plans/p.md": "---\ntitle: P\nstatus: submitted\n---\n",
            "content/buurten/a/plans/q.md": "---\ntitle: Q\nstatus: submitted\n---\n",
        ])
        let (files, diagnostics) = render(root)
        #expect(diagnostics.contains("content/i18n/pl.yaml:1:1: warning: the interface string 'count.buurten.few' is missing in 'pl'; the 'other' form is shown"))
        #expect(!diagnostics.contains { $0.contains("'count.plans.") })
        #expect(files["pl/index.html"]?.contains("2 plany") == true, "2 is 'few' in Polish")
        #expect(files["pl/a/progress/index.html"]?.contains("2 plany") == true)
    }

    @Test func anUnknownThemeIsAnError() throws {
        let root = try site(["content/site.yaml": "title: T\ntheme: fancy\nlanguages:\n  - {code: nl, name: Nederlands}\n"])
        let (_, diagnostics) = render(root)
        #expect(diagnostics == ["content/site.yaml:1:1: error: the theme 'fancy' is not in themes/"])
    }
}
