import BegrootCore
import Testing
@testable import BegrootContent

@Suite struct SiteLoaderTests {
    @Test func loadsTranslationsAndInheritsFrontMatter() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/plans/tuin.md": "---\ntitle: Tuin\nstatus: selected\nawarded: 250.5\n---\nEen tuin.\n",
            "content/buurten/west/plans/tuin.en.md": "---\ntitle: Garden\n---\nA garden.\n",
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
        let plan = try #require(loaded?.buurten.first?.plans.first)
        #expect(plan.title.byLanguage == ["nl": "Tuin", "en": "Garden"])
        #expect(plan.awarded?.value == Money(cents: 25_050))
        #expect(plan.awarded?.location == SourceLocation(file: "content/buurten/west/plans/tuin.md", line: 4, column: 10))
        #expect(plan.body.byLanguage["en"]?.text == "A garden.")
        #expect(plan.body.byLanguage["en"]?.location.line == 4)
    }

    @Test func charactersThatHTMLAndXMLForbidAreRemovedEvenWhenWrittenAsYAMLEscapes() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": "name: \"We\\x1Bst\\uFFFE\"\nbudget: 1000\nmodel: challenge\n",
            "content/buurten/west/plans/tuin.md": "---\ntitle: {nl: \"Tu\\u0007in\", en: \"Gar\\uFFFFden\"}\nstatus: selected\n---\n",
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
        let buurt = try #require(loaded?.buurten.first)
        #expect(buurt.name.universal == "West")
        #expect(buurt.plans.first?.title.byLanguage == ["nl": "Tuin", "en": "Garden"])
    }

    @Test func aTranslationCannotChangeTheBooks() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/plans/tuin.md": "---\ntitle: Tuin\nstatus: selected\nawarded: 250\n---\n",
            "content/buurten/west/plans/tuin.en.md": "---\ntitle: Garden\nawarded: 900\n---\n",
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/buurten/west/plans/tuin.en.md:3:1: warning: 'awarded' in a translation is ignored: it is taken from 'tuin.md'; a translation sets only title, summary and the text"
        ])
        #expect(loaded?.buurten.first?.plans.first?.awarded?.value == Money(euros: 250))
    }

    @Test func reportsFilesInUnknownLanguagesAndOrphanTranslations() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/pages/over.de.md": "---\ntitle: Über\n---\n",
            "content/pages/contact.en.md": "---\ntitle: Contact\n---\n",
        ])
        let (_, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/pages/contact.en.md:1:1: error: translation without 'contact.md' in the default language",
            "content/pages/over.de.md:1:1: error: 'de' is not a language of this site",
        ])
    }

    @Test func textsInUnknownLanguagesAreErrorsWithASuggestion() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": "name: {nl: West, eng: West}\nbudget: 1000\nmodel: challange\n",
        ])
        let (_, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/buurten/west/buurt.yaml:1:18: error: 'name' has a text in 'eng', which is not a language of this site (did you mean 'en'?)",
            "content/buurten/west/buurt.yaml:3:8: error: 'model' must be one of challenge, bottom-up, deliberation, other, found 'challange' (did you mean 'challenge'?)",
        ])
    }

    @Test func drafsAreLeftOutUnlessAskedFor() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/plans/idee.md": "---\ntitle: Idee\nstatus: submitted\ndraft: true\n---\n",
        ])
        let loaded = try #require(SiteLoader.load(siteFolder: site.root).site)
        #expect(loaded.buurten.first?.plans.count == 1, "loading keeps drafts so that they are checked")
        #expect(loaded.publishing(includeDrafts: false).buurten.first?.plans.count == 0)
        #expect(loaded.publishing(includeDrafts: true).buurten.first?.plans.count == 1)
    }

    @Test func mediaPathsCannotLeaveTheBuurt() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/plans/p.md": "---\ntitle: P\nstatus: submitted\nimage: media/../../../etc/passwd\n---\n",
        ])
        let (_, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/buurten/west/plans/p.md:4:8: error: 'media/../../../etc/passwd' must be a file below media/, such as media/photo.jpg"
        ])
    }
}

@Suite struct SiteCheckerTests {
    @Test func overAllocationNamesTheTotals() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": "name: West\nbudget: 500000\nmodel: challenge\n",
            "content/buurten/west/plans/a.md": "---\ntitle: A\nstatus: completed\nawarded: 312000\n---\n",
            "content/buurten/west/plans/b.md": "---\ntitle: B\nstatus: selected\nawarded: 200000\n---\n",
            "content/buurten/west/plans/c.md": "---\ntitle: C\nstatus: cancelled\nawarded: 90000\n---\n",
        ])
        let loaded = try #require(SiteLoader.load(siteFolder: site.root).site)
        #expect(SiteChecker.check(loaded).sorted.filter { $0.category == .general }.map(\.description) == [
            "content/buurten/west/buurt.yaml:2:9: error: awarded € 512.000 exceeds the buurt budget € 500.000 by € 12.000"
        ])
    }

    @Test func slugsThatWouldShareAPathAreErrors() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/en/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/pages/west.md": "---\ntitle: West\n---\n",
            "content/pages/compare.md": "---\ntitle: Vergelijk\n---\n",
        ])
        let loaded = try #require(SiteLoader.load(siteFolder: site.root).site)
        #expect(SiteChecker.check(loaded).sorted.filter { $0.category == .general }.map(\.description) == [
            "content/buurten/en/buurt.yaml:1:1: error: the buurt slug 'en' is a language code, so its pages would clash with that language's; rename the buurt",
            "content/pages/compare.md:1:1: error: the page slug 'compare' is a name the portal uses itself; rename the page",
            "content/pages/west.md:1:1: error: the page 'west' would be written to the same place as content/buurten/west/buurt.yaml; rename one of them",
        ])
    }

    @Test func phasesOutOfOrderNameBothPhases() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML + """
                phases:
                  - {title: {nl: Stemmen, en: Voting}, start: 2021-09-01, end: 2021-09-14}
                  - {title: {nl: Indienen}, start: 2021-06-01, end: 2021-05-01}

                """,
        ])
        let loaded = try #require(SiteLoader.load(siteFolder: site.root).site)
        #expect(SiteChecker.check(loaded).sorted.filter { $0.category == .general }.map(\.description) == [
            "content/buurten/west/buurt.yaml:6:36: error: phases must be in order: 'Indienen' starts on 2021-06-01, before 'Stemmen' (2021-09-01)",
            "content/buurten/west/buurt.yaml:6:53: error: the phase ends (2021-05-01) before it starts (2021-06-01)",
        ])
    }
}
