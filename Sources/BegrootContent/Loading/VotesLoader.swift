import BegrootCore
import Yams

/// Reads a buurt's `votes.yaml`: a list of voting rounds with the votes per plan.
enum VotesLoader {
    static let known = ["round", "date", "voters", "eligible", "method", "results", "rule", "ballots"]

    /// The rules Pabulib names (pabulib.org/format), for `rule:`.
    static let rules = [
        "greedy", "greedy-no-skip", "greedy-threshold", "greedy-exclusive", "greedy-custom", "equalshares",
        "equalshares-comparison", "equalshares/add1", "equalshares/add1-comparison", "unknown",
    ]

    static func load(folder: String, root: String, languages: [String], texts: inout [TranslatableText], diagnostics: inout Diagnostics)
        -> [VotingRound]
    {
        let path = folder + "/votes.yaml"
        guard FolderListing(root: root).exists(path) else { return [] }
        guard let node = YAMLFile.read(path, root: root, diagnostics: &diagnostics) else { return [] }
        let reader = NodeReader(file: path, languages: Set(languages))
        defer {
            diagnostics.merge(reader.diagnostics)
            texts += reader.texts
        }
        var rounds = (reader.sequence(node, "votes.yaml") ?? []).compactMap { round($0, reader: reader) }
        for index in rounds.indices {
            guard let file = rounds[index].ballotFile else { continue }
            rounds[index].round.ballots = BallotsLoader.load(file, folder: folder, root: root, diagnostics: &diagnostics)
            if let ballots = rounds[index].round.ballots {
                BallotsLoader.check(ballots, against: rounds[index].round, diagnostics: &diagnostics)
            }
        }
        return rounds.map(\.round)
    }

    private static func round(_ node: Node, reader: NodeReader) -> (round: VotingRound, ballotFile: Located<String>?)? {
        guard let fields = reader.fields(node, "a voting round", known: known) else { return nil }
        let title = fields.text("round", required: true)
        let date = fields.date("date")
        let voters = fields.integer("voters", in: 0...Int(Int32.max))
        let eligible = fields.integer("eligible", in: 0...Int(Int32.max))
        let method = fields.text("method")
        let results = results(fields, reader: reader)
        if let voters, let eligible, voters.value > eligible.value {
            reader.error("\(voters.value) voters is more than the \(eligible.value) people 'eligible' to vote", at: voters.location)
        }
        let rule = fields.string("rule")
        if let rule, !rules.contains(rule.value) {
            reader.error("'\(rule.value)' is not a rule Pabulib knows" + Suggestion.didYouMean(rule.value, in: rules)
                + "; leave 'rule' out when it is not known", at: rule.location)
        }
        guard let title else { return nil }
        let round = VotingRound(
            title: title.value, date: date, voters: voters, eligible: eligible, method: method?.value, results: results,
            rule: rule.flatMap { rules.contains($0.value) ? $0 : nil }, location: fields.location)
        return (round, fields.string("ballots"))
    }

    private static func results(_ fields: Fields, reader: NodeReader) -> [PlanVotes] {
        guard let node = fields.value("results") else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error("'results' must map plan slugs to votes (`plan-slug: 412`), found \(node.kindDescription)", at: node)
            return []
        }
        var results: [PlanVotes] = []
        for (key, value) in mapping {
            guard let slug = key.scalar?.string else {
                reader.error("a plan in 'results' must be written as its slug", at: key)
                continue
            }
            let plan = Located(slug, at: reader.location(key))
            if results.contains(where: { $0.plan.value == slug }) {
                reader.error("'\(slug)' is listed twice in this round's results", at: key)
                continue
            }
            if case .mapping(let channels) = value {
                var split: [PlanVotes.Channel] = []
                for (channelKey, channelValue) in channels {
                    guard let name = channelKey.scalar?.string, !name.isEmpty else {
                        reader.error("a voting channel needs a name, such as online or inPerson", at: channelKey)
                        continue
                    }
                    if let votes = count(channelValue, what: "votes for '\(slug)' via '\(name)'", reader: reader) {
                        split.append(.init(name: name, votes: votes))
                    }
                }
                guard split.count == channels.count else { continue }
                results.append(PlanVotes(plan: plan, votes: split.map(\.votes).reduce(0, +), channels: split))
            } else if let votes = count(value, what: "votes for '\(slug)'", reader: reader) {
                results.append(PlanVotes(plan: plan, votes: votes, channels: []))
            }
        }
        return results
    }

    private static func count(_ node: Node, what: String, reader: NodeReader) -> Int? {
        guard let text = reader.scalar(node, what) else { return nil }
        guard let number = Int(text) else {
            reader.error("\(what) must be a whole number, found '\(text)'", at: node)
            return nil
        }
        guard number >= 0 else {
            reader.error("\(what) cannot be negative, found \(number)", at: node)
            return nil
        }
        return number
    }
}
