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

    @Test func theTimelineSaysWhatIsOnNowAndWhatComesNext() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": TemporarySite.buurtYAML + """
                phases:
                  - {title: {nl: Indienen}, start: 2021-06-01, end: 2021-07-15}
                  - {title: {nl: Stemmen}, start: 2021-09-01, end: 2021-09-14}
                  - {title: {nl: Uitvoeren}, start: 2021-09-10, end: 2022-06-30}

                """,
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
        let buurt = try #require(loaded?.buurten.first)
        func moment(_ day: String) -> String {
            let title = { (phase: Phase) in phase.title.byLanguage["nl"] ?? "?" }
            switch buurt.moment(on: DayDate(iso: day)!) {
            case .noTimeline: return "none"
            case .notStarted(let next): return "before, next \(title(next))"
            case .during(let current, let next): return "now \(current.map(title)), next \(next.map(title) ?? "-")"
            case .between(let last, let next): return "after \(title(last)), next \(title(next))"
            case .finished(let last): return "over, last \(title(last))"
            }
        }
        #expect(moment("2021-05-31") == "before, next Indienen")
        #expect(moment("2021-06-01") == "now [\"Indienen\"], next Stemmen")
        #expect(moment("2021-07-16") == "after Indienen, next Stemmen")
        #expect(moment("2021-09-12") == "now [\"Stemmen\", \"Uitvoeren\"], next -")
        #expect(moment("2022-07-01") == "over, last Uitvoeren")
        var untimed = buurt
        untimed.phases = []
        #expect(untimed.moment(on: DayDate(iso: "2021-06-01")!) == .noTimeline)
    }

    @Test func aRoundMarksItsWinnersAndWhereTheMoneyRanOutPerTheme() throws {
        func plan(_ theme: String, _ status: String, requested: Int, awarded: Int? = nil) -> String {
            "---\ntitle: P\ntheme: \(theme)\nstatus: \(status)\nrequested: \(requested)\n"
                + (awarded.map { "awarded: \($0)\n" } ?? "") + "---\n"
        }
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/buurten/west/buurt.yaml": "name: West\nbudget: 100000\nmodel: deliberation\n",
            "content/buurten/west/themes.yaml": """
                - {slug: groen, title: {nl: Groen}, budget: 50000}
                - {slug: sport, title: {nl: Sport}, budget: 50000}

                """,
            "content/buurten/west/plans/a.md": plan("groen", "completed", requested: 20000, awarded: 20000),
            "content/buurten/west/plans/b.md": plan("groen", "in-progress", requested: 25000, awarded: 25000),
            "content/buurten/west/plans/c.md": plan("groen", "not-selected", requested: 10000),
            "content/buurten/west/plans/d.md": plan("sport", "selected", requested: 30000, awarded: 30000),
            "content/buurten/west/plans/e.md": plan("sport", "not-selected", requested: 10000),
            "content/buurten/west/votes.yaml": """
                - round: {nl: Stemming}
                  results: {a: 90, b: 80, c: 70, d: 60, e: 10}
                - round: {nl: Likes}
                  results: {c: 50, a: 40, b: 30}

                """,
        ])
        let (loaded, diagnostics) = SiteLoader.load(siteFolder: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
        let buurt = try #require(loaded?.buurten.first)
        let vote = buurt.outcome(of: buurt.votingRounds[0])
        #expect(vote.isPerTheme)
        #expect(vote.rankings.map { $0.theme?.slug } == ["groen", "sport"])
        let groen = vote.rankings[0]
        #expect(groen.rows.map { "\($0.rank) \($0.result.plan.value) \($0.won)" } == ["1 a true", "2 b true", "3 c false"])
        // 20,000 + 25,000 fit the theme's 50,000; with c's 10,000 it would be 55,000.
        #expect(groen.cutoff == .init(index: 2, fitting: Money(cents: 4_500_000), withNext: Money(cents: 5_500_000)))
        #expect(groen.total == Money(cents: 5_500_000))
        let sport = vote.rankings[1]
        #expect(sport.cutoff == nil)
        #expect(sport.total == Money(cents: 4_000_000))
        // A round whose first plan was not chosen only shortlisted: no line where the money ran out.
        let likes = buurt.outcome(of: buurt.votingRounds[1])
        #expect(likes.rankings.count == 1)
        #expect(likes.rankings[0].rows.map(\.result.plan.value) == ["c", "a", "b"])
        #expect(likes.rankings[0].cutoff == nil)
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

    @Test func aLanguageMayNameTheRegionItIsWrittenFor() throws {
        let site = try TemporarySite([
            "content/site.yaml": """
                title: T
                languages: [{code: nl, name: Nederlands}, {code: en, name: English, region: GB}, {code: pt-br, name: Português}, {code: pl, name: Polski}]

                """,
        ])
        let config = try #require(SiteLoader.load(siteFolder: site.root).site?.config)
        #expect(config.languages.map(\.localeIdentifier) == ["nl", "en_GB", "pt_BR", "pl"])

        let wrong = try TemporarySite([
            "content/site.yaml": """
                title: T
                languages: [{code: nl, name: Nederlands}, {code: en, name: English, region: uk}, {code: pt-br, name: Português, region: PT}]

                """,
        ])
        #expect(SiteLoader.load(siteFolder: wrong.root).diagnostics.sorted.map(\.description) == [
            "content/site.yaml:2:77: error: 'region' must be a region code such as GB or US (two capital letters), found 'uk'",
            "content/site.yaml:2:121: error: 'pt-br' already names its region; leave out 'region' or write the code without it",
        ])
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
