import BegrootCore

/// The check stage: integrity rules over the loaded model. Each rule looks at the whole site and
/// reports every problem it finds with the place to fix it.
public enum SiteChecker {
    /// Names the portal uses for its own pages and files; no buurt or page may take them.
    public static let reservedNames: Set<String> = [
        "compare", "videos", "search", "data", "assets", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.html",
        "plans", "themes", "progress", "spending", "votes", "updates", "media",
    ]

    /// Checks everything loaded, drafts included. `includeDrafts` says whether drafts will be
    /// published, so that a reference to an unpublished draft can be pointed out. `coverage` is
    /// the site's translation coverage when the caller has measured it already.
    /// With `memory` (`serve`), a buurt that did not change since the last check keeps its findings.
    public static func check(
        _ site: Site, includeDrafts: Bool = false, coverage: TranslationCoverage? = nil, memory: BuurtMemory? = nil
    ) -> Diagnostics {
        var diagnostics = Diagnostics()
        checkOutputPaths(site, &diagnostics)
        let what = Derived<Diagnostics>("check" + (includeDrafts ? "+drafts" : ""), readsPresentation: false)
        for buurt in site.buurten {
            diagnostics.merge(BuurtMemory.derived(what, of: buurt.slug, in: memory) {
                checkBuurt(buurt, config: site.config, includeDrafts: includeDrafts)
            })
        }
        let coverage = coverage ?? TranslationCoverage.measure(site, includeDrafts: includeDrafts, memory: memory)
        TranslationRules.check(coverage, config: site.config, &diagnostics)
        return diagnostics
    }

    /// The rules that look at one buurt alone (and the site's settings).
    static func checkBuurt(_ buurt: Buurt, config: SiteConfig, includeDrafts: Bool) -> Diagnostics {
        var diagnostics = Diagnostics()
        let money = MoneyText(currency: config.currency)
        let references = PlanReferences(buurt: buurt, includeDrafts: includeDrafts)
        BudgetRules.check(buurt, money: money, &diagnostics)
        PlanRules.check(buurt, &diagnostics)
        SpendingRules.check(buurt, references: references, money: money, &diagnostics)
        VoteRules.check(buurt, references: references, money: money, &diagnostics)
        MediaRules.check(buurt, references: references, &diagnostics)
        checkPhases(buurt, defaultLanguage: config.defaultLanguage, &diagnostics)
        return diagnostics
    }

    /// Two things that would be written to the same output path.
    static func checkOutputPaths(_ site: Site, _ diagnostics: inout Diagnostics) {
        let languages = Set(site.config.languageCodes)
        var taken: [String: String] = [:]
        let named = site.buurten.map { ($0.slug, $0.location.file, "buurt") } + site.pages.map { ($0.slug, $0.location.file, "page") }
        for (slug, file, kind) in named {
            let location = SourceLocation(file: file)
            if kind == "buurt", slug == "accessibility" {
                diagnostics.error("the buurt slug 'accessibility' is where the portal's accessibility statement goes; rename the buurt",
                    at: location)
            } else if reservedNames.contains(slug) {
                diagnostics.error("the \(kind) slug '\(slug)' is a name the portal uses itself; rename the \(kind)", at: location)
            } else if languages.contains(slug) {
                diagnostics.error("the \(kind) slug '\(slug)' is a language code, so its pages would clash with that language's; rename the \(kind)",
                    at: location)
            } else if let other = taken[slug] {
                diagnostics.error("the \(kind) '\(slug)' would be written to the same place as \(other); rename one of them", at: location)
            } else {
                taken[slug] = file
            }
        }
        checkStaticFiles(site, slugs: Set(taken.keys), &diagnostics)
    }

    /// Folders below a buurt or free page that begroot fills with its own pages.
    static let pageFolders: Set<String> = ["plans", "themes", "progress", "spending", "votes", "videos", "updates", "media"]

    /// A file in `content/static/` must not land where begroot writes a page or file of its own
    /// (`robots.txt` and `sitemap.xml` may: the site's own replace begroot's).
    static func checkStaticFiles(_ site: Site, slugs: Set<String>, _ diagnostics: inout Diagnostics) {
        let languages = Set(site.config.languageCodes.filter { $0 != site.config.defaultLanguage })
        let ownFiles: Set<String> = ["index.html", "404.html", "feed.xml"]
        // The theme's assets go to assets/; the accessibility statement comes with the theme unless
        // the site has a page of its own for it.
        var ownFolders: Set<String> = ["compare", "videos", "search", "data", "assets"]
        if !site.pages.contains(where: { $0.slug == "accessibility" }) { ownFolders.insert("accessibility") }
        for file in site.staticFiles {
            let parts = file.outputPath.split(separator: "/").map(String.init)
            guard let first = parts.first else { continue }
            let location = SourceLocation(file: "content/static/" + file.outputPath)
            let ownFile = ownFiles.contains(file.outputPath)
                || (slugs.contains(first) && parts.count == 2 && ["index.html", "feed.xml"].contains(parts[1]))
            let folder: String? =
                ownFolders.contains(first) || languages.contains(first) ? first + "/"
                : slugs.contains(first) && parts.count >= 3 && pageFolders.contains(parts[1]) ? first + "/" + parts[1] + "/" : nil
            // A file where begroot needs a folder (`static/<buurt>`, `static/<buurt>/plans`, `static/en`).
            let takesAFolder = (parts.count == 1 && (ownFolders.contains(first) || languages.contains(first) || slugs.contains(first)))
                || (parts.count == 2 && slugs.contains(first) && pageFolders.contains(parts[1]))
            if takesAFolder {
                diagnostics.error("begroot writes the folder '\(file.outputPath)/' itself, so a file cannot have that name; rename this file",
                    at: location)
            } else if ownFile {
                diagnostics.error("begroot writes '\(file.outputPath)' itself; rename this file or move it elsewhere in content/static/", at: location)
            } else if let folder {
                diagnostics.error("'\(file.outputPath)' is in '\(folder)', which begroot fills with its own pages; move it elsewhere in content/static/",
                    at: location)
            }
        }
    }

    static func checkPhases(_ buurt: Buurt, defaultLanguage: String, _ diagnostics: inout Diagnostics) {
        func name(_ phase: Phase) -> String { phase.title.text(defaultLanguage, defaultLanguage: defaultLanguage) }
        var previous: Phase?
        for phase in buurt.phases {
            if let end = phase.end, end.value < phase.start.value {
                diagnostics.error("the phase ends (\(end.value.iso)) before it starts (\(phase.start.value.iso))", at: end.location)
            }
            if let previous, phase.start.value < previous.start.value {
                diagnostics.error(
                    "phases must be in order: '\(name(phase))' starts on \(phase.start.value.iso), "
                        + "before '\(name(previous))' (\(previous.start.value.iso))",
                    at: phase.start.location)
            }
            previous = phase
        }
    }
}

/// Amounts in diagnostics, written the Dutch way as volunteers read them: `€ 512.000`.
struct MoneyText {
    let currency: String

    func callAsFunction(_ amount: Money) -> String {
        let (whole, cents) = amount.parts
        let digits = String(whole)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        let symbol = currency == "EUR" ? "€" : currency
        let sign = amount.isNegative ? "-" : ""
        return "\(symbol) \(sign)\(grouped)" + (cents == 0 ? "" : "," + padded(Int(cents), width: 2))
    }
}
