import BegrootCore

/// The votes one plan received in a round, in total or split by channel (`{online: 300, inPerson: 80}`).
public struct PlanVotes: Sendable {
    public struct Channel: Hashable, Sendable {
        /// The channel's name as written in votes.yaml, such as `online`, `inPerson` or `paper`.
        public var name: String
        public var votes: Int
    }

    public var plan: Located<String>
    public var votes: Int
    /// Empty when only a total is given; otherwise the channels in the order written.
    public var channels: [Channel]
}

/// One voting round of a buurt, from `votes.yaml`.
public struct VotingRound: Sendable {
    public var title: LocalizedText
    public var date: Located<DayDate>?
    /// People who voted.
    public var voters: Located<Int>?
    /// People who were allowed to vote, when known: with `voters` it gives the turnout.
    public var eligible: Located<Int>?
    public var method: LocalizedText?
    /// In the order written in votes.yaml; pages rank them by votes.
    public var results: [PlanVotes]
    /// How the winners were chosen, as Pabulib names the rules (`greedy`, `equalshares`, …), when
    /// votes.yaml says so.
    public var rule: Located<String>? = nil
    /// Every voter's ballot, when the volunteers have them (`ballots:` in votes.yaml).
    public var ballots: Ballots? = nil
    public var location: SourceLocation

    /// The results from most to fewest votes, with their rank; equal votes share a rank (1, 2, 2, 4).
    public var ranking: [(rank: Int, result: PlanVotes)] { Self.ranked(results) }

    /// `results` from most to fewest votes, with their rank; equal votes share a rank, in the order written.
    public static func ranked(_ results: [PlanVotes]) -> [(rank: Int, result: PlanVotes)] {
        let ordered = results.enumerated().sorted {
            $0.element.votes != $1.element.votes ? $0.element.votes > $1.element.votes : $0.offset < $1.offset
        }.map(\.element)
        var ranked: [(rank: Int, result: PlanVotes)] = []
        for (index, result) in ordered.enumerated() {
            let tied = ranked.last.map { $0.result.votes == result.votes } ?? false
            ranked.append((tied ? ranked.last!.rank : index + 1, result))
        }
        return ranked
    }

    /// Turnout in whole per cent, when both `voters` and `eligible` are given.
    public var turnoutPercent: Int? {
        guard let voters = voters?.value, let eligible = eligible?.value, eligible > 0 else { return nil }
        return (voters * 100 + eligible / 2) / eligible
    }
}

/// The anonymous ballots of a round, one a voter: what the Pabulib file's VOTES section holds.
public struct Ballots: Sendable {
    /// One voter's ballot: an id that names no one (a number), and the plans they voted for.
    public struct Ballot: Sendable {
        public var voter: String
        public var plans: [String]
        /// Where the ballot's plans are written, for diagnostics.
        public var location: SourceLocation
    }

    /// The ballot file, relative to the site folder.
    public var file: String
    public var ballots: [Ballot]
}
