import BegrootContent
import BegrootCore
import Foundation

/// A voting round with its ballots in the Pabulib format of participatory-budgeting research
/// (pabulib.org/format): META as `key;value` lines, PROJECTS with each plan's cost, votes and
/// whether it was selected, and VOTES, one line a ballot. Written only for a round whose ballots
/// the volunteers gave (`ballots:` in votes.yaml): a Pabulib file's totals must be the count of its
/// ballots, and without them a file would state totals it cannot back (a round without ballots is
/// published as `<buurt>-vote-<n>.csv`). The META says only what the content says: `rule` as
/// votes.yaml names it, else `unknown`; `vote_type` `approval`, since a ballot lists the plans a
/// voter chose; the country from site.yaml. A plan's cost is its award, else the amount it asked
/// for. Texts are in the site's default language, on one line; a field with `;` or `"` is quoted.
/// `pabulib-checker` (make test-formats) accepts every file begroot writes.
enum Pabulib {
    static func file(_ round: VotingRound, in view: BuurtView, site: Site) -> String {
        let language = site.config.defaultLanguage
        func text(_ value: LocalizedText?) -> String {
            clean(value?.text(language, defaultLanguage: language) ?? "")
        }
        let buurt = view.buurt
        let plans = round.results.compactMap { result in buurt.plan(result.plan.value).map { ($0, result) } }
        let ballots = round.ballots?.ballots ?? []
        // In the order of Pabulib's list of META fields.
        var meta: [(String, String)] = [
            ("description", text(round.title) + " – " + text(buurt.name)),
            ("country", site.config.country.map { countryName($0.value) } ?? ""),
            ("unit", text(site.config.title)),
            ("subunit", text(buurt.name)),
            ("instance", round.date.map { String($0.value.year) } ?? ""),
            ("num_projects", String(plans.count)),
            ("num_votes", String(ballots.count)),
            ("budget", buurt.budget.value.decimalText),
            ("vote_type", "approval"),
            ("rule", round.rule?.value ?? "unknown"),
        ]
        if let date = round.date?.value { meta += [("date_begin", dayMonthYear(date)), ("date_end", dayMonthYear(date))] }
        meta += [("language", language), ("currency", site.config.currency)]
        // Pabulib asks that a round where the budget covers every plan says so.
        if !(buurt.budget.value < plans.map { cost(of: $0.0) }.sum()) { meta.append(("fully_funded", "1")) }
        if let method = round.method { meta.append(("comment", "#1: " + text(method))) }
        var lines = ["META", "key;value"] + meta.filter { !$0.1.isEmpty }.map { "\($0.0);" + field($0.1) }
        lines += ["PROJECTS", "project_id;cost;votes;name;category;selected"]
        for (plan, result) in plans {
            lines.append([plan.slug, cost(of: plan).decimalText, String(result.votes), field(text(plan.title)), plan.theme?.value ?? "",
                isSelected(plan) ? "1" : "0"].joined(separator: ";"))
        }
        lines += ["VOTES", "voter_id;vote"]
        for ballot in ballots {
            lines.append(field(ballot.voter) + ";" + ballot.plans.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a plan cost, for the research formats: its award, else what it asked for.
    static func cost(of plan: Plan) -> Money {
        plan.awarded?.value ?? plan.requested?.value ?? .zero
    }

    /// Whether the plan was chosen: it has an award that counts, or had one before it was cancelled.
    static func isSelected(_ plan: Plan) -> Bool {
        plan.status.value.requiresAward || plan.status.value == .cancelled && plan.awarded != nil
    }

    /// The country's English name, as Pabulib's files give it (`NL` → `Netherlands`), from CLDR.
    static func countryName(_ code: String) -> String {
        Locale(identifier: "en_US").localizedString(forRegionCode: code) ?? code
    }

    /// `14.09.2021`: Pabulib's dates are day, month, year.
    static func dayMonthYear(_ date: DayDate) -> String {
        padded(date.day, width: 2) + "." + padded(date.month, width: 2) + "." + padded(date.year, width: 4)
    }

    /// On one line: line breaks (also `\r\n`, one `Character` in Swift) become spaces.
    private static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
        return String(scalars)
    }

    /// A field as Pabulib's readers (CSV with `;`) read it back.
    private static func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        CSVText.field(text, separator: UInt8(ascii: ";"), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
