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
        let strings = InterfaceStrings(language: "nl", strings: [
            "format.decimal": ",", "format.group": ".", "format.money": "{symbol} {amount}", "format.percent": "{number}%",
            "format.date": "{day} {month} {year}",
        ])
        nl = LanguageFormat(strings: strings, currency: "EUR")
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
        for line in buurt.spending?.lines ?? [] {
            #expect(html.contains("<td class=\"number\" data-label=\"Bedrag\">\(nl.money(line.amount.value))</td>"), "ledger line \(line.description)")
        }
        #expect(html.contains("<tfoot><tr><th scope=\"row\" colspan=\"4\">Totaal uitgegeven</th><td class=\"number\" data-label=\"Bedrag\">\(nl.money(spent(buurt)))</td>"))
        #expect(html.contains("<strong>\(nl.money(spent(buurt) { $0.plan == nil }))</strong>"), "process costs")
        for plan in buurt.plans where plan.awarded != nil {
            let planSpent = spent(buurt) { $0.plan?.value == plan.slug }
            #expect(html.contains("<td class=\"number\" data-label=\"Toegekend\">\(nl.money(plan.awarded!.value))</td><td class=\"number\" data-label=\"Uitgegeven\">\(nl.money(planSpent))</td>"),
                "per plan \(plan.slug)")
        }
        for theme in buurt.themes {
            let plans = buurt.plans.filter { $0.theme?.value == theme.slug }
            let themeSpent = spent(buurt) { line in plans.contains { $0.slug == line.plan?.value } }
            let row = "<td class=\"number\" data-label=\"Budget\">\(nl.money(theme.budget!.value))</td><td class=\"number\" data-label=\"Toegekend\">\(nl.money(awarded(plans)))</td>"
                + "<td class=\"number\" data-label=\"Uitgegeven\">\(nl.money(themeSpent))</td>"
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
        let ranks = html.components(separatedBy: "<tr><td class=\"number\" data-label=\"Plaats\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(ranks == ["1", "1", "3"])
        #expect(html.contains("212 stemmers · 12% van de 1.800 bewoners die mochten stemmen"))
        #expect(html.contains("De uitslag van deze ronde is nog niet bekend."))
    }

    @Test func comparePageAndHomeAddUp() throws {
        let compare = try page("compare/index.html")
        for buurt in site.buurten {
            #expect(compare.contains(nl.money(awarded(buurt.plans)) + " <span class=\"share\">("), "compare awarded \(buurt.slug)")
            #expect(compare.contains(nl.money(spent(buurt)) + " <span class=\"share\">("), "compare spent \(buurt.slug)")
        }
        let total = site.buurten.map(\.budget.value).sum()
        #expect(try page("index.html").contains("<strong>\(nl.money(total))</strong>"))
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
