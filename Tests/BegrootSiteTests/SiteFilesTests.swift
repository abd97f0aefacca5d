import BegrootContent
import BegrootCore
@testable import BegrootRender
import Foundation
import TestSupport
import Testing
@testable import BegrootSite

/// The files around the pages: the sitemap and robots.txt (with a `baseURL` only) and the Atom
/// feeds of updates, checked against the pages actually rendered.
@Suite struct SiteFilesTests {
    static let siteFolder = GoldenSiteTests.fixtures.appendingPathComponent("small").path
    static let base = "https://testdorp.example.org/buurtbudget/"

    static func render(baseURL: String?) throws -> [String: String] {
        var report = BuildReport(diagnostics: .init())
        let options = BuildOptions(siteFolder: siteFolder, baseURL: baseURL, today: DayDate(year: 2021, month: 3, day: 5)!)
        let files = try #require(BuildPipeline.render(options, report: &report))
        var texts: [String: String] = [:]
        for file in files { if let text = file.text { texts[file.path] = text } }
        return texts
    }

    /// The values of `attribute` in every element of `text` that starts with `prefix`.
    static func values(_ attribute: String, of prefix: String, in text: String) -> [String] {
        text.components(separatedBy: prefix).dropFirst().compactMap { element in
            guard let start = element.range(of: attribute + "=\"") else { return nil }
            return String(element[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func theSitemapListsEveryPageWithItsLanguageVersions() throws {
        let files = try Self.render(baseURL: Self.base)
        let sitemap = try #require(files["sitemap.xml"])
        let pages = Set(files.keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix("404.html") })
        let listed = sitemap.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(listed.count == pages.count)
        #expect(Set(listed) == Set(pages.map { Self.base + ($0.hasSuffix("index.html") ? String($0.dropLast(10)) : $0) }))
        // Each entry lists itself among its alternates, and x-default is the root-language version.
        for entry in sitemap.components(separatedBy: "<url>").dropFirst() {
            let location = String(entry.components(separatedBy: "<loc>")[1].prefix { $0 != "<" })
            let alternates = Self.values("href", of: "<xhtml:link", in: entry)
            #expect(alternates.contains(location), "\(location) is not among its own alternates")
            #expect(alternates.last.map { !$0.contains("/en/") } == true, "x-default of \(location) is not the Dutch page")
        }
        #expect(sitemap.contains("<loc>https://testdorp.example.org/buurtbudget/en/parkbuurt/plans/bankjes/</loc>"))
        #expect(!sitemap.contains("en/dijkbuurt/"), "the Dutch-only buurt has no English pages")
        #expect(files["robots.txt"] == nil, "the site's own content/static/robots.txt is copied instead of begroot's")
    }

    @Test func robotsTxtPointsAtTheSitemap() throws {
        // The sample portal has no robots.txt of its own.
        let sample = GoldenSiteTests.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        var report = BuildReport(diagnostics: .init())
        let files = try #require(BuildPipeline.render(BuildOptions(siteFolder: sample, baseURL: "https://a.example/"), report: &report))
        #expect(files.first { $0.path == "robots.txt" }?.text == "User-agent: *\nAllow: /\n\nSitemap: https://a.example/sitemap.xml\n")
    }

    @Test func withoutABaseURLThereIsNoSitemap() throws {
        let files = try Self.render(baseURL: nil)
        #expect(files["sitemap.xml"] == nil)
        #expect(files["robots.txt"] == nil)
    }

    @Test func feedsCarryThePublishedUpdatesNewestFirstAndLinkToTheirPages() throws {
        let files = try Self.render(baseURL: nil)
        let site = try #require(SiteLoader.load(siteFolder: Self.siteFolder).site).publishing(includeDrafts: false)
        #expect(Set(files.keys.filter { $0.hasSuffix("feed.xml") }) == ["feed.xml", "en/feed.xml", "parkbuurt/feed.xml", "en/parkbuurt/feed.xml"])
        for path in ["feed.xml", "en/feed.xml", "parkbuurt/feed.xml", "en/parkbuurt/feed.xml"] {
            let feed = try #require(files[path])
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let links = Self.values("href", of: "<link rel=\"alternate\" type=\"text/html\"", in: feed).dropFirst()
            #expect(links.count == site.buurten.flatMap(\.updates).count, "\(path): one entry per published update")
            for link in links {
                // Relative to the feed, as a feed reader resolves it.
                let target = URL(fileURLWithPath: "/" + folder + "/" + link).standardizedFileURL.path.dropFirst()
                #expect(files[String(target)] != nil, "\(path) links to \(link), which is not a page")
            }
            let updated = feed.components(separatedBy: "<updated>").dropFirst(2).map { String($0.prefix(10)) }
            #expect(updated == updated.sorted(by: >), "\(path): newest first")
            let ids = feed.components(separatedBy: "<id>").dropFirst(2).map { String($0.prefix { $0 != "<" }) }
            #expect(Set(ids).count == ids.count)
            // Without a baseURL: every id (the feed's too) a urn:uuid URI, and the feed names itself.
            let allIds = feed.components(separatedBy: "<id>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(allIds.allSatisfy { $0.wholeMatch(of: /urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil }, "\(path)")
            #expect(Self.values("href", of: "<link rel=\"self\" type=\"application/atom+xml\"", in: feed) == ["feed.xml"], "\(path)")
        }
        // With one: the feed's own address.
        let withBase = try Self.render(baseURL: "https://buurt.example.org/")
        #expect(Self.values("href", of: "<link rel=\"self\" type=\"application/atom+xml\"", in: withBase["en/parkbuurt/feed.xml"]!)
            == ["https://buurt.example.org/en/parkbuurt/feed.xml"])
        #expect(withBase["en/parkbuurt/feed.xml"]!.contains("<id>https://buurt.example.org/en/parkbuurt/feed.xml</id>"))
        #expect(files["feed.xml"]!.contains("<title>De bankjes staan er</title>"))
        #expect(files["en/feed.xml"]!.contains("&lt;strong&gt;"), "the text goes in as escaped HTML")
        #expect(!files["feed.xml"]!.contains("nog-geheim"), "drafts stay out")
        let page = try #require(files["en/parkbuurt/plans/bankjes/index.html"])
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Parkbuurt · News\" href=\"../../../../en/parkbuurt/feed.xml\">"))
    }

    /// An organisation has one identifier wherever it appears, as funder or as recipient; with a
    /// baseURL each grant names its page as the data's source.
    @Test func eachOrganisationHasOneIdentifierInTheGrants() throws {
        let files = try Self.render(baseURL: "https://buurt.example.org/")
        var ids: [String: Set<String>] = [:]
        var sources: [String] = []
        for (path, text) in files where path.hasSuffix("-grants.json") {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            for grant in try #require(json["grants"] as? [[String: Any]]) {
                for key in ["recipientOrganization", "fundingOrganization"] {
                    for organisation in try #require(grant[key] as? [[String: String]]) {
                        ids[organisation["name"]!, default: []].insert(organisation["id"]!)
                    }
                }
                sources.append(try #require(grant["dataSource"] as? String))
            }
        }
        #expect(!ids.isEmpty)
        #expect(ids.values.allSatisfy { $0.count == 1 }, "\(ids)")
        #expect(Set(ids.values.map { $0.first! }).count == ids.count, "different organisations, different ids")
        #expect(sources.allSatisfy { $0.hasPrefix("https://buurt.example.org/") && files[String($0.dropFirst("https://buurt.example.org/".count)) + "index.html"] != nil })
    }

    @Test func openDataCarriesTheBooksAsTheModelHasThem() throws {
        let files = try Self.render(baseURL: nil)
        let site = try #require(SiteLoader.load(siteFolder: Self.siteFolder).site).publishing(includeDrafts: false)
        func cents(_ text: String) -> Int64 {
            // "1234.50" → 123450: a decimal point, two decimals, no thousands separator.
            let parts = text.split(separator: ".")
            #expect(parts.count == 2 && parts[1].count == 2, "\(text) is not written with two decimals")
            return Int64(parts[0])! * 100 + (text.hasPrefix("-") ? -1 : 1) * Int64(parts[1])!
        }
        func json(_ path: String) throws -> [String: Any] {
            let text = try #require(files[path])
            return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        func amount(_ value: Any?) -> Int64? { (value as? NSNumber).map { Int64(($0.doubleValue * 100).rounded()) } }
        let index = try json("data/buurten.json")
        let listed = try #require(index["buurten"] as? [[String: Any]])
        #expect(listed.map { $0["slug"] as? String } == site.buurten.map(\.slug))
        for buurt in site.buurten {
            let awarded = buurt.plans.filter { $0.status.value != .cancelled }.compactMap { $0.awarded?.value.cents }.reduce(0, +)
            let spent = (buurt.spending?.lines ?? []).map(\.amount.value.cents).reduce(0, +)
            let entry = try #require(listed.first { $0["slug"] as? String == buurt.slug })
            #expect(amount(entry["awarded"]) == awarded)
            #expect(amount(entry["spent"]) == spent)
            let plans = try #require(files["data/\(buurt.slug)-plans.csv"]).components(separatedBy: "\r\n").dropLast()
            #expect(plans.first == "plan,title,status,theme,requested,awarded,spent,progress,submitted,proposers")
            #expect(plans.count == buurt.plans.count + 1)
            let lines = try #require(files["data/\(buurt.slug)-spending.csv"]).components(separatedBy: "\r\n").dropFirst().dropLast()
            #expect(lines.count == (buurt.spending?.lines.count ?? 0))
            let lineTotal = lines.map { cents(String($0.split(separator: ",").last!)) }.reduce(0, +)
            #expect(lineTotal == spent, "\(buurt.slug): the lines add up to what was spent")
            let grants = try json("data/\(buurt.slug)-grants.json")
            // Every counted award is a grant (the Dijkbuurt's dated by its first phase: it has no round).
            let awardedPlans = buurt.plans.filter { $0.status.value.requiresAward }
            let listedGrants = try #require(grants["grants"] as? [[String: Any]])
            #expect(listedGrants.count == awardedPlans.count)
            #expect(listedGrants.compactMap { amount($0["amountAwarded"]) } == awardedPlans.compactMap { $0.awarded?.value.cents })
            for grant in listedGrants {
                // What 360Giving's quality tool asks: a description that is not the title, where the
                // grant benefits (with the country), when the record last changed.
                #expect(grant["description"] as? String != grant["title"] as? String, "\(grant["id"] ?? "")")
                let places = try #require(grant["beneficiaryLocation"] as? [[String: String]])
                #expect(places.first?["countryCode"] == "NL")
                #expect((grant["dateModified"] as? String)?.wholeMatch(of: /\d{4}-\d{2}-\d{2}T00:00:00Z/) != nil)
                #expect(grant["dataSource"] == nil, "only with a baseURL")
            }
            for (number, round) in buurt.votingRounds.enumerated() {
                guard let ballots = round.ballots else {
                    // Without ballots: the results as CSV, one line a plan, most votes first.
                    let rows = try #require(files["data/\(buurt.slug)-vote-\(number + 1).csv"]).components(separatedBy: "\r\n").dropLast()
                    #expect(rows.first?.hasPrefix("plan,title,votes,rank,cost,selected") == true)
                    #expect(rows.count == round.results.count + 1)
                    #expect(files["data/\(buurt.slug)-vote-\(number + 1).pb"] == nil)
                    continue
                }
                let pb = try #require(files["data/\(buurt.slug)-vote-\(number + 1).pb"]).components(separatedBy: "\n")
                let projects = pb.drop { $0 != "PROJECTS" }.dropFirst(2).prefix { $0 != "VOTES" }
                #expect(pb.contains("num_projects;\(projects.count)"))
                #expect(projects.count == round.results.count)
                let votes = projects.map { Int($0.split(separator: ";")[2])! }.reduce(0, +)
                #expect(votes == round.results.map(\.votes).reduce(0, +))
                // VOTES: a line a ballot, and as many as num_votes says; the plans on them add up to the totals.
                let lines = pb.drop { $0 != "voter_id;vote" }.dropFirst().dropLast()
                #expect(pb.contains("num_votes;\(ballots.ballots.count)"))
                #expect(lines.count == ballots.ballots.count)
                #expect(lines.map { $0.split(separator: ";")[1].split(separator: ",").count }.reduce(0, +) == votes)
                #expect(pb.contains("rule;\(round.rule?.value ?? "unknown")"))
                #expect(round.date.map { pb.contains("date_begin;" + Pabulib.dayMonthYear($0.value)) } ?? true)
            }
        }
    }

    @Test func theSearchIndexHoldsEveryPageOfItsLanguageAndLinksResolve() throws {
        let files = try Self.render(baseURL: nil)
        let site = try #require(SiteLoader.load(siteFolder: Self.siteFolder).site).publishing(includeDrafts: false)
        for (language, folder) in [("nl", ""), ("en", "en/")] {
            let script = try #require(files[folder + "search/index.js"])
            let lines = script.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("window.begrootSearchIndex = [") && lines[0].hasSuffix("];"))
            #expect(lines[1].hasPrefix("window.begrootSearchLanguages = {") && lines[1].hasSuffix("};"))
            let json = String(lines[0].dropFirst("window.begrootSearchIndex = ".count).dropLast(1))
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
            let names = String(lines[1].dropFirst("window.begrootSearchLanguages = ".count).dropLast(1))
            // The languages of entries shown in another language, by name, for the label beside them.
            #expect(try JSONSerialization.jsonObject(with: Data(names.utf8)) as? [String: String] == (language == "en" ? ["nl": "Nederlands"] : [:]))
            // A plan's text is searched too: the words of its body that its title does not hold.
            let benches = try #require(entries.first { $0["u"]?.hasSuffix("parkbuurt/plans/bankjes/index.html") == true })
            #expect(benches["k"] == "p")
            #expect(benches["x"] == (language == "en" ? "four the park" : "vier het park"))
            let expected = site.buurten.map { 1 + $0.plans.count + $0.themes.count + $0.updates.count }.reduce(0, +) + site.pages.count
            #expect(entries.count == expected, "\(language): one entry per buurt, plan, theme, update and free page")
            for entry in entries {
                let link = try #require(entry["u"])
                let target = String(URL(fileURLWithPath: "/" + folder + "search/" + link).standardizedFileURL.path.dropFirst())
                #expect(files[target] != nil, "\(language): \(link) is not a page")
            }
            // The Dutch-only buurt is found in English too, in Dutch and marked so.
            let dijk = try #require(entries.first { $0["u"]?.hasSuffix("dijkbuurt/index.html") == true })
            #expect(dijk["l"] == (language == "en" ? "nl" : nil))
            let page = try #require(files[folder + "search/index.html"])
            #expect(page.contains("search/index.js\" defer></script>"))
            #expect(page.contains("<noscript>"))
        }
    }

    @Test func roundsThatEachDecideOneThemeAreGroupedUnderTheirTheme() throws {
        let copy = Scratch.folder("rounds-per-theme")
        try FileManager.default.copyItem(atPath: Self.siteFolder, toPath: copy.path)
        try Data("""
            - round: {nl: Ronde groen, en: Green round}
              results: {bankjes: 120}
            - round: {nl: Ronde jeugd, en: Youth round}
              results: {speeltuin: 90, feest: 40}

            """.utf8).write(to: copy.appendingPathComponent("content/buurten/parkbuurt/votes.yaml"))
        var report = BuildReport(diagnostics: .init())
        let files = try #require(BuildPipeline.render(BuildOptions(siteFolder: copy.path), report: &report))
        let html = try #require(files.first { $0.path == "parkbuurt/votes/index.html" }?.text)
        // Theme headings in the order of themes.yaml, each round a level below its theme.
        let groen = try #require(html.range(of: "<h2 class=\"theme-group\">Groen</h2>\n<section aria-labelledby=\"round-1\">\n<h3 id=\"round-1\">Ronde groen</h3>"))
        let jeugd = try #require(html.range(of: "<h2 class=\"theme-group\">Jeugd</h2>\n<section aria-labelledby=\"round-2\">\n<h3 id=\"round-2\">Ronde jeugd</h3>"))
        #expect(groen.lowerBound < jeugd.lowerBound)
        // The theme is named once, by the group; its ranking says what budget it shared out.
        #expect(!html.contains("id=\"round-1-groen\""))
        #expect(html.contains("<p class=\"meta\">Te verdelen budget: "))
    }

    @Test func theAccessibilityStatementComesWithTheThemeUnlessTheSiteHasItsOwn() throws {
        let files = try Self.render(baseURL: nil)
        #expect(files["accessibility/index.html"]?.contains("<h1>Toegankelijkheid</h1>") == true)
        #expect(files["en/accessibility/index.html"]?.contains("WCAG") == true)
        #expect(files["en/parkbuurt/index.html"]?.contains("<a href=\"../../en/accessibility/index.html\">Accessibility</a>") == true)

        let copy = Scratch.folder("own-statement")
        try FileManager.default.copyItem(atPath: Self.siteFolder, toPath: copy.path)
        try Data("---\ntitle: Onze verklaring\n---\nBel ons.\n".utf8).write(to: copy.appendingPathComponent("content/pages/accessibility.md"))
        try Data("---\ntitle: Our statement\n---\nCall us.\n".utf8).write(to: copy.appendingPathComponent("content/pages/accessibility.en.md"))
        var report = BuildReport(diagnostics: .init())
        let own = try #require(BuildPipeline.render(BuildOptions(siteFolder: copy.path), report: &report))
        let statements = own.filter { $0.path.hasSuffix("accessibility/index.html") }
        #expect(statements.count == 2, "the site's page, once per language, and no second one from the theme")
        #expect(statements.first { $0.path == "accessibility/index.html" }?.text?.contains("Bel ons.") == true)
    }

    @Test func anAwardedPlanCarriesItsGrantAsStructuredData() throws {
        let files = try Self.render(baseURL: Self.base)
        let site = try #require(SiteLoader.load(siteFolder: Self.siteFolder).site).publishing(includeDrafts: false)
        for buurt in site.buurten {
            for plan in buurt.plans {
                let page = try #require(files["\(buurt.slug)/plans/\(plan.slug)/index.html"])
                let script = page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?
                    .components(separatedBy: "</script>").first
                guard plan.status.value.requiresAward else {
                    #expect(script == nil, "\(plan.slug) has no award that counts, so no grant")
                    continue
                }
                let text = try #require(script)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                #expect(json["@type"] as? String == "MonetaryGrant")
                let amount = try #require(json["amount"] as? [String: Any])
                #expect((amount["value"] as? NSNumber).map { Int64(($0.doubleValue * 100).rounded()) } == plan.awarded?.value.cents)
                #expect(json["url"] as? String == Self.base + "\(buurt.slug)/plans/\(plan.slug)/")
            }
        }
    }
}
