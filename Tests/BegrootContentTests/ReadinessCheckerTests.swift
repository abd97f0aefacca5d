@testable import BegrootContent
import BegrootCore
import Testing

/// "Is my site ready?": each thing a volunteer forgot is one warning at the place to fill it in.
@Suite struct ReadinessCheckerTests {
    static func readiness(_ files: [String: String], includeDrafts: Bool = false) throws -> [String] {
        let site = try TemporarySite(files)
        let (loaded, problems) = SiteLoader.load(siteFolder: site.root)
        #expect(!problems.hasErrors, "\(problems.sorted)")
        let everything = try #require(loaded)
        let coverage = TranslationCoverage.measure(everything, includeDrafts: includeDrafts)
        let found = ReadinessChecker.check(everything, includeDrafts: includeDrafts, coverage: coverage)
        #expect(found.all.allSatisfy { $0.severity == .warning && $0.category == .readiness })
        return found.sorted.map(\.description)
    }

    @Test func whatANewBuurtLeavesOpenIsWarnedAboutWhereItIsWritten() throws {
        let warnings = try Self.readiness([
            "content/site.yaml": """
                title: Test
                defaultLanguage: nl
                languages:
                  - {code: nl, name: Nederlands}
                  - {code: tr, name: Türkçe}

                """,
            "content/pages/over.md": "---\ntitle: Over\n---\n\(StarterTexts.text(.aboutPage, in: "nl"))\n",
            "content/buurten/west/buurt.yaml": """
                name: West
                budget: 0
                model: challenge
                summary: {nl: "\(StarterTexts.text(.buurtSummary, in: "nl"))"}
                phases:
                  - {title: {nl: Indienen}, start: 2021-01-04}

                """,
            "content/buurten/west/index.md": StarterTexts.text(.buurtIntroduction, in: "nl") + "\n",
            "content/buurten/west/plans/tuin.md": "---\ntitle: Tuin\nstatus: submitted\nrequested:\nproposers: []\n---\n"
                + StarterTexts.text(.plan, in: "nl") + "\n",
            "content/buurten/west/plans/oud.md": "---\ntitle: Oud\nstatus: cancelled\n---\nAfgeblazen.\n",
            "content/buurten/west/updates/nieuws.md": "---\ntitle: Nieuws\ndate: 2021-02-01\n---\n  \(StarterTexts.text(.update, in: "nl"))\n\n",
            "content/buurten/oost/buurt.yaml": "name: Oost\nbudget: 1000\nmodel: other\n",
        ])
        #expect(warnings == [
            "content/buurten/oost/buurt.yaml:1:1: warning: the buurt has no phases; list the steps of its process under 'phases', each with its start and end dates",
            "content/buurten/oost/buurt.yaml:1:1: warning: the buurt has no plans yet; add one with: begroot new plan oost \"Title of a plan\"",
            "content/buurten/west/buurt.yaml:2:9: warning: the budget is 0; write the amount the buurt has to spend, such as 250000",
            "content/buurten/west/buurt.yaml:4:10: warning: 'summary' is still the example text begroot new wrote; say in a sentence or two what the buurt does with its budget",
            "content/buurten/west/buurt.yaml:6:36: warning: the phase 'Indienen' has no end date; add 'end: YYYY-MM-DD', its last day",
            "content/buurten/west/index.md:1:1: warning: this is still the example text begroot new wrote; write the buurt's own introduction",
            "content/buurten/west/plans/tuin.md:1:1: warning: the plan does not say how much it asks for; add 'requested:' with the amount, such as 5000",
            "content/buurten/west/plans/tuin.md:5:12: warning: the plan names no proposers; add the group behind it, such as 'proposers: [Bewonersgroep Plein]' (never a private person)",
            "content/buurten/west/plans/tuin.md:7:1: warning: this is still the example text begroot new wrote; write what the plan is, where and for whom",
            "content/buurten/west/updates/nieuws.md:5:1: warning: this is still the example text begroot new wrote; write the news itself",
            "content/pages/over.md:4:1: warning: this is still the example text begroot new wrote; write the page's own text",
            "content/site.yaml:5:12: warning: nothing is translated into Türkçe (tr) yet; translate the texts (name.tr.md files, 'tr:' in YAML) or take the language out of 'languages'",
        ])
    }

    @Test func aFilledInSiteIsReadyAndDraftsAreLeftAlone() throws {
        let plan = "---\ntitle: Tuin\nstatus: submitted\nrequested: 500\nproposers: [Tuingroep]\n---\nEen tuin.\n"
        let files = [
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML + "phases:\n  - {title: Indienen, start: 2021-01-04, end: 2021-02-01}\n",
            "content/buurten/west/plans/tuin.md": plan,
            "content/buurten/west/plans/tuin.en.md": "---\ntitle: Garden\n---\nA garden.\n",
            "content/buurten/west/plans/schets.md": "---\ntitle: Schets\nstatus: submitted\ndraft: true\n---\n",
        ]
        #expect(try Self.readiness(files) == [])
        #expect(try Self.readiness(files, includeDrafts: true) == [
            "content/buurten/west/plans/schets.md:1:1: warning: the plan does not say how much it asks for; add 'requested:' with the amount, such as 5000",
            "content/buurten/west/plans/schets.md:1:1: warning: the plan names no proposers; add the group behind it, such as 'proposers: [Bewonersgroep Plein]' (never a private person)",
        ])
    }

    @Test func aStarterTextInALanguageTheBuurtDoesNotPublishIsLeftAlone() throws {
        let plan = "---\ntitle: Tuin\nstatus: submitted\nrequested: 500\nproposers: [Tuingroep]\n---\nEen tuin.\n"
        #expect(try Self.readiness([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML + "languages: [nl]\nphases:\n  - {title: Indienen, start: 2021-01-04, end: 2021-02-01}\n",
            "content/buurten/west/plans/tuin.md": plan,
            "content/buurten/west/plans/tuin.en.md": "---\ntitle: Garden\n---\n" + StarterTexts.text(.plan, in: "en") + "\n",
            "content/pages/over.md": "---\ntitle: Over\n---\nWij.\n",
            "content/pages/over.en.md": "---\ntitle: About\n---\nUs.\n",
        ]) == [])
    }

    @Test func starterTextsAreRecognisedInEveryLanguageButNotInsideALongerText() {
        for kind in StarterTexts.Kind.allCases {
            for language in StarterTexts.languages {
                #expect(StarterTexts.isStarter("\n" + StarterTexts.text(kind, in: language) + "\n\n"))
                #expect(!StarterTexts.isStarter(StarterTexts.text(kind, in: language) + " En nog meer."))
            }
        }
        #expect(StarterTexts.isStarter("Wat het buurtbudget van Dijkbuurt is, wie meedoet en hoe bewoners kiezen.\n"))
    }
}
