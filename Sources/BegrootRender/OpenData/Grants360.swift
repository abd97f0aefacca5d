import BegrootContent
import BegrootCore

/// The awarded plans of a buurt as grants in the 360Giving Data Standard's JSON (threesixtygiving.org):
/// the buurt's budget as the funder, the plan's proposers — groups — as the recipient. Identifiers
/// use the prefix `360G-begroot-` (a publisher registers its own prefix with 360Giving before
/// publishing there). The award date is the date of the last voting round the plan was in, else
/// the date it was submitted, else its first milestone, else its first spending, else the start of
/// the buurt's first phase; a plan with none of these is left out, as the standard requires a date.
/// Cancelled plans are left out: their awards do not count.
///
/// An organisation has one identifier wherever it appears, funder or recipient: made from its name
/// (`360G-begroot-org-<name as a slug>`). The description is the plan's summary, else the start of
/// its text, so it never just repeats the title. The beneficiary location is the buurt (and its
/// district) with site.yaml's country code; `dateModified` is the latest date the content knows
/// about the grant (its award, spending on it, news about it), so a rebuild does not change it;
/// `dataSource` is the plan's page, with a `baseURL`.
enum Grants360 {
    static func json(_ view: BuurtView, site: Site) -> JSONValue {
        let buurt = view.buurt
        let language = site.config.defaultLanguage
        func text(_ value: LocalizedText?) -> String? { value.map { $0.text(language, defaultLanguage: language) } }
        let funderName = text(buurt.organiser) ?? text(buurt.name) ?? buurt.slug
        let paths = SitePaths(defaultLanguage: language)
        // Made once per name: a slug folds the name with Foundation, which is slow to do per grant.
        var identifiers: [String: String] = [:]
        func organisation(_ name: String) -> JSONValue {
            if identifiers[name] == nil {
                let slug = Slug.make(from: name)
                identifiers[name] = "360G-begroot-org-" + (slug.isEmpty ? buurt.slug : slug)
            }
            return .array([.object([("id", .string(identifiers[name]!)), ("name", .string(name))])])
        }
        func place(_ name: String?) -> JSONValue? {
            guard let name else { return nil }
            var fields: [(String, JSONValue)] = [("name", .string(name))]
            if let country = site.config.country?.value { fields.append(("countryCode", .string(country))) }
            return .object(fields)
        }
        let grants: [JSONValue] = buurt.plans.compactMap { plan in
            guard plan.status.value.requiresAward, let awarded = plan.awarded?.value else { return nil }
            let roundDate = buurt.votingRounds.filter { $0.results.contains { $0.plan.value == plan.slug } }.compactMap { $0.date?.value }.max()
            let spendingDates = buurt.spending?.lines.filter { $0.plan?.value == plan.slug }.map(\.date.value) ?? []
            guard let awardDate = roundDate ?? plan.submitted?.value ?? plan.milestones.map(\.date.value).min() ?? spendingDates.min()
                ?? buurt.phases.first?.start.value
            else { return nil }
            let newsDates = buurt.updates.filter { $0.plan?.value == plan.slug }.map(\.date.value)
            let modified = ([awardDate] + spendingDates + newsDates).max() ?? awardDate
            let title = text(plan.title) ?? plan.slug
            func story() -> String {
                // The first paragraph is near the start: a long text is not parsed whole for it (a
                // character cut at the 2,000th byte lies beyond the 300 characters kept).
                plan.body.resolve(language, defaultLanguage: language).map { MarkdownRenderer.firstParagraphText(String(decoding: $0.source.text.utf8.prefix(2_000), as: UTF8.self)) } ?? ""
            }
            var grant: [(String, JSONValue)] = [
                ("id", .string("360G-begroot-" + buurt.slug + "-" + plan.slug)),
                ("title", .string(title)),
                ("description", .string(text(plan.summary) ?? { let story = story(); return story.isEmpty ? title : story }())),
                ("currency", .string(site.config.currency)),
                ("amountAwarded", .money(awarded)),
                ("awardDate", .string(awardDate.iso)),
                ("recipientOrganization", organisation(plan.proposers.isEmpty ? title : plan.proposers.joined(separator: "; "))),
                ("fundingOrganization", organisation(funderName)),
                ("beneficiaryLocation", .array([place(text(buurt.name) ?? buurt.slug), place(text(buurt.district))].compactMap { $0 })),
            ]
            if let theme = plan.theme?.value { grant.append(("grantProgramme", .array([.object([("code", .string(theme)), ("title", .string(text(buurt.theme(theme)?.title) ?? theme))])]))) }
            grant.append(("dateModified", .string(modified.iso + "T00:00:00Z")))
            if let base = site.config.baseURL {
                grant.append(("dataSource", .string(SiteMap.address(base, paths.plan(language, buurt.slug, plan.slug)))))
            }
            return .object(grant)
        }
        return .object([("grants", .array(grants))])
    }
}
