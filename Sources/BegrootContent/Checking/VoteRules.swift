import BegrootCore

/// Votes count for plans that exist (negative and non-numeric votes are refused while reading),
/// and a round that says how its winners were chosen agrees with who was chosen.
enum VoteRules {
    static func check(_ buurt: Buurt, references: PlanReferences, money: MoneyText, _ diagnostics: inout Diagnostics) {
        for round in buurt.votingRounds {
            for result in round.results {
                references.resolve(result.plan, from: "votes.yaml", &diagnostics)
            }
            if round.rule?.value == "greedy" { checkGreedy(round, in: buurt, money: money, &diagnostics) }
        }
    }

    /// `rule: greedy` (as Pabulib means it): from the most votes down, every plan that still fits in
    /// the buurt's budget is chosen and one that does not fit is skipped. A plan that fits but was
    /// not chosen, or was chosen without fitting, contradicts the rule: a warning at its result, as
    /// the Pabulib file would be rejected by Pabulib's checker.
    static func checkGreedy(_ round: VotingRound, in buurt: Buurt, money: MoneyText, _ diagnostics: inout Diagnostics) {
        var left = buurt.budget.value
        for (_, result) in round.ranking {
            guard let plan = buurt.plan(result.plan.value) else { continue }
            let cost = plan.awarded?.value ?? plan.requested?.value ?? .zero
            let chosen = plan.status.value.requiresAward || plan.status.value == .cancelled && plan.awarded != nil
            let fits = !(left < cost)
            if fits, !chosen {
                diagnostics.warning(
                    "the round's rule is greedy, but '\(plan.slug)' (\(money(cost))) was not chosen although \(money(left)) of the budget was left after the plans with more votes; correct its status or the rule",
                    at: result.plan.location)
            } else if chosen, !fits {
                diagnostics.warning(
                    "the round's rule is greedy, but '\(plan.slug)' (\(money(cost))) was chosen although only \(money(left)) of the budget was left after the plans with more votes; correct its status or the rule",
                    at: result.plan.location)
            }
            if chosen { left = left - cost }
        }
    }
}
