import BegrootContent
import BegrootCore

/// The awarded plans of a buurt as grants in the 360Giving Data Standard's JSON (threesixtygiving.org):
/// the buurt's budget as the funder, the plan's proposers — groups — as the recipient. Identifiers
/// use the prefix `360G-begroot-` (a publisher registers its own prefix with 360Giving before
/// publishing there). The award date is the date of the last voting round the plan was in, else
/// the date it was submitted, else its first milestone, else its first spending, else the start of
/// the buurt's first phase; a plan with none of these is left out, as the standard requires a date.
/// Cancelled plans are left out: their awards do not count.
enum Grants360 {
    static func json(_ view: BuurtView, site: Site) -> JSONValue {
        let buurt = view.buurt
        let language = site.config.defaultLanguage
        func text(_ value: LocalizedText?) -> String? { value.map { $0.text(language, defaultLanguage: language) } }
        let funder = "360G-begroot-" + buurt.slug
        let grants: [JSONValue] = buurt.plans.compactMap { plan in
            guard plan.status.value.requiresAward, let awarded = plan.awarded?.value else { return nil }
            let roundDate = buurt.votingRounds.filter { $0.results.contains { $0.plan.value == plan.slug } }.compactMap { $0.date?.value }.max()
            let spendingDate = buurt.spending?.lines.filter { $0.plan?.value == plan.slug }.map(\.date.value).min()
            guard let awardDate = roundDate ?? plan.submitted?.value ?? plan.milestones.map(\.date.value).min() ?? spendingDate
                ?? buurt.phases.first?.start.value
            else { return nil }
            let id = funder + "-" + plan.slug
            var grant: [(String, JSONValue)] = [
                ("id", .string(id)),
                ("title", .string(text(plan.title) ?? plan.slug)),
                ("description", .string(text(plan.summary) ?? text(plan.title) ?? plan.slug)),
                ("currency", .string(site.config.currency)),
                ("amountAwarded", .money(awarded)),
                ("awardDate", .string(awardDate.iso)),
                ("recipientOrganization", .array([.object([
                    ("id", .string(id + "-proposers")),
                    ("name", .string(plan.proposers.isEmpty ? (text(plan.title) ?? plan.slug) : plan.proposers.joined(separator: "; "))),
                ])])),
                ("fundingOrganization", .array([.object([
                    ("id", .string(funder)),
                    ("name", .string(text(buurt.organiser) ?? text(buurt.name) ?? buurt.slug)),
                ])])),
                ("beneficiaryLocation", .array([.object([("name", .string(text(buurt.name) ?? buurt.slug))])])),
            ]
            if let theme = plan.theme?.value { grant.append(("grantProgramme", .array([.object([("code", .string(theme)), ("title", .string(text(buurt.theme(theme)?.title) ?? theme))])]))) }
            return .object(grant)
        }
        return .object([("grants", .array(grants))])
    }
}
