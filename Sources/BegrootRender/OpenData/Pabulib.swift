import BegrootContent
import BegrootCore

/// A voting round in the Pabulib format of participatory-budgeting research (pabulib.org): a META
/// section of `key;value` lines, PROJECTS with each plan's cost, votes and whether it was
/// selected, and VOTES. begroot knows each plan's total votes, not the ballots, so VOTES has its
/// header and no lines; `num_votes` is the round's number of voters. votes.yaml says how people
/// voted only in words, so `vote_type` is `approval` and `rule` `greedy`, the most common pair —
/// correct them before submitting a file. A plan's cost is its award, else the amount it asked
/// for. Texts are in the site's default language, on one line; a field with `;` or `"` is quoted.
enum Pabulib {
    static func file(_ round: VotingRound, in view: BuurtView, site: Site) -> String {
        let language = site.config.defaultLanguage
        func text(_ value: LocalizedText?) -> String {
            clean(value?.text(language, defaultLanguage: language) ?? "")
        }
        let buurt = view.buurt
        let plans = round.results.compactMap { result in buurt.plan(result.plan.value).map { ($0, result) } }
        var meta: [(String, String)] = [
            ("description", text(round.title) + " – " + text(buurt.name)),
            ("unit", text(site.config.title)),
            ("subunit", text(buurt.name)),
            ("instance", round.date.map { String($0.value.year) } ?? ""),
            ("num_projects", String(plans.count)),
            ("num_votes", round.voters.map { String($0.value) } ?? ""),
            ("budget", buurt.budget.value.decimalText),
            ("vote_type", "approval"),
            ("rule", "greedy"),
            ("language", language),
            ("currency", site.config.currency),
        ]
        if let date = round.date?.value.iso { meta += [("date_begin", date), ("date_end", date)] }
        if let method = round.method { meta.append(("comment", text(method))) }
        var lines = ["META", "key;value"] + meta.filter { !$0.1.isEmpty }.map { "\($0.0);" + field($0.1) }
        lines += ["PROJECTS", "project_id;cost;votes;name;selected;category"]
        for (plan, result) in plans {
            let cost = plan.awarded?.value ?? plan.requested?.value ?? .zero
            let selected = plan.status.value.requiresAward || plan.status.value == .cancelled && plan.awarded != nil
            lines.append([plan.slug, cost.decimalText, String(result.votes), field(text(plan.title)), selected ? "1" : "0", plan.theme?.value ?? ""]
                .joined(separator: ";"))
        }
        lines += ["VOTES", "voter_id;vote"]
        return lines.joined(separator: "\n") + "\n"
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
