import BegrootCore

/// What a voting round decided, read the way a resident asks it: which plans won, and where the
/// money ran out. A round over plans that all belong to themes is read per theme, each theme's
/// ranking against the theme's budget; any other round against the buurt's budget.
public struct RoundOutcome: Sendable {
    /// One ranking: a theme's plans in the round (or all of them), against one budget.
    public struct Ranking: Sendable {
        /// The theme, when the round is read per theme.
        public var theme: Theme?
        /// The budget these plans competed for: the theme's, or the buurt's; nil for a theme without one.
        public var budget: Money?
        public var rows: [Row]
        /// Where the money ran out, when it did and every plan's cost up to there is known.
        public var cutoff: Cutoff?
        /// What all plans of the ranking cost together, when every cost is known.
        public var total: Money?
    }

    public struct Row: Sendable {
        public var rank: Int
        public var result: PlanVotes
        public var plan: Plan?
        /// The plan was given money (whatever became of it later).
        public var won: Bool
        /// What the plan costs: its award, else what it asked for.
        public var cost: Money?
    }

    /// The first plan in the ranking that no longer fitted the budget with all plans above it, all of
    /// which were given money.
    public struct Cutoff: Sendable, Equatable {
        /// The index in `rows` of that plan: the line is drawn above it.
        public var index: Int
        /// What the plans above the line cost together.
        public var fitting: Money
        /// The same with that plan added: more than the budget.
        public var withNext: Money
    }

    public var rankings: [Ranking]

    /// True when the round is read per theme.
    public var isPerTheme: Bool { rankings.contains { $0.theme != nil } }
}

extension Buurt {
    /// The outcome of `round` (see `RoundOutcome`).
    public func outcome(of round: VotingRound) -> RoundOutcome {
        let plansInRound = round.results.map { plan($0.plan.value) }
        let perTheme = !themes.isEmpty && !round.results.isEmpty && plansInRound.allSatisfy { $0?.theme != nil }
        guard perTheme else {
            return RoundOutcome(rankings: [ranking(round.results, theme: nil, budget: budget.value)])
        }
        return RoundOutcome(rankings: themes.compactMap { theme in
            let results = round.results.filter { plan($0.plan.value)?.theme?.value == theme.slug }
            return results.isEmpty ? nil : ranking(results, theme: theme, budget: theme.budget?.value)
        })
    }

    private func ranking(_ results: [PlanVotes], theme: Theme?, budget: Money?) -> RoundOutcome.Ranking {
        let rows = VotingRound.ranked(results).map { rank, result in
            let plan = plan(result.plan.value)
            return RoundOutcome.Row(
                rank: rank, result: result, plan: plan, won: plan?.awarded != nil,
                cost: plan?.awarded?.value ?? plan?.requested?.value)
        }
        var cutoff: RoundOutcome.Cutoff?
        var total: Money? = .zero
        for (index, row) in rows.enumerated() {
            guard let cost = row.cost, let sum = total else { total = nil; break }
            // The line says the ranking decided: drawn only when every plan above it was given money
            // (a round of likes that only shortlisted plans has no such line).
            if cutoff == nil, let budget, sum + cost > budget, rows[..<index].allSatisfy(\.won) {
                cutoff = RoundOutcome.Cutoff(index: index, fitting: sum, withNext: sum + cost)
            }
            total = sum + cost
        }
        return RoundOutcome.Ranking(theme: theme, budget: budget, rows: rows, cutoff: cutoff, total: total)
    }
}
