import BegrootCore

/// "Is my site ready?": what a volunteer has not filled in yet — a budget of 0, texts as
/// `begroot new` wrote them, a plan without an amount or proposers, a buurt without plans, a phase
/// without an end, a language nothing is translated into. Warnings (category `.readiness`) that
/// `--strict` makes errors, so a portal straight from `new` is not published by accident.
public enum ReadinessChecker {
    /// Checks what will be published: drafts only when they are (`includeDrafts`), as a draft is
    /// unfinished by its nature.
    /// With `memory` (`serve`), a buurt that did not change keeps its findings from the last time.
    public static func check(_ site: Site, includeDrafts: Bool, coverage: TranslationCoverage, memory: BuurtMemory? = nil) -> Diagnostics {
        var diagnostics = Diagnostics()
        func warn(_ message: String, at location: SourceLocation) {
            diagnostics.append(readiness(message, at: location))
        }
        checkLanguages(site.config, coverage: coverage, warn)
        for page in site.pages where includeDrafts || !page.isDraft {
            checkStarterText(page.body, "write the page's own text", warn)
        }
        // A Pabulib file names its country: a round with ballots needs it from site.yaml.
        if site.config.country == nil {
            for buurt in site.buurten {
                for round in buurt.votingRounds where round.ballots != nil {
                    warn("this round's ballots are published in the Pabulib format, which names the country: add it to content/site.yaml as its ISO 3166-1 code, such as `country: NL`",
                        at: round.location)
                }
            }
        }
        let what = Derived<Diagnostics>("readiness" + (includeDrafts ? "+drafts" : ""), readsPresentation: false)
        for buurt in site.buurten {
            diagnostics.merge(BuurtMemory.derived(what, of: buurt.slug, in: memory) {
                var found = Diagnostics()
                checkBuurt(buurt, defaultLanguage: site.config.defaultLanguage, includeDrafts: includeDrafts) {
                    found.append(readiness($0, at: $1))
                }
                return found
            })
        }
        return diagnostics
    }

    private static func readiness(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location, category: .readiness)
    }

    typealias Warn = (String, SourceLocation) -> Void

    static func checkBuurt(_ buurt: Buurt, defaultLanguage: String, includeDrafts: Bool, _ warn: Warn) {
        if buurt.budget.value == .zero {
            warn("the budget is 0; write the amount the buurt has to spend, such as 250000", buurt.budget.location)
        }
        if let summary = buurt.summary, summary.byLanguage.values.contains(where: StarterTexts.isStarter)
            || summary.universal.map(StarterTexts.isStarter) == true
        {
            warn("'summary' is still the example text begroot new wrote; say in a sentence or two what the buurt does with its budget",
                buurt.fieldLocations["summary"] ?? buurt.location)
        }
        let published = Set(buurt.languages)
        checkStarterText(buurt.introduction, "write the buurt's own introduction", in: published, warn)
        if buurt.phases.isEmpty {
            warn("the buurt has no phases; list the steps of its process under 'phases', each with its start and end dates",
                buurt.fieldLocations["phases"] ?? buurt.location)
        }
        for phase in buurt.phases where phase.end == nil {
            warn("the phase '\(phase.title.text(defaultLanguage, defaultLanguage: defaultLanguage))' has no end date; add 'end: YYYY-MM-DD', its last day",
                phase.start.location)
        }
        let plans = buurt.plans.filter { includeDrafts || !$0.isDraft }
        if plans.isEmpty {
            warn("the buurt has no plans yet; add one with: begroot new plan \(buurt.slug) \"Title of a plan\"", buurt.location)
        }
        for plan in plans {
            checkPlan(plan, languages: published, warn)
        }
        for update in buurt.updates where includeDrafts || !update.isDraft {
            checkStarterText(update.body, "write the news itself", in: published, warn)
        }
    }

    /// A plan asks for money on behalf of a group; only a cancelled one may have stopped before
    /// either was known.
    static func checkPlan(_ plan: Plan, languages: Set<String>, _ warn: Warn) {
        checkStarterText(plan.body, "write what the plan is, where and for whom", in: languages, warn)
        guard plan.status.value != .cancelled else { return }
        if plan.requested == nil {
            warn("the plan does not say how much it asks for; add 'requested:' with the amount, such as 5000", plan.location)
        }
        if plan.proposers.isEmpty {
            warn("the plan names no proposers; add the group behind it, such as 'proposers: [Bewonersgroep Plein]' (never a private person)",
                plan.proposersLocation ?? plan.location)
        }
    }

    /// Only the languages that are published count (a buurt may publish in fewer than the site).
    static func checkStarterText(_ body: LocalizedMarkdown, _ advice: String, in languages: Set<String>? = nil, _ warn: Warn) {
        for (language, source) in body.byLanguage where languages?.contains(language) ?? true && StarterTexts.isStarter(source.text) {
            warn("this is still the example text begroot new wrote; \(advice)", source.location)
        }
    }

    /// A language the site is published in that not one text is translated into.
    static func checkLanguages(_ config: SiteConfig, coverage: TranslationCoverage, _ warn: Warn) {
        for language in config.languages where language.code != config.defaultLanguage {
            guard let count = coverage.overall[language.code], count.total > 0, count.translated == 0 else { continue }
            warn("nothing is translated into \(language.name) (\(language.code)) yet; translate the texts "
                + "(name.\(language.code).md files, '\(language.code):' in YAML) or take the language out of 'languages'",
                config.languageLocations[language.code] ?? SourceLocation(file: "content/site.yaml"))
        }
    }
}
