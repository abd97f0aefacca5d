import BegrootCore
import Testing
@testable import BegrootContent

@Suite struct ContentModelTests {
    @Test func equalVotesShareARank() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/votes.yaml": """
                - round: {nl: Eerste ronde, en: First round}
                  date: 2019-11-04
                  voters: 1534
                  eligible: 6000
                  method: {nl: Per brief, en: By letter}
                  results:
                    a: 80
                    b: {online: 300, inPerson: 80}
                    c: 380
                    d: 12
                    e: 80

                """,
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
        let round = try #require(loaded?.buurten.first?.votingRounds.first)
        #expect(round.ranking.map { "\($0.rank) \($0.result.plan.value) \($0.result.votes)" } == [
            "1 b 380", "1 c 380", "3 a 80", "3 e 80", "5 d 12",
        ])
        #expect(round.results[1].channels == [.init(name: "online", votes: 300), .init(name: "inPerson", votes: 80)])
        #expect(round.turnoutPercent == 26)
        #expect(round.title.byLanguage["en"] == "First round")
    }

    @Test func updatesAndVideosLoad() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/plans/tuin.md": "---\ntitle: Tuin\nstatus: submitted\n---\n",
            "content/buurten/west/updates/oogst.md": "---\ntitle: Oogst\ndate: 2021-07-01\nplan: tuin\n---\nTomaten.\n",
            "content/buurten/west/updates/oogst.en.md": "---\ntitle: Harvest\n---\nTomatoes.\n",
            "content/buurten/west/media/tv.jpg": "jpg",
            "content/buurten/west/videos.yaml": """
                - slug: tv
                  title: {nl: Buurt-tv, en: Neighbourhood TV}
                  date: 2021-11-02
                  source: https://youtu.be/dQw4w9WgXcQ
                  duration: "1:02:30"
                  poster: media/tv.jpg
                  plans: [tuin]

                """,
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        let buurt = try #require(loaded?.buurten.first)
        #expect(diagnostics.sorted.filter { $0.category == .general }.isEmpty, "\(diagnostics.sorted)")
        #expect(buurt.updates.map(\.slug) == ["oogst"])
        #expect(buurt.updates.first?.title.byLanguage == ["nl": "Oogst", "en": "Harvest"])
        #expect(buurt.updates.first?.plan?.value == "tuin")
        let video = try #require(buurt.videos.first)
        #expect(video.source.value == .youtube(id: "dQw4w9WgXcQ"))
        #expect(video.durationSeconds == 3750)
        #expect(video.plans.map(\.value) == ["tuin"])
        #expect(SiteChecker.check(try #require(loaded)).all.filter { $0.category == .general }.isEmpty)
    }

    @Test func referencesToDraftsAreWarnedAboutUnlessDraftsArePublished() throws {
        let site = try TemporarySite([
            "content/site.yaml": "title: T\nlanguages: [{code: nl, name: Nederlands}]\n",
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML,
            "content/buurten/west/plans/tuin.md": "---\ntitle: Tuin\nstatus: selected\nawarded: 100\ndraft: true\n---\n",
            "content/buurten/west/spending.csv": "date,plan,description,amount\n2021-01-02,tuin,Zaden,10\n",
        ])
        let loaded = try #require(SiteLoader.load(siteFolder: site.root).site)
        #expect(SiteChecker.check(loaded, includeDrafts: false).sorted.map(\.description) == [
            "content/buurten/west/spending.csv:2:12: warning: the plan 'tuin' is a draft, so it is not published; spending.csv will point to nothing (publish the plan, or build with --drafts to preview it)",
        ])
        #expect(SiteChecker.check(loaded, includeDrafts: true).isEmpty)
    }

    @Test func videoAddresses() {
        #expect(VideoAddress.source("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10") == .youtube(id: "dQw4w9WgXcQ"))
        #expect(VideoAddress.source("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ") == .youtube(id: "dQw4w9WgXcQ"))
        #expect(VideoAddress.source("https://vimeo.com/76979871") == .vimeo(id: "76979871"))
        #expect(VideoAddress.source("https://player.vimeo.com/video/76979871") == .vimeo(id: "76979871"))
        #expect(VideoAddress.source("media/film.mp4") == .file("media/film.mp4"))
        #expect(VideoAddress.source("https://www.youtube.com/watch?v=short") == nil)
        #expect(VideoAddress.source("https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ") == nil)
        #expect(VideoAddress.source("javascript:alert(1)") == nil)
        #expect(VideoAddress.seconds("4:12") == 252)
        #expect(VideoAddress.seconds("4:72") == nil)
    }

    @Test func coverageCountsOnlyTheLanguagesABuurtPublishes() throws {
        let site = try TemporarySite([
            "content/site.yaml": """
                title: {nl: Test, en: Test, tr: Test}
                languages: [{code: nl, name: Nederlands}, {code: en, name: English}, {code: tr, name: Türkçe}]

                """,
            "content/buurten/west/buurt.yaml": "name: West\nbudget: 1\nmodel: other\nlanguages: [nl, en]\nsummary: {nl: Hallo}\n",
            "content/buurten/west/plans/tuin.md": "---\ntitle: Tuin\nstatus: submitted\n---\n",
            "content/buurten/west/plans/tuin.en.md": "---\ntitle: Garden\n---\n",
            "content/buurten/oost/buurt.yaml": "name: Oost\nbudget: 1\nmodel: other\n",
            "content/buurten/oost/plans/bank.md": "---\ntitle: {nl: Bank, tr: Bank}\nstatus: submitted\n---\n",
        ])
        let loaded = try #require(SiteLoader.load(siteFolder: site.root).site)
        let coverage = TranslationCoverage.measure(loaded)
        #expect(coverage.languages == ["en", "tr"])
        #expect(coverage.perBuurt["west"] == ["en": .init(translated: 1, total: 2)])
        // oost: the plan document (en, tr missing) and its title map (en missing, tr present).
        #expect(coverage.perBuurt["oost"] == ["en": .init(translated: 0, total: 2), "tr": .init(translated: 1, total: 2)])
        #expect(coverage.site == ["en": .init(translated: 1, total: 1), "tr": .init(translated: 1, total: 1)])
        #expect(coverage.overall["en"] == .init(translated: 2, total: 5))
        #expect(coverage.report(config: loaded.config) == [
            "English (en): 2 of 5 texts translated (40%); not complete: oost 0%, west 50%",
            "Türkçe (tr): 2 of 3 texts translated (66%); not complete: oost 50%",
        ])
        let diagnostics = SiteChecker.check(loaded).promotingWarnings(true)
        #expect(diagnostics.all.filter { $0.category == .translation }.allSatisfy { $0.severity == .warning },
            "--strict leaves missing translations as warnings")
    }
}
