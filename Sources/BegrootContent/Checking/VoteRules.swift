import BegrootCore

/// Votes count for plans that exist. (Negative and non-numeric votes are refused while reading.)
enum VoteRules {
    static func check(_ buurt: Buurt, references: PlanReferences, _ diagnostics: inout Diagnostics) {
        for round in buurt.votingRounds {
            for result in round.results {
                references.resolve(result.plan, from: "votes.yaml", &diagnostics)
            }
        }
    }
}
