import BegrootContent
import BegrootCore
import BegrootRender
import Foundation
import Testing
@testable import BegrootSite

/// The numbers residents read must be the model's numbers. The sums here are computed afresh from
/// the loaded plans and ledger lines (not through `BuurtBooks`), then looked up on the pages.
@Suite struct PageFiguresTests {
    static let siteFolder = GoldenSiteTests.fixtures.appendingPathComponent("small").path

    let site: Site
    let pages: [String: String]
    let nl: LanguageFormat

    init() throws {
        site = try #require(SiteLoader.load(siteFolder: Self.siteFolder).site).publishing(includeDrafts: false)
        var report = BuildReport(diagnostics: .init())
        let files = try #require(BuildPipeline.render(
            BuildOptions(siteFolder: Self.siteFolder, today: DayDate(year: 2021, month: 3, day: 5)!), report: &report))
        var pages: [String: String] = [:]
        for file in files {
            if let text = file.text { pages[file.path] = text }
        }
        self.pages = pages
        nl = LanguageFormat(language: Language(code: "nl", name: "Nederlands"), currency: "EUR")
    }

    func awarded(_ plans: [Plan]) -> Money {
        var total = Money.zero
        for plan in plans where plan.status.value != .cancelled { total += plan.awarded?.value ?? .zero }
        return total
    }

    func spent(_ buurt: Buurt, where include: (SpendingLine) -> Bool = { _ in true }) -> Money {
        var total = Money.zero
        for line in buurt.spending?.lines ?? [] where include(line) { total += line.amount.value }
        return total
    }

    func page(_ path: String) throws -> String { try #require(pages[path], "no page \(path)") }

    @Test func buurtPagesShowBudgetAwardedSpentAndLeft() throws {
        for buurt in site.buurten {
            let awarded = awarded(buurt.plans)
            let spent = spent(buurt)
            for path in [buurt.slug + "/index.html", buurt.slug + "/spending/index.html"] {
                let html = try page(path)
                #expect(html.contains("<dd>\(nl.money(buurt.budget.value))</dd>"), "\(path) budget")
                #expect(html.contains("<dd>\(nl.money(awarded))</dd>"), "\(path) awarded")
                #expect(html.contains("<dd>\(nl.money(spent))</dd>"), "\(path) spent")
                #expect(html.contains("<dd>\(nl.money(buurt.budget.value - awarded))</dd>"), "\(path) left")
            }
        }
        // The figures themselves, by hand: a cancelled award does not count, its spending does; refunds subtract.
        let dijk = try #require(site.buurten.first { $0.slug == "dijkbuurt" })
        #expect(awarded(dijk.plans) == Money(euros: 2_500))
        #expect(spent(dijk) == Money(cents: 37_525))
        let park = try #require(site.buurten.first { $0.slug == "parkbuurt" })
        #expect(spent(park) == Money(cents: 2_074_950))
    }

    @Test func spendingPageShowsEveryLineAndTheTotalsPerPlanAndTheme() throws {
        let buurt = try #require(site.buurten.first { $0.slug == "parkbuurt" })
        let html = try page("parkbuurt/spending/index.html")
        // A table's amounts are all with cents or all without: the ledger has cents somewhere.
        let lineCents = ((buurt.spending?.lines ?? []).map(\.amount.value) + [spent(buurt)]).anyHasCents
        #expect(lineCents)
        for line in buurt.spending?.lines ?? [] {
            #expect(html.contains("<td class=\"number\" data-label=\"Bedrag\">\(nl.money(line.amount.value, cents: lineCents))</td>"), "ledger line \(line.description)")
        }
        #expect(html.contains("<tfoot><tr><th scope=\"row\" colspan=\"4\">Totaal uitgegeven</th><td class=\"number\" data-label=\"Bedrag\">\(nl.money(spent(buurt), cents: true))</td>"))
        let ledgerAmounts = html.components(separatedBy: "<td class=\"number\" data-label=\"Bedrag\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(!ledgerAmounts.isEmpty && ledgerAmounts.allSatisfy { $0.contains(",") }, "every amount of the ledger with cents: \(ledgerAmounts)")
        #expect(html.contains("<strong>\(nl.money(spent(buurt) { $0.plan == nil }))</strong>"), "process costs")
        let listed = buurt.plans.filter { plan in plan.awarded != nil || spent(buurt, where: { $0.plan?.value == plan.slug }) != .zero }
        let planCents = (listed.compactMap { $0.awarded?.value } + listed.map { plan in spent(buurt) { $0.plan?.value == plan.slug } }).anyHasCents
        for plan in buurt.plans where plan.awarded != nil {
            let planSpent = spent(buurt) { $0.plan?.value == plan.slug }
            #expect(html.contains("<td class=\"number\" data-label=\"Toegekend\">\(nl.money(plan.awarded!.value, cents: planCents))</td><td class=\"number\" data-label=\"Uitgegeven\">\(nl.money(planSpent, cents: planCents))</td>"),
                "per plan \(plan.slug)")
        }
        let themeFigures = buurt.themes.flatMap { theme -> [Money] in
            let plans = buurt.plans.filter { $0.theme?.value == theme.slug }
            return [theme.budget!.value, awarded(plans), spent(buurt) { line in plans.contains { $0.slug == line.plan?.value } }]
        }
        for theme in buurt.themes {
            let plans = buurt.plans.filter { $0.theme?.value == theme.slug }
            let themeSpent = spent(buurt) { line in plans.contains { $0.slug == line.plan?.value } }
            let cents = themeFigures.anyHasCents
            let row = "<td class=\"number\" data-label=\"Budget\">\(nl.money(theme.budget!.value, cents: cents))</td><td class=\"number\" data-label=\"Toegekend\">\(nl.money(awarded(plans), cents: cents))</td>"
                + "<td class=\"number\" data-label=\"Uitgegeven\">\(nl.money(themeSpent, cents: cents))</td>"
            #expect(html.contains(row), "per theme \(theme.slug)")
            let themePage = try page("parkbuurt/themes/\(theme.slug)/index.html")
            #expect(themePage.contains("<dd>\(nl.money(theme.budget!.value - awarded(plans)))</dd>"), "theme \(theme.slug) left")
        }
    }

    @Test func planPagesShowAwardedAndSpent() throws {
        for buurt in site.buurten {
            for plan in buurt.plans {
                let html = try page("\(buurt.slug)/plans/\(plan.slug)/index.html")
                let planSpent = spent(buurt) { $0.plan?.value == plan.slug }
                #expect(html.contains("<dt>Uitgegeven</dt><dd>\(nl.money(planSpent))</dd>"), "\(plan.slug) spent")
                if let awarded = plan.awarded {
                    #expect(html.contains("<dd>\(nl.money(awarded.value))"), "\(plan.slug) awarded")
                }
            }
        }
    }

    @Test func votesPageRanksWithSharedPlacesAndTurnout() throws {
        let html = try page("parkbuurt/votes/index.html")
        // Every plan of the round has a theme, so it is ranked per theme against the theme's budget.
        let ranks = html.components(separatedBy: "<td class=\"number\" data-label=\"Plaats\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(ranks == ["1", "1", "2"])
        func euros(_ cents: Int64) -> String { nl.money(Money(cents: cents)) }
        #expect(html.contains("<h3 id=\"round-1-groen\">Groen</h3>\n<p class=\"meta\">Te verdelen budget: \(euros(6_000_000))</p>"))
        #expect(html.components(separatedBy: "<span class=\"tag won\">gekozen</span>").count - 1 == 2)
        // Jeugd: the Speeltuin's 38,000 fits the theme's 40,000; the Buurtfeest's 5,000 more would not.
        #expect(html.contains("<tr class=\"cutoff\"><td colspan=\"8\">Hier was het geld op. De plannen hierboven kosten samen \(euros(3_800_000)), "
            + "binnen het budget van \(euros(4_000_000)); met het volgende plan erbij zou het \(euros(4_300_000)) zijn.</td></tr>\n"
            + "<tr><td class=\"number\" data-label=\"Plaats\">2</td>"))
        #expect(html.contains("<p class=\"budget-line\">Samen kosten de plannen in deze lijst \(euros(1_150_050)), binnen het budget van \(euros(6_000_000)).</p>"))
        #expect(html.contains("212 stemmers · 12% van de 1.800 bewoners die mochten stemmen"))
        #expect(html.contains("De uitslag van deze ronde is nog niet bekend."))
    }

    @Test func comparePageAndHomeAddUp() throws {
        let compare = try page("compare/index.html")
        let cents = site.buurten.flatMap { [$0.budget.value, awarded($0.plans), spent($0)] }.anyHasCents
        for buurt in site.buurten {
            #expect(compare.contains(nl.money(awarded(buurt.plans), cents: cents) + " <span class=\"share\">("), "compare awarded \(buurt.slug)")
            #expect(compare.contains(nl.money(spent(buurt), cents: cents) + " <span class=\"share\">("), "compare spent \(buurt.slug)")
        }
        let total = site.buurten.map(\.budget.value).sum()
        #expect(try page("index.html").contains("<strong>\(nl.money(total))</strong>"))
    }

    @Test func buurtPagesOpenWithWhereTheyStandAndHowToTakePart() throws {
        // Built for 5 March 2021: Parkbuurt is voting until the 14th; Dijkbuurt's first phase has no end.
        let park = try page("parkbuurt/index.html")
        #expect(park.contains("<h2 id=\"now-heading\">Waar we nu staan</h2>\n<p>Nu: Stemmen, tot en met <time datetime=\"2021-03-14\">14 maart 2021</time>.</p>\n"
            + "<p class=\"take-part\">Meedoen of een vraag stellen: <a href=\"mailto:park@example.org\">park@example.org</a></p>"))
        let dijk = try page("dijkbuurt/index.html")
        #expect(dijk.contains("<p>Nu: Plannen maken.</p>\n<p>Hierna: Uitvoeren, vanaf <time datetime=\"2021-06-01\">1 juni 2021</time>.</p>"))
        #expect(dijk.contains("<p class=\"take-part\">Meedoen of een vraag stellen: De organisatie heeft nog geen contactadres gepubliceerd.</p>"))
        #expect(dijk.contains("<p class=\"empty\">Er is nog geen nieuws.</p>"))
        let home = try page("index.html")
        #expect(home.contains("<p class=\"phase-line phase-current\">Nu: Stemmen</p>"))
        #expect(home.contains("<p class=\"phase-line phase-current\">Nu: Plannen maken</p>"))
    }

    @Test func everyBuurtPageWithVideosShowsItsNewest() throws {
        for buurt in site.buurten {
            let html = try page(buurt.slug + "/index.html")
            guard let newest = buurt.videos.max(by: { ($0.date.value, $1.slug) < ($1.date.value, $0.slug) }) else {
                #expect(!html.contains("video-heading"), "\(buurt.slug)")
                continue
            }
            #expect(html.contains("<h2 id=\"video-heading\">Nieuwste video</h2>\n<article class=\"video\" id=\"video-\(newest.slug)\">\n<h3>"), "\(buurt.slug)")
            #expect(html.components(separatedBy: "<article class=\"video\"").count == 2, "\(buurt.slug): one video")
        }
        #expect(site.buurten.contains { !$0.videos.isEmpty })
    }

    @Test func theHomePageShowsThePlansBeingCarriedOutAsCards() throws {
        let underWay = site.buurten.flatMap { buurt in buurt.plans.filter { $0.status.value == .inProgress }.map { (buurt, $0) } }
        #expect(!underWay.isEmpty)
        for (home, prefix) in [("index.html", ""), ("en/index.html", "en/")] {
            let html = try page(home)
            let section = try #require(html.components(separatedBy: "<h2 id=\"plans-heading\">").dropFirst().first?.components(separatedBy: "</section>").first)
            let cards = section.components(separatedBy: "<li class=\"plan-card status-in-progress\">").count - 1
            #expect(cards == min(6, underWay.count), "\(home)")
            let linked = section.components(separatedBy: "<p class=\"card-title\"><a href=\"").dropFirst()
                .map { LanguageVersionsTests.resolve(String($0.prefix { $0 != "\"" }), from: home) }
            // Each plan in the language its buurt publishes: English where the buurt has it.
            let expected = underWay.map { buurt, plan in
                (buurt.languages.contains(prefix.isEmpty ? "nl" : "en") ? prefix : "") + "\(buurt.slug)/plans/\(plan.slug)/index.html"
            }
            #expect(linked == expected, "\(home)")
        }
    }

    @Test func progressPageListsTheNextMilestonesOfPlansBeingCarriedOut() throws {
        let html = try page("parkbuurt/progress/index.html")
        let section = try #require(html.components(separatedBy: "<ol class=\"next-milestones\">").dropFirst().first?.components(separatedBy: "</ol>").first)
        let pending = site.buurten.first { $0.slug == "parkbuurt" }!.plans
            .filter { [.selected, .inProgress].contains($0.status.value) }
            .flatMap { plan in plan.milestones.filter { !$0.done }.map { ($0.date.value, plan.slug) } }
            .sorted { $0.0 < $1.0 }
        #expect(!pending.isEmpty)
        let listed = section.components(separatedBy: "<time datetime=\"").dropFirst().map { String($0.prefix(10)) }
        #expect(listed == pending.prefix(8).map(\.0.iso))
        #expect(listed == ["2021-03-01", "2021-05-01"])
        // 1 March has passed on 5 March and the milestone is not done: it says so.
        #expect(section.contains("<li class=\"late\"><time datetime=\"2021-03-01\">1 maart 2021</time> <span class=\"milestone-title\">Vergunning binnen</span>"))
        #expect(section.components(separatedBy: "datum verstreken, nog niet klaar").count - 1 == 1)
    }

    @Test func theDataPageListsEveryOpenDataFileAndEveryFooterLinksToIt() throws {
        let dataFiles = Set(pages.keys.filter { $0.hasPrefix("data/") && !$0.hasSuffix(".html") })
        #expect(dataFiles.contains("data/parkbuurt-vote-1.pb"))
        for (language, dataPage) in [("nl", "data/index.html"), ("en", "en/data/index.html")] {
            let html = try page(dataPage)
            let linked = html.components(separatedBy: "<ul class=\"data-files\">").dropFirst()
                .flatMap { $0.components(separatedBy: "</ul>")[0].components(separatedBy: "<li><a href=\"").dropFirst() }
                .map { LanguageVersionsTests.resolve(String($0.prefix { $0 != "\"" }), from: dataPage) }
            #expect(Set(linked) == dataFiles, "\(language)")
            #expect(linked.count == dataFiles.count, "\(language): each file once")
        }
        #expect(try page("en/data/index.html").contains("<a href=\"../../data/parkbuurt-plans.csv\"><bdi>parkbuurt-plans.csv</bdi></a> <span class=\"tag\">CSV</span><br>Every plan, one row each"))
        for (path, html) in pages where path.hasSuffix(".html") && !path.hasSuffix("404.html") {
            let footer = try #require(html.components(separatedBy: "<footer class=\"site-footer\">").last)
            let href = try #require(footer.components(separatedBy: "\">Open data</a>").first?.components(separatedBy: "<a href=\"").last, "\(path)")
            let target = LanguageVersionsTests.resolve(href, from: path)
            #expect(target == (path.hasPrefix("en/") ? "en/data/index.html" : "data/index.html"), "\(path)")
        }
        // Tables of figures link to the file with the same figures.
        #expect(try page("parkbuurt/spending/index.html").contains("<p class=\"download\"><a href=\"../../data/parkbuurt-spending.csv\">Download deze cijfers als CSV</a>"))
        #expect(try page("parkbuurt/votes/index.html").contains("<p class=\"download\"><a href=\"../../data/parkbuurt-vote-1.pb\">Download de stemmen van deze ronde</a>"))
    }

    @Test func timelineMarksTodaysPhaseInWords() throws {
        let html = try page("parkbuurt/index.html")
        #expect(html.contains("<li class=\"phase-done\"><span class=\"phase-state\">Klaar</span> <span class=\"phase-title\">Ideeën</span>"))
        #expect(html.contains("<li class=\"phase-current\" aria-current=\"step\"><span class=\"phase-state\">Nu</span> <span class=\"phase-title\">Stemmen</span>"))
    }

    @Test func draftsAndOtherHostsNeverReachAPage() throws {
        #expect(pages.keys.allSatisfy { !$0.contains("nog-geheim") })
        for (path, html) in pages where path.hasSuffix(".html") {
            // Nothing is loaded from another host: no absolute or protocol-relative src, no iframe,
            // and the only scripts are local files and JSON-LD.
            for forbidden in ["src=\"http", "src=\"//", "<iframe", "<script src=\"http", "<script src=\"//", "<link rel=\"stylesheet\" href=\"http"] {
                #expect(!html.contains(forbidden), "\(path) has \(forbidden)")
            }
            for piece in html.components(separatedBy: "<script").dropFirst() {
                let tag = "<script" + piece.prefix { $0 != ">" } + ">"
                #expect(tag.hasPrefix("<script src=\"../") || tag.hasPrefix("<script src=\"assets/") || tag == "<script type=\"application/ld+json\">",
                    "\(path): \(tag)")
            }
        }
    }

    @Test func hostedVideosAreAPreviewWithALinkAndLocalVideosPlayWithTracks() throws {
        let html = try page("parkbuurt/videos/index.html")
        #expect(html.contains("<div class=\"video-preview\" data-embed=\"https://player.vimeo.com/video/76979871?dnt=1&amp;autoplay=1\""))
        #expect(html.contains("<a href=\"https://vimeo.com/76979871\" rel=\"noopener\">Bekijk op Vimeo</a>"))
        #expect(html.contains("<script src=\"../../assets/begroot-video.js\" defer></script>"))
        #expect(html.contains("<video controls preload=\"none\" poster=\"../../parkbuurt/media/bankjes.jpg\">"))
        // Spoken Dutch: Dutch captions, English subtitles, the reader's language on by default.
        #expect(html.contains("<track kind=\"captions\" src=\"../../parkbuurt/media/bankjes.nl.vtt\" srclang=\"nl\" label=\"Nederlands\" default>\n"
            + "<track kind=\"subtitles\" src=\"../../parkbuurt/media/bankjes.en.vtt\" srclang=\"en\" label=\"English\">"))
        #expect(html.contains("<p>De <strong>bankjes</strong> worden geplaatst.</p>"))
        #expect(html.contains("\"@type\":\"VideoObject\""))
        // The plan the video reports on shows it; a page without hosted videos gets no script.
        #expect(try page("parkbuurt/plans/bankjes/index.html").contains("id=\"video-bankjes-geplaatst\""))
        #expect(!(try page("parkbuurt/plans/bankjes/index.html").contains("begroot-video.js")))
        let all = try page("videos/index.html")
        #expect(all.contains("<a href=\"../parkbuurt/videos/index.html#video-bankjes-geplaatst\">De bankjes worden geplaatst</a>"))
        // Newest first.
        #expect(html.range(of: "video-bankjes-geplaatst")!.lowerBound < html.range(of: "video-lezing")!.lowerBound)
    }
}
